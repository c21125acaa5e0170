import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/domain/evaluate';
import { parseScenario } from '../../src/lib/scenario/document';
import { resolveScenario } from '../../src/lib/scenario/resolve';

const fig = (value: string) => ({ value, source: 'our 2026 quote', asOf: '2026-11' });
const ownGpu = {
	id: 'acme-x1',
	name: 'Acme X1',
	vendor: 'Acme',
	memoryGB: fig('96'),
	memoryBandwidthTBps: fig('4'),
	denseBf16Tflops: fig('900'),
	tdpWatts: fig('600'),
	cloudUsdPerGpuHour: fig('1.5')
};
const ownOffering = {
	id: 'mine/negotiated-4o-mini',
	provider: 'mine',
	model: 'gpt-4o-mini',
	name: 'GPT-4o mini, negotiated',
	inputUsdPerMTok: fig('0.1'),
	outputUsdPerMTok: fig('0.4')
};

describe("the user's own entries", () => {
	const doc = {
		version: 1,
		candidates: [
			{ id: 'x', modelId: 'llama-3.1-8b', gpuId: 'acme-x1', precision: 'bf16', acquisition: 'rent' }
		],
		baselines: [{ offeringId: 'mine/negotiated-4o-mini' }],
		custom: { gpus: [ownGpu], offerings: [ownOffering] }
	};

	it('are used like catalog entries and marked as the user’s own, with their source', () => {
		const r = parseScenario(doc);
		if (!r.ok) throw new Error(r.errors.join('\n'));
		const inputs = resolveScenario(r.scenario);
		expect(inputs.candidates[0].label).toContain('Acme X1 (your entry)');
		expect(inputs.candidates[0].gpu.cloudUsdPerGpuHour?.source).toBe('your entry: our 2026 quote');
		expect(inputs.baselines[0].name).toBe('GPT-4o mini, negotiated (your entry)');
		const ev = evaluate(inputs);
		const b = ev.baselines[0];
		if (!b.ok) throw new Error(b.reason);
		// i = 1,500, o = 300: (1,500 × (0.7 × 0.1 + 0.3 × 0.1) + 300 × 0.4) / 1,800 = (150 + 120) / 1,800 = 0.15 per 1M
		expect(b.line.pricePerTokenExplained.value.toString()).toBe('0.15');
	});

	it('carry an own flag, kept when a negotiated discount follows the name', () => {
		const r = parseScenario({
			...doc,
			baselines: [{ offeringId: 'mine/negotiated-4o-mini', discount: '0.2' }]
		});
		if (!r.ok) throw new Error(r.errors.join('\n'));
		const inputs = resolveScenario(r.scenario);
		const [c] = inputs.candidates;
		expect([c.gpu.own, c.model.own]).toEqual([true, false]);
		const b = inputs.baselines[0];
		expect(b.own).toBe(true);
		expect(b.name).toBe('GPT-4o mini, negotiated (your entry) (list −20%)');
		// The name no longer ends in the mark; the figures are still the user's.
		expect(b.inputUsdPerMTok.source).toBe('your entry: our 2026 quote');
		expect(c.model.totalParams.source).not.toMatch(/^your entry/);
	});

	it('refuses an id that clashes with the catalog, or is used twice', () => {
		const clash = parseScenario({
			...doc,
			custom: { gpus: [{ ...ownGpu, id: 'h100-sxm' }], offerings: [ownOffering, ownOffering] }
		});
		expect(clash.ok).toBe(false);
		if (!clash.ok) {
			expect(clash.errors.join('\n')).toContain(
				'custom.gpus[0].id: "h100-sxm" is already a catalog entry'
			);
			expect(clash.errors.join('\n')).toContain(
				'custom.offerings[1].id: "mine/negotiated-4o-mini" is used twice'
			);
		}
	});

	it('refuses a batch discount above 1 on an own offering, as on an override', () => {
		const bad = parseScenario({
			...doc,
			custom: { gpus: [ownGpu], offerings: [{ ...ownOffering, batchDiscount: fig('5') }] }
		});
		expect(bad.ok).toBe(false);
		if (!bad.ok)
			expect(bad.errors.join('\n')).toContain(
				'custom.offerings[0].batchDiscount.value: 5 is outside the allowed range, 0 to 1'
			);
	});

	it('refuses an entry with a figure missing its source, naming the field', () => {
		const bad = parseScenario({
			...doc,
			custom: { gpus: [{ ...ownGpu, tdpWatts: { value: '600', asOf: '2026' } }] }
		});
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.errors.join('\n')).toContain('custom.gpus[0].tdpWatts.source');
	});
});
