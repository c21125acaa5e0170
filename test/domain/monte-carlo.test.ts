import { describe, expect, it } from 'vitest';
import type { BreakEven } from '../../src/lib/domain/break-even';
import { dec } from '../../src/lib/domain/decimal';
import { evaluate } from '../../src/lib/domain/evaluate';
import type { EngineInputs } from '../../src/lib/domain/inputs';
import {
	histogram,
	InvalidRangesError,
	monteCarlo,
	nearestRankIndex,
	validateRanges,
	type MonteCarloResult
} from '../../src/lib/domain/monte-carlo';
import { PairUnavailableError, type UncertainRange } from '../../src/lib/domain/pair-inputs';
import {
	createRandom,
	sampleTriangular,
	triangularMean,
	triangularQuantile
} from '../../src/lib/domain/random';
import { timeline, type TimelineSettings } from '../../src/lib/domain/timeline';
import { handTimelineInputs, q } from '../fixtures';

/**
 * The timeline test's hand-checked pair: buy, one GPU a replica (1 request/s), 0.9 replica of demand
 * growing 10 % a month, GPU $24,000, node $12,000, API $4 per 1M tokens; with a 2-month lead time
 * its cumulative cash cost crosses below the API's in month 5.
 */
const handInputs = handTimelineInputs;

const settings: TimelineSettings = {
	horizonMonths: 12,
	monthlyGrowth: dec('0.1'),
	apiPriceChangePerYear: dec(0),
	leadTimeMonths: 2,
	discountRate: dec(0)
};

const point = (field: UncertainRange['field'], v: string): UncertainRange => ({
	field,
	low: dec(v),
	mode: dec(v),
	high: dec(v)
});
const range = (
	field: UncertainRange['field'],
	l: string,
	m: string,
	h: string
): UncertainRange => ({
	field,
	low: dec(l),
	mode: dec(m),
	high: dec(h)
});

const vol = (b: BreakEven) => (b.kind === 'never' ? 'never' : b.volume.toString());

/** Every range a little uncertain: a non-degenerate run. */
const wide: UncertainRange[] = [
	range('throughput', '0.7', '1', '1.2'),
	range('targetUtilization', '0.6', '0.9', '1'),
	range('gpuPrice', '20000', '24000', '32000'),
	range('electricityPrice', '0.06', '0.1', '0.2'),
	range('apiPriceChangePerYear', '-0.5', '-0.2', '0'),
	range('monthlyGrowth', '0', '0.05', '0.15')
];

describe('random: xoshiro128** and the triangular distribution', () => {
	it('the same seed gives the same stream; another seed another stream', () => {
		const a = createRandom(42);
		const b = createRandom(42);
		const c = createRandom(43);
		const xs = Array.from({ length: 5 }, () => a());
		expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
		expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
	});

	it('uniform in [0, 1): mean ½, a quarter below ¼', () => {
		const r = createRandom(1);
		let sum = 0;
		let below = 0;
		const n = 100_000;
		for (let i = 0; i < n; i++) {
			const x = r();
			expect(x >= 0 && x < 1).toBe(true);
			sum += x;
			if (x < 0.25) below++;
		}
		// standard error of the mean: √(1/12)/√n ≈ 0.0009; of the share: √(0.1875/n) ≈ 0.0014
		expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
		expect(Math.abs(below / n - 0.25)).toBeLessThan(0.007);
	});

	it.each([
		// p < F(mode): low + √(p·(high − low)·(mode − low)); else high − √((1 − p)·(high − low)·(high − mode))
		{ p: 0.5, tri: [0, 0, 1], x: 1 - Math.sqrt(0.5) },
		{ p: 0.5, tri: [0, 5, 10], x: 5 },
		{ p: 0.25, tri: [0, 10, 10], x: 5 }, // √(0.25 × 10 × 10)
		{ p: 0.1, tri: [2, 4, 9], x: 2 + Math.sqrt(0.1 * 7 * 2) }, // F(4) = 2/7 > 0.1
		{ p: 0.9, tri: [2, 4, 9], x: 9 - Math.sqrt(0.1 * 7 * 5) },
		{ p: 0, tri: [2, 4, 9], x: 2 },
		{ p: 1, tri: [2, 4, 9], x: 9 },
		{ p: 0.7, tri: [3, 3, 3], x: 3 } // zero width
	])('quantile $p of $tri = $x', ({ p, tri: [a, c, b], x }) => {
		expect(triangularQuantile(p, a, c, b)).toBeCloseTo(x, 12);
	});

	it('100,000 draws match the closed-form mean and quantiles', () => {
		const r = createRandom(7);
		const n = 100_000;
		const xs = Array.from({ length: n }, () => sampleTriangular(r, 2, 4, 9)).sort((a, b) => a - b);
		const mean = xs.reduce((s, x) => s + x, 0) / n;
		// mean (2 + 4 + 9)/3 = 5; sd √(39/18) ≈ 1.47, so the standard error is ≈ 0.005
		expect(triangularMean(2, 4, 9)).toBe(5);
		expect(Math.abs(mean - 5)).toBeLessThan(0.03);
		for (const p of [0.1, 0.5, 0.9]) {
			expect(Math.abs(xs[nearestRankIndex(p, n)] - triangularQuantile(p, 2, 4, 9))).toBeLessThan(
				0.05
			);
		}
		expect(xs[0]).toBeGreaterThanOrEqual(2);
		expect(xs[n - 1]).toBeLessThanOrEqual(9);
	});
});

describe('statistics helpers', () => {
	it.each([
		{ p: 0.1, n: 10_000, i: 999 },
		{ p: 0.5, n: 3, i: 1 },
		{ p: 0.9, n: 10, i: 8 },
		{ p: 0.9, n: 1, i: 0 },
		{ p: 0.1, n: 5, i: 0 }
	])('nearest rank of p$p in $n → index $i', ({ p, n, i }) => {
		expect(nearestRankIndex(p, n)).toBe(i);
	});

	it.each([
		{ values: [0, 1, 2, 3], bins: 2, edges: [0, 1.5, 3], counts: [2, 2] },
		{ values: [5, 5, 5], bins: 20, edges: [5, 5], counts: [3] },
		{ values: [], bins: 4, edges: [], counts: [] },
		{ values: [-10, 0, 10], bins: 4, edges: [-10, -5, 0, 5, 10], counts: [1, 0, 1, 1] }
	])('histogram($values, $bins)', ({ values, bins, edges, counts }) => {
		expect(histogram(values, bins)).toEqual({ edges, counts });
	});
});

describe('validateRanges', () => {
	it.each([
		{ ranges: wide, messages: [] },
		{
			ranges: [range('gpuPrice', '30000', '25000', '40000')],
			messages: ['gpuPrice (GPU price or rental rate): low 30000 is above most likely 25000']
		},
		{
			ranges: [range('electricityPrice', '0.05', '0.2', '0.1')],
			messages: ['electricityPrice (electricity price): most likely 0.2 is above high 0.1']
		},
		{
			ranges: [range('gpuPrice', '-1', '2', '3')],
			messages: ['gpuPrice (GPU price or rental rate): -1 is negative; a price must be ≥ 0']
		},
		{
			ranges: [range('electricityPrice', '-0.1', '-0.05', '0')],
			messages: ['electricityPrice (electricity price): -0.1 is negative']
		},
		{ ranges: [range('throughput', '0', '1', '1.2')], messages: ['throughput'] },
		{ ranges: [range('targetUtilization', '0.5', '0.9', '1.1')], messages: ['targetUtilization'] },
		{ ranges: [range('monthlyGrowth', '-1', '0', '0.1')], messages: ['monthlyGrowth'] },
		{
			ranges: [range('apiPriceChangePerYear', '-2', '0', '0')],
			messages: ['apiPriceChangePerYear']
		},
		{
			ranges: [point('gpuPrice', '1'), point('gpuPrice', '2')],
			messages: ['given more than once']
		},
		{
			// low above high: both orderings fail, and the field is named in each
			ranges: [range('targetUtilization', '0.9', '0.8', '0.7')],
			messages: ['low 0.9 is above most likely 0.8', 'most likely 0.8 is above high 0.7']
		}
	])('$messages', ({ ranges, messages }) => {
		const out = validateRanges(ranges);
		expect(out).toHaveLength(messages.length);
		messages.forEach((m, i) => expect(out[i]).toContain(m));
		for (const m of out) expect(m).toMatch(new RegExp(`^${ranges[0].field}`));
	});

	it('monteCarlo refuses invalid ranges with the messages', () => {
		const run = () =>
			monteCarlo(
				handInputs(),
				'c',
				'api',
				[range('gpuPrice', '30000', '20000', '10000'), range('electricityPrice', '-1', '0', '1')],
				{ samples: 10, seed: 1, timeline: settings }
			);
		expect(run).toThrowError(InvalidRangesError);
		try {
			run();
		} catch (e) {
			expect((e as InvalidRangesError).messages).toEqual([
				'gpuPrice (GPU price or rental rate): low 30000 is above most likely 20000',
				'gpuPrice (GPU price or rental rate): most likely 20000 is above high 10000',
				'electricityPrice (electricity price): -1 is negative; a price must be ≥ 0'
			]);
		}
	});

	it('and bad options or an unavailable pair', () => {
		const go =
			(over: object, id = 'c') =>
			() =>
				monteCarlo(handInputs(), id, 'api', [], { samples: 10, seed: 1, ...over });
		expect(go({ samples: 0 })).toThrowError(/samples: 0/);
		expect(go({ samples: 2.5 })).toThrowError(InvalidRangesError);
		expect(go({ bins: 0 })).toThrowError(/bins: 0/);
		expect(go({ timeline: { ...settings, horizonMonths: 200 } })).toThrowError(
			/timeline horizonMonths: 200/
		);
		expect(go({}, 'nope')).toThrowError(PairUnavailableError);
	});
});

describe('monteCarlo', () => {
	it('zero-width ranges at the scenario’s values give the deterministic result, exactly', () => {
		const inp = handInputs();
		const pair = evaluate(inp).pairs.at(0);
		if (!pair.ok) throw new Error(pair.reason);
		const t = timeline(inp, 'c', 'api', settings);
		if (!t.ok) throw new Error(t.reason);
		expect(t.crossoverMonth).toBe(5);
		const r = monteCarlo(
			inp,
			'c',
			'api',
			[
				point('throughput', '1'),
				point('targetUtilization', '1'),
				point('gpuPrice', '24000'),
				point('electricityPrice', '0.1'),
				point('apiPriceChangePerYear', '0'),
				point('monthlyGrowth', '0.1')
			],
			{ samples: 300, seed: 2024, timeline: settings }
		);
		expect([r.samples, r.failed, r.stopped]).toEqual([300, 0, false]);
		for (const p of ['p10', 'p50', 'p90'] as const) {
			expect(vol(r.breakEven[p])).toBe(vol(pair.first));
			expect(r.saving[p].toString()).toBe(pair.savingAtPlan.toString());
			expect(r.crossoverMonth[p]).toBe(5);
		}
		expect(vol(r.deterministic.breakEven)).toBe(vol(pair.first));
		expect(r.deterministic.saving.eq(pair.savingAtPlan)).toBe(true);
		expect(r.deterministic.crossoverMonth).toBe(5);
		expect(r.histogram.counts).toEqual([300]);
		expect(r.probabilitySelfHostWins).toBe(pair.savingAtPlan.gt(0) ? 1 : 0);
		expect(r.breakEven.neverShare).toBe(0);
	});

	it('zero-width ranges away from the scenario’s values give the engine’s result there', () => {
		// A $30,000 GPU and electricity at $0.20: the same as evaluating those inputs directly.
		const base = handInputs();
		const moved: EngineInputs = {
			...base,
			finance: { ...base.finance, electricityUsdPerKwh: q('e', '0.2') },
			candidates: [
				{
					...base.candidates[0],
					gpu: { ...base.candidates[0].gpu, purchasePriceUsd: q('p', '30000') }
				}
			]
		};
		const pair = evaluate(moved).pairs.at(0);
		const t = timeline(moved, 'c', 'api', { ...settings, apiPriceChangePerYear: dec('-0.3') });
		if (!pair.ok || !t.ok) throw new Error('expected ok');
		const r = monteCarlo(
			base,
			'c',
			'api',
			[
				point('gpuPrice', '30000'),
				point('electricityPrice', '0.2'),
				point('apiPriceChangePerYear', '-0.3')
			],
			{ samples: 50, seed: 1, timeline: settings }
		);
		expect(r.saving.p50.toString()).toBe(pair.savingAtPlan.toString());
		expect(vol(r.breakEven.p90)).toBe(vol(pair.first));
		expect(r.crossoverMonth.p10).toBe(t.crossoverMonth);
	});

	it('the same seed gives the same result; another seed another one', () => {
		const run = (seed: number) =>
			monteCarlo(handInputs(), 'c', 'api', wide, { samples: 400, seed, timeline: settings });
		const json = (r: MonteCarloResult) => JSON.stringify(r);
		const a = run(99);
		expect(json(run(99))).toBe(json(a));
		expect(json(run(100))).not.toBe(json(a));
	});

	it('a wide run: ordered percentiles, a histogram of every sample, a probability', () => {
		const r = monteCarlo(handInputs(), 'c', 'api', wide, {
			samples: 1000,
			seed: 5,
			timeline: settings,
			bins: 10
		});
		expect(r.saving.p10.lte(r.saving.p50) && r.saving.p50.lte(r.saving.p90)).toBe(true);
		const num = (b: BreakEven) => (b.kind === 'never' ? Infinity : b.volume.toNumber());
		expect(num(r.breakEven.p10) <= num(r.breakEven.p50)).toBe(true);
		expect(num(r.breakEven.p50) <= num(r.breakEven.p90)).toBe(true);
		const m = (x: number | 'never') => (x === 'never' ? Infinity : x);
		expect(m(r.crossoverMonth.p10) <= m(r.crossoverMonth.p50)).toBe(true);
		expect(m(r.crossoverMonth.p50) <= m(r.crossoverMonth.p90)).toBe(true);
		expect(r.histogram.counts).toHaveLength(10);
		expect(r.histogram.edges).toHaveLength(11);
		expect(r.histogram.counts.reduce((s, c) => s + c, 0)).toBe(1000);
		expect(r.histogram.edges[0]).toBeLessThanOrEqual(r.saving.p10.toNumber());
		expect(r.probabilitySelfHostWins).toBeGreaterThanOrEqual(0);
		expect(r.probabilitySelfHostWins).toBeLessThanOrEqual(1);
		// The P10 saving is a sample's saving, not an interpolation: it lies within the sampled range.
		expect(r.saving.p10.gte(r.histogram.edges[0] - 1e-6)).toBe(true);
	});

	it('reports progress by chunk and stops when asked', () => {
		const seen: number[] = [];
		const r = monteCarlo(handInputs('rent'), 'c', 'api', wide, {
			samples: 250,
			seed: 3,
			timeline: settings,
			onProgress: (d) => seen.push(d)
		});
		expect(seen).toEqual([100, 200, 250]);
		expect(r.samples).toBe(250);
		const stopped = monteCarlo(handInputs('rent'), 'c', 'api', wide, {
			samples: 10_000,
			seed: 3,
			timeline: settings,
			shouldStop: () => true
		});
		expect([stopped.samples, stopped.stopped]).toEqual([100, true]);
		// The first 100 samples are the same draws as in the full run.
		const first100 = monteCarlo(handInputs('rent'), 'c', 'api', wide, {
			samples: 100,
			seed: 3,
			timeline: settings
		});
		expect(JSON.stringify({ ...stopped, stopped: false })).toBe(JSON.stringify(first100));
	});

	it('does not mutate its inputs', () => {
		const inp = handInputs();
		const before = JSON.stringify([inp, wide, settings]);
		monteCarlo(inp, 'c', 'api', wide, { samples: 50, seed: 1, timeline: settings });
		expect(JSON.stringify([inp, wide, settings])).toBe(before);
	});
});
