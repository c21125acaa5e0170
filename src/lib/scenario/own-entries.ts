import { figureMeta, type FigureName } from '../catalog/labels';
import { periodEnd } from '../catalog/stale';
import { capabilityClassOf } from '../catalog/capability';
import {
	attentionKinds,
	capabilityClasses,
	type ApiOffering,
	type AttentionKind,
	type Figure,
	type GpuSpec,
	type ModelSpec,
	type Source
} from '../catalog/types';
import { dec } from '../domain/decimal';
import { validateScenario, type Scenario } from './document';
import { pathBelow } from './issues';
import { scenarioCatalog, type CustomEntries } from './entries';
import { checkField, rangeText, type FieldSpec } from './fields';

/**
 * The user's own models, GPUs and API offerings: add, edit and remove them in a scenario. Every
 * change is checked by `validateScenario` on the resulting document (so a message names the field
 * exactly as a loaded file would), plus the ranges below that the document schema leaves open.
 * A refused change returns the errors and no scenario: nothing invalid is ever stored.
 */

/** The kinds of own entry this form edits; own benchmarks have a form of their own (own-benchmarks.ts). */
export type OwnKind = 'models' | 'gpus' | 'offerings';
export type OwnEntryOf<K extends OwnKind> = CustomEntries[K][number];
export type OwnEntry = ModelSpec | GpuSpec | ApiOffering;

export type EditResult =
	| { ok: true; scenario: Scenario }
	| {
			ok: false;
			/** Every problem, each naming its field ("custom.gpus[0].memoryGB.value: …"). */
			errors: string[];
			/** The first message per form field ('memoryGB', 'source', 'name', …), for inline errors. */
			fields: Record<string, string>;
	  };

/** One input of the own-entry forms: a plain text, a choice, or a sourced figure with its range. */
export interface OwnField {
	key: string;
	label: string;
	unit: string;
	type: 'text' | 'choice' | 'figure';
	required: boolean;
	/** The allowed range of a figure. */
	spec?: FieldSpec;
	options?: readonly string[];
	help?: string;
}

const figure = (
	key: FigureName,
	required: boolean,
	range: Omit<FieldSpec, 'key' | 'label' | 'unit'>,
	help?: string
): OwnField => {
	const meta = figureMeta[key];
	// Form labels start with a capital; the catalog's labels are written to sit mid-sentence.
	const label = meta.label.charAt(0).toUpperCase() + meta.label.slice(1);
	return {
		key,
		label,
		unit: meta.unit,
		type: 'figure',
		required,
		spec: { key, label, unit: meta.unit, ...range },
		...(help ? { help } : {})
	};
};
const text = (key: string, label: string, required: boolean, help?: string): OwnField => ({
	key,
	label,
	unit: '',
	type: 'text',
	required,
	...(help ? { help } : {})
});
const positive = (max: string, integer = false) => ({
	min: '0',
	minExclusive: true,
	max,
	...(integer ? { integer: true } : {})
});

/** The capability tier of an offering or a model: optional ('' = not set). */
const capabilityField: OwnField = {
	key: 'capabilityClass',
	label: 'Capability class',
	unit: '',
	type: 'choice',
	required: false,
	options: ['', ...capabilityClasses],
	help: 'The summary names the cheapest option in the class of the chosen API: frontier, large (about 30B–120B) or small (about 7B–20B). Not set: unclassed, never compared.'
};

/**
 * The form of each kind, in display order. The same table labels the inputs, checks the values and
 * builds the entry, so a label or a range is stated once. Figures share one source and date.
 */
export const ownEntryFields: Record<OwnKind, readonly OwnField[]> = {
	offerings: [
		text('name', 'Display name', true, 'e.g. GPT-4o mini, negotiated'),
		text('provider', 'Provider', true),
		text('model', 'Provider’s model name', true),
		figure('inputUsdPerMTok', true, { min: '0', max: '1000000' }),
		figure('outputUsdPerMTok', true, { min: '0', max: '1000000' }),
		figure(
			'cachedInputUsdPerMTok',
			false,
			{ min: '0', max: '1000000' },
			'Empty: cached input is billed as input.'
		),
		figure(
			'batchDiscount',
			false,
			{ min: '0', max: '1' },
			'0.5 = batch requests cost half. Empty: no batch API.'
		),
		figure('fixedMonthlyUsd', false, { min: '0', max: '1e12' }, 'Empty: no fixed fee.'),
		capabilityField
	],
	gpus: [
		text('name', 'Name', true, 'e.g. H100 SXM, our 2026 quote'),
		text('vendor', 'Vendor', false),
		figure('memoryGB', true, positive('100000')),
		figure('memoryBandwidthTBps', true, positive('1000')),
		figure('denseBf16Tflops', true, positive('1000000')),
		figure('denseFp8Tflops', false, positive('1000000'), 'Empty: no FP8 tensor cores.'),
		figure('tdpWatts', true, positive('100000')),
		figure(
			'stackEfficiency',
			false,
			{ min: '0.01', max: '2' },
			'Share of the calibrated roofline your serving stack reaches on this GPU. Empty: 1.'
		),
		figure('purchasePriceUsd', false, { min: '0', max: '1e9' }),
		figure('cloudUsdPerGpuHour', false, { min: '0', max: '10000' })
	],
	models: [
		text('name', 'Name', true, 'e.g. our fine-tuned Llama 3.3 70B'),
		text('family', 'Family', false),
		{
			key: 'attention',
			label: 'Attention',
			unit: '',
			type: 'choice',
			required: true,
			options: attentionKinds,
			help: 'MLA and sliding-window models need their KV cache per token.'
		},
		figure('totalParams', true, positive('1e15'), 'Memory: every parameter, e.g. 70e9.'),
		figure(
			'activeParams',
			true,
			positive('1e15'),
			'Compute: parameters used per token; the total for a dense model.'
		),
		figure('layers', true, positive('10000', true)),
		figure('kvHeads', true, positive('10000', true)),
		figure('headDim', true, positive('100000', true)),
		figure('contextLength', true, positive('1e9', true)),
		figure(
			'kvBytesPerTokenBf16',
			false,
			positive('1e12'),
			'Required for MLA and sliding-window attention; empty for standard attention (2 × layers × KV heads × head dimension × 2).'
		),
		figure(
			'measuredEfficiency',
			false,
			{ min: '0.01', max: '2' },
			'Share of the roofline this model reached where you measured it. Empty: 1.'
		),
		text('license', 'Licence', false),
		text('releaseDate', 'Release date', false, 'YYYY-MM-DD'),
		capabilityField
	]
};

const fieldOf = (kind: OwnKind, key: string): OwnField =>
	ownEntryFields[kind].find((f) => f.key === key) ?? text(key, key, false);

/** The form's shared fields: where every figure of the entry came from, and when. */
export const sourceFields: readonly OwnField[] = [
	text('source', 'Source', true, 'A quote, contract, URL or document title.'),
	text('asOf', 'Date', true, 'YYYY, YYYY-MM or YYYY-MM-DD')
];

/** Text lengths the scenario schema accepts. */
const MAX_TEXT: Record<string, number> = { source: 2000, asOf: 40, releaseDate: 40, license: 500 };

/** The local calendar day as 'YYYY-MM-DD'. */
export function isoDay(d: Date): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * An id for a new entry, made from its name and unique among the scenario's entries of that kind.
 * @example newOwnId(s, 'gpus', 'Acme X1 (quote)') → 'own/acme-x1-quote' (or '…-2' when taken)
 */
export function newOwnId(scenario: Scenario, kind: OwnKind, name: string): string {
	const slug =
		name
			.toLowerCase()
			.replace(/[^a-z0-9.]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60) || 'entry';
	const cat = scenarioCatalog(scenario.custom);
	const taken = new Set<string>(cat[kind].map((e) => e.id));
	let id = `own/${slug}`;
	for (let n = 2; taken.has(id); n++) id = `own/${slug}-${n}`;
	return id;
}

/** The form's text values for an existing entry (for editing): figures as their decimal strings. */
export function formFromEntry(kind: OwnKind, entry: OwnEntry): Record<string, string> {
	const out: Record<string, string> = {};
	let src: Source | undefined = kind === 'models' ? (entry as ModelSpec).source : undefined;
	for (const f of ownEntryFields[kind]) {
		const v = fieldValue(entry, f.key);
		if (f.type === 'figure') {
			const fig = v as Figure | undefined;
			out[f.key] = fig?.value ?? '';
			src ??= fig;
		} else if (f === capabilityField)
			// A catalog entry's class comes from the catalog's tiers: a copy keeps it.
			out[f.key] = capabilityClassOf(entry as ApiOffering | ModelSpec) ?? '';
		else out[f.key] = typeof v === 'string' ? v : '';
	}
	out.source = src?.source ?? '';
	out.asOf = src?.asOf ?? '';
	return out;
}

/** A blank form: today's date, standard attention. */
export function emptyForm(kind: OwnKind, today: Date): Record<string, string> {
	const out: Record<string, string> = { source: '', asOf: isoDay(today) };
	for (const f of ownEntryFields[kind]) out[f.key] = f.key === 'attention' ? 'standard' : '';
	return out;
}

type Built = { ok: true; entry: OwnEntry } | { ok: false; fields: Record<string, string> };

/**
 * Build an entry from the form's text, checking every value against its field (required, range,
 * whole number) and the rules between fields. Messages start with the field's label and unit.
 * `base` is the entry being edited: fields the form does not show (an offering's open-model link)
 * are kept.
 */
export function entryFromForm(
	kind: OwnKind,
	values: Record<string, string>,
	id: string,
	base?: OwnEntry,
	origin?: OwnEntry
): Built {
	const fields: Record<string, string> = {};
	const val = (k: string) => (values[k] ?? '').trim();
	const labelOf = (f: OwnField) => (f.unit ? `${f.label} (${f.unit})` : f.label);

	// A figure left as it was (in the entry copied, or the entry edited) keeps its own source and
	// date; only figures the user changes take the form's source and date, and are the user's.
	const ref = origin ?? base;
	const kept = (f: OwnField): Figure | undefined => {
		const fig = ref && (fieldValue(ref, f.key) as Figure | undefined);
		if (!fig || f.type !== 'figure' || !f.spec) return undefined;
		const r = checkField(f.spec, val(f.key));
		return r.ok && dec(r.value).equals(dec(fig.value)) ? fig : undefined;
	};
	const anyChanged = ownEntryFields[kind].some(
		(f) => f.type === 'figure' && val(f.key) !== '' && !kept(f)
	);
	const source = val('source');
	const asOf = val('asOf');
	const sourceNeeded = !origin || anyChanged;
	if (!source && sourceNeeded)
		fields.source = origin
			? 'Source: required (where the figures you changed come from)'
			: 'Source: required (where the figures come from)';
	else if (source.length > MAX_TEXT.source)
		fields.source = `Source: ${source.length} characters; at most ${MAX_TEXT.source}`;
	if (!asOf && sourceNeeded) fields.asOf = 'Date: required, YYYY, YYYY-MM or YYYY-MM-DD';
	else if (asOf && !periodEnd(asOf))
		fields.asOf = `Date: "${asOf}" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD`;
	const src: Source = { source, asOf };

	const entry: Record<string, unknown> = base ? { ...base } : {};
	entry.id = id;
	for (const f of ownEntryFields[kind]) {
		const raw = val(f.key);
		delete entry[f.key];
		if (raw === '') {
			if (f.required) fields[f.key] = `${labelOf(f)}: required`;
			continue;
		}
		if (f.type === 'figure' && f.spec) {
			const r = checkField(f.spec, raw);
			const same = kept(f);
			if (!r.ok) fields[f.key] = `${labelOf(f)}: ${r.message}`;
			else if (same) entry[f.key] = { ...same };
			else entry[f.key] = { value: r.value, ...src } satisfies Figure;
		} else if (f.type === 'choice') {
			if (!f.options?.includes(raw))
				fields[f.key] =
					`${f.label}: "${raw}" is not one of ${f.options?.filter(Boolean).join(', ')}`;
			else entry[f.key] = raw;
		} else {
			const max = MAX_TEXT[f.key] ?? 200;
			if (raw.length > max) fields[f.key] = `${f.label}: ${raw.length} characters; at most ${max}`;
			else entry[f.key] = raw;
		}
	}
	// Text fields the schema requires as strings, even when left empty.
	if (kind === 'models') {
		for (const k of ['family', 'license', 'releaseDate']) entry[k] ??= '';
		const refSource = ref && (fieldValue(ref, 'source') as Source | undefined);
		entry.source = source || !refSource ? src : { ...refSource };
	}
	if (kind === 'gpus') entry.vendor ??= '';

	if (kind === 'models' && !fields.totalParams && !fields.activeParams) {
		const total = entry.totalParams as Figure | undefined;
		const active = entry.activeParams as Figure | undefined;
		if (total && active && dec(active.value).gt(dec(total.value)))
			fields.activeParams = `${labelOf(fieldOf('models', 'activeParams'))}: ${active.value} is more than the total parameters, ${total.value}`;
	}
	if (kind === 'models' && !fields.attention) checkKvFigure(entry, fields);
	// The form's fields of each kind are that entry type's fields (ownEntryFields), and every
	// value was checked above; the scenario check (validateScenario) refuses anything else on save.
	return Object.keys(fields).length
		? { ok: false, fields }
		: { ok: true, entry: entry as unknown as OwnEntry };
}

/** A field of an entry read by name, for the form code that walks an entry's fields generically. */
const fieldValue = (entry: object, key: string): unknown => (entry as Record<string, unknown>)[key];

/** The KV-cache figure must be given where the standard formula does not hold, and agree where it does. */
function checkKvFigure(entry: Record<string, unknown>, fields: Record<string, string>) {
	const attention = entry.attention as AttentionKind;
	const kv = entry.kvBytesPerTokenBf16 as Figure | undefined;
	const f = fieldOf('models', 'kvBytesPerTokenBf16');
	const label = `${f.label} (${f.unit})`;
	if (fields.kvBytesPerTokenBf16) return;
	if (attention !== 'standard' && !kv) {
		fields.kvBytesPerTokenBf16 = `${label}: required for ${attention} attention`;
		return;
	}
	const parts = ['layers', 'kvHeads', 'headDim'].map((k) => entry[k] as Figure | undefined);
	if (attention === 'standard' && kv && parts.every(Boolean)) {
		const expected = parts.reduce((acc, p) => acc.mul(p!.value), dec(4));
		if (!dec(kv.value).equals(expected))
			fields.kvBytesPerTokenBf16 = `${label}: ${kv.value} does not match standard attention, 2 × layers × KV heads × head dimension × 2 = ${expected.toFixed()}; leave it empty or choose another attention`;
	}
}

/**
 * Check a changed scenario (`validateScenario`). `focus` names the own entry being changed, so its
 * issues go to the form's fields: a figure's source and date, and a model's source, to the form's
 * shared fields; anything else to '' (shown above the form).
 */
function checkEdit(next: Scenario, focus?: { kind: OwnKind; id: string }): EditResult {
	const r = validateScenario(next);
	if (r.ok) return r;
	const fields: Record<string, string> = {};
	const index = focus ? next.custom[focus.kind].findIndex((e) => e.id === focus.id) : -1;
	const at = focus ? ['custom', focus.kind, index] : undefined;
	r.issues.forEach((issue, n) => {
		const [field, sub] = (at && pathBelow(issue.path, at)) ?? [];
		const key = typeof field !== 'string' ? '' : sub === 'source' || sub === 'asOf' ? sub : field;
		fields[key] ??= r.errors[n];
	});
	return { ok: false, errors: r.errors, fields };
}

const replaceKind = <K extends OwnKind>(s: Scenario, kind: K, list: OwnEntryOf<K>[]): Scenario => ({
	...s,
	custom: { ...s.custom, [kind]: list }
});

/**
 * Add the user's own entry to a scenario (a new scenario; the given one is not changed).
 * @example addOwnEntry(s, 'gpus', { id: 'own/acme-x1', name: 'Acme X1', … }) → { ok: true, scenario }
 */
export function addOwnEntry<K extends OwnKind>(
	scenario: Scenario,
	kind: K,
	entry: OwnEntryOf<K>
): EditResult {
	const list = [...scenario.custom[kind], entry] as OwnEntryOf<K>[];
	return checkEdit(replaceKind(scenario, kind, list), { kind, id: entry.id });
}

/**
 * Replace the user's own entry `id` with `entry` (same id: references to it stay valid).
 * Catalog entries cannot be edited this way: override their figures instead.
 */
export function editOwnEntry<K extends OwnKind>(
	scenario: Scenario,
	kind: K,
	id: string,
	entry: OwnEntryOf<K>
): EditResult {
	const list = scenario.custom[kind] as OwnEntryOf<K>[];
	const i = list.findIndex((e) => e.id === id);
	if (i < 0) return refused('id', `custom.${kind}: no entry of yours has the id "${id}"`);
	if (entry.id !== id)
		return refused('id', `custom.${kind}[${i}].id: an entry's id cannot change ("${id}")`);
	const next = list.map((e, j) => (j === i ? entry : e));
	return checkEdit(replaceKind(scenario, kind, next), { kind, id });
}

/**
 * Remove the user's own entry `id`, with any overrides of it. Refused while a candidate or a
 * baseline uses it, naming them: removing them silently would change the results on screen.
 */
export function removeOwnEntry(scenario: Scenario, kind: OwnKind, id: string): EditResult {
	const list = scenario.custom[kind] as OwnEntry[];
	if (!list.some((e) => e.id === id))
		return refused('id', `custom.${kind}: no entry of yours has the id "${id}"`);
	const users =
		kind === 'offerings'
			? scenario.baselines.filter((b) => b.offeringId === id).map(() => 'a baseline')
			: scenario.candidates
					.filter((c) => (kind === 'models' ? c.modelId : c.gpuId) === id)
					.map((c) => `candidate ${c.label ? `"${c.label}"` : c.id}`);
	if (users.length)
		return refused(
			'id',
			`custom.${kind}: "${id}" is used by ${users.join(', ')}; remove ${users.length > 1 ? 'them' : 'it'} first`
		);
	const overrides = { ...scenario.overrides[kind] };
	delete overrides[id];
	const next: Scenario = {
		...scenario,
		custom: { ...scenario.custom, [kind]: list.filter((e) => e.id !== id) },
		overrides: { ...scenario.overrides, [kind]: overrides }
	};
	return checkEdit(next);
}

/**
 * Add (no `editId`) or edit an own entry from the form's text: the form's checks first, then the
 * scenario's. On success the new scenario; on refusal every message, keyed by form field.
 */
export function saveOwnEntry(
	scenario: Scenario,
	kind: OwnKind,
	values: Record<string, string>,
	editId?: string,
	/** The catalog entry this one starts from ("Copy as mine"): unchanged figures keep its sources. */
	origin?: OwnEntry
): EditResult {
	const base = editId
		? (scenario.custom[kind] as OwnEntry[]).find((e) => e.id === editId)
		: undefined;
	if (editId && !base)
		return refused('id', `custom.${kind}: no entry of yours has the id "${editId}"`);
	const id = editId ?? newOwnId(scenario, kind, (values.name ?? '').trim());
	const built = entryFromForm(kind, values, id, base, origin);
	if (!built.ok) return { ok: false, errors: Object.values(built.fields), fields: built.fields };
	return editId
		? editOwnEntry(scenario, kind, editId, built.entry as OwnEntryOf<typeof kind>)
		: addOwnEntry(scenario, kind, built.entry as OwnEntryOf<typeof kind>);
}

function refused(field: string, message: string): EditResult {
	return { ok: false, errors: [message], fields: { [field]: message } };
}

/** The range of a figure field in words, for the form's hints: "above 0 to 100000 GB". */
export const rangeOf = (f: OwnField): string => (f.spec ? rangeText(f.spec) : '');
