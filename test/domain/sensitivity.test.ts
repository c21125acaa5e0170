import { describe, expect, it } from 'vitest';
import { dec } from '../../src/lib/domain/decimal';
import { evaluate } from '../../src/lib/domain/evaluate';
import type { EngineInputs } from '../../src/lib/domain/inputs';
import { quantity } from '../../src/lib/domain/quantity';
import { usdPerMTok } from '../../src/lib/domain/units';
import {
	clampInput,
	defaultSensitivityInputs,
	tornado,
	tornadoes,
	withInput,
	type TornadoBar,
	type TornadoSide
} from '../../src/lib/domain/sensitivity';
import {
	baselineKeys,
	inputValue,
	PairUnavailableError,
	sensitivityKeys
} from '../../src/lib/domain/pair-inputs';
import { pairInputs } from '../../src/lib/domain/timeline';
import {
	candidate,
	engineInputs,
	finance,
	model,
	offering,
	serving,
	testBenchmark,
	workload
} from '../fixtures';

/**
 * Hand-checkable pair: one GPU a replica serving 1 request/s (benchmark 250 tokens/s at 250 output
 * tokens), utilisation 1, peak 1 → 3,285,000,000 tokens/month a replica; the plan is
 * 77,760 requests/day = 2,956,500,000 tokens/month (0.9 replica).
 * Rent: $2/GPU-hour × 730 h = $1,460 a replica + staff 0.1 × $120,000 / 12 = $1,000 → $2,460.
 * API (output $15): 0.8 × $2.50 + 0.2 × $15 = $5 per 1M → $14,782.50; saving $12,322.50.
 */
function pair(apiOver: Parameters<typeof offering>[0] = { output: '15' }): EngineInputs {
	return engineInputs({
		workload: workload({ requestsPerDay: '77760', peakToAverage: '1' }),
		serving: serving({ targetUtilization: '1' }),
		finance: finance({ loadedAnnualCostUsd: '120000', baseFte: '0.1' }),
		candidates: [candidate({ model: model({ total: '1000000000', active: '1000000000' }) })],
		baselines: [offering(apiOver)],
		// your own measurement at the workload's lengths on one GPU: 250 tokens/s, 1 request/s
		benchmarks: [testBenchmark]
	});
}

const saving = (side: TornadoSide) => (side.ok ? side.saving.toString() : side.reason);
const byKey = (bars: TornadoBar[], key: string) => {
	const b = bars.find((x) => x.key === key);
	if (!b) throw new Error(`no bar ${key}`);
	return b;
};

describe('tornado (by hand, ±20 %)', () => {
	const bars = tornado(pair(), 'c', 'api', defaultSensitivityInputs());

	it('orders bars by saving swing, largest first; ties by break-even swing, then input order', () => {
		expect(bars.map((b) => [b.key, b.savingSwing.toString()])).toEqual([
			// 0.8 × V: API $11,826 → 9,366; 1.2 × V needs 2 replicas: $17,739 − $3,920 → 13,819
			['requestsPerDay', '4453'],
			// output $12 / $18: $4.40 / $5.60 per 1M → API $13,008.60 / $16,556.40
			['apiOutputPrice', '3547.8'],
			// input $2 / $3: $4.60 / $5.40 per 1M → API $13,599.90 / $15,965.10
			['apiInputPrice', '2365.2'],
			// 0.8 × throughput: 2 replicas (+$1,460); 1.2 ×: still 1
			['throughput', '1460'],
			// utilisation 0.8: 2 replicas; 1.2 is clamped to 1: 1 replica. Ties with throughput.
			['targetUtilization', '1460'],
			// $1.60 / $2.40 per GPU-hour: rental $1,168 / $1,752
			['gpuPrice', '584'],
			// staff $800 / $1,200 a month
			['loadedStaffCost', '400'],
			// renting: power is in the rate
			['electricityPrice', '0'],
			// a share of 0 does not move under a relative change
			['cachedInputShare', '0']
		]);
	});

	it('reports each side: value, saving, change in saving and in break-even volume', () => {
		const rpd = byKey(bars, 'requestsPerDay');
		expect(rpd.base.toString()).toBe('77760');
		expect([rpd.low.value.toString(), rpd.high.value.toString()]).toEqual(['62208', '93312']);
		expect([saving(rpd.low), saving(rpd.high)]).toEqual(['9366', '13819']);
		// Break-even is a volume: the plan's size does not move it (step 1: $2,460 / $5e-6 = 492e6).
		expect(rpd.breakEvenSwing.toString()).toBe('0');
		const out = byKey(bars, 'apiOutputPrice');
		if (!out.low.ok) throw new Error(out.low.reason);
		expect(out.low.savingChange.toString()).toBe('-1773.9');
		// $2,460 / $4.40e-6 = 559,090,909.09… vs 492,000,000
		expect(out.low.breakEvenChange.kind).toBe('volume');
		if (out.low.breakEvenChange.kind === 'volume')
			expect(out.low.breakEvenChange.change.toFixed(2)).toBe('67090909.09');
		const util = byKey(bars, 'targetUtilization');
		expect([util.high.value.toString(), util.high.clamped]).toEqual(['1', true]);
		expect(byKey(bars, 'throughput').unit).toBe('× the estimate');
		expect(byKey(bars, 'gpuPrice').label).toBe('GPU rental rate');
	});

	it('sorts by break-even swing on request', () => {
		// output: 559.09e6 − 439.29e6 = 119.81e6; GPU rate: 2,752/5 − 2,168/5 = 116.8e6;
		// staff: 2,660/5 − 2,260/5 = 80e6; input: 2,460/4.6 − 2,460/5.4 = 79.23e6; the rest 0,
		// then by saving swing.
		const keys = tornado(pair(), 'c', 'api', defaultSensitivityInputs(), 'breakEven').map(
			(b) => b.key
		);
		expect(keys).toEqual([
			'apiOutputPrice',
			'gpuPrice',
			'loadedStaffCost',
			'apiInputPrice',
			'requestsPerDay',
			'throughput',
			'targetUtilization',
			'electricityPrice',
			'cachedInputShare'
		]);
	});

	it('custom ranges per input', () => {
		const [b] = tornado(pair(), 'c', 'api', [
			{ key: 'loadedStaffCost', low: dec('-0.5'), high: dec('1') }
		]);
		// staff $500 / $2,000 a month
		expect([saving(b.low), saving(b.high)]).toEqual(['12822.5', '11322.5']);
		expect(b.savingSwing.toString()).toBe('1500');
	});
});

describe('tornado: never', () => {
	it('a side that never breaks even is reported as such and makes the swing unbounded', () => {
		// API $0.25 / $1.50 → $0.50 per 1M: a replica's tokens earn the API $1,642.50 > $1,460, so the
		// first break-even is at 6 replicas: (1,000 + 6 × 1,460) / $0.5e-6 = 19.52e9 tokens.
		// Output −20 %: $0.44 per 1M → $1,445.40 a replica < $1,460: never.
		// Output +20 %: $0.56 per 1M → 3 replicas: 5,380 / $0.56e-6 = 9,607,142,857.14…
		const bars = tornado(
			pair({ input: '0.25', output: '1.5', cached: '0.25' }),
			'c',
			'api',
			defaultSensitivityInputs(),
			'breakEven'
		);
		const out = byKey(bars, 'apiOutputPrice');
		expect(out.breakEvenSwing).toBe('unbounded');
		// Throughput and utilisation −20 % (a replica's tokens earn $1,314) and the GPU rate +20 %
		// ($1,752 a replica) cross into never too: unbounded swings sort first.
		const unbounded = bars.filter((b) => b.breakEvenSwing === 'unbounded').map((b) => b.key);
		expect(unbounded.sort()).toEqual(
			['apiOutputPrice', 'gpuPrice', 'targetUtilization', 'throughput'].sort()
		);
		expect(bars.slice(0, 4).every((b) => b.breakEvenSwing === 'unbounded')).toBe(true);
		if (!out.low.ok || !out.high.ok) throw new Error('expected ok');
		expect(out.low.breakEven.kind).toBe('never');
		expect(out.low.breakEvenChange).toEqual({ kind: 'now-never' });
		expect(out.high.breakEven.kind === 'volume' && out.high.breakEven.volume.toFixed(2)).toBe(
			'9607142857.14'
		);
	});

	it('a scenario that never breaks even: still never, or now breaking even', () => {
		// $0.20 / $1.20 → $0.40 per 1M: $1,314 a replica < $1,460: never.
		// Output +20 %: $0.448 per 1M → $1,471.68 a replica: breaks even (at 86 replicas).
		const bars = tornado(pair({ input: '0.2', output: '1.2', cached: '0.2' }), 'c', 'api', [
			{ key: 'loadedStaffCost' },
			{ key: 'apiOutputPrice' }
		]);
		const staff = byKey(bars, 'loadedStaffCost');
		const out = byKey(bars, 'apiOutputPrice');
		expect(staff.low.ok && staff.low.breakEvenChange).toEqual({ kind: 'still-never' });
		expect(staff.breakEvenSwing.toString()).toBe('0');
		expect(out.high.ok && out.high.breakEvenChange).toEqual({ kind: 'now-breaks-even' });
		expect(
			out.high.ok && out.high.breakEven.kind === 'volume' && out.high.breakEven.activeReplicas
		).toBe(86);
	});
});

describe('setting inputs', () => {
	it('throughput × k multiplies the replica’s requests/s by k, roofline and benchmark alike', () => {
		for (const inp of [
			engineInputs(), // roofline
			pair() // benchmark
		]) {
			const base = evaluate(inp).candidates[0];
			const fast = evaluate(withInput(inp, 'c', 'api', 'throughput', dec('1.25'))).candidates[0];
			if (!base.ok || !fast.ok) throw new Error('expected ok');
			expect(fast.throughput.path).toBe(base.throughput.path);
			expect(fast.sizing.gpusPerReplica).toBe(base.sizing.gpusPerReplica);
			expect(fast.throughput.requestsPerSecond.value.toSignificantDigits(30).toString()).toBe(
				base.throughput.requestsPerSecond.value.mul('1.25').toSignificantDigits(30).toString()
			);
		}
	});

	it('throughput × k gives what the GPU, the speed target and the benchmarks all k times faster give', () => {
		// The multiplier stands for hardware k times as fast: bandwidth, FLOP/s, the per-user speed
		// target and the measured benchmarks × k. Every step then takes 1/k the time and the same
		// batch meets the target, so requests/s × k: the same figure to 30 digits, on both paths.
		const k = dec('0.85');
		const times = <Q extends { value: ReturnType<typeof dec> } | undefined>(q: Q): Q =>
			(q && { ...q, value: q.value.mul(k) }) as Q;
		for (const inp of [engineInputs(), pair()]) {
			const c = inp.candidates[0];
			const faster: EngineInputs = {
				...inp,
				serving: {
					...inp.serving,
					tokensPerSecondPerUser: times(inp.serving.tokensPerSecondPerUser)
				},
				candidates: [
					{
						...c,
						gpu: {
							...c.gpu,
							memoryBandwidthTBps: times(c.gpu.memoryBandwidthTBps),
							denseBf16Tflops: times(c.gpu.denseBf16Tflops),
							denseFp8Tflops: times(c.gpu.denseFp8Tflops),
							denseFp4Tflops: times(c.gpu.denseFp4Tflops)
						}
					}
				],
				benchmarks: inp.benchmarks.map((b) => ({
					...b,
					outputTokensPerSecond: times(b.outputTokensPerSecond)
				}))
			};
			const byHardware = evaluate(faster).candidates[0];
			const byMultiplier = evaluate(withInput(inp, 'c', 'api', 'throughput', k)).candidates[0];
			if (!byHardware.ok || !byMultiplier.ok) throw new Error('expected ok');
			expect(byMultiplier.throughput.batch).toBe(byHardware.throughput.batch);
			const digits = (t: typeof byHardware) =>
				[t.throughput.requestsPerSecond, t.throughput.outputTokensPerSecond].map((x) =>
					x.value.toSignificantDigits(30).toString()
				);
			expect(digits(byMultiplier)).toEqual(digits(byHardware));
			expect(byMultiplier.atPlan.total.value.toFixed(6)).toBe(
				byHardware.atPlan.total.value.toFixed(6)
			);
		}
	});

	it('a moved price or utilisation keeps the throughput worked out before; a moved efficiency does not', () => {
		// What a Monte Carlo sample changes: the GPU's price and the utilisation are not figures
		// throughput reads, so the throughput worked out before is the one used (the same object).
		const inp = pair();
		const before = evaluate(inp).candidates[0];
		if (!before.ok) throw new Error('expected ok');
		for (const [key, value] of [
			['gpuPrice', '2.5'],
			['targetUtilization', '0.9']
		] as const) {
			const after = evaluate(withInput(inp, 'c', 'api', key, dec(value))).candidates[0];
			if (!after.ok) throw new Error('expected ok');
			expect(after.throughput).toBe(before.throughput);
		}
		const slower = evaluate({
			...inp,
			serving: {
				...inp.serving,
				efficiencyMemory: { ...inp.serving.efficiencyMemory, value: dec('0.25') }
			}
		}).candidates[0];
		if (!slower.ok) throw new Error('expected ok');
		expect(slower.throughput).not.toBe(before.throughput);
	});

	it('the API input price carries the cached price with it', () => {
		const inp = withInput(pair(), 'c', 'api', 'apiInputPrice', dec(3));
		const o = inp.baselines[0];
		expect([o.inputUsdPerMTok.value.toString(), o.cachedInputUsdPerMTok.value.toString()]).toEqual([
			'3',
			'1.5'
		]);
	});

	it('the API prices carry the long-context and cache-write prices with them', () => {
		const base = pair();
		const o0 = base.baselines[0];
		const q = (v: string) => ({ ...o0.inputUsdPerMTok, value: usdPerMTok(dec(v)) });
		const tiered = {
			...base,
			baselines: [
				{
					...o0,
					cacheWriteUsdPerMTok: q('3.125'),
					longContext: {
						thresholdTokens: q('200000'),
						inputUsdPerMTok: q('5'),
						outputUsdPerMTok: q('15'),
						cachedInputUsdPerMTok: q('2.5')
					}
				}
			]
		};
		// Input $2.50 → $3: every input price × 1.2 (5 → 6, 2.5 → 3, write 3.125 → 3.75)
		const up = withInput(tiered, 'c', 'api', 'apiInputPrice', dec(3)).baselines[0];
		expect(
			[
				up.longContext?.inputUsdPerMTok,
				up.longContext?.cachedInputUsdPerMTok,
				up.cacheWriteUsdPerMTok
			].map((x) => x?.value.toString())
		).toEqual(['6', '3', '3.75']);
		// Output $15 → $18: × 1.2, long-context output 15 → 18
		const out = withInput(tiered, 'c', 'api', 'apiOutputPrice', dec(18)).baselines[0];
		expect(out.longContext?.outputUsdPerMTok.value.toString()).toBe('18');
	});

	it.each([
		{ key: 'gpuPrice', acquisition: 'rent', value: '2' },
		{ key: 'gpuPrice', acquisition: 'buy', value: '30000' },
		{ key: 'throughput', acquisition: 'rent', value: '1' },
		{ key: 'electricityPrice', acquisition: 'rent', value: '0.0895' },
		{ key: 'apiOutputPrice', acquisition: 'rent', value: '15' }
	] as const)('inputValue($key, $acquisition) = $value', ({ key, acquisition, value }) => {
		const inp = { ...pair(), candidates: [candidate({ acquisition })] };
		expect(inputValue(inp, 'c', 'api', key)?.toString()).toBe(value);
	});

	it.each([
		{ key: 'targetUtilization', value: '1.2', out: '1', clamped: true },
		{ key: 'targetUtilization', value: '0.56', out: '0.56', clamped: false },
		{ key: 'cachedInputShare', value: '1.08', out: '1', clamped: true },
		{ key: 'electricityPrice', value: '-0.01', out: '0', clamped: true },
		{ key: 'requestsPerDay', value: '1e12', out: '1000000000000', clamped: false }
	] as const)('clampInput($key, $value) → $out', ({ key, value, out, clamped }) => {
		const r = clampInput(key, dec(value));
		expect([r.value.toString(), r.clamped]).toEqual([out, clamped]);
	});

	it('does not mutate its inputs', () => {
		const inp = pair();
		const before = JSON.stringify(inp);
		tornado(inp, 'c', 'api', defaultSensitivityInputs());
		for (const key of ['throughput', 'apiInputPrice', 'gpuPrice'] as const)
			withInput(inp, 'c', 'api', key, dec(2));
		expect(JSON.stringify(inp)).toBe(before);
	});
});

describe('tornado refuses', () => {
	it('a change at or below −100 %, naming the input', () => {
		expect(() =>
			tornado(pair(), 'c', 'api', [{ key: 'requestsPerDay', low: dec(-1) }])
		).toThrowError(/requestsPerDay: the low change -1/);
	});

	it('a pair that cannot be evaluated or does not exist', () => {
		expect(() => tornado(pair(), 'c', 'nope', defaultSensitivityInputs())).toThrowError(
			PairUnavailableError
		);
		const broken = { ...pair(), baselines: [offering({ input: '-1' })] };
		expect(() => tornado(broken, 'c', 'api', defaultSensitivityInputs())).toThrowError(
			/input is negative/
		);
	});
});

describe('tornadoes: the pairs of a candidate share its evaluations', () => {
	// The hand-checked pair, a cheaper API (output $10: $4 per 1M, $11,826 at plan) and a hybrid
	// candidate that overflows to 'api', so an 'api' price moves that candidate too.
	const base = pair();
	const inputs: EngineInputs = {
		...base,
		candidates: [
			...base.candidates,
			{
				...base.candidates[0],
				id: 'h',
				// One GPU at half the throughput serves 0.5 of the 0.9 requests/s; the rest overflows
				// (1,314M tokens/month, $6,570 at $5 per 1M).
				throughputScale: quantity('throughput multiplier', dec('0.5'), '×', 'test'),
				fleet: { gpus: 1 },
				overflow: base.baselines[0]
			}
		],
		baselines: [...base.baselines, offering({ output: '10' }, 'cheap')]
	};
	const ids = ['c', 'h'].flatMap((candidateId) =>
		['api', 'cheap'].map((baselineId) => ({ candidateId, baselineId }))
	);
	const all = tornadoes(inputs, ids, defaultSensitivityInputs());
	const barsOf = (i: number) => {
		const r = all[i];
		if (r instanceof Error) throw r;
		return r;
	};

	it('gives each pair its own bars (by hand)', () => {
		// c × api: the swings of the hand-checked tornado above.
		expect(barsOf(0).map((b) => [b.key, b.savingSwing.toString()])[1]).toEqual([
			'apiOutputPrice',
			'3547.8'
		]);
		// c × cheap: output $8 / $12 → $3.60 / $4.40 per 1M, × 2,956.5M tokens = a $2,365.20 swing;
		// 0.8 × V: $9,460.80 − $2,460; 1.2 × V: $14,191.20 − $3,920 (2 replicas): 7,000.8 / 10,271.2.
		const cheap = barsOf(1);
		expect(byKey(cheap, 'apiOutputPrice').savingSwing.toString()).toBe('2365.2');
		expect([
			saving(byKey(cheap, 'requestsPerDay').low),
			saving(byKey(cheap, 'requestsPerDay').high)
		]).toEqual(['7000.8', '10271.2']);
	});

	it('every side is what evaluating the pair alone with the input moved gives', () => {
		ids.forEach(({ candidateId: c, baselineId: b }, i) => {
			for (const bar of barsOf(i))
				for (const side of [bar.low, bar.high]) {
					const moved = withInput(inputs, c, b, bar.key, side.value);
					const p = evaluate(pairInputs(moved, c, b)!).pairs.at(0);
					const what = `${c} × ${b}, ${bar.key} ${side.change.toString()}`;
					expect(side.ok, what).toBe(p.ok);
					if (side.ok && p.ok) {
						expect(side.saving.toString(), what).toBe(p.savingAtPlan.toString());
						expect(side.breakEven, what).toEqual(p.first);
					}
				}
			expect(barsOf(i)).toEqual(tornado(inputs, c, b, defaultSensitivityInputs()));
		});
		// The hybrid's overflow is 'api': its output price moves the hybrid's cost too, so the pair
		// does not share the evaluation of the API price's other moves.
		const { low } = byKey(barsOf(2), 'apiOutputPrice');
		if (!low.ok) throw new Error(low.reason);
		const moved = withInput(inputs, 'h', 'api', 'apiOutputPrice', low.value);
		const apiAlone = evaluate(pairInputs({ ...moved, candidates: inputs.candidates }, 'h', 'api')!);
		const p = apiAlone.pairs.at(0);
		expect(p.ok && p.savingAtPlan.eq(low.saving)).toBe(false);
	});

	it('an input not a baseline’s own has one value and one move whatever the baseline', () => {
		for (const key of sensitivityKeys.filter((k) => !baselineKeys.includes(k))) {
			const v = inputValue(inputs, 'c', 'api', key);
			expect(inputValue(inputs, 'c', 'cheap', key), key).toEqual(v);
			const to = (v ?? dec(1)).mul('1.1');
			expect(withInput(inputs, 'c', 'cheap', key, to), key).toEqual(
				withInput(inputs, 'c', 'api', key, to)
			);
		}
	});

	it('refuses a pair alone: an unknown id, or a change at or below −100 %', () => {
		const [unknown, known] = tornadoes(
			inputs,
			[
				{ candidateId: 'c', baselineId: 'nope' },
				{ candidateId: 'c', baselineId: 'api' }
			],
			defaultSensitivityInputs()
		);
		expect(unknown).toBeInstanceOf(PairUnavailableError);
		expect(known).toEqual(barsOf(0));
		const [bad] = tornadoes(inputs, ids.slice(0, 1), [{ key: 'gpuPrice', low: dec(-1) }]);
		expect(bad).toBeInstanceOf(RangeError);
	});

	it('a baseline that throws costs its own pair only, as one tornado a pair would', () => {
		const throwing = Object.defineProperty(offering({}, 'throws'), 'outputUsdPerMTok', {
			get: () => {
				throw new Error('no output price');
			}
		});
		const some = { ...inputs, baselines: [...inputs.baselines, throwing] };
		const [ok, thrown] = tornadoes(
			some,
			[
				{ candidateId: 'c', baselineId: 'api' },
				{ candidateId: 'c', baselineId: 'throws' }
			],
			defaultSensitivityInputs()
		);
		expect(ok).toEqual(barsOf(0));
		expect(thrown).toEqual(new Error('no output price'));
		expect(() => tornado(some, 'c', 'throws', defaultSensitivityInputs())).toThrowError(
			'no output price'
		);
	});
});
