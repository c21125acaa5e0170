import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from '../../src/lib/domain/decimal';
import { evaluate, type CandidateResult, type Evaluation } from '../../src/lib/domain/evaluate';
import { dayShape, served } from '../../src/lib/domain/fleet';
import type { CandidateInputs, EngineInputs } from '../../src/lib/domain/inputs';
import { costStructure } from '../../src/lib/domain/self-host-cost';
import { withInput } from '../../src/lib/domain/sensitivity';
import { curveAt, hybridOptimum } from '../../src/lib/domain/self-host-curve';
import { fullReplicas, optionPieces, pieceCost } from '../../src/lib/domain/fleet';
import {
	candidate,
	engineInputs,
	finance,
	gpu,
	offering,
	serving,
	testBenchmark,
	workload
} from '../fixtures';

/*
 * The hand-worked setup of these tests. The test benchmark makes one 1-GPU replica serve exactly
 * 1 request/s of 1,000 input + 250 output tokens; utilisation 1, so a replica used all month serves
 *   Ku = 1 × 2,628,000 s × 1,250 tokens = 3,285,000,000 tokens/month.
 * 86,400 requests/day is one request/s on average: V = 86,400 × 365/12 × 1,250 = Ku; x × 86,400
 * requests/day gives V = x·Ku. Peak-to-average P = 2 over 9 peak hours: f = 9/24 = 0.375,
 * f·P = 0.75, off-peak level L = (1 − 0.75) / (1 − 0.375) = 0.4.
 * Rent: $2/GPU-hour × 730 h = $1,460 per replica-month; no staff (baseFte 0).
 * API "api": 80% input at $2.50 + 20% output at $10 = $4 per 1M tokens, no fee.
 */
const KU = dec('3285000000');

function inputs(
	x: string,
	c: Partial<CandidateInputs> = {},
	api = offering(),
	extra: Partial<EngineInputs> = {}
): EngineInputs {
	return engineInputs({
		workload: workload({ requestsPerDay: dec(86400).mul(x).toString() }),
		serving: serving({ targetUtilization: '1' }),
		finance: finance({ baseFte: '0' }),
		candidates: [candidate({ gpusPerReplica: 1, ...c })],
		baselines: [api],
		benchmarks: [testBenchmark],
		...extra
	});
}

function ok(ev: Evaluation, i = 0): Extract<CandidateResult, { ok: true }> {
	const c = ev.candidates[i];
	if (!c.ok) throw new Error(c.reason);
	return c;
}

/** An API at $1 per 1M tokens whatever the mix (input and output both $1). */
const cheap = offering({ input: '1', output: '1', cached: '1' }, 'cheap');

describe('the daily shape', () => {
	it('P = 2 over 9 peak hours: f = 0.375, L = 0.4', () => {
		const d = dayShape(dec(2), dec(9));
		expect(d.f.toString()).toBe('0.375');
		expect(d.L.toString()).toBe('0.4');
	});
	it('a peak that cannot last that long: P = 4 over 9 hours → f = 1/4, L = 0', () => {
		const d = dayShape(dec(4), dec(9));
		expect(d.f.toString()).toBe('0.25');
		expect(d.L.isZero()).toBe(true);
	});
	it('served = f·min(P·V, C) + (1 − f)·min(L·V, C)', () => {
		// V = 1.5, C = 2: 0.375 × min(3, 2) + 0.625 × min(0.6, 2) = 0.75 + 0.375 = 1.125
		expect(served(dec('1.5'), dec(2), dayShape(dec(2), dec(9))).toString()).toBe('1.125');
	});
});

describe('a fixed fleet', () => {
	it('below demand: 2 replicas serve 1.5 × Ku partly; the rest is reported unserved, never dropped', () => {
		const c = ok(evaluate(inputs('1.5', { fleet: { replicas: 2 } })));
		expect(c.mode).toBe('fleet');
		// served = 0.375 × min(3, 2)·Ku + 0.625 × min(0.6, 2)·Ku = 1.125 Ku; unserved 0.375 Ku
		expect(c.atPlan.split.served.toString()).toBe(KU.mul('1.125').toString());
		expect(c.atPlan.split.unserved.toString()).toBe('1231875000');
		expect(c.atPlan.total.value.toString()).toBe('2920'); // 2 × $1,460, whatever the volume
		expect(c.warnings.join(' ')).toMatch(/serves 75(\.0)?% of the planned tokens/);
	});
	it('below demand with an overflow API: the unserved part is billed at the API price', () => {
		const api = offering();
		const c = ok(evaluate(inputs('1.5', { fleet: { replicas: 2 }, overflow: api }, api)));
		// 0.375 × 3,285,000,000 = 1,231,875,000 tokens × $4e-6 = $4,927.50; + $2,920
		expect(c.atPlan.split.overflow.toString()).toBe('1231875000');
		expect(c.atPlan.split.overflowCost.toString()).toBe('4927.5');
		expect(c.atPlan.total.value.toString()).toBe('7847.5');
		expect(c.atPlan.split.unserved.isZero()).toBe(true);
		// A fixed fleet is not optimised: it has its split, not a hybrid's summary.
		expect(c.hybrid).toBeUndefined();
	});
	it('above demand: 2 replicas at 0.5 × Ku serve everything and cost the same $2,920', () => {
		const c = ok(evaluate(inputs('0.5', { fleet: { replicas: 2 } })));
		expect(c.atPlan.split.served.toString()).toBe(KU.div(2).toString());
		expect(c.atPlan.split.unserved.isZero()).toBe(true);
		expect(c.atPlan.total.value.toString()).toBe('2920');
		expect(c.atPlan.replicas).toBe(2);
	});
	it('"gpus": 16 is 16 one-GPU replicas; redundancy counts among them', () => {
		const c = ok(
			evaluate(
				inputs('1', { fleet: { gpus: 16 } }, offering(), {
					serving: serving({ targetUtilization: '1', redundancy: '1' })
				})
			)
		);
		expect(c.atPlan.gpus).toBe(16);
		expect(c.atPlan.total.value.toString()).toBe('23360'); // 16 × $1,460
	});
	it('break-even with overflow: 2 replicas cost $2,920, the API $4e-6 per token they serve', () => {
		const api = offering();
		const ev = evaluate(inputs('1', { fleet: { replicas: 2 }, overflow: api }, api));
		const p = ev.pairs.at(0);
		if (!p.ok) throw new Error(p.reason);
		// Fleet + overflow − API = $2,920 − $4e-6 × served; served = V up to C/P = Ku:
		// $2,920 / $4e-6 = 730,000,000 tokens; served only grows with volume, so sustained = first.
		expect(p.first.kind === 'volume' && p.first.volume.toString()).toBe('730000000');
		expect(p.sustained.kind === 'volume' && p.sustained.volume.toString()).toBe('730000000');
	});
	it('break-even without overflow: as if the unserved tokens went to the API compared', () => {
		const ev = evaluate(inputs('1.5', { fleet: { replicas: 2 } }));
		const p = ev.pairs.at(0);
		if (!p.ok) throw new Error(p.reason);
		// The unserved tokens would cost the same on both sides, so the fleet pays when $2,920 ≤
		// $4e-6 × served: 730,000,000 tokens, as with an overflow API; it serves in full up to
		// C / P = 2 Ku / 2 = Ku.
		expect(p.first.kind === 'volume' && p.first.volume.toString()).toBe('730000000');
		expect(p.sustained.kind === 'volume' && p.sustained.volume.toString()).toBe('730000000');
		expect(p.servesUpTo?.toString()).toBe(KU.toString());
		// At plan (1.5 Ku) it serves 1.125 Ku: the API is priced on those tokens, 1.125 × 3,285,000,000
		// × $4e-6 = $14,782.50, against the fleet's $2,920
		expect(p.apiForServedTokens?.toString()).toBe(KU.mul('1.125').toString());
		expect(p.apiAtPlan.toString()).toBe('14782.5');
		expect(p.savingAtPlan.toString()).toBe('11862.5');
	});
});

describe('the hybrid: self-host the base, the API for the peaks', () => {
	it('its optimum (1 replica) is strictly cheaper than all-API and all-self-hosted', () => {
		// At V = 1.5 Ku with the $1/M API for overflow:
		//   k = 0 (all API): 1.5 × 3,285,000,000 × $1e-6 = $4,927.50
		//   k = 1: served 0.375 × 1 + 0.625 × 0.6 = 0.75 Ku; overflow 0.75 Ku → $1,460 + $2,463.75 = $3,923.75
		//   k = 2: served 1.125 Ku; overflow 0.375 Ku → $2,920 + $1,231.875 = $4,151.875
		//   k = 3 (all self-hosted, ceil(P·V/Ku) = 3): $4,380
		const c = ok(evaluate(inputs('1.5', { overflow: cheap }, cheap)));
		expect(c.mode).toBe('hybrid');
		expect(c.hybrid?.optimumReplicas).toBe(1);
		expect(c.atPlan.total.value.toString()).toBe('3923.75');
		expect(c.hybrid?.allApi.toString()).toBe('4927.5');
		expect(c.hybrid?.allSelfHosted.toString()).toBe('4380');
		expect(c.hybrid?.savingVsApi.toString()).toBe('1003.75');
		expect(c.hybrid?.savingVsSelfHosted.toString()).toBe('456.25');
		expect(c.hybrid?.inHouseShare.toString()).toBe('0.5'); // 0.75 Ku of 1.5 Ku
		// The optimum adds the second replica where k = 2 costs no more than k = 1.
		const at = c.hybrid?.addsReplicaAt;
		expect(at?.active).toBe(2);
		// While k = 1 overflows at peak only (V ≤ Ku / L = 2.5 Ku) and k = 2 too (V ≤ 5 Ku):
		//   served1 = 0.375 Ku + 0.25 V, served2 = 0.75 Ku + 0.25 V: the second replica serves
		//   0.375 Ku more for $1,460 against 0.375 × 3,285,000,000 × 1e-6 = $1,231.875: not worth it.
		// Above 2.5 Ku, k = 1 serves Ku all day: H1 = 1460 + 1e-6 × (V − Ku), while
		//   H2 = 2920 + 1e-6 × (V − 0.75 Ku − 0.25 V); H2 − H1 = 1460 − 1e-6 × 0.25 × (V − Ku) ≤ 0
		//   ⟺ V ≥ Ku + 1460e6 / 0.25 = 3,285,000,000 + 5,840,000,000 = 9,125,000,000 tokens/month
		const expected = KU.add(dec(1460e6).div('0.25'));
		expect(expected.toString()).toBe('9125000000');
		expect(at?.volume.toString()).toBe(expected.toString());
	});
	it('its optimum is 0 replicas when the overflow API is cheap enough: all API', () => {
		const tenth = offering({ input: '0.1', output: '0.1', cached: '0.1' }, 'tenth');
		const c = ok(evaluate(inputs('1.5', { overflow: tenth }, tenth)));
		// all API: 1.5 × 3,285,000,000 × $1e-7 = $492.75; one replica alone costs $1,460
		expect(c.hybrid?.optimumReplicas).toBe(0);
		expect(c.atPlan.total.value.toString()).toBe('492.75');
		expect(c.atPlan.replicas).toBe(0);
		expect(c.atPlan.split.served.isZero()).toBe(true);
		expect(c.hybrid?.inHouseShare.isZero()).toBe(true);
	});
	it('breaks even with its own overflow API when one replica pays for the tokens it serves', () => {
		const ev = evaluate(inputs('1.5', { overflow: cheap }, cheap));
		const p = ev.pairs.at(0);
		if (!p.ok) throw new Error(p.reason);
		// k = 1 against all-API: 1460 + 1e-6·(V − served) ≤ 1e-6·V ⟺ served ≥ 1.46e9; served = V up to
		// Ku/2 = 1,642,500,000 ≥ 1.46e9, so first = 1,460,000,000 tokens; served never falls: sustained too.
		expect(p.first.kind === 'volume' && p.first.volume.toString()).toBe('1460000000');
		expect(p.sustained.kind === 'volume' && p.sustained.volume.toString()).toBe('1460000000');
	});
	it('is found beyond 2^53 replicas, where k + 1 === k (the replica counts are counted, not only compared)', () => {
		const c = ok(evaluate(inputs('1.5', { overflow: cheap }, cheap)));
		if (c.curve.kind !== 'hybrid') throw new Error('not a hybrid');
		const curve = c.curve;
		// 1e20 × Ku needs 2e20 replicas at peak: every count of the window is the same float there.
		const V = KU.mul('1e20');
		const full = fullReplicas(V, curve.Ku, curve.day, 1);
		expect(full).toBeGreaterThan(2 ** 53);
		const r = hybridOptimum(curve, V);
		// $1,460 a replica serving up to Ku against the API's $3,285 for Ku tokens: self-hosting wins,
		// with the replicas that serve the off-peak level all day (4e19), the peaks overflowing.
		const off = fullReplicas(V.mul(curve.day.L).div(curve.day.P), curve.Ku, curve.day, 1);
		expect(off).toBeGreaterThan(2 ** 53);
		const cost = (k: number) =>
			pieceCost(
				optionPieces(curve.stair.s, k, curve.Ku, curve.perToken, curve.day, curve.overflow),
				V
			);
		expect(r.active).toBe(off);
		expect(r.cost.eq(cost(off))).toBe(true);
		expect(r.cost.lt(cost(full))).toBe(true);
		expect(r.cost.lt(cost(0))).toBe(true);
		// Through the engine: one replica ($1,460, serving Ku = $328.50 of $0.1/M tokens) with the rest
		// to a $0.1/M API, against an API dearer by 1e-17 $/M on input (80% of tokens): the first
		// break-even is 1,131.50 / 8e-24 = 1.414375e26 tokens, and the solve prices the hybrid
		// optimum there (8.6e16 replicas at peak) to report its replica count.
		const tenth = offering({ input: '0.1', output: '0.1', cached: '0.1' }, 'tenth');
		const dearer = offering({ input: '0.10000000000000001', output: '0.1', cached: '0.1' }, 'd');
		const p = evaluate(inputs('1.5', { overflow: tenth }, dearer)).pairs.at(0);
		if (!p.ok) throw new Error(p.reason);
		expect(p.first.kind === 'volume' && p.first.volume.toString()).toBe('1.414375e+26');
		expect(p.first.kind === 'volume' && p.first.activeReplicas).toBe(1);
	});
});

describe('autoscaled rent, billed on the day’s average replicas', () => {
	it('1.5 × Ku: 3 replicas for 9 peak hours, 1 for the other 15 → 1.75 replicas billed', () => {
		const c = ok(evaluate(inputs('1.5', { rental: { kind: 'autoscaled', minReplicas: 1 } })));
		expect(c.mode).toBe('autoscaled');
		// peak ceil(2 × 1.5) = 3, off-peak ceil(0.4 × 1.5) = 1: 0.375 × 3 + 0.625 × 1 = 1.75
		expect(c.atPlan.split.billedReplicas.toString()).toBe('1.75');
		expect(c.atPlan.total.value.toString()).toBe('2555'); // 1.75 × $1,460
	});
	it('is refused on a flat monthly rental', () => {
		const ev = evaluate(
			inputs('1', {
				rental: { kind: 'autoscaled', minReplicas: 1 },
				gpu: gpu({ rate: undefined, month: '1000' })
			})
		);
		expect(ev.candidates[0].ok).toBe(false);
		expect(!ev.candidates[0].ok && ev.candidates[0].reason).toMatch(
			/autoscaled rent needs an hourly rate/
		);
	});
});

describe('committed rent and per-candidate serving terms', () => {
	it('a 12-month commitment at 30% prices the GPU at $2 × 730 × 0.7 = $1,022', () => {
		const c = ok(
			evaluate(
				inputs('0.5', {
					rental: {
						kind: 'committed',
						months: 12,
						discount: { label: 'd', value: dec('0.3'), unit: '', source: 'test' },
						renews: false
					}
				})
			)
		);
		expect(c.atPlan.total.value.toString()).toBe('1022');
	});
	it('a candidate’s own redundancy and minimum replace the scenario’s for it alone', () => {
		const ev = evaluate({
			...inputs('0.5', {
				serving: {
					redundancy: { label: 'r', value: dec(1), unit: '', source: 'test' },
					minReplicas: { label: 'm', value: dec(2), unit: '', source: 'test' }
				}
			}),
			candidates: [
				candidate({
					id: 'own',
					gpusPerReplica: 1,
					serving: {
						redundancy: { label: 'r', value: dec(1), unit: '', source: 'test' },
						minReplicas: { label: 'm', value: dec(2), unit: '', source: 'test' }
					}
				}),
				candidate({ id: 'plain', gpusPerReplica: 1 })
			]
		});
		// own: max(2, ceil(0.5 × 2)) + 1 = 3 replicas; plain: max(1, 1) + 0 = 1
		expect(ok(ev, 0).atPlan.replicas).toBe(3);
		expect(ok(ev, 1).atPlan.replicas).toBe(1);
	});
	it('one-off costs count in the monthly view as amount / months', () => {
		const c = ok(
			evaluate(
				inputs('0.5', {
					oneOffCosts: [
						{
							label: 'migration',
							amountUsd: { label: 'm', value: dec(36000), unit: 'USD', source: 'test' },
							month: 1
						}
					]
				})
			)
		);
		// $1,460 + $36,000 / 36 months = $2,460
		expect(c.atPlan.total.value.toString()).toBe('2460');
	});
});

describe('buying: node share, power following load, colocation basis', () => {
	// 700 W GPU at $30,000; busy 0.7 × TDP = 490 W, idle 0.2 × TDP = 140 W; node $16,000, 800 W,
	// 8 GPUs a node; $0.0895/kWh, PUE 1.56, 730 h; colocation $100/kW-month; 5 years, no interest.
	const fin = (over: Record<string, string> = {}) =>
		finance({
			gpuLoadFactor: '0.7',
			gpuIdlePowerShare: '0.2',
			nodeCostUsd: '16000',
			nodeBaseWatts: '800',
			colocationUsdPerKwMonth: '100',
			nodeCostBasis: 'share',
			...over
		});
	const buy = candidate({ acquisition: 'buy' });
	it('by share of node: a GPU carries 1/8 of the server, its base power and its colocation', () => {
		const cs = costStructure(buy, 1, fin());
		if (typeof cs === 'string') throw new Error(cs);
		// hardware: 30,000/60 + 16,000/60/8 = 500 + 33.333…
		expect(cs.perGpu.hardware.toFixed(6)).toBe('533.333333');
		// idle power: 0.14 kW × 1.56 × 730 × 0.0895 = 14.269164; node 0.8 kW × … = 81.53808 / 8 = 10.19226
		expect(cs.perGpu.power.toFixed(6)).toBe('24.461424');
		// contracted colocation: busy 0.49 kW × $100 = $49, node 0.8 × 100 / 8 = $10
		expect(cs.perGpu.hosting.toString()).toBe('59');
		// above idle at full load: 0.35 kW × 1.56 × 730 × 0.0895 = 35.67291
		expect(cs.perGpuAtFullLoad.power.toFixed(5)).toBe('35.67291');
		expect(cs.perNodeTotal.isZero()).toBe(true);
	});
	it('by whole nodes: the node is its own cost, charged per node started', () => {
		const cs = costStructure(buy, 1, fin({ nodeCostBasis: 'whole' }));
		if (typeof cs === 'string') throw new Error(cs);
		expect(cs.perGpu.hardware.toString()).toBe('500');
		expect(cs.perNode.hardware.toFixed(6)).toBe('266.666667');
		expect(cs.perNode.power.toFixed(5)).toBe('81.53808'); // 0.8 × 1.56 × 730 × 0.0895
		expect(cs.perNode.hosting.toString()).toBe('80');
	});
	it('colocation on average kW: idle kW per GPU, the swing per token served', () => {
		const cs = costStructure(buy, 1, fin({ colocationBasis: 'average' }));
		if (typeof cs === 'string') throw new Error(cs);
		expect(cs.perGpu.hosting.toString()).toBe('24'); // 0.14 × 100 + 10
		expect(cs.perGpuAtFullLoad.hosting.toString()).toBe('35'); // 0.35 × 100
	});
	it('at half load the swing is half paid: power at plan, by hand', () => {
		const ev = evaluate({
			...inputs('0.5', { acquisition: 'buy' }),
			finance: fin({ baseFte: '0' })
		});
		const c = ok(ev);
		// 1 replica; V = 0.5 Ku of a full rate Ku / u = Ku: 14.269164 + 10.19226 + 35.67291 × 0.5
		expect(c.atPlan.breakdown.power.toFixed(6)).toBe('42.297879');
	});
});

describe('laws of fleets and hybrids (fast-check)', () => {
	const volumes = fc.integer({ min: 0, max: 4000 }).map((n) => dec(n).div(400)); // 0 … 10 Ku
	const prices = fc.constantFrom('0.05', '0.5', '1', '2', '4', '20');
	it('a hybrid is never dearer than the cheaper of its two pure options at the same volume', () => {
		let checked = 0;
		fc.assert(
			fc.property(volumes, prices, (x, price) => {
				const api = offering({ input: price, output: price, cached: price }, 'o');
				const c = ok(evaluate(inputs(x.toString(), { overflow: api }, api)));
				if (!c.hybrid) throw new Error('no hybrid summary');
				const cheaper = c.hybrid.allApi.lt(c.hybrid.allSelfHosted)
					? c.hybrid.allApi
					: c.hybrid.allSelfHosted;
				checked++;
				return c.atPlan.total.value.lte(cheaper);
			}),
			{ numRuns: 60 }
		);
		expect(checked).toBe(60);
	});
	it('a fixed fleet’s overflow share lies in [0, 1] and rises with volume', () => {
		const api = offering();
		const base = inputs('1', { fleet: { replicas: 3 }, overflow: api }, api);
		const c = ok(evaluate(base));
		fc.assert(
			fc.property(volumes, volumes, (a, b) => {
				const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
				const share = (x: typeof lo) => {
					const V = KU.mul(x);
					const p = curveAt(c.curve, V);
					return V.isZero() ? dec(0) : p.overflow.div(V);
				};
				const s1 = share(lo);
				const s2 = share(hi);
				return s1.gte(0) && s2.lte(1) && s1.lte(s2);
			}),
			{ numRuns: 200 }
		);
	});
	it('costs never fall as volume rises, in every mode', () => {
		const api = offering({ input: '1', output: '1', cached: '1' }, 'o');
		const modes: Partial<CandidateInputs>[] = [
			{},
			{ fleet: { replicas: 2 } },
			{ fleet: { replicas: 2 }, overflow: api },
			{ overflow: api },
			{ rental: { kind: 'autoscaled', minReplicas: 0 } },
			{ acquisition: 'buy' }
		];
		for (const m of modes) {
			const c = ok(evaluate(inputs('1', m, api)));
			fc.assert(
				fc.property(volumes, volumes, (a, b) => {
					const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
					return curveAt(c.curve, KU.mul(lo)).total.lte(curveAt(c.curve, KU.mul(hi)).total);
				}),
				{ numRuns: 150 }
			);
		}
	});
	it('at a finite first break-even, the hybrid costs what the API does (it is no dearer just above)', () => {
		const api = offering();
		fc.assert(
			fc.property(fc.constantFrom('0.5', '1', '2'), (price) => {
				const over = offering({ input: price, output: price, cached: price }, 'o');
				const ev = evaluate({
					...inputs('1', { overflow: over }, api),
					baselines: [api, over]
				});
				const c = ok(ev);
				if (c.curve.kind !== 'hybrid') return false;
				for (const p of ev.pairs) {
					if (!p.ok || p.first.kind !== 'volume') continue;
					const V = p.first.volume.mul('1.000000001');
					const b = ev.baselines.find((x) => x.id === p.baselineId);
					if (!b?.ok) continue;
					const A = b.line.fixedMonthly.add(b.line.pricePerToken.mul(V));
					const H = hybridOptimum(c.curve, V).cost;
					if (H.gt(A.mul('1.000001'))) return false;
				}
				return true;
			})
		);
	});

	it('the hybrid break-evens hold when checked against every replica count in Decimal', () => {
		// The solve ranks replica counts in floating point; here every count is priced exactly.
		let checked = 0;
		fc.assert(
			fc.property(
				fc.constantFrom('0.5', '1', '2', '4', '8'),
				fc.constantFrom('0.3', '1', '3'),
				fc.integer({ min: 0, max: 2 }),
				fc.constantFrom<'rent' | 'buy'>('rent', 'buy'),
				fc.integer({ min: 1, max: 999 }),
				(over, base, red, acquisition, u) => {
					const o = offering({ input: over, output: over, cached: over }, 'o');
					const api = offering({ input: base, output: base, cached: base }, 'api');
					const ev = evaluate({
						...inputs('1', { overflow: o, acquisition }, api),
						baselines: [api, o],
						finance: finance({ baseFte: '0.1', gpuIdlePowerShare: '0.2' }),
						serving: serving({ targetUtilization: '1', redundancy: String(red) })
					});
					const c = ok(ev);
					if (c.curve.kind !== 'hybrid') return false;
					const curve = c.curve;
					const b = ev.baselines.find((x) => x.id === 'api');
					const pair = ev.pairs.find((x) => x.baselineId === 'api');
					if (!b?.ok || !pair?.ok) return false;
					const A = (V: ReturnType<typeof dec>) =>
						b.line.fixedMonthly.add(b.line.pricePerToken.mul(V));
					const min = curve.stair.s.minActive;
					// The cheapest option with at least one replica, priced for every count, exactly.
					const best = (V: ReturnType<typeof dec>) => {
						let m: ReturnType<typeof dec> | undefined;
						const top = fullReplicas(V, curve.Ku, curve.day, min) + 1;
						for (let k = min; k <= top; k++) {
							const cost = pieceCost(
								optionPieces(curve.stair.s, k, curve.Ku, curve.perToken, curve.day, curve.overflow),
								V
							);
							if (!m || cost.lt(m)) m = cost;
						}
						return m as ReturnType<typeof dec>;
					};
					const scale = dec(u).div(100); // 0.01 … 9.99 Ku
					if (pair.first.kind === 'volume') {
						const V1 = pair.first.volume;
						// Below the first break-even self-hosting part of the traffic never pays…
						const below = V1.mul(scale.div(10)); // 0.1% … 99.9% of it
						if (best(below).lte(A(below)) && below.lt(V1.mul('0.999999'))) return false;
						// …and just above it, it does.
						const above = V1.mul('1.0000001').add(1);
						if (best(above).gt(A(above).mul('1.000001'))) return false;
					}
					if (pair.sustained.kind === 'volume') {
						const V2 = pair.sustained.volume.mul(dec(1).add(scale)).add(1);
						if (best(V2).gt(A(V2).mul('1.000001'))) return false;
					}
					checked++;
					return true;
				}
			),
			{ numRuns: 40 }
		);
		expect(checked).toBe(40);
	});

	it('the hybrid optimum equals the cheapest of every replica count priced exactly', () => {
		const o = offering({ input: '1', output: '1', cached: '1' }, 'o');
		const c = ok(
			evaluate({
				...inputs('1', { overflow: o, acquisition: 'buy' }, o),
				finance: finance({ gpuIdlePowerShare: '0.2' })
			})
		);
		if (c.curve.kind !== 'hybrid') throw new Error('not a hybrid');
		const curve = c.curve;
		fc.assert(
			fc.property(volumes, (x) => {
				const V = KU.mul(x);
				const top = fullReplicas(V, curve.Ku, curve.day, 1) + 1;
				let m = pieceCost(
					optionPieces(curve.stair.s, 0, curve.Ku, curve.perToken, curve.day, curve.overflow),
					V
				);
				for (let k = 1; k <= top; k++) {
					const cost = pieceCost(
						optionPieces(curve.stair.s, k, curve.Ku, curve.perToken, curve.day, curve.overflow),
						V
					);
					if (cost.lt(m)) m = cost;
				}
				return hybridOptimum(curve, V).cost.eq(m);
			}),
			{ numRuns: 100 }
		);
	});

	it('the tornado moves the overflow price with its API, and a candidate’s own utilisation', () => {
		const api = offering();
		const inp = inputs('1.5', { overflow: api }, api);
		const moved = withInput(inp, 'c', 'api', 'apiInputPrice', dec(5));
		expect(moved.baselines[0].inputUsdPerMTok.value.toString()).toBe('5');
		expect(moved.candidates[0].overflow?.inputUsdPerMTok.value.toString()).toBe('5');
		const own = inputs('1', {
			serving: { targetUtilization: { label: 'u', value: dec('0.5'), unit: '', source: 'test' } }
		});
		const u = withInput(own, 'c', 'api', 'targetUtilization', dec('0.6'));
		expect(u.candidates[0].serving?.targetUtilization?.value.toString()).toBe('0.6');
		// at utilisation 0.6 a replica serves 0.6 Ku; 1 × Ku at P = 2 needs ceil(2 / 0.6) = 4 replicas
		expect(ok(evaluate(u)).atPlan.replicas).toBe(4);
	});
});
