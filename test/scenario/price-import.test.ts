import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ApiOffering } from '../../src/lib/catalog/types';
import {
	defaultScenario,
	parseScenario,
	validateScenario,
	type Scenario
} from '../../src/lib/scenario/document';
import { evaluate } from '../../src/lib/domain/evaluate';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import {
	MAX_IMPORT_BYTES,
	applyImport,
	importTooLarge,
	modelName,
	narrowPreview,
	previewImport,
	type ImportPreview
} from '../../src/lib/scenario/price-import';

const FILE = 'litellm-prices.json';
const text = readFileSync(new URL(`../fixtures/${FILE}`, import.meta.url), 'utf8');
const today = new Date(2026, 10, 26, 12); // 2026-11-26, local time
const SOURCE = 'LiteLLM price file litellm-prices.json, imported 2026-11-26';

function preview(s: Scenario, t = text): ImportPreview {
	const r = previewImport(t, FILE, s, today);
	if (!r.ok) throw new Error(r.error);
	return r;
}
const byId = (list: ApiOffering[], id: string) => {
	const o = list.find((o) => o.id === id);
	if (!o) throw new Error(`no ${id} in ${list.map((o) => o.id).join(', ')}`);
	return o;
};
/** One chat entry of the file format. */
const entry = (fields: Record<string, unknown>) => ({
	litellm_provider: 'openai',
	mode: 'chat',
	...fields
});
const file = (entries: Record<string, unknown>) => JSON.stringify(entries);

describe('previewImport: the fixture against the default scenario', () => {
	const s = defaultScenario();
	const before = structuredClone(s);
	const p = preview(s);

	it('adds the five chat models the catalog lacks, with ids litellm/<provider>/<model>', () => {
		expect(p.added.map((o) => o.id)).toEqual([
			'litellm/openai/gpt-4-turbo',
			'litellm/openai/o3-pro',
			'litellm/text-completion-openai/gpt-3.5-turbo-instruct',
			'litellm/anthropic/claude-3-opus-20240229',
			'litellm/deepseek/deepseek-chat'
		]);
	});

	// Per 1M tokens = per token × 1,000,000, by hand:
	it.each([
		// id, input, output, cached, batch discount
		['litellm/openai/gpt-4-turbo', '10', '30', undefined, undefined], // 1e-5, 3e-5
		['litellm/openai/o3-pro', '20', '80', undefined, '0.5'], // batch 1 − 1e-5 / 2e-5 = 0.5 (output: 1 − 4e-5 / 8e-5 agrees)
		['litellm/text-completion-openai/gpt-3.5-turbo-instruct', '1.5', '2', undefined, undefined],
		['litellm/anthropic/claude-3-opus-20240229', '15', '75', '1.5', undefined], // cache read 1.5e-6
		['litellm/deepseek/deepseek-chat', '0.27', '1.1', '0.07', undefined] // 2.7e-7, 1.1e-6, 7e-8
	])('%s: input %s, output %s, cached %s, batch %s', (id, input, output, cached, batch) => {
		const o = byId(p.added, id);
		expect(o.inputUsdPerMTok.value).toBe(input);
		expect(o.outputUsdPerMTok.value).toBe(output);
		expect(o.cachedInputUsdPerMTok?.value).toBe(cached);
		expect(o.batchDiscount?.value).toBe(batch);
	});

	it('sources every new figure to the file, dated the import day', () => {
		const o = byId(p.added, 'litellm/anthropic/claude-3-opus-20240229');
		expect(o).toMatchObject({
			provider: 'Anthropic',
			model: 'claude-3-opus-20240229',
			name: 'claude-3-opus-20240229 (Anthropic)'
		});
		for (const f of [o.inputUsdPerMTok, o.outputUsdPerMTok, o.cachedInputUsdPerMTok]) {
			expect(f?.source).toBe(SOURCE);
			expect(f?.asOf).toBe('2026-11-26');
			expect(f?.note).toContain('LiteLLM entry "claude-3-opus-20240229"');
		}
		expect(byId(p.added, 'litellm/openai/o3-pro').batchDiscount?.note).toContain(
			'1 − batch input / input = 1 − 10 / 20'
		);
		// A provider the catalog does not know keeps LiteLLM's id as its name.
		expect(byId(p.added, 'litellm/deepseek/deepseek-chat').provider).toBe('deepseek');
	});

	it('lists the prices that differ from the catalog, exactly (no float noise)', () => {
		// 1.8e-6 × 1e6 is 1.7999999999999998 in floating point; 4.5e-7 → 0.44999999999999996;
		// 9.9e-7 → 0.9900000000000001; 2e-7 → 0.19999999999999998.
		expect(p.changed.map(({ id, field, from, to, how }) => ({ id, field, from, to, how }))).toEqual(
			[
				{ id: 'openai/gpt-4.1', field: 'inputUsdPerMTok', from: '2', to: '1.8', how: 'override' },
				{
					id: 'openai/gpt-4.1',
					field: 'cachedInputUsdPerMTok',
					from: '0.5',
					to: '0.45',
					how: 'override'
				},
				{
					id: 'groq/llama-3.3-70b-versatile',
					field: 'outputUsdPerMTok',
					from: '0.79',
					to: '0.99',
					how: 'override'
				},
				{
					id: 'fireworks/llama-v3p1-8b-instruct',
					field: 'inputUsdPerMTok',
					from: '0.1',
					to: '0.2',
					how: 'override'
				},
				{
					id: 'fireworks/llama-v3p1-8b-instruct',
					field: 'outputUsdPerMTok',
					from: '0.1',
					to: '0.2',
					how: 'override'
				}
			]
		);
		// gpt-4o-mini, gpt-4o, Claude 3.5 Haiku, Groq 8B and Together 8B (matched on the last
		// segment of meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo) are already the same.
		expect(p.unchanged).toBe(5);
	});

	it('skips what it cannot import, saying why', () => {
		expect(p.skipped).toEqual([
			{ key: 'sample_spec', reason: "LiteLLM's description of the format, not a model" },
			{
				key: 'openai/gpt-4-turbo',
				reason: 'same provider and model as "gpt-4-turbo", imported instead'
			},
			{ key: 'bad-price', reason: 'input_cost_per_token is not a number ("0.000001")' },
			{
				key: 'text-embedding-3-small',
				reason:
					'mode "embedding": only chat, completion and responses models are priced per token here'
			},
			{
				key: 'dall-e-3',
				reason:
					'mode "image_generation": only chat, completion and responses models are priced per token here'
			},
			{
				key: 'whisper-1',
				reason:
					'mode "audio_transcription": only chat, completion and responses models are priced per token here'
			},
			{ key: 'groq/mixtral-8x7b-32768', reason: 'output_cost_per_token missing' },
			{
				key: 'ollama/llama3.1',
				reason: 'input and output prices are both 0 (a free or self-hosted model)'
			}
		]);
	});

	it('leaves out a batch discount that differs between input and output, with a note', () => {
		// gpt-4o: batch input 1.25e-6 / 2.5e-6 → 50% off; batch output 7.5e-6 / 1e-5 → 25% off.
		expect(p.notes).toEqual([
			{
				key: 'gpt-4o',
				note: 'batch discount left out: batch input is 50% off but batch output 25% off; one discount cannot describe both'
			}
		]);
		expect(p.changed.some((c) => c.id === 'openai/gpt-4o')).toBe(false);
	});

	it('does not change the scenario it was given', () => expect(s).toEqual(before));
});

describe('applyImport', () => {
	const s = defaultScenario();
	const before = structuredClone(s);
	const p = preview(s);
	const next = applyImport(s, p);

	it('adds the new offerings as the user’s own and sets overrides for catalog prices', () => {
		expect(next.custom.offerings.map((o) => o.id)).toEqual(p.added.map((o) => o.id));
		expect(next.overrides.offerings).toEqual({
			'openai/gpt-4.1': { inputUsdPerMTok: '1.8', cachedInputUsdPerMTok: '0.45' },
			'groq/llama-3.3-70b-versatile': { outputUsdPerMTok: '0.99' },
			'fireworks/llama-v3p1-8b-instruct': { inputUsdPerMTok: '0.2', outputUsdPerMTok: '0.2' }
		});
	});

	it('gives a scenario that passes parseScenario unchanged', () => {
		const r = parseScenario(JSON.parse(JSON.stringify(next)));
		if (!r.ok) throw new Error(r.errors.join('\n'));
		expect(r.scenario).toEqual(next);
		expect(validateScenario(next).ok).toBe(true);
	});

	it('re-previewing the same file then shows nothing to add or change', () => {
		const again = preview(next);
		expect(again.added).toEqual([]);
		expect(again.changed).toEqual([]);
		// 5 unchanged before, 5 added and 3 changed offerings (GPT-4.1, Groq 70B, Fireworks 8B).
		expect(again.unchanged).toBe(13);
		expect(again.skipped).toEqual(p.skipped);
	});

	it('applying the same preview twice adds nothing twice', () => {
		expect(applyImport(next, p).custom.offerings).toHaveLength(next.custom.offerings.length);
	});

	it('does not change the scenario it was given', () => expect(s).toEqual(before));

	it('removes an override when the file agrees with the catalog again', () => {
		const s2: Scenario = {
			...defaultScenario(),
			overrides: {
				models: {},
				gpus: {},
				offerings: { 'openai/gpt-4o-mini': { inputUsdPerMTok: '0.2', outputUsdPerMTok: '0.5' } }
			}
		};
		const p2 = preview(s2);
		expect(p2.changed.filter((c) => c.id === 'openai/gpt-4o-mini')).toMatchObject([
			{ field: 'inputUsdPerMTok', from: '0.2', to: '0.15', how: 'override' },
			{ field: 'outputUsdPerMTok', from: '0.5', to: '0.6', how: 'override' }
		]);
		expect(applyImport(s2, p2).overrides.offerings['openai/gpt-4o-mini']).toBeUndefined();
	});
});

describe("the user's own offerings", () => {
	const own = (over: Partial<ApiOffering>): ApiOffering => ({
		id: 'own/deepseek',
		provider: 'deepseek',
		model: 'deepseek-chat',
		name: 'DeepSeek chat',
		inputUsdPerMTok: { value: '0.14', source: 'price page', asOf: '2025-01' },
		outputUsdPerMTok: { value: '1.1', source: 'price page', asOf: '2025-01' },
		...over
	});

	it('a matching own entry is edited, its figure re-sourced to the file', () => {
		const s: Scenario = {
			...defaultScenario(),
			custom: { models: [], gpus: [], offerings: [own({})], benchmarks: [] }
		};
		const p = preview(s);
		expect(p.added.some((o) => o.model === 'deepseek-chat')).toBe(false);
		expect(p.changed.filter((c) => c.id === 'own/deepseek')).toEqual([
			{
				id: 'own/deepseek',
				name: 'DeepSeek chat',
				field: 'inputUsdPerMTok',
				from: '0.14',
				to: '0.27',
				how: 'edit',
				key: 'deepseek/deepseek-chat'
			},
			{
				id: 'own/deepseek',
				name: 'DeepSeek chat',
				field: 'cachedInputUsdPerMTok',
				from: undefined,
				to: '0.07',
				how: 'edit',
				key: 'deepseek/deepseek-chat'
			}
		]);
		const next = applyImport(s, p);
		const o = byId(next.custom.offerings, 'own/deepseek');
		expect(o.inputUsdPerMTok).toMatchObject({ value: '0.27', source: SOURCE, asOf: '2026-11-26' });
		expect(o.outputUsdPerMTok).toEqual(own({}).outputUsdPerMTok); // the same price keeps its source
		expect(o.cachedInputUsdPerMTok?.value).toBe('0.07');
		expect(parseScenario(next).ok).toBe(true);
		expect(preview(next).changed).toEqual([]);
	});

	it('a negotiated price beside the catalog entry is left alone: the catalog entry matches first', () => {
		const negotiated = own({
			id: 'own/negotiated-mini',
			provider: 'OpenAI',
			model: 'gpt-4o-mini',
			name: 'GPT-4o mini, negotiated',
			inputUsdPerMTok: { value: '0.1', source: 'our contract', asOf: '2026-01' }
		});
		const s: Scenario = {
			...defaultScenario(),
			custom: { models: [], gpus: [], offerings: [negotiated], benchmarks: [] }
		};
		const p = preview(s);
		expect(p.changed.some((c) => c.id === 'own/negotiated-mini')).toBe(false);
		expect(applyImport(s, p).custom.offerings[0]).toEqual(negotiated);
	});
});

describe('prices per 1M tokens are exact decimals', () => {
	it.each([
		['1.5e-07', '0.15'],
		['1.8e-06', '1.8'],
		['4.5e-07', '0.45'],
		['9.9e-07', '0.99'],
		['2e-07', '0.2'],
		['0.000003', '3'],
		['1e-10', '0.0001'],
		['1.23456789012345e-06', '1.23456789012345'],
		['15', '15000000']
	])('%s per token → %s per 1M', (perToken, perMillion) => {
		const t = `{"m": {"litellm_provider": "acme", "mode": "chat", "input_cost_per_token": ${perToken}, "output_cost_per_token": 1e-6}}`;
		const p = preview(defaultScenario(), t);
		expect(p.added[0].inputUsdPerMTok.value).toBe(perMillion);
	});

	it.each([
		// batch input, batch output, discount or the reason it is left out
		[7.5e-8, 3e-7, '0.5', undefined],
		[1e-7, undefined, '0.3333333333', 'batch output price not listed'], // 1 − 1e-7 / 1.5e-7, cut at 12 decimals
		[undefined, 4.5e-7, '0.25', 'batch input price not listed'], // 1 − 4.5e-7 / 6e-7
		[0, 0, '1', undefined],
		[3e-7, 1.2e-6, undefined, 'batch input price is above the regular price'],
		[7.5e-8, 4.5e-7, undefined, 'batch input is 50% off but batch output 25% off']
	])('batch %s / %s → d %s', (bIn, bOut, d, note) => {
		const p = preview(
			defaultScenario(),
			file({
				m: entry({
					litellm_provider: 'acme',
					input_cost_per_token: 1.5e-7,
					output_cost_per_token: 6e-7,
					...(bIn !== undefined ? { input_cost_per_token_batches: bIn } : {}),
					...(bOut !== undefined ? { output_cost_per_token_batches: bOut } : {})
				})
			})
		);
		const value = p.added[0].batchDiscount?.value;
		if (d === undefined) expect(value).toBeUndefined();
		else expect(value?.startsWith(d)).toBe(true);
		if (note) expect(p.notes[0].note).toContain(note);
		else expect(p.notes).toEqual([]);
	});
});

describe('entries that are skipped, and why', () => {
	it.each([
		[entry({ output_cost_per_token: 1e-6 }), 'input_cost_per_token missing'],
		[
			entry({ input_cost_per_token: 1e-6, output_cost_per_token: -1e-6 }),
			'output_cost_per_token is negative (-0.000001)'
		],
		[
			entry({ input_cost_per_token: 1e-6, output_cost_per_token: null }),
			'output_cost_per_token missing'
		],
		[
			{ mode: 'chat', input_cost_per_token: 1e-6, output_cost_per_token: 1e-6 },
			'litellm_provider missing'
		],
		[
			{ litellm_provider: 'openai', input_cost_per_token: 1e-6, output_cost_per_token: 1e-6 },
			'no mode given'
		],
		[entry({ mode: 'rerank' }), 'mode "rerank"'],
		[entry({ mode: 'audio_speech' }), 'mode "audio_speech"'],
		['a string', 'not an object'],
		[[1, 2], 'not an object']
	])('%j → %s', (value, reason) => {
		const p = preview(defaultScenario(), file({ x: value, ok: entry({ mode: 'chat' }) }));
		expect(p.skipped.find((k) => k.key === 'x')?.reason).toContain(reason);
		expect(p.added).toEqual([]);
	});
});

describe('a file that is refused changes nothing', () => {
	it.each([
		['not JSON', 'this is { not json', /^not valid JSON/],
		['an array', '[1, 2]', /found an array/],
		['a string', '"prices"', /found a string/],
		['null', 'null', /found null/],
		[
			'a scenario',
			JSON.stringify({ version: 1, name: 'x', workload: {} }),
			/is this a scenario file/
		]
	])('%s', (_, t, error) => {
		const s = defaultScenario();
		const before = structuredClone(s);
		const r = previewImport(t, 'x.json', s, today);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toMatch(error);
		expect(s).toEqual(before);
	});

	it(`over ${MAX_IMPORT_BYTES} characters is refused before parsing`, () => {
		const r = previewImport(' '.repeat(MAX_IMPORT_BYTES + 1), 'big.json', defaultScenario(), today);
		expect(r).toEqual({
			ok: false,
			error: 'the file is 10 MB; the largest accepted is 10 MB'
		});
		expect(importTooLarge(11 * 1024 * 1024)).toBe(
			'the file is 11 MB; the largest accepted is 10 MB'
		);
		expect(importTooLarge(MAX_IMPORT_BYTES)).toBeUndefined();
	});

	it('an empty object is a file with nothing to import', () => {
		const p = preview(defaultScenario(), '{}');
		expect([p.added, p.changed, p.skipped]).toEqual([[], [], []]);
	});
});

describe('a whole LiteLLM file holds more offerings than a scenario can carry', () => {
	const entries: Record<string, unknown> = {};
	for (let i = 0; i < 1500; i++)
		entries[`bulk/model-${i}`] = entry({
			litellm_provider: i < 1490 ? 'bulk' : 'few',
			input_cost_per_token: 1e-6,
			output_cost_per_token: 2e-6
		});
	const s = defaultScenario();
	const p = preview(s, file(entries));

	it('applying all of it is refused with the size, and nothing is stored', () => {
		expect(p.added).toHaveLength(1500);
		const r = validateScenario(applyImport(s, p));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors[0]).toMatch(/characters is over the 524,288 a saved scenario/);
	});

	it('narrowed to one provider it fits', () => {
		const few = narrowPreview(p, (o) => o.provider === 'few');
		expect(few.added).toHaveLength(10);
		expect(validateScenario(applyImport(s, few)).ok).toBe(true);
	});
});

describe('modelName strips LiteLLM’s provider prefix', () => {
	it.each([
		['gpt-4o', 'openai', 'gpt-4o'],
		['openai/gpt-4o', 'openai', 'gpt-4o'],
		['together_ai/meta-llama/Llama-3.3-70B', 'together_ai', 'meta-llama/Llama-3.3-70B'],
		['vertex_ai/gemini-2.5-pro', 'vertex_ai-language-models', 'gemini-2.5-pro'],
		['bedrock/anthropic.claude-3', 'bedrock_converse', 'anthropic.claude-3'],
		['openrouter/openai/gpt-4o', 'openrouter', 'openai/gpt-4o'],
		['meta-llama/Llama-3', 'deepinfra', 'meta-llama/Llama-3'],
		['/odd', 'openai', '/odd']
	])('%s (%s) → %s', (key, provider, model) => expect(modelName(key, provider)).toBe(model));
});

describe('previewImport: long-context tiers, batch and cache-write prices', () => {
	const prices = file({
		'claude-haiku-4-5': entry({
			litellm_provider: 'anthropic',
			input_cost_per_token: 1e-6,
			output_cost_per_token: 5e-6,
			cache_read_input_token_cost: 1e-7,
			cache_creation_input_token_cost: 1.25e-6,
			input_cost_per_token_above_200k_tokens: 2e-6,
			output_cost_per_token_above_200k_tokens: 1e-5,
			input_cost_per_token_batches: 5e-7,
			output_cost_per_token_batches: 2.5e-6,
			input_cost_per_audio_token: 1e-6
		}),
		'acme-long': entry({
			litellm_provider: 'acme',
			input_cost_per_token: 1e-6,
			output_cost_per_token: 4e-6,
			cache_read_input_token_cost: 1e-7,
			cache_creation_input_token_cost: 1.25e-6,
			cache_read_input_token_cost_above_128k_tokens: 2e-7,
			input_cost_per_token_above_128k_tokens: 2e-6,
			output_cost_per_token_above_128k_tokens: 8e-6,
			input_cost_per_token_batches: 5e-7,
			output_cost_per_token_batches: 2e-6,
			search_context_cost_per_query: { search_context_size_low: 0.01 }
		})
	});
	const s = defaultScenario();
	const p = preview(s, prices);

	it('previews the tier of a catalog offering as changes, and a new offering with all its rules', () => {
		// Claude Haiku 4.5: cache write 1.25 and batch 0.5 already in the catalog; the tier is new.
		expect(
			p.changed.filter((c) => c.id === 'anthropic/claude-haiku-4-5').map((c) => [c.field, c.to])
		).toEqual([
			['longContextThresholdTokens', '200000'],
			['longContextInputUsdPerMTok', '2'],
			['longContextOutputUsdPerMTok', '10']
		]);
		const added = byId(p.added, 'litellm/acme/acme-long');
		expect(
			[
				added.longContextThresholdTokens,
				added.longContextInputUsdPerMTok,
				added.longContextOutputUsdPerMTok,
				added.longContextCachedInputUsdPerMTok,
				added.cacheWriteUsdPerMTok,
				added.batchDiscount
			].map((f) => f?.value)
		).toEqual(['128000', '2', '8', '0.2', '1.25', '0.5']);
		expect(added.longContextThresholdTokens?.source).toBe(
			'LiteLLM price file litellm-prices.json, imported 2026-11-26'
		);
	});

	it('reports the price fields it does not import, never guessing', () => {
		expect(p.notes).toContainEqual({
			key: 'input_cost_per_audio_token',
			note: 'not imported from 1 entry (e.g. "claude-haiku-4-5"): no such price in the engine'
		});
		expect(p.notes.map((n) => n.key)).toContain('search_context_cost_per_query');
	});

	it('applies them: the imported tier prices a 250k-token prompt', () => {
		const next = applyImport(s, p);
		const parsed = parseScenario({
			...JSON.parse(JSON.stringify(next)),
			workload: {
				...next.workload,
				inputTokensPerRequest: '250000',
				outputTokensPerRequest: '1000',
				cachedInputShare: '0'
			},
			baselines: [
				{ offeringId: 'litellm/acme/acme-long' },
				{ offeringId: 'anthropic/claude-haiku-4-5' }
			]
		});
		if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
		const ev = evaluate(resolveScenario(parsed.scenario));
		const [acme, haiku] = ev.baselines;
		if (!acme.ok || !haiku.ok) throw new Error('not evaluated');
		// acme above 128k: (250,000 × 2 + 1,000 × 8) / 251,000 = 508,000 / 251,000 = 2.0239043824701…
		expect(acme.line.pricePerTokenExplained.value.toDecimalPlaces(12).toString()).toBe(
			'2.02390438247'
		);
		// Haiku 4.5 above 200k (imported override): (250,000 × 2 + 1,000 × 10) / 251,000 = 2.0318725099601…
		expect(haiku.line.pricePerTokenExplained.value.toDecimalPlaces(12).toString()).toBe(
			'2.03187250996'
		);
	});

	it('refuses a malformed tier with the reason, and so changes nothing', () => {
		const bad = (fields: Record<string, unknown>) =>
			previewImport(
				file({ x: entry({ input_cost_per_token: 1e-6, output_cost_per_token: 2e-6, ...fields }) }),
				FILE,
				s,
				today
			);
		expect(bad({ input_cost_per_token_above_200k_tokens: 2e-6 })).toEqual({
			ok: false,
			error:
				'entry "x": long-context tier above 200k tokens has input_cost_per_token_above_200k_tokens but no output_cost_per_token_above_200k_tokens'
		});
		expect(
			bad({
				input_cost_per_token_above_200k_tokens: '2e-6',
				output_cost_per_token_above_200k_tokens: 4e-6
			})
		).toEqual({
			ok: false,
			error: 'entry "x": input_cost_per_token_above_200k_tokens is not a number ("2e-6")'
		});
		const two = bad({
			input_cost_per_token_above_128k_tokens: 2e-6,
			output_cost_per_token_above_128k_tokens: 4e-6,
			input_cost_per_token_above_200k_tokens: 3e-6,
			output_cost_per_token_above_200k_tokens: 6e-6
		});
		expect(two.ok).toBe(false);
		if (!two.ok) expect(two.error).toContain('2 long-context tiers (above 128k and 200k tokens)');
	});
});
