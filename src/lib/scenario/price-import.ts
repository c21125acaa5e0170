import { findOffering } from '../catalog';
import type { ApiOffering, Figure } from '../catalog/types';
import { Decimal, dec } from '../domain/decimal';
import type { Scenario } from './document';
import { scenarioCatalog } from './entries';
import { isoDay } from './own-entries';
import { findReservedKey, isReservedKey } from './reserved-keys';
import { pathText } from './issues';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Import API prices from LiteLLM's `model_prices_and_context_window.json`: an object of model
 * name → entry, prices in USD per token as JSON numbers (`"input_cost_per_token": 1.5e-07`).
 *
 * Each chat, completion or responses entry with both prices becomes an API offering priced per 1M tokens. It
 * matches an offering of the scenario's catalog by provider and model name; a price that differs
 * becomes a scenario override (bundled catalog entries are never changed) or an edit (the user's
 * own entries). Unmatched entries are added as the user's own offerings, with the file and date as
 * their source. Everything is computed first as a preview; nothing changes until it is applied.
 */

/** Largest price file accepted: LiteLLM's own file is about 1.6 MB. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** The figures an import sets, in display order. */
export const importedFields = [
	'inputUsdPerMTok',
	'outputUsdPerMTok',
	'cachedInputUsdPerMTok',
	'cacheWriteUsdPerMTok',
	'batchDiscount',
	'longContextThresholdTokens',
	'longContextInputUsdPerMTok',
	'longContextOutputUsdPerMTok',
	'longContextCachedInputUsdPerMTok',
	'longContextCacheWriteUsdPerMTok'
] as const;
export type ImportedField = (typeof importedFields)[number];

/**
 * LiteLLM provider ids of the catalog's providers, with the catalog's spelling. Google's catalog
 * prices are the Vertex AI entries (`gemini-2.5-pro`); LiteLLM's `gemini/…` entries (AI Studio)
 * were stale for some models and stay a provider of their own, `gemini`. Other providers keep
 * LiteLLM's id as their name.
 */
export const catalogProviders: Readonly<Record<string, string>> = {
	openai: 'OpenAI',
	anthropic: 'Anthropic',
	'vertex_ai-language-models': 'Google',
	mistral: 'Mistral',
	together_ai: 'Together AI',
	fireworks_ai: 'Fireworks AI',
	groq: 'Groq',
	deepinfra: 'DeepInfra'
};

/** A price that differs from the one in the scenario. */
export interface PriceChange {
	/** The offering's id, e.g. 'openai/gpt-4o-mini'. */
	id: string;
	/** The offering's display name. */
	name: string;
	field: ImportedField;
	/** The value in effect now (an override, else the entry's figure); undefined: none. */
	from: string | undefined;
	to: string;
	/** 'override' for a catalog entry (a scenario override), 'edit' for the user's own entry. */
	how: 'override' | 'edit';
	/** The LiteLLM entry it comes from. */
	key: string;
}

export interface SkippedEntry {
	key: string;
	reason: string;
}

export interface ImportNote {
	key: string;
	note: string;
}

export interface ImportPreview {
	ok: true;
	fileName: string;
	/** The import date, 'YYYY-MM-DD': every imported figure's asOf. */
	importedOn: string;
	/** "LiteLLM price file <file name>, imported <date>": every imported figure's source. */
	source: string;
	/** New offerings, to add as the user's own. */
	added: ApiOffering[];
	changed: PriceChange[];
	skipped: SkippedEntry[];
	/** Things worth knowing about entries that were imported (a batch discount left out, …). */
	notes: ImportNote[];
	/** Entries that matched an offering whose prices are already the same. */
	unchanged: number;
}

export type ImportResult = ImportPreview | { ok: false; error: string };

export type PriceFile =
	{ ok: true; entries: Record<string, unknown> } | { ok: false; error: string };

const MILLION = dec('1e6');
/** Modes priced per input and output token: chat, legacy completion, and OpenAI's Responses-only models. */
const CHAT_MODES = new Set(['chat', 'completion', 'responses']);

/** "10 MB" for a size in bytes. */
const megabytes = (n: number) => `${new Decimal(n).div(1024 * 1024).toDecimalPlaces(1)} MB`;

/**
 * A message when a file of `bytes` is too large to import, else undefined. The page checks the
 * file's size before reading it.
 * @example importTooLarge(11 * 1024 * 1024) → 'the file is 11 MB; the largest accepted is 10 MB'
 */
export function importTooLarge(bytes: number): string | undefined {
	return bytes > MAX_IMPORT_BYTES
		? `the file is ${megabytes(bytes)}; the largest accepted is ${megabytes(MAX_IMPORT_BYTES)}`
		: undefined;
}

/**
 * Parse the text of a LiteLLM price file: a JSON object whose values are model entries. Refuses
 * oversized text before parsing it, text that is not JSON, and JSON that is not such an object.
 */
export function readPriceFile(text: string): PriceFile {
	// UTF-16 units ≤ UTF-8 bytes for this mostly-ASCII format: checking length first skips encoding.
	const big = text.length > MAX_IMPORT_BYTES ? importTooLarge(text.length) : undefined;
	if (big) return { ok: false, error: big };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		return { ok: false, error: `not valid JSON (${(e as Error).message})` };
	}
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		return {
			ok: false,
			error: `expected a JSON object of model name → entry (LiteLLM's model_prices_and_context_window.json), found ${Array.isArray(json) ? 'an array' : json === null ? 'null' : `a ${typeof json}`}`
		};
	}
	const entries = json as Record<string, unknown>;
	const reserved = reservedKeyPath(entries);
	if (reserved) return { ok: false, error: reserved };
	const values = Object.values(entries);
	const looksLikeLiteLlm = values.some(
		(v) => typeof v === 'object' && v !== null && ('litellm_provider' in v || 'mode' in v)
	);
	if (values.length && !looksLikeLiteLlm) {
		return {
			ok: false,
			error:
				'no LiteLLM model entries found (no entry has "litellm_provider" or "mode"); is this a scenario file?'
		};
	}
	for (const [key, raw] of Object.entries(entries)) {
		const bad = tierProblem(raw);
		if (bad) return { ok: false, error: `entry "${key.slice(0, 200)}": ${bad}` };
	}
	return { ok: true, entries };
}

/**
 * Why a price file is refused for a prototype-named key (at any depth) or provider: such names
 * reach object lookups, where `__proto__` or `constructor` would not mean an entry.
 */
function reservedKeyPath(entries: Record<string, unknown>): string | undefined {
	const path = findReservedKey(entries);
	if (path) return `${pathText(path)}: the key "${path.at(-1)}" is not allowed (a reserved name)`;
	for (const [key, e] of Object.entries(entries)) {
		const provider = (e as { litellm_provider?: unknown } | null)?.litellm_provider;
		if (typeof provider === 'string' && isReservedKey(provider))
			return `${key}.litellm_provider: "${provider}" is not allowed as a provider name (a reserved name)`;
	}
	return undefined;
}

/** LiteLLM's long-context tier fields: `<base>_above_<N>k_tokens`, N thousand prompt tokens. */
const TIER_FIELD =
	/^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost|cache_creation_input_token_cost)_above_(\d+)k_tokens$/;

/** Long-context tiers of an entry: threshold (thousands of tokens) → base field → value. */
function tiersOf(e: Record<string, unknown>): Map<string, Map<string, unknown>> {
	const tiers = new Map<string, Map<string, unknown>>();
	for (const [field, v] of Object.entries(e)) {
		const m = TIER_FIELD.exec(field);
		if (!m) continue;
		if (!tiers.has(m[2])) tiers.set(m[2], new Map());
		tiers.get(m[2])!.set(m[1], v);
	}
	return tiers;
}

/**
 * Why an entry's long-context tier cannot be used, or undefined: a tier price that is not a
 * number ≥ 0, a tier with an input price but no output price (or the reverse), or two tiers (the
 * engine applies one). A malformed tier refuses the whole file: a guessed long-context price
 * would misprice exactly the requests it is for.
 * @example tierProblem({ input_cost_per_token_above_200k_tokens: 6e-6 }) → 'long-context tier above 200k tokens has input_cost_per_token_above_200k_tokens but no output_cost_per_token_above_200k_tokens'
 */
export function tierProblem(raw: unknown): string | undefined {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
	const tiers = tiersOf(raw as Record<string, unknown>);
	if (tiers.size > 1)
		return `${tiers.size} long-context tiers (above ${[...tiers.keys()].map((k) => `${k}k`).join(' and ')} tokens); only one tier per model can be applied`;
	for (const [k, fields] of tiers) {
		for (const [base, v] of fields) {
			const field = `${base}_above_${k}k_tokens`;
			if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
				return `${field} is ${typeof v === 'number' ? 'negative' : 'not a number'} (${JSON.stringify(v)})`;
		}
		const has = (b: string) => fields.has(b);
		for (const [a, b] of [
			['input_cost_per_token', 'output_cost_per_token'],
			['output_cost_per_token', 'input_cost_per_token']
		])
			if (has(a) && !has(b))
				return `long-context tier above ${k}k tokens has ${a}_above_${k}k_tokens but no ${b}_above_${k}k_tokens`;
		if (!has('input_cost_per_token'))
			return `long-context tier above ${k}k tokens has no input_cost_per_token_above_${k}k_tokens or output_cost_per_token_above_${k}k_tokens`;
	}
	return undefined;
}

/** Price fields this import reads; other fields with a cost in their name are reported as not imported. */
const KNOWN_COST_FIELDS = new Set([
	'input_cost_per_token',
	'output_cost_per_token',
	'cache_read_input_token_cost',
	'cache_creation_input_token_cost',
	'input_cost_per_token_batches',
	'output_cost_per_token_batches'
]);

/** A price in USD per token, as LiteLLM writes it: a JSON number ≥ 0. */
type Price = { ok: true; perToken: Decimal } | { ok: false; why: string } | undefined;

/**
 * JSON numbers arrive as binary floats; `String(n)` gives the shortest decimal that reads back as
 * the same float, which is the decimal the file wrote for any price of up to 15 significant
 * digits ("1.5e-7" for 1.5e-07). From there the arithmetic is decimal and exact.
 */
function price(entry: Record<string, unknown>, field: string): Price {
	const v = entry[field];
	if (v === undefined || v === null) return undefined;
	if (typeof v !== 'number')
		return { ok: false, why: `${field} is not a number (${JSON.stringify(v)})` };
	if (!Number.isFinite(v) || v < 0) return { ok: false, why: `${field} is negative (${v})` };
	return { ok: true, perToken: dec(String(v)) };
}

/** Per token → per 1M tokens, as a plain decimal string: 1.5e-7 → "0.15". */
const perMillion = (perToken: Decimal): string => perToken.mul(MILLION).toFixed();

/** "50%" for a share. */
const pct = (d: Decimal) => `${d.mul(100).toDecimalPlaces(4).toFixed()}%`;

/**
 * The model name without LiteLLM's provider prefix: 'together_ai/meta-llama/Llama-3.3-70B' →
 * 'meta-llama/Llama-3.3-70B'. The prefix may be the provider id or its stem ('vertex_ai/…' for
 * 'vertex_ai-language-models', 'bedrock/…' for 'bedrock_converse').
 */
export function modelName(key: string, provider: string): string {
	const slash = key.indexOf('/');
	if (slash <= 0) return key;
	const head = key.slice(0, slash);
	const isPrefix =
		head === provider || provider.startsWith(`${head}-`) || provider.startsWith(`${head}_`);
	return isPrefix ? key.slice(slash + 1) : key;
}

const lastSegment = (model: string) => model.slice(model.lastIndexOf('/') + 1);

/** One usable entry of the file. */
interface Priced {
	key: string;
	provider: string;
	providerName: string;
	model: string;
	values: Partial<Record<ImportedField, string>>;
	/** Notes per field (the batch discount's derivation). */
	fieldNotes: Partial<Record<ImportedField, string>>;
}

/** Read one entry: its prices per 1M tokens, or why it cannot be imported. */
function priceEntry(
	key: string,
	raw: unknown,
	notes: ImportNote[],
	unknown: (field: string, key: string) => void
): { ok: true; entry: Priced } | { ok: false; reason: string } {
	if (key === 'sample_spec')
		return { ok: false, reason: "LiteLLM's description of the format, not a model" };
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
		return { ok: false, reason: 'not an object' };
	const e = raw as Record<string, unknown>;
	const mode = e.mode;
	if (mode === undefined)
		return {
			ok: false,
			reason: 'no mode given; only chat, completion and responses models are imported'
		};
	if (typeof mode !== 'string' || !CHAT_MODES.has(mode))
		return {
			ok: false,
			reason: `mode ${JSON.stringify(mode)}: only chat, completion and responses models are priced per token here`
		};
	const provider = e.litellm_provider;
	if (typeof provider !== 'string' || !provider.trim())
		return { ok: false, reason: 'litellm_provider missing' };
	const input = price(e, 'input_cost_per_token');
	const output = price(e, 'output_cost_per_token');
	if (!input) return { ok: false, reason: 'input_cost_per_token missing' };
	if (!input.ok) return { ok: false, reason: input.why };
	if (!output) return { ok: false, reason: 'output_cost_per_token missing' };
	if (!output.ok) return { ok: false, reason: output.why };
	if (input.perToken.isZero() && output.perToken.isZero())
		return {
			ok: false,
			reason: 'input and output prices are both 0 (a free or self-hosted model)'
		};

	const model = modelName(key, provider);
	const values: Priced['values'] = {
		inputUsdPerMTok: perMillion(input.perToken),
		outputUsdPerMTok: perMillion(output.perToken)
	};
	const fieldNotes: Priced['fieldNotes'] = {};

	const cached = price(e, 'cache_read_input_token_cost');
	if (cached?.ok) values.cachedInputUsdPerMTok = perMillion(cached.perToken);
	else if (cached) notes.push({ key, note: `cached-input price left out: ${cached.why}` });

	const write = price(e, 'cache_creation_input_token_cost');
	if (write?.ok) values.cacheWriteUsdPerMTok = perMillion(write.perToken);
	else if (write) notes.push({ key, note: `cache-write price left out: ${write.why}` });

	// readPriceFile has refused malformed tiers: here there is at most one, with input and output.
	for (const [k, fields] of tiersOf(e)) {
		const tier = (base: string) => dec(String(fields.get(base)));
		values.longContextThresholdTokens = String(Number(k) * 1000);
		values.longContextInputUsdPerMTok = perMillion(tier('input_cost_per_token'));
		values.longContextOutputUsdPerMTok = perMillion(tier('output_cost_per_token'));
		if (fields.has('cache_read_input_token_cost'))
			values.longContextCachedInputUsdPerMTok = perMillion(tier('cache_read_input_token_cost'));
		if (fields.has('cache_creation_input_token_cost'))
			values.longContextCacheWriteUsdPerMTok = perMillion(tier('cache_creation_input_token_cost'));
		fieldNotes.longContextThresholdTokens = `Prompts above ${k}k tokens pay the *_above_${k}k_tokens prices for the whole request.`;
	}
	for (const field of Object.keys(e)) {
		if (/cost/.test(field) && !KNOWN_COST_FIELDS.has(field) && !TIER_FIELD.test(field))
			unknown(field, key);
	}

	const batch = batchDiscount(
		input.perToken,
		output.perToken,
		price(e, 'input_cost_per_token_batches'),
		price(e, 'output_cost_per_token_batches')
	);
	if (batch?.ok) {
		values.batchDiscount = batch.value;
		fieldNotes.batchDiscount = batch.derivation;
		if (batch.note) notes.push({ key, note: batch.note });
	} else if (batch) notes.push({ key, note: `batch discount left out: ${batch.why}` });

	return {
		ok: true,
		entry: {
			key,
			provider,
			providerName: Object.hasOwn(catalogProviders, provider)
				? catalogProviders[provider]
				: provider,
			model,
			values,
			fieldNotes
		}
	};
}

type Batch =
	| { ok: true; value: string; derivation: string; note?: string }
	| { ok: false; why: string }
	| undefined;

/**
 * The batch discount d = 1 − batch price / price, from the input prices (the output prices when
 * only those are listed). Left out, with the reason, when input and output give different
 * discounts: one d cannot describe both.
 * @example batchDiscount(1.5e-7, 6e-7, 7.5e-8, 3e-7) → d = 1 − 0.075 / 0.15 = 0.5
 */
function batchDiscount(input: Decimal, output: Decimal, bIn: Price, bOut: Price): Batch {
	if (!bIn && !bOut) return undefined;
	if (bIn && !bIn.ok) return { ok: false, why: bIn.why };
	if (bOut && !bOut.ok) return { ok: false, why: bOut.why };
	const side = (batch: Decimal | undefined, regular: Decimal, which: string) =>
		batch && !regular.isZero()
			? { d: dec(1).minus(batch.div(regular)), batch, regular, which }
			: undefined;
	const fromIn = side(bIn?.perToken, input, 'input');
	const fromOut = side(bOut?.perToken, output, 'output');
	const used = fromIn ?? fromOut;
	if (!used) return { ok: false, why: 'the regular price is 0, so no discount can be derived' };
	if (fromIn && fromOut && !fromIn.d.equals(fromOut.d))
		return {
			ok: false,
			why: `batch input is ${pct(fromIn.d)} off but batch output ${pct(fromOut.d)} off; one discount cannot describe both`
		};
	if (used.d.lt(0) || used.d.gt(1))
		return {
			ok: false,
			why: `the batch ${used.which} price is above the regular price (d = ${used.d.toDecimalPlaces(6).toFixed()})`
		};
	// A repeating quotient (1 − 2/3) is cut at 12 decimals; LiteLLM's discounts terminate.
	const value = used.d.toDecimalPlaces(12).toFixed();
	const derivation =
		`Derived: 1 − batch ${used.which} / ${used.which} = 1 − ${perMillion(used.batch)} / ${perMillion(used.regular)}` +
		(fromIn && fromOut
			? `; batch output agrees (1 − ${perMillion(fromOut.batch)} / ${perMillion(fromOut.regular)}).`
			: '.');
	const note =
		fromIn && !bOut
			? 'batch output price not listed; the batch discount is taken from the input prices'
			: !fromIn && fromOut
				? 'batch input price not listed; the batch discount is taken from the output prices'
				: undefined;
	return { ok: true, value, derivation, ...(note ? { note } : {}) };
}

/** The value of an offering's figure in this scenario: its override, else its own figure. */
function effective(o: ApiOffering, field: ImportedField, scenario: Scenario): string | undefined {
	return scenario.overrides.offerings[o.id]?.[field] ?? o[field]?.value;
}

const sameValue = (a: string | undefined, b: string) => a !== undefined && dec(a).equals(dec(b));

/**
 * Compare a parsed price file with a scenario: what would be added, changed and skipped, and why.
 *
 * Matching: an entry matches an offering of the scenario's catalog (bundled, then the user's own)
 * with the same provider (the catalog's name for it, see `catalogProviders`, or LiteLLM's id) and
 * the same model name, ignoring case; the full name ('meta-llama/Llama-3.3-70B-Instruct-Turbo')
 * first, then its last segment ('Llama-3.3-70B-Instruct-Turbo'). Each offering takes at most one
 * entry and each entry updates at most one offering. New offerings get the id
 * `litellm/<LiteLLM provider>/<model name>`.
 */
export function previewPrices(
	entries: Record<string, unknown>,
	fileName: string,
	scenario: Scenario,
	today: Date
): ImportPreview {
	const importedOn = isoDay(today);
	const file = baseName(fileName).slice(0, 200) || 'model_prices_and_context_window.json';
	const source = `LiteLLM price file ${file}, imported ${importedOn}`;
	const skipped: SkippedEntry[] = [];
	const notes: ImportNote[] = [];

	// 1. Read every entry; the first of two with the same provider and model wins.
	const priced: Priced[] = [];
	const seen = new Map<string, string>();
	// Price fields the engine has no rule for, by field: how many imported entries carry them.
	const unknownFields = new Map<string, { count: number; example: string }>();
	const unknown = (field: string, key: string) => {
		const u = unknownFields.get(field);
		if (u) u.count++;
		else unknownFields.set(field, { count: 1, example: key });
	};
	for (const [key, raw] of Object.entries(entries)) {
		const r = priceEntry(key, raw, notes, unknown);
		if (!r.ok) {
			skipped.push({ key, reason: r.reason });
			continue;
		}
		const k = `${r.entry.providerName}\u0000${r.entry.model}`.toLowerCase();
		const first = seen.get(k);
		if (first !== undefined) {
			skipped.push({ key, reason: `same provider and model as "${first}", imported instead` });
			continue;
		}
		seen.set(k, key);
		priced.push(r.entry);
	}

	for (const [field, u] of unknownFields) {
		notes.push({
			key: field,
			note: `not imported from ${plural(u.count, 'entry', 'entries')} (e.g. "${u.example.slice(0, 120)}"): no such price in the engine`
		});
	}

	// 2. Match: exact model names first, then last segments, each offering once.
	const cat = scenarioCatalog(scenario.custom);
	const byProvider = new Map<string, ApiOffering[]>();
	for (const o of cat.offerings) {
		const p = o.provider.toLowerCase();
		byProvider.set(p, [...(byProvider.get(p) ?? []), o]);
	}
	const matchOf = new Map<Priced, ApiOffering>();
	const claimedBy = new Map<string, Priced>();
	for (const exact of [true, false]) {
		for (const p of priced) {
			if (matchOf.has(p)) continue;
			const name = (exact ? p.model : lastSegment(p.model)).toLowerCase();
			const offers = [
				...(byProvider.get(p.providerName.toLowerCase()) ?? []),
				...(p.providerName !== p.provider ? (byProvider.get(p.provider.toLowerCase()) ?? []) : [])
			];
			const o = offers.find((o) => o.model.toLowerCase() === name && !claimedBy.has(o.id));
			if (o) {
				matchOf.set(p, o);
				claimedBy.set(o.id, p);
			}
		}
	}

	// 3. Changes, additions and the rest, in file order.
	const added: ApiOffering[] = [];
	const addedFrom = new Map<string, string>(); // new id (lower case) → the entry it came from
	const changed: PriceChange[] = [];
	let unchanged = 0;
	for (const p of priced) {
		const o = matchOf.get(p);
		if (o) {
			const own = cat.isOwn('offerings', o.id);
			let any = false;
			for (const field of importedFields) {
				const to = p.values[field];
				if (to === undefined) continue;
				const from = effective(o, field, scenario);
				if (sameValue(from, to)) continue;
				changed.push({
					id: o.id,
					name: o.name,
					field,
					from,
					to,
					how: own ? 'edit' : 'override',
					key: p.key
				});
				any = true;
			}
			if (!any) unchanged++;
			continue;
		}
		// An offering this entry would have matched, already taken by a closer entry.
		const taken = cat.offerings.find(
			(o) =>
				claimedBy.has(o.id) &&
				o.provider.toLowerCase() === p.providerName.toLowerCase() &&
				lastSegment(o.model).toLowerCase() === lastSegment(p.model).toLowerCase()
		);
		if (taken) {
			skipped.push({
				key: p.key,
				reason: `would also match ${taken.id}, which takes its prices from "${claimedBy.get(taken.id)?.key}"`
			});
			continue;
		}
		const id = `litellm/${p.provider}/${p.model}`;
		if (id.length > 200 || p.model.length > 200) {
			skipped.push({ key: p.key, reason: 'model name longer than 200 characters' });
			continue;
		}
		if (cat.findOffering(id)) {
			skipped.push({ key: p.key, reason: `the id ${id} is already used by another offering` });
			continue;
		}
		const earlier = addedFrom.get(id.toLowerCase());
		if (earlier !== undefined) {
			skipped.push({
				key: p.key,
				reason: `its new id ${id} is the same as that of "${earlier}", imported instead`
			});
			continue;
		}
		addedFrom.set(id.toLowerCase(), p.key);
		added.push(offeringFrom(p, id, source, importedOn));
	}
	return {
		ok: true,
		fileName: file,
		importedOn,
		source,
		added,
		changed,
		skipped,
		notes,
		unchanged
	};
}

/** The new offering for an entry, every figure sourced to the file and dated the import day. */
function offeringFrom(p: Priced, id: string, source: string, asOf: string): ApiOffering {
	const fig = (field: ImportedField): Figure | undefined => {
		const value = p.values[field];
		if (value === undefined) return undefined;
		const note = [`LiteLLM entry "${p.key.slice(0, 300)}".`, p.fieldNotes[field]]
			.filter(Boolean)
			.join(' ');
		return { value, source, asOf, note };
	};
	const name = `${p.model} (${p.providerName})`;
	const o: ApiOffering = {
		id,
		provider: p.providerName,
		model: p.model,
		name: name.length > 200 ? `${name.slice(0, 199)}…` : name,
		inputUsdPerMTok: fig('inputUsdPerMTok')!,
		outputUsdPerMTok: fig('outputUsdPerMTok')!
	};
	for (const field of importedFields) {
		if (field === 'inputUsdPerMTok' || field === 'outputUsdPerMTok') continue;
		const f = fig(field);
		if (f) o[field] = f;
	}
	return o;
}

const baseName = (path: string) =>
	path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

/**
 * Preview the import of a LiteLLM price file into a scenario: `readPriceFile` then `previewPrices`.
 * A refused file gives `{ ok: false, error }`, and nothing is changed.
 * @example previewImport('{"gpt-4o-mini": {"litellm_provider": "openai", "mode": "chat",
 *   "input_cost_per_token": 1.5e-07, "output_cost_per_token": 6e-07}}', 'prices.json', s, today)
 *   → { ok: true, added: [], changed: [], unchanged: 1, … } against the bundled catalog
 */
export function previewImport(
	text: string,
	fileName: string,
	scenario: Scenario,
	today: Date
): ImportResult {
	const file = readPriceFile(text);
	return file.ok ? previewPrices(file.entries, fileName, scenario, today) : file;
}

/**
 * Keep only the new offerings `keep` accepts (the page lets the user choose providers, since a
 * whole LiteLLM file holds more offerings than a scenario can carry). Changes are kept.
 */
export function narrowPreview(
	preview: ImportPreview,
	keep: (o: ApiOffering) => boolean
): ImportPreview {
	return { ...preview, added: preview.added.filter(keep) };
}

/**
 * Apply a preview to a scenario and return the new scenario (the given one is not changed): new
 * offerings are added as the user's own; a changed price of a bundled entry becomes an override
 * (removed instead when the catalog already has the imported value); a changed price of the user's
 * own entry replaces that figure, with the file as its source. Validate the result before storing
 * it (`validateScenario` in document.ts).
 */
export function applyImport(scenario: Scenario, preview: ImportPreview): Scenario {
	const overrides = { ...scenario.overrides.offerings };
	const setOverride = (id: string, field: string, value: string | undefined) => {
		const rest = { ...overrides[id] };
		if (value === undefined) delete rest[field];
		else rest[field] = value;
		if (Object.keys(rest).length) overrides[id] = rest;
		else delete overrides[id];
	};
	const edits = new Map<string, PriceChange[]>();
	for (const c of preview.changed) {
		if (c.how === 'edit') edits.set(c.id, [...(edits.get(c.id) ?? []), c]);
		else {
			const bundled = findOffering(c.id);
			if (!bundled) continue;
			setOverride(c.id, c.field, sameValue(bundled[c.field]?.value, c.to) ? undefined : c.to);
		}
	}
	const own = scenario.custom.offerings.map((o) => {
		const cs = edits.get(o.id);
		if (!cs) return o;
		const next: ApiOffering = { ...o };
		for (const c of cs) {
			next[c.field] = {
				value: c.to,
				source: preview.source,
				asOf: preview.importedOn,
				note: `LiteLLM entry "${c.key.slice(0, 300)}".`
			};
			// The override would hide the imported price.
			if (overrides[o.id]?.[c.field] !== undefined) setOverride(o.id, c.field, undefined);
		}
		return next;
	});
	const ids = new Set(scenarioCatalog(scenario.custom).offerings.map((o) => o.id));
	const added = preview.added.filter((o) => !ids.has(o.id));
	return {
		...scenario,
		custom: { ...scenario.custom, offerings: [...own, ...added] },
		overrides: { ...scenario.overrides, offerings: overrides }
	};
}
