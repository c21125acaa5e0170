import { describe, expect, it } from 'vitest';
import { compareCurveChart } from '../../src/lib/charts/compare';
import { costCurveChart } from '../../src/lib/charts/cost-curve';
import { evaluate } from '../../src/lib/domain/evaluate';
import { defaultScenario } from '../../src/lib/scenario/document';
import { resolveScenario } from '../../src/lib/scenario/resolve';

const item = (name: string, rpd: string) => {
	const s = defaultScenario();
	s.workload.requestsPerDay = rpd;
	const inputs = resolveScenario(s);
	return { name, inputs, ev: evaluate(inputs) };
};

describe('compareCurveChart', () => {
	const a = item('Base', '200000');
	const b = item('Growth', '2000000');
	const { config, table } = compareCurveChart([a, b], { theme: 'light' });
	const single = (x: typeof a) => costCurveChart(x.ev, x.inputs, { theme: 'light' });

	it('overlays every series of each scenario, labelled with the scenario', () => {
		expect(config.data.datasets).toHaveLength(
			single(a).config.data.datasets.length + single(b).config.data.datasets.length
		);
		expect(config.data.datasets.filter((d) => d.label?.startsWith('Growth: '))).toHaveLength(
			single(b).config.data.datasets.length
		);
		expect(table.rows).toHaveLength(single(a).table.rows.length + single(b).table.rows.length);
	});

	it('spans both planned volumes and marks each', () => {
		const x = config.options?.scales?.x as { min: number; max: number };
		// 200,000 and 2,000,000 requests/day × 365/12 × 1,800 tokens = 10.95e9 and 109.5e9 tokens/month
		expect(x.min).toBeLessThanOrEqual(10.95e9);
		expect(x.max).toBeGreaterThanOrEqual(109.5e9);
		const ann = config.options?.plugins?.annotation?.annotations as Record<
			string,
			{ value: number }
		>;
		expect(ann.plan0.value).toBe(10.95e9);
		expect(ann.plan1.value).toBe(109.5e9);
	});
});
