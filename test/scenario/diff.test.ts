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
	});

	it('finds nothing between identical scenarios', () => {
		expect(diffScenarios([defaultScenario(), defaultScenario(), defaultScenario()])).toEqual([]);
	});
});
