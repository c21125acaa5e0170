import { describe, expect, it } from 'vitest';
import { dec, type Decimal } from '../../src/lib/domain/decimal';
import type { CandidateInputs, EngineInputs } from '../../src/lib/domain/inputs';
import { monteCarlo } from '../../src/lib/domain/monte-carlo';
import { tornado } from '../../src/lib/domain/sensitivity';
import { defaultTimelineSettings, discountRateOf, timeline } from '../../src/lib/domain/timeline';
import { evaluate } from '../../src/lib/domain/evaluate';
import {
	gpu,
	handTimelineInputs,
	offering,
	okTimeline as ok,
	q,
	timelineSettings as settings,
	workload
} from '../fixtures';

/**
 * The hand-checkable case of timeline.test.ts: one replica of one GPU serves C = 3,285,000,000
 * tokens/month at utilisation 1; the API (and the overflow API, the same offering) charges
 * 0.8 × $2.50 + 0.2 × $10 = $4 per 1M tokens, so C tokens cost $13,140 on the API. Staff $1,000 a
 * month. Peak-to-average 1: a flat day, so k replicas serve min(V, k·C) and the rest overflows.
 */
const C = dec('3285000000');

const s = (d: Decimal) => d.toString();

/**
 * handTimelineInputs with the candidate changed, pinned to 1 GPU a replica, and requests/day set
 * (volume = requests × 365/12 × 1,250).
 */
function inputs(
	acquisition: 'buy' | 'rent',
	over: Partial<CandidateInputs>,
	requestsPerDay = '77760',
	fin: Parameters<typeof handTimelineInputs>[1] = {}
): EngineInputs {
	const base = handTimelineInputs(acquisition, fin);
	return {
		...base,
		workload: workload({ requestsPerDay, peakToAverage: '1' }),
		// One GPU a replica, pinned: the benchmark's size, so C is exact (a wider replica would be the
		// roofline's estimate).
		candidates: [{ ...base.candidates[0], gpusPerReplica: 1, ...over }]
	};
}

describe('a fixed fleet does not follow volume', () => {
	// 129,600 requests/day × 365/12 × 1,250 = 4,927,500,000 tokens/month = 1.5 C.
	it('rented fleet of 1 replica below demand, overflow to the API at that month’s price', () => {
		const t = ok(
			timeline(
				inputs('rent', { fleet: { replicas: 1 }, overflow: offering() }, '129600'),
				'c',
				'api',
				settings({ horizonMonths: 13, apiPriceChangePerYear: dec('-0.3') })
			)
		);
		expect(t.mode).toBe('fleet');
		// Every month: rent 1 × $2 × 730 = $1,460 + staff $1,000 = $2,460; overflow 4,927.5e6 − 3,285e6
		// = 1,642.5e6 tokens × $4/1M = $6,570 in month 1, × 0.7 (a year of −30 %) in month 13 = $4,599.
		for (const m of t.months) {
			expect([m.gpus, s(m.replicasPaid), s(m.opexTotal)]).toEqual([1, '1', '2460']);
			expect(s(m.served)).toBe(s(C));
			expect(s(m.overflow)).toBe('1642500000');
		}
		expect(s(t.months[0].overflowApi)).toBe('6570');
		expect(s(t.months[0].cash)).toBe('9030'); // 2,460 + 6,570
		expect(t.months[12].overflowApi.toFixed(12)).toBe('4599.000000000000');
	});

	it('bought fleet of 1 replica, no overflow API: bought once, what it cannot serve is unserved and unpaid', () => {
		// Growth 10 %: V_m = 0.9 C × 1.1^(m−1) passes C in month 3 (1.089 C); the fleet stays 1 GPU.
		const t = ok(
			timeline(
				inputs('buy', { fleet: { replicas: 1 } }),
				'c',
				'api',
				settings({ monthlyGrowth: dec('0.1') })
			)
		);
		expect(t.purchases.map((p) => [p.inServiceMonth, p.gpus, p.nodes, s(p.capex)])).toEqual([
			[1, 1, 1, '36000'] // 1 GPU $24,000 + 1 node $12,000
		]);
		expect(t.months.map((m) => m.gpus)).toEqual(new Array(12).fill(1));
		// Opex $1,533 a month (power 73 + colocation 100 + maintenance 240 + 120 + staff 1,000).
		expect(t.months.map((m) => s(m.opexTotal))).toEqual(new Array(12).fill('1533'));
		// Month 3: V = 0.9 × 1.21 C = 1.089 C = 3,577,365,000; unserved 292,365,000, no bill.
		const m3 = t.months[2];
		expect([s(m3.served), s(m3.unserved), s(m3.overflowApi)]).toEqual([
			'3285000000',
			'292365000',
			'0'
		]);
		expect(s(t.months[0].unserved)).toBe('0');
	});
});

describe('a hybrid follows the optimum of each month’s volume', () => {
	// Rent at $10/GPU-hour: a replica costs $7,300 a month. A full replica replaces $13,140 of API, so it
	// pays; an extra replica pays only when it serves more than 7,300 / 13,140 = 0.5556 C.
	// 155,520 requests/day → V_1 = 5,913,000,000 = 1.8 C; growth −20 %: 1.8, 1.44, 1.152, 0.9216,
	// 0.73728, 0.589824 C, …
	//   m1: 0.8 C left over ≥ 0.5556 C → 2 replicas;  m2–m5: 1 replica (0.44 C < 0.5556 C; and one
	//   replica at $8,300 with staff beats the API for V ≥ 8,300 / 13,140 = 0.6317 C);
	//   m6: 0.589824 C < 0.6317 C → 0 replicas, all API, no staff.
	const rentHybrid = () =>
		inputs(
			'rent',
			{ gpu: gpu({ tdp: '1000', price: '24000', rate: '10' }), overflow: offering() },
			'155520'
		);

	it('rent: capacity follows the optimum down to all-API; the overflow is billed each month', () => {
		const t = ok(timeline(rentHybrid(), 'c', 'api', settings({ monthlyGrowth: dec('-0.2') })));
		expect(t.mode).toBe('hybrid');
		expect(t.months.slice(0, 7).map((m) => m.replicasNeeded)).toEqual([2, 1, 1, 1, 1, 0, 0]);
		// m1: 2 × $7,300 + $1,000 = $15,600, nothing overflows.
		expect([s(t.months[0].cash), s(t.months[0].overflowApi)]).toEqual(['15600', '0']);
		// m2: $8,300 + 0.44 C × $4/1M = 8,300 + 0.44 × 13,140 = 8,300 + 5,781.6 = $14,081.6.
		expect(s(t.months[1].overflowApi)).toBe('5781.6');
		expect(s(t.months[1].cash)).toBe('14081.6');
		// m6: all API: 0.589824 × 13,140 = $7,750.28736, no rent and no staff.
		expect(s(t.months[5].opexTotal)).toBe('0');
		expect(s(t.months[5].cash)).toBe('7750.28736');
		expect(s(t.months[5].served)).toBe('0');
	});

	it('rent: sized at each month’s API price, never dearer than the all-API month', () => {
		// Flat volume 1.8 C, API prices falling 90% a year: one replica ($8,300 with staff) replaces
		// 13,140 × factor of API; once the factor falls below 8,300 / 13,140 = 0.6317 (month 6:
		// 0.1^(5/12) = 0.383), the optimum is all API, and no month costs more than the API alone.
		const t = ok(
			timeline(rentHybrid(), 'c', 'api', settings({ apiPriceChangePerYear: dec('-0.9') }))
		);
		for (const m of t.months) expect(m.cash.lte(m.api), `month ${m.month}`).toBe(true);
		expect(t.months.at(-1)?.replicasNeeded).toBe(0);
	});

	it('a hybrid that stays all API never pays its one-off costs, in the timeline as in the monthly view', () => {
		// 38,880 requests/day → 0.45 C a month, flat: a replica ($8,300 with staff) would replace only
		// 0.45 × 13,140 = $5,913 of API, so every month is all API and nothing is set up.
		const base = inputs(
			'rent',
			{ gpu: gpu({ tdp: '1000', price: '24000', rate: '10' }), overflow: offering() },
			'38880'
		);
		const inp = {
			...base,
			candidates: [
				{
					...base.candidates[0],
					oneOffCosts: [{ label: 'migration', amountUsd: q('amount', '50000'), month: 2 }]
				}
			]
		};
		const t = ok(timeline(inp, 'c', 'api', settings({})));
		expect(t.months.map((m) => m.replicasNeeded)).toEqual(new Array(12).fill(0));
		for (const m of t.months) {
			expect(s(m.oneOff), `month ${m.month}`).toBe('0');
			expect(s(m.cash), `month ${m.month}`).toBe('5913');
		}
		const c = evaluate(inp).candidates[0];
		expect(c.ok && c.atPlan.gpus).toBe(0);
		expect(c.ok && c.atPlan.total.value.toString()).toBe('5913');
	});

	it('buy: bought hardware is never sold, and the overflow shrinks to what the fleet cannot serve', () => {
		const t = ok(
			timeline(
				{ ...rentHybrid(), candidates: [{ ...rentHybrid().candidates[0], acquisition: 'buy' }] },
				'c',
				'api',
				settings({ monthlyGrowth: dec('-0.2') })
			)
		);
		const needed = t.months.map((m) => m.replicasNeeded);
		const held = t.months.map((m) => m.gpus);
		// The optimum falls as demand falls, but the GPUs bought in month 1 stay in service.
		expect(needed[0]).toBeGreaterThan(needed[11]);
		expect(held).toEqual(new Array(12).fill(needed[0]));
		expect(t.purchases).toHaveLength(1);
		// Month 12: V = 1.8 × 0.8^11 C = 0.1546 C, served in full by the fleet kept: nothing overflows.
		expect(s(t.months[11].overflowApi)).toBe('0');
		expect(s(t.months[11].served)).toBe(s(t.months[11].volume));
	});
});

describe('committed rent', () => {
	// Follow mode, V_1 = 1.8 C, growth −20 %: the staircase needs 2, 2, 2, 1, 1, 1, 1, … replicas.
	// A 6-month commitment at 30 % off: $2 × 730 × 0.7 = $1,022 per GPU-month.
	const committed = (renews: boolean) =>
		inputs(
			'rent',
			{
				rental: { kind: 'committed', months: 6, discount: q('discount', '0.3'), renews }
			},
			'155520'
		);

	it('a commitment that outlives falling demand is paid in full; it lapses to on-demand after its term', () => {
		const t = ok(timeline(committed(false), 'c', 'api', settings({ monthlyGrowth: dec('-0.2') })));
		expect(t.months.map((m) => m.replicasNeeded)).toEqual([2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
		// Months 1–6: the committed 2 replicas, $1,000 + 2 × $1,022 = $3,044, though months 4–6 need 1.
		expect(t.months.slice(0, 6).map((m) => s(m.cash))).toEqual(new Array(6).fill('3044'));
		expect(t.months.slice(0, 6).every((m) => m.committed)).toBe(true);
		// Months 7–12: on-demand at the scenario's discount (0): $1,000 + 1 × $1,460 = $2,460.
		expect(t.months.slice(6).map((m) => s(m.cash))).toEqual(new Array(6).fill('2460'));
		expect(t.months.slice(6).some((m) => m.committed)).toBe(false);
	});

	it('renewed: each term commits to the most its months need', () => {
		const t = ok(timeline(committed(true), 'c', 'api', settings({ monthlyGrowth: dec('-0.2') })));
		// Months 7–12: most needed 1 → $1,000 + $1,022 = $2,022.
		expect(t.months.slice(6).map((m) => s(m.cash))).toEqual(new Array(6).fill('2022'));
	});
});

describe('autoscaled rent pays the billed replicas of each month', () => {
	it('peak 2 × average for 8 hours: 1/3 × 2 + 2/3 × 1 replicas billed', () => {
		// f = 8/24 = 1/3, L = (1 − 2/3) / (2/3) = 0.5. V = 0.9 C: peak 2 × 0.9 = 1.8 → 2 replicas;
		// off-peak 0.5 × 0.9 = 0.45 → 1. Billed 1/3 × 2 + 2/3 × 1 = 4/3: $1,000 + 4/3 × $1,460 = $2,946.67.
		const base = inputs('rent', { rental: { kind: 'autoscaled', minReplicas: 1 } });
		const inp = {
			...base,
			workload: workload({ requestsPerDay: '77760', peakToAverage: '2', peakHoursPerDay: '8' })
		};
		const t = ok(timeline(inp, 'c', 'api', settings()));
		expect(t.mode).toBe('autoscaled');
		expect(t.months[0].replicasPaid.toFixed(12)).toBe('1.333333333333');
		expect(t.months[0].cash.toFixed(6)).toBe('2946.666667');
		const ev = evaluate(inp).candidates[0];
		if (!ev.ok) throw new Error(ev.reason);
		expect(t.months[0].cash.eq(ev.atPlan.total.value)).toBe(true);
	});
});

describe('per-token power', () => {
	it('power above idle is paid on the tokens served', () => {
		// Idle share 0.5 of a 1,000 W GPU at load 1: 500 W × 730 h × $0.10 = $36.50 a month idle,
		// and $36.50 more at full load, spread over C tokens: $36.50 / 3,285e6 per token.
		// V = 0.9 C → 0.9 × $36.50 = $32.85; power $36.50 + $32.85 = $69.35.
		const t = ok(
			timeline(handTimelineInputs('buy', { gpuIdlePowerShare: '0.5' }), 'c', 'api', settings())
		);
		expect(s(t.months[0].opex.power)).toBe('69.35');
	});
});

describe('one-off costs', () => {
	it('a one-off cost in the cash view, the P&L view, NPV and payback (by hand)', () => {
		// Rent, flat: $2,460 a month against the API's $11,826; $50,000 of migration in month 2,
		// spread over 6 months in the P&L view.
		const base = handTimelineInputs('rent', { oneOffAmortizationMonths: '6' });
		const inp = {
			...base,
			candidates: [
				{
					...base.candidates[0],
					oneOffCosts: [{ label: 'migration', amountUsd: q('amount', '50000'), month: 2 }]
				}
			]
		};
		const r = dec('0.126825030131969720661201'); // 1 % a month
		const t = ok(timeline(inp, 'c', 'api', settings({ discountRate: r })));
		// The engine's monthly view spreads it ($50,000 / 6 a month); the timeline pays it in month 2 only.
		expect(s(t.months[0].cash)).toBe('2460');
		expect(s(t.months[1].cash)).toBe('52460');
		expect(s(t.months[1].oneOff)).toBe('50000');
		// P&L: $50,000 / 6 = $8,333.33… in months 2 to 7, none after.
		expect(t.months[1].pnl.toFixed(6)).toBe('10793.333333');
		expect(t.months[6].pnl.toFixed(6)).toBe('10793.333333');
		expect(s(t.months[7].pnl)).toBe('2460');
		expect(t.totals.pnl.toFixed(6)).toBe('79520.000000'); // 12 × 2,460 + 50,000
		// Payback: saving $9,366 a month covers $50,000 when 9,366·m ≥ 50,000 (+ nothing before): month 6
		// (m = 5: 62,300 > 59,130; m = 6: 64,760 ≤ 70,956).
		expect(t.payback).toBe(6);
		expect(t.crossoverMonth).toBe(6);
		// NPV: 2,460 × (1 − 1.01^−12) / 0.01 + 50,000 / 1.01^2
		const annuity = dec(1).sub(dec('1.01').pow(-12)).div('0.01');
		const byHand = dec(2460)
			.mul(annuity)
			.add(dec(50000).div(dec('1.01').pow(2)));
		expect(byHand.toFixed(2)).toBe('76702.29');
		expect(t.npv.selfHost.toFixed(2)).toBe('76702.29');
		expect(t.oneOffs.map((o) => [o.label, s(o.amount), o.month])).toEqual([
			['migration', '50000', 2]
		]);
	});
});

describe('book value at the horizon’s end in NPV', () => {
	it('36 months of 60-month hardware: credited 24/60 of (cost − residual) + residual, discounted', () => {
		// 1 GPU + 1 node = $36,000 in month 1, life 5 years = 60 months, residual 10 % = $3,600:
		// book value after 36 months = 24/60 × (36,000 − 3,600) + 3,600 = 12,960 + 3,600 = $16,560,
		// credited at the end of month 36 at 10 % a year: 16,560 / 1.1^3 = 16,560 / 1.331 = $12,441.77.
		const inp = handTimelineInputs('buy', { depreciationYears: '5', residualValue: '0.1' });
		const t = ok(
			timeline(inp, 'c', 'api', settings({ horizonMonths: 36, discountRate: dec('0.1') }))
		);
		expect(s(t.npv.bookValueAtEnd)).toBe('16560');
		expect(t.npv.bookValueCredit.toFixed(6)).toBe(dec(16560).div('1.331').toFixed(6));
		expect(t.npv.bookValueCredit.toFixed(2)).toBe('12441.77');
		// Cash: $36,000 + $1,533 in month 1, then $1,533 a month (maintenance 1 % of capex stays $360).
		const cash = Array.from({ length: 36 }, (_, i) => dec(i === 0 ? 37533 : 1533));
		const pv = cash.reduce((a, c, i) => a.add(c.div(dec('1.1').pow(dec(i + 1).div(12)))), dec(0));
		expect(t.npv.selfHost.toFixed(4)).toBe(pv.sub(dec(16560).div('1.331')).toFixed(4));
	});

	it('rent has no book value', () => {
		const t = ok(timeline(handTimelineInputs('rent'), 'c', 'api', settings()));
		expect(s(t.npv.bookValueAtEnd)).toBe('0');
	});
});

describe('the NPV discount rate', () => {
	it('defaults to the cost of capital when one is set, and says so', () => {
		const inp = handTimelineInputs('buy'); // cost of capital 12 %
		const d = defaultTimelineSettings(inp);
		expect([s(d.discountRate), d.discountRateSource]).toEqual(['0.12', 'cost of capital']);
		const t = ok(timeline(inp, 'c', 'api', { ...d, horizonMonths: 12 }));
		expect([s(t.discountRate), t.discountRateSource]).toEqual(['0.12', 'cost of capital']);
	});

	it.each([
		[undefined, '0.08', '0.08', 'cost of capital'],
		[undefined, '0', '0', 'none'],
		['0', '0.08', '0', 'scenario'],
		['0.05', '0.08', '0.05', 'scenario']
	] as const)('entered %s, cost of capital %s → %s (%s)', (entered, coc, rate, source) => {
		const r = discountRateOf(entered === undefined ? undefined : dec(entered), dec(coc));
		expect([s(r.discountRate), r.discountRateSource]).toEqual([rate, source]);
	});
});

describe('sensitivity and Monte Carlo take hybrid and fleet candidates', () => {
	it('tornado of a hybrid: moving the GPU rate moves the saving', () => {
		const inp = inputs(
			'rent',
			{ gpu: gpu({ tdp: '1000', price: '24000', rate: '10' }), overflow: offering() },
			'129600'
		);
		// At 1.5 C: a 2nd replica would serve 0.5 C = $6,570 of API. ±20 % on $10/GPU-hour:
		//   low  $8 → $5,840 a replica < $6,570: the optimum becomes 2 replicas, all in-house:
		//        $1,000 + 2 × $5,840 = $12,680; saving 1.5 × 13,140 − 12,680 = 19,710 − 12,680 = $7,030
		//   high $12 → $8,760 a replica: 1 replica + 0.5 C overflow: $1,000 + $8,760 + $6,570 = $16,330;
		//        saving $3,380
		const [bar] = tornado(inp, 'c', 'api', [{ key: 'gpuPrice' }]);
		if (!bar.low.ok || !bar.high.ok) throw new Error('side failed');
		expect(s(bar.low.saving)).toBe('7030');
		expect(s(bar.high.saving)).toBe('3380');
	});

	it('Monte Carlo of a fixed fleet with overflow: zero-width ranges give the deterministic result', () => {
		const inp = inputs('rent', { fleet: { replicas: 1 }, overflow: offering() }, '129600');
		const r = monteCarlo(
			inp,
			'c',
			'api',
			[{ field: 'gpuPrice', low: dec(2), mode: dec(2), high: dec(2) }],
			{ samples: 20, seed: 1, timeline: settings() }
		);
		// Saving: API 19,710 − (2,460 + 6,570) = $10,680 a month; cumulative self-hosted cash is
		// below the API's from month 1.
		expect([r.samples, r.failed]).toEqual([20, 0]);
		expect(s(r.saving.p50)).toBe('10680');
		expect(r.crossoverMonth.p50).toBe(1);
		expect(r.deterministic.crossoverMonth).toBe(1);
	});
});

describe('bought by share of node, the timeline charges what the monthly view does', () => {
	it('a flat month’s P&L equals the cost at plan (no interest, no residual, no growth)', () => {
		// handTimelineInputs: $24,000 GPUs, $12,000 nodes of 2 GPUs, 2-year life, no cost of capital
		// here. By share of node a GPU carries $12,000 / 2 = $6,000 of its server: capex per GPU
		// $30,000, depreciated over 24 months = $1,250 a month, exactly the monthly view's capital cost.
		const inp = handTimelineInputs('buy', {
			nodeCostBasis: 'share',
			costOfCapital: '0',
			maintenancePerYear: '0'
		});
		const ev = evaluate(inp);
		const c = ev.candidates[0];
		if (!c.ok) throw new Error(c.reason);
		const t = ok(timeline(inp, 'c', 'api', settings()));
		expect(s(t.months[0].capex)).toBe(s(dec(30000).mul(c.atPlan.gpus)));
		expect(t.months[3].pnl.toFixed(6)).toBe(c.atPlan.total.value.toFixed(6));
	});
});
