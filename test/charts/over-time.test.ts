import { describe, expect, it } from 'vitest';
import { cumulativeChart, histogramChart, tornadoChart } from '../../src/lib/charts/over-time';
import { dec, toNumber } from '../../src/lib/domain/decimal';
import { monteCarlo } from '../../src/lib/domain/monte-carlo';
import { defaultSensitivityInputs, tornado } from '../../src/lib/domain/sensitivity';
import { timeline } from '../../src/lib/domain/timeline';
import { defaultScenario } from '../../src/lib/scenario/document';
import { resolveScenario, timelineSettings } from '../../src/lib/scenario/resolve';

const s = defaultScenario();
s.workload.monthlyGrowth = '0.1';
s.timeline.horizonMonths = '24';
const inputs = resolveScenario(s);
const light = { theme: 'light' as const };

describe('cumulative cost chart', () => {
	// c2 buys Llama 3.3 70B on H100s; against GPT-4.1 with 10% monthly growth it overtakes the API.
	const tl = timeline(inputs, 'c2', 'openai/gpt-4.1', timelineSettings(s));
	if (!tl.ok) throw new Error(tl.reason);
	const names = { candidate: 'c2', baseline: 'GPT-4.1' };

	it('plots both cumulative costs month by month, from the timeline’s own figures', () => {
		const { config, table } = cumulativeChart(tl, names, 'cash', light);
		const [api, self] = config.data.datasets;
		expect(api.data).toHaveLength(24);
		expect(api.data[23]).toEqual({ x: 24, y: toNumber(tl.months[23].cumulativeApi) });
		expect(self.data[23]).toEqual({ x: 24, y: toNumber(tl.months[23].cumulativeCash) });
		expect(table.rows).toHaveLength(24);
	});

	it('marks the crossover month, or says there is none', () => {
		const { config, table } = cumulativeChart(tl, names, 'cash', light);
		const ann = config.options?.plugins?.annotation?.annotations as Record<
			string,
			{ value: number }
		>;
		if (tl.crossoverMonth === 'never') {
			expect(ann.crossover).toBeUndefined();
			expect(table.caption).toContain('never');
		} else {
			expect(ann.crossover.value).toBe(tl.crossoverMonth);
			expect(table.caption).toContain(`month ${tl.crossoverMonth}`);
		}
		const pnl = cumulativeChart(tl, names, 'pnl', light);
		expect(pnl.config.data.datasets[1].data[23]).toEqual({
			x: 24,
			y: toNumber(tl.months[23].cumulativePnl)
		});
	});
});

describe('tornado chart', () => {
	it('keeps the engine’s order (largest swing first) and draws each side’s change in saving', () => {
		const bars = tornado(inputs, 'c1', 'openai/gpt-4.1', defaultSensitivityInputs());
		const { config, table } = tornadoChart(bars, light);
		expect(config.data.labels).toEqual(bars.map((b) => b.label));
		for (let i = 1; i < bars.length; i++)
			expect(bars[i - 1].savingSwing.gte(bars[i].savingSwing)).toBe(true);
		const low = bars[0].low;
		expect(config.data.datasets[0].data[0]).toEqual([0, low.ok ? toNumber(low.savingChange) : 0]);
		expect(table.rows).toHaveLength(bars.length);
	});
});

describe('tornado chart of the break-even volume', () => {
	it('draws each side’s change in first break-even, and names the sides where break-even appears or vanishes', () => {
		const bars = tornado(inputs, 'c2', 'openai/gpt-4.1', defaultSensitivityInputs());
		const { config, table } = tornadoChart(bars, light, 'breakEven');
		bars.forEach((b, i) => {
			const low = b.low;
			const expected =
				low.ok && low.breakEvenChange.kind === 'volume' ? toNumber(low.breakEvenChange.change) : 0;
			expect((config.data.datasets[0].data[i] as number[])[1]).toBe(expected);
			if (low.ok && low.breakEvenChange.kind === 'now-never')
				expect(String(config.data.labels?.[i])).toContain('never breaks even');
		});
		expect(table.caption).toContain('break-even');
		expect(config.options?.plugins?.title?.text).toContain('break-even');
	});
});

describe('histogram chart', () => {
	it('counts every sample that has figures', () => {
		const mc = monteCarlo(
			inputs,
			'c1',
			'openai/gpt-4.1',
			[{ field: 'throughput', low: dec('0.5'), mode: dec(1), high: dec(2) }],
			{
				samples: 300,
				seed: 7
			}
		);
		const { config } = histogramChart(mc.histogram, mc, light);
		const total = (config.data.datasets[0].data as number[]).reduce((a, b) => a + b, 0);
		expect(total).toBe(mc.samples - mc.failed);
	});
});
