import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { monteCarlo } from '../../src/lib/domain/monte-carlo';
import { reportContext } from '../../src/lib/export/context';
import {
	defaultRange,
	defaultRanges,
	kpiRows,
	overTimeReport,
	reportPair,
	yearlyRows
} from '../../src/lib/export/over-time';
import { parseScenarioText, type Scenario } from '../../src/lib/scenario/document';
import { timelineSettings } from '../../src/lib/scenario/resolve';

function handChecked(): Scenario {
	const r = parseScenarioText(readFileSync('examples/hand-checked.json', 'utf8'));
	if (!r.ok) throw new Error(r.errors.join('\n'));
	return r.scenario;
}

const text = (r: { field: string; low: { toString(): string }; mode: unknown; high: unknown }) => [
	r.field,
	String(r.low),
	String(r.mode),
	String(r.high)
];

describe('over-time report helpers', () => {
	const ctx = reportContext(handChecked());

	it('reports the first candidate and the first API with figures', () => {
		expect(reportPair(ctx)).toMatchObject({
			candidateId: 'rent',
			baselineId: 'openai/gpt-4o-mini'
		});
		const s = { ...handChecked(), candidates: [] };
		expect(reportPair(reportContext(s))).toBeUndefined();
		expect(overTimeReport(reportContext(s))).toBeUndefined();
	});

	it('default ranges: throughput 0.8/1/1.2, ±20% around the scenario, ±0.1 for the rates', () => {
		const s = ctx.scenario;
		expect(defaultRanges(ctx.inputs, s, 'rent', 'openai/gpt-4o-mini').map(text)).toEqual([
			['throughput', '0.8', '1', '1.2'],
			['targetUtilization', '0.64', '0.8', '0.96'],
			['gpuPrice', '1.6', '2', '2.4'],
			['electricityPrice', '0.08', '0.1', '0.12'],
			['apiPriceChangePerYear', '-0.1', '0', '0.1'],
			['monthlyGrowth', '-0.1', '0', '0.1']
		]);
		// A bought GPU's range is its price.
		expect(text(defaultRange(ctx.inputs, s, 'buy', 'openai/gpt-4o-mini', 'gpuPrice'))).toEqual([
			'gpuPrice',
			'24000',
			'30000',
			'36000'
		]);
	});

	it('caps target utilisation at 1 and centres the rates on the scenario', () => {
		const s = structuredClone(handChecked());
		s.serving.targetUtilization = '0.9';
		s.timeline.apiPriceChangePerYear = '-0.3';
		s.workload.monthlyGrowth = '0.05';
		const c = reportContext(s);
		const r = (f: Parameters<typeof defaultRange>[4]) =>
			text(defaultRange(c.inputs, s, 'rent', 'openai/gpt-4o-mini', f));
		expect(r('targetUtilization')).toEqual(['targetUtilization', '0.72', '0.9', '1']);
		expect(r('apiPriceChangePerYear')).toEqual(['apiPriceChangePerYear', '-0.4', '-0.3', '-0.2']);
		expect(r('monthlyGrowth')).toEqual(['monthlyGrowth', '-0.05', '0.05', '0.15']);
	});

	it('rent against GPT-4o mini: −$80,145.00 a year, never crosses over', () => {
		const r = overTimeReport(ctx)!;
		if (!r.timeline.ok) throw new Error(r.timeline.reason);
		expect(Object.fromEntries(kpiRows(r.timeline))).toEqual({
			'NPV of the API': '$82,125.00',
			'NPV of self-hosting': '$322,560.00',
			'NPV saving (API - self-hosting)': '−$240,435.00',
			'Crossover (cash)': 'never',
			'Crossover (P&L)': 'never',
			'Payback of the capex': 'no capex (rented)'
		});
		expect(yearlyRows(r.timeline).map((y) => y[4])).toEqual([
			'−$80,145.00',
			'−$160,290.00',
			'−$240,435.00'
		]);
	});

	it('reports the analysed pair with its tornado ±, ranges, samples and seed', () => {
		const s = structuredClone(handChecked());
		s.analysis = {
			...s.analysis,
			candidateId: 'buy',
			baselineId: 'openai/gpt-4o-mini',
			view: 'pnl',
			sensitivity: { ...s.analysis.sensitivity, gpuPrice: '50' },
			ranges: { electricityPrice: { low: '0.05', mode: '0.1', high: '0.3' } },
			samples: '500',
			seed: '7'
		};
		const c = reportContext(s);
		const r = overTimeReport(c)!;
		expect(r.pair).toMatchObject({ candidateId: 'buy', baselineId: 'openai/gpt-4o-mini' });
		expect([r.samples, r.seed, r.view]).toEqual([500, 7, 'pnl']);
		// The GPU price range follows the bought GPU ($30,000 ±20%); the edited one is kept, marked.
		expect(r.ranges.map((x) => [...text(x), x.edited])).toEqual([
			['throughput', '0.8', '1', '1.2', false],
			['targetUtilization', '0.64', '0.8', '0.96', false],
			['gpuPrice', '24000', '30000', '36000', false],
			['electricityPrice', '0.05', '0.1', '0.3', true],
			['apiPriceChangePerYear', '-0.1', '0', '0.1', false],
			['monthlyGrowth', '-0.1', '0', '0.1', false]
		]);
		if (!r.bars.ok) throw new Error(r.bars.reason);
		const gpu = r.bars.value.find((b) => b.key === 'gpuPrice')!;
		// ±50% of $30,000.
		expect([String(gpu.low.value), String(gpu.high.value)]).toEqual(['15000', '45000']);
		if (!r.mc.ok) throw new Error(r.mc.reason);
		const again = monteCarlo(
			c.inputs,
			'buy',
			'openai/gpt-4o-mini',
			r.ranges.map(({ field, low, mode, high }) => ({ field, low, mode, high })),
			{ samples: 500, seed: 7, timeline: timelineSettings(s) }
		);
		expect(r.mc.value.samples).toBe(500);
		expect(r.mc.value.saving.p50.toString()).toBe(again.saving.p50.toString());
	});

	it("falls back to the first pair with figures when the analysed one is gone, and reuses the page's run", () => {
		const s = structuredClone(handChecked());
		s.analysis = { ...s.analysis, candidateId: 'removed', samples: '200' };
		const c = reportContext(s);
		expect(reportPair(c)).toMatchObject({ candidateId: 'rent' });
		const page = overTimeReport(c)!;
		if (!page.mc.ok) throw new Error(page.mc.reason);
		const reused = overTimeReport({ ...c, monteCarlo: page.mc.value })!;
		expect(reused.mc).toEqual({ ok: true, value: page.mc.value });
	});

	it('is made once per evaluation and scenario, so the formats written from them share one Monte Carlo run', () => {
		const s = structuredClone(handChecked());
		s.analysis = { ...s.analysis, samples: '200' };
		const c = reportContext(s);
		const first = overTimeReport(c)!;
		// The same report object, Monte Carlo result included, for a second writer.
		expect(overTimeReport(c)).toBe(first);
		// The page makes a context per export, on the evaluation it shows: a later export (another
		// date, a copy of the same scenario) shares the run.
		const later = { ...c, scenario: structuredClone(s), generatedAt: new Date(2030, 0, 1) };
		expect(overTimeReport(later)).toBe(first);
		// Another seed on the same evaluation is another run (the analysis does not change figures).
		const seed8 = { ...c, scenario: { ...s, analysis: { ...s.analysis, seed: '8' } } };
		const other = overTimeReport(seed8)!;
		expect(other).not.toBe(first);
		expect(other.seed).toBe(8);
		// A new evaluation of the same scenario runs its own, with the same figures.
		const again = overTimeReport(reportContext(s))!;
		expect(again).not.toBe(first);
		if (!first.mc.ok || !again.mc.ok) throw new Error('no Monte Carlo');
		expect(again.mc.value.saving.p50.toString()).toBe(first.mc.value.saving.p50.toString());
		// The page's own run is reported as it is, whatever was made before.
		const page = overTimeReport({ ...c, monteCarlo: again.mc.value })!;
		expect(page.mc).toEqual({ ok: true, value: again.mc.value });
	});
});
