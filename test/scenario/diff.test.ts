import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/lib/scenario/document';
import { diffScenarios } from '../../src/lib/scenario/diff';

describe('diffScenarios', () => {
	it('lists only the inputs that differ, with each scenario’s value', () => {
		const a = defaultScenario();
		const b = defaultScenario();
		b.workload.requestsPerDay = '50000';
		b.overrides.gpus['h100-sxm'] = { cloudUsdPerGpuHour: '2.5' };
		b.candidates = b.candidates.slice(0, 1);
		const d = diffScenarios([a, b]);
		expect(d.map((r) => r.path)).toEqual([
			'workload.requestsPerDay',
			'candidates',
			'overrides.gpus.h100-sxm.cloudUsdPerGpuHour'
		]);
		expect(d[0]).toEqual({
			path: 'workload.requestsPerDay',
			label: 'Requests per day (requests/day)',
			values: ['200000', '50000']
		});
		expect(d[2].values).toEqual(['—', '2.5']);
		// By name and value, never by internal id or "present".
		expect(d[2].label).toBe('NVIDIA H100 SXM 80GB: cloud rate (USD/GPU-hour), changed');
		expect(d[1].values[1]).toBe('Llama 3.3 70B Instruct on NVIDIA H100 SXM 80GB, FP8, rented');
	});

	it('lists the figures of an own entry by name and value', () => {
		const a = defaultScenario();
		const b = defaultScenario();
		const fig = (value: string) => ({ value, source: 'quote', asOf: '2026-11' });
		b.custom.offerings = [
			{
				id: 'own/deal',
				provider: 'us',
				model: 'deal',
				name: 'Our negotiated deal',
				inputUsdPerMTok: fig('0.1'),
				outputUsdPerMTok: fig('0.4')
			}
		];
		const d = diffScenarios([a, b]);
		expect(d.map((r) => [r.label, r.values])).toEqual([
			['Your entry Our negotiated deal: input price (USD/1M tokens)', ['—', '0.1']],
			['Your entry Our negotiated deal: output price (USD/1M tokens)', ['—', '0.4']]
		]);
	});

	it('finds nothing between identical scenarios', () => {
		expect(diffScenarios([defaultScenario(), defaultScenario(), defaultScenario()])).toEqual([]);
	});
});
