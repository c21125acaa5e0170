import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stepCost } from '../../src/lib/domain/break-even';
import { dec, toNumber, type Decimal } from '../../src/lib/domain/decimal';
import { evaluate, type CandidateResult } from '../../src/lib/domain/evaluate';
import type { CandidateInputs, EngineInputs } from '../../src/lib/domain/inputs';
import { curveAt, floatCurve, type SelfHostCurve } from '../../src/lib/domain/self-host-curve';
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
