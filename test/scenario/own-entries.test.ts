import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/lib/catalog';
import type { ApiOffering, GpuSpec, ModelSpec } from '../../src/lib/catalog/types';
import {
	defaultScenario,
	parseScenario,
	serializeScenario,
	type Scenario
} from '../../src/lib/scenario/document';
import {
	addOwnEntry,
	editOwnEntry,
	emptyForm,
	entryFromForm,
	formFromEntry,
	newOwnId,
	removeOwnEntry,
	saveOwnEntry,
	type EditResult
} from '../../src/lib/scenario/own-entries';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { evaluate } from '../../src/lib/domain/evaluate';
import { answer } from '../../src/lib/report/answer';

const today = new Date(2026, 10, 26, 12);
const fig = (value: string) => ({ value, source: 'our 2026 quote', asOf: '2026-11' });
const gpu: GpuSpec = {
	id: 'own/acme-x1',
	name: 'Acme X1',
	vendor: 'Acme',
	memoryGB: fig('96'),
	memoryBandwidthTBps: fig('4'),
	denseBf16Tflops: fig('900'),
	tdpWatts: fig('600'),
	cloudUsdPerGpuHour: fig('1.5')
};
const offering: ApiOffering = {
	id: 'own/negotiated-mini',
	provider: 'OpenAI',
	model: 'gpt-4o-mini',
	name: 'GPT-4o mini, negotiated',
	inputUsdPerMTok: fig('0.1'),
	outputUsdPerMTok: fig('0.4')
};

function ok(r: EditResult): Scenario {
	if (!r.ok) throw new Error(r.errors.join('\n'));
	return r.scenario;
}

describe('addOwnEntry, editOwnEntry, removeOwnEntry', () => {
	const s = defaultScenario();
	const before = structuredClone(s);

	it('adds an entry the engine then uses, marked as the user’s own', () => {
		const next = ok(addOwnEntry(s, 'gpus', gpu));
		expect(next.custom.gpus).toEqual([gpu]);
		const withCandidate: Scenario = {
			...next,
			candidates: [
				{ id: 'x', modelId: 'llama-3.1-8b', gpuId: gpu.id, precision: 'bf16', acquisition: 'rent' }
			]
		};
		expect(resolveScenario(withCandidate).candidates[0].gpu.name).toBe('Acme X1 (your entry)');
	});

	it('refuses an id the catalog already has, naming the field, and returns no scenario', () => {
		const r = addOwnEntry(s, 'gpus', { ...gpu, id: 'h100-sxm' });
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.errors).toEqual([
				'custom.gpus[0].id: "h100-sxm" is already a catalog entry; choose another id'
			]);
			expect(r.fields.id).toBe(r.errors[0]);
			expect('scenario' in r).toBe(false);
		}
	});

	it.each([
		[
			{ ...gpu, memoryGB: { value: 'lots', source: 'x', asOf: '2026' } },
			'memoryGB',
			/custom\.gpus\[0\]\.memoryGB\.value: "lots" is not a number/
		],
		[
			{ ...gpu, tdpWatts: { value: '600', source: '', asOf: '2026' } },
			'source',
			/custom\.gpus\[0\]\.tdpWatts\.source/
		],
		[{ ...gpu, name: '' }, 'name', /custom\.gpus\[0\]\.name/]
	])('refuses an invalid entry with the field named (%#)', (entry, field, message) => {
		const r = addOwnEntry(s, 'gpus', entry as GpuSpec);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.errors.join('\n')).toMatch(message);
			expect(r.fields[field]).toMatch(message);
		}
	});

	it('edits an entry in place, keeping its id', () => {
		const one = ok(addOwnEntry(s, 'offerings', offering));
		const two = ok(
			editOwnEntry(one, 'offerings', offering.id, { ...offering, inputUsdPerMTok: fig('0.09') })
		);
		expect(two.custom.offerings[0].inputUsdPerMTok.value).toBe('0.09');
		expect(one.custom.offerings[0].inputUsdPerMTok.value).toBe('0.1');
		const renamed = editOwnEntry(one, 'offerings', offering.id, { ...offering, id: 'other' });
		expect(renamed.ok).toBe(false);
		if (!renamed.ok) expect(renamed.errors[0]).toMatch(/id cannot change/);
		const missing = editOwnEntry(one, 'offerings', 'openai/gpt-4o-mini', offering);
		expect(missing.ok).toBe(false);
		if (!missing.ok)
			expect(missing.errors[0]).toBe(
				'custom.offerings: no entry of yours has the id "openai/gpt-4o-mini"'
			);
	});

	it('removes an entry with its overrides, but not while a candidate or baseline uses it', () => {
		const added = ok(addOwnEntry(s, 'offerings', offering));
		const used: Scenario = {
			...added,
			baselines: [...added.baselines, { offeringId: offering.id }],
			overrides: { ...added.overrides, offerings: { [offering.id]: { inputUsdPerMTok: '0.2' } } }
		};
		const refused = removeOwnEntry(used, 'offerings', offering.id);
		expect(refused.ok).toBe(false);
		if (!refused.ok)
			expect(refused.errors).toEqual([
				'custom.offerings: "own/negotiated-mini" is used by a baseline; remove it first'
			]);
		const unused = { ...used, baselines: added.baselines };
		const removed = ok(removeOwnEntry(unused, 'offerings', offering.id));
		expect(removed.custom.offerings).toEqual([]);
		expect(removed.overrides.offerings).toEqual({});

		const withGpu = ok(addOwnEntry(s, 'gpus', gpu));
		const inUse: Scenario = {
			...withGpu,
			candidates: [
				{
					id: 'c9',
					label: 'Acme',
					modelId: 'llama-3.1-8b',
					gpuId: gpu.id,
					precision: 'bf16',
					acquisition: 'rent'
				}
			]
		};
		const r = removeOwnEntry(inUse, 'gpus', gpu.id);
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(r.errors[0]).toBe(
				'custom.gpus: "own/acme-x1" is used by candidate "Acme"; remove it first'
			);
	});

	it('refuses a change that would make the scenario too large to save or link', () => {
		const big = Array.from({ length: 1500 }, (_, i) => ({ ...offering, id: `own/o${i}` }));
		const r = addOwnEntry({ ...s, custom: { ...s.custom, offerings: big } }, 'offerings', offering);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors[0]).toMatch(/characters is over the 524,288/);
	});

	it('never changes the scenario it was given', () => expect(s).toEqual(before));
});

describe('the forms: entryFromForm and saveOwnEntry', () => {
	const gpuForm = {
		...emptyForm('gpus', today),
		name: 'Acme X1',
		vendor: 'Acme',
		memoryGB: '96',
		memoryBandwidthTBps: '4',
		denseBf16Tflops: '900',
		tdpWatts: '600',
		purchasePriceUsd: '25,000',
		source: 'Acme quote #42'
	};

	it('a blank form is dated today, standard attention for models', () => {
		expect(emptyForm('gpus', today).asOf).toBe('2026-11-26');
		expect(emptyForm('models', today).attention).toBe('standard');
	});

	it('builds a GPU with every figure sourced to the form’s source and date', () => {
		const r = saveOwnEntry(defaultScenario(), 'gpus', gpuForm);
		const s = ok(r);
		const g = s.custom.gpus[0];
		expect(g.id).toBe('own/acme-x1');
		expect(g.memoryGB).toEqual({ value: '96', source: 'Acme quote #42', asOf: '2026-11-26' });
		expect(g.purchasePriceUsd?.value).toBe('25000');
		expect(g.cloudUsdPerGpuHour).toBeUndefined();
		expect(g.denseFp8Tflops).toBeUndefined();
		// A second one with the same name gets its own id.
		expect(newOwnId(s, 'gpus', 'Acme X1')).toBe('own/acme-x1-2');
		expect(newOwnId(s, 'gpus', '  ')).toBe('own/entry');
	});

	it.each([
		// field, value, message for that field
		['memoryGB', '0', 'Memory (GB): 0 is outside the allowed range, above 0 to 100000 GB'],
		['memoryGB', '', 'Memory (GB): required'],
		['tdpWatts', 'abc', 'TDP (W): "abc" is not a number; allowed: above 0 to 100000 W'],
		[
			'cloudUsdPerGpuHour',
			'-1',
			'Cloud rate (USD/GPU-hour): -1 is outside the allowed range, 0 to 10000 USD/GPU-hour'
		],
		['name', '', 'Name: required'],
		['source', '  ', 'Source: required (where the figures come from)'],
		['asOf', 'last week', 'Date: "last week" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD'],
		['asOf', '2026-02-30', 'Date: "2026-02-30" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD']
	])('%s = %j is refused: %s', (field, value, message) => {
		const s = defaultScenario();
		const r = saveOwnEntry(s, 'gpus', { ...gpuForm, [field]: value });
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.fields[field]).toBe(message);
			expect(r.errors).toContain(message);
		}
		expect(s.custom.gpus).toEqual([]);
	});

	it.each([
		['inputUsdPerMTok', '0.15', true],
		['batchDiscount', '1', true],
		['batchDiscount', '1.5', false], // the document schema would let 1.5 through; the form does not
		['cachedInputUsdPerMTok', '', true],
		['fixedMonthlyUsd', '1e12', true],
		['fixedMonthlyUsd', '2e12', false]
	])('offering %s = %j → saved: %s', (field, value, saved) => {
		const form = {
			...emptyForm('offerings', today),
			name: 'Negotiated',
			provider: 'OpenAI',
			model: 'gpt-4o-mini',
			inputUsdPerMTok: '0.1',
			outputUsdPerMTok: '0.4',
			source: 'our contract',
			[field]: value
		};
		expect(saveOwnEntry(defaultScenario(), 'offerings', form).ok).toBe(saved);
	});

	const modelForm = {
		...emptyForm('models', today),
		name: 'Our 8B',
		totalParams: '8030261248',
		activeParams: '8030261248',
		layers: '32',
		kvHeads: '8',
		headDim: '128',
		contextLength: '131072',
		source: 'our config.json'
	};

	it.each([
		// 2 × 32 × 8 × 128 × 2 = 131,072 bytes for standard attention
		[{}, undefined],
		[{ kvBytesPerTokenBf16: '131072' }, undefined],
		[
			{ kvBytesPerTokenBf16: '65536' },
			'does not match standard attention, 2 × layers × KV heads × head dimension × 2 = 131072'
		],
		[{ attention: 'mla' }, 'KV cache per token (16-bit) (bytes): required for mla attention'],
		[{ attention: 'mla', kvBytesPerTokenBf16: '70272' }, undefined],
		[{ attention: 'linear' }, 'Attention: "linear" is not one of standard, mla, sliding-window'],
		[
			{ activeParams: '9e9' },
			'Active parameters (parameters): 9e9 is more than the total parameters, 8030261248'
		],
		[{ layers: '32.5' }, 'Layers (layers): 32.5 must be a whole number']
	])('model %j → %s', (over, message) => {
		const r = entryFromForm('models', { ...modelForm, ...over }, 'own/our-8b');
		if (message === undefined) {
			expect(r.ok).toBe(true);
			if (r.ok)
				expect(
					ok(addOwnEntry(defaultScenario(), 'models', r.entry as ModelSpec)).custom.models
				).toHaveLength(1);
		} else {
			expect(r.ok).toBe(false);
			if (!r.ok) expect(Object.values(r.fields).join('\n')).toContain(message);
		}
	});

	it('a model carries its source as the entry’s source too', () => {
		const r = entryFromForm('models', modelForm, 'own/our-8b');
		if (!r.ok) throw new Error(JSON.stringify(r.fields));
		const m = r.entry as ModelSpec;
		expect(m.source).toEqual({ source: 'our config.json', asOf: '2026-11-26' });
		expect(m.kvBytesPerTokenBf16).toBeUndefined();
		expect([m.family, m.license, m.releaseDate]).toEqual(['', '', '']);
	});

	it('editing through the form round-trips, keeps fields the form does not show, and can clear optional figures', () => {
		const s = ok(
			addOwnEntry(defaultScenario(), 'offerings', {
				...offering,
				openModelId: 'llama-3.1-8b',
				batchDiscount: fig('0.5')
			})
		);
		const form = formFromEntry('offerings', s.custom.offerings[0]);
		expect(form).toMatchObject({
			inputUsdPerMTok: '0.1',
			batchDiscount: '0.5',
			source: 'our 2026 quote',
			asOf: '2026-11'
		});
		const edited = ok(
			saveOwnEntry(
				s,
				'offerings',
				{ ...form, inputUsdPerMTok: '0.08', batchDiscount: '' },
				offering.id
			)
		);
		const o = edited.custom.offerings[0];
		expect(o.id).toBe(offering.id);
		expect(o.inputUsdPerMTok.value).toBe('0.08');
		expect(o.batchDiscount).toBeUndefined();
		expect(o.openModelId).toBe('llama-3.1-8b');
		expect(parseScenario(JSON.parse(serializeScenario(edited))).ok).toBe(true);
	});
});

describe('Copy as mine: unchanged figures keep their catalog source and date', () => {
	const h100 = catalog.gpus.find((g) => g.id === 'h100-sxm')!;
	const copyForm = () => ({
		...formFromEntry('gpus', h100),
		name: 'H100 (mine)',
		source: '',
		asOf: '2026-11-26'
	});

	it('a copy with nothing changed needs no source and claims no figure', () => {
		const r = saveOwnEntry(defaultScenario(), 'gpus', copyForm(), undefined, h100);
		if (!r.ok) throw new Error(r.errors.join('\n'));
		const mine = r.scenario.custom.gpus[0];
		expect(mine.memoryGB).toEqual(h100.memoryGB);
		expect(mine.tdpWatts).toEqual(h100.tdpWatts);
		expect(mine.cloudUsdPerGpuHour).toEqual(h100.cloudUsdPerGpuHour);
	});

	it('only the changed price takes the user’s source and date', () => {
		const form = { ...copyForm(), cloudUsdPerGpuHour: '1.85', source: 'our contract' };
		const r = saveOwnEntry(defaultScenario(), 'gpus', form, undefined, h100);
		if (!r.ok) throw new Error(r.errors.join('\n'));
		const mine = r.scenario.custom.gpus[0];
		expect(mine.cloudUsdPerGpuHour).toEqual({
			value: '1.85',
			source: 'our contract',
			asOf: '2026-11-26'
		});
		expect(mine.memoryGB).toEqual(h100.memoryGB);
		expect(mine.memoryBandwidthTBps).toEqual(h100.memoryBandwidthTBps);
	});

	it('a changed figure still needs a source', () => {
		const form = { ...copyForm(), cloudUsdPerGpuHour: '1.85' };
		const r = saveOwnEntry(defaultScenario(), 'gpus', form, undefined, h100);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.fields.source).toContain('required');
	});
});

describe('capability class of an own entry', () => {
	const offeringForm = (capabilityClass: string) => ({
		...emptyForm('offerings', today),
		name: 'Negotiated',
		provider: 'OpenAI',
		model: 'gpt-4o-mini',
		inputUsdPerMTok: '0.1',
		outputUsdPerMTok: '0.4',
		source: 'our contract',
		capabilityClass
	});

	it.each([
		['small', 'small'],
		['large', 'large'],
		['frontier', 'frontier'],
		['', undefined]
	])('the form’s class %j is stored as %j', (form, stored) => {
		const r = saveOwnEntry(defaultScenario(), 'offerings', offeringForm(form));
		if (!r.ok) throw new Error(r.errors.join('\n'));
		const own = r.scenario.custom.offerings[0];
		expect(own.capabilityClass).toBe(stored);
		expect('capabilityClass' in own).toBe(stored !== undefined);
	});

	it('refuses a class that is not one of the three, naming the field', () => {
		const r = saveOwnEntry(defaultScenario(), 'offerings', offeringForm('huge'));
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(r.fields.capabilityClass).toBe(
				'Capability class: "huge" is not one of frontier, large, small'
			);
	});

	it('a copy of a catalog entry starts with the catalog’s class; an own entry with its own', () => {
		const mini = catalog.offerings.find((o) => o.id === 'openai/gpt-4o-mini')!;
		expect(formFromEntry('offerings', mini).capabilityClass).toBe('small');
		const llama = catalog.models.find((m) => m.id === 'llama-3.3-70b')!;
		expect(formFromEntry('models', llama).capabilityClass).toBe('large');
		expect(formFromEntry('offerings', { ...offering, capabilityClass: 'frontier' })).toMatchObject({
			capabilityClass: 'frontier'
		});
		expect(formFromEntry('offerings', offering).capabilityClass).toBe('');
	});

	it('the summary compares an own offering within the class it was given', () => {
		const base = defaultScenario();
		const cheap = saveOwnEntry(base, 'offerings', {
			...offeringForm('frontier'),
			name: 'Our frontier deal',
			inputUsdPerMTok: '0.001',
			outputUsdPerMTok: '0.001'
		});
		if (!cheap.ok) throw new Error(cheap.errors.join('\n'));
		const id = cheap.scenario.custom.offerings[0].id;
		const s: Scenario = {
			...cheap.scenario,
			baselines: [{ offeringId: 'openai/gpt-4.1' }, { offeringId: id }],
			analysis: { ...cheap.scenario.analysis, baselineId: 'openai/gpt-4.1' }
		};
		const inputs = resolveScenario(s);
		const a = answer(s, inputs, evaluate(inputs), undefined, false);
		expect(a.cheapestInClass?.name).toBe('Our frontier deal (your entry)');
		expect(a.cheapestInClass?.capabilityClass).toBe('frontier');
		// Unclassed, the same deal is not compared with GPT-4.1's class.
		const unclassed: Scenario = {
			...s,
			custom: {
				...s.custom,
				offerings: s.custom.offerings.map(({ capabilityClass: _c, ...o }) => (void _c, o))
			}
		};
		const b = answer(unclassed, resolveScenario(unclassed), evaluate(resolveScenario(unclassed)));
		expect(b.cheapestInClass?.name).not.toContain('Our frontier deal');
	});
});
