import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareApi, prepareStaircase, stepCost } from '../../src/lib/domain/break-even';
import { dec, toNumber, type Decimal } from '../../src/lib/domain/decimal';
import { evaluate, type CandidateResult } from '../../src/lib/domain/evaluate';
import type { CandidateInputs, EngineInputs } from '../../src/lib/domain/inputs';
import {
	curveAt,
	floatCurve,
	solveCurve,
	solveHybrid,
	type SelfHostCurve
} from '../../src/lib/domain/self-host-curve';
import {
	candidate,
	engineInputs,
	finance,
	offering,
	q,
	serving,
	testBenchmark,
	workload
} from '../fixtures';

/*
 * The setup of test/domain/fleet.test.ts: one 1-GPU replica used all month serves
 * Ku = 3,285,000,000 tokens/month; peak 2 × average over 9 peak hours (f = 0.375, off-peak L = 0.4);
 * rent $1,460 a replica-month, no staff. Capacity following volume needs ceil(P·V / Ku) replicas.
 */
const KU = dec('3285000000');
const api = offering({ input: '1', output: '1', cached: '1' }, 'o');
const feeApi = offering({ input: '1', output: '1', cached: '1', fixed: '500' }, 'fee');

function curveOf(c: Partial<CandidateInputs> = {}, overflow = api): SelfHostCurve {
	const inputs: EngineInputs = engineInputs({
		workload: workload({ requestsPerDay: '86400' }),
		serving: serving({ targetUtilization: '1' }),
		finance: finance({ baseFte: '0' }),
		candidates: [candidate({ gpusPerReplica: 1, ...c })],
		baselines: [overflow],
		benchmarks: [testBenchmark]
	});
	const r: CandidateResult = evaluate(inputs).candidates[0];
	if (!r.ok) throw new Error(r.reason);
	return r.curve;
}

const MODES: [string, Partial<CandidateInputs>, typeof api][] = [
	['capacity following volume, rented', {}, api],
	['capacity following volume, bought (power per token served)', { acquisition: 'buy' }, api],
	['a fixed fleet, nothing overflows', { fleet: { replicas: 2 } }, api],
	[
		'a fixed fleet with an overflow API and its fee',
		{ fleet: { replicas: 2 }, overflow: feeApi },
		feeApi
	],
	['the hybrid optimum', { overflow: api }, api],
	['autoscaled rent', { rental: { kind: 'autoscaled', minReplicas: 1 } }, api],
	[
		'autoscaled rent with a redundant replica',
		{
			rental: { kind: 'autoscaled', minReplicas: 1 },
			serving: { redundancy: q('Redundant replicas', '1', 'replicas') }
		},
		api
	]
];

const exact = (c: SelfHostCurve, V: Decimal) => toNumber(curveAt(c, V).total);
const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(y));

describe('floatCurve: the self-hosted cost in floating point, for drawing', () => {
	it('is the staircase by hand: 3 replicas at 1.5 Ku, and the jump at Ku from 2 to 3', () => {
		const c = curveOf();
		expect(c.kind).toBe('follow');
		const at = floatCurve(c);
		// ceil(2 × 1.5) = 3 replicas × $1,460
		expect(at(toNumber(KU.mul('1.5')))).toBe(4380);
		// At V = Ku the peak needs exactly 2 replicas; just above, 3.
		expect(at(toNumber(KU), -1)).toBe(2920);
		expect(at(toNumber(KU))).toBe(2920);
		expect(at(toNumber(KU), 1)).toBe(4380);
	});

	describe.each(MODES)('%s', (_name, mode, overflow) => {
		const c = curveOf(mode, overflow);
		const at = floatCurve(c);
		const volumes = fc.integer({ min: 0, max: 4000 }).map((n) => KU.mul(n).div(400)); // 0 … 10 Ku

		it('lies within a billionth of the engine’s exact cost, on the right side of every jump', () => {
			fc.assert(
				fc.property(volumes, (V) => {
					const x = toNumber(V);
					const below = exact(c, V.mul('0.999999999999'));
					const above = exact(c, V.mul('1.000000000001'));
					const y = at(x);
					if (!(y >= below * (1 - 1e-9) && y <= above * (1 + 1e-9))) return false;
					// Off a jump the two sides agree and the float is the exact cost.
					if (close(below, above) && !close(y, exact(c, V))) return false;
					// On a jump, the sides are the costs just below and just above it.
					if (c.kind === 'hybrid') return true; // no jumps to draw (no fee on this overflow API)
					return close(at(x, -1), below) && close(at(x, 1), above);
				}),
				{ numRuns: 300 }
			);
		});

		it('never falls as volume rises', () => {
			fc.assert(
				fc.property(volumes, volumes, (a, b) => {
					const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
					return at(toNumber(lo)) <= at(toNumber(hi));
				}),
				{ numRuns: 200 }
			);
		});

		it('does not change the curve', () => {
			const before = JSON.stringify(c);
			floatCurve(c, [curveAt(c, KU)])(toNumber(KU.mul(3)));
			expect(JSON.stringify(c)).toBe(before);
		});
	});

	it('draws a flat step level with the exact point in it (the step cost rounded once)', () => {
		// Rented and following volume: cost is flat on each step, so every float in the step of an
		// exact point equals that point's cost exactly, not within a rounding.
		const c = curveOf();
		const V = KU.mul('1.3'); // 3 replicas: (Ku, 1.5 Ku]
		const p = curveAt(c, V);
		const at = floatCurve(c, [p]);
		for (const x of ['1.01', '1.2', '1.3', '1.49', '1.5'])
			expect(at(toNumber(KU.mul(x)))).toBe(toNumber(p.total));
		// A fixed fleet is its exact pieces rounded once: flat at its step cost with nothing overflowing.
		const fleet = curveOf({ fleet: { replicas: 2 } });
		if (fleet.kind !== 'fleet') throw new Error('a fleet');
		const flat = toNumber(stepCost(fleet.stair.s, fleet.active));
		for (const x of ['0', '0.5', '1', '4', '10'])
			expect(floatCurve(fleet)(toNumber(KU.mul(x)))).toBe(flat);
	});

	it('puts a fleet’s overflow fee after its capacity edge C/P', () => {
		const c = curveOf({ fleet: { replicas: 2 }, overflow: feeApi }, feeApi);
		if (c.kind !== 'fleet') throw new Error('a fleet');
		const edge = toNumber(c.Ku.mul(c.active).div(c.day.P));
		const at = floatCurve(c);
		expect(at(edge, 1) - at(edge, -1)).toBeCloseTo(500, 6);
		expect(at(edge)).toBe(at(edge, -1));
	});
});

describe('solveCurve remembers a hybrid solve by the figures that decide it', () => {
	it('gives what a solve of its own gives, with any one figure moved', () => {
		const c = curveOf({ overflow: feeApi }, feeApi);
		if (c.kind !== 'hybrid') throw new Error('expected a hybrid');
		type Hybrid = typeof c;
		// Overflow to the API compared with, at a price where one replica pays only when it is busy:
		// the break-even then reads the capacity, the day's shape and both lines.
		const line = { F: dec('0'), p: dec('8e-7') };
		const b: Hybrid = { ...c, overflow: { fixed: line.F, perToken: line.p } };
		const apiOf = (F: Decimal, p: Decimal) => prepareApi(F, p as Parameters<typeof prepareApi>[1]);
		const s = b.stair.s;
		const stair = (k: keyof typeof s, v: unknown) => prepareStaircase({ ...s, [k]: v });
		const up = (d: Decimal) => d.mul('1.1');
		// Each case moves one figure the solve reads; a figure left out of the key would give the
		// remembered answer of another case (the first, solved first) instead of its own.
		const cases: [string, Hybrid, typeof line][] = [
			['as it is', b, line],
			['fixed cost', { ...b, stair: stair('fixed', up(s.fixed)) }, line],
			['cost per replica', { ...b, stair: stair('perReplica', up(s.perReplica)) }, line],
			['cost per node', { ...b, stair: stair('perNode', s.perNode.add(900)) }, line],
			['GPUs per replica', { ...b, stair: stair('gpusPerReplica', 2) }, line],
			['GPUs per node', { ...b, stair: stair('gpusPerNode', 1) }, line],
			['fewest active replicas', { ...b, stair: stair('minActive', 3) }, line],
			['redundant replicas', { ...b, stair: stair('redundancy', 1) }, line],
			[
				'volume per replica',
				{ ...b, stair: stair('volumePerReplica', up(s.volumePerReplica)) },
				line
			],
			['capacity per replica', { ...b, Ku: up(b.Ku) }, line],
			['cost per token', { ...b, perToken: dec('1e-7') }, line],
			['share of the day at peak', { ...b, day: { ...b.day, f: dec('0.5') } }, line],
			['peak load', { ...b, day: { ...b.day, P: up(b.day.P) } }, line],
			['off-peak load', { ...b, day: { ...b.day, L: dec('0.2') } }, line],
			['overflow fee', { ...b, overflow: { ...b.overflow, fixed: dec('100') } }, line],
			['overflow price', { ...b, overflow: { ...b.overflow, perToken: dec('3e-6') } }, line],
			['API fee', b, { ...line, F: dec('100') }],
			['API price', b, { ...line, p: dec('9e-7') }]
		];
		const answers = new Set<string>();
		for (const [what, curve, l] of cases) {
			const remembered = solveCurve(curve, apiOf(l.F, l.p));
			const own = solveHybrid(curve, apiOf(l.F, l.p));
			expect(JSON.stringify(remembered), what).toBe(JSON.stringify(own));
			// Solved again with new objects of the same figures: the remembered answer itself.
			expect(solveCurve({ ...curve }, apiOf(dec(l.F.toString()), dec(l.p.toString())))).toBe(
				remembered
			);
			answers.add(JSON.stringify(own));
		}
		// Most moves change the answer, so a stale one would be seen.
		expect(answers.size).toBeGreaterThan(cases.length / 2);
	});
});
