import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, type Decimal } from '../../src/lib/domain/decimal';
import { evaluate } from '../../src/lib/domain/evaluate';
import {
	cashCrossover,
	cashCrossoverExact,
	crossoverMonth,
	defaultTimelineSettings,
	hardwareLifeMonths,
	pairInputs,
	paybackMonth,
	timeline,
	timelines,
	twelfthRoot,
	validateTimelineSettings,
	type TimelineSettings
} from '../../src/lib/domain/timeline';
import {
	candidate,
	engineInputs,
	gpu,
	offering,
	workload,
	handTimelineInputs,
	testBenchmark
} from '../fixtures';
import { okTimeline as ok, timelineSettings as settings } from '../fixtures';

/**
 * The hand-checkable scenario. A 1B-parameter model fits one GPU per replica; a benchmark of
 * 250 output tokens/s per GPU at 250 output tokens per request gives 1 request/s per replica.
 * Utilisation 1 and peak-to-average 1, so a replica serves
 *   1 request/s × 2,628,000 s/month × 1,250 tokens = 3,285,000,000 tokens/month,
 * and 77,760 requests/day × 365/12 × 1,250 = 2,956,500,000 tokens/month = 0.9 replica.
 * API: 0.8 × $2.50 + 0.2 × $10 = $4 per 1M tokens, so month 1 costs 2,956.5 × $4 = $11,826.
 * Buy: GPU $24,000, node $12,000 (2 GPUs a node), life 2 years = 24 months
 *   (depreciation $1,000 per GPU-month, $500 per node-month), cost of capital 12 % → 1 % a month,
 *   maintenance 12 % a year → 1 % of capex a month ($240 per GPU, $120 per node),
 *   power 1,000 W × load 1 × PUE 1 × 730 h × $0.10/kWh = $73 per GPU, colocation 1 kW × $100 = $100,
 *   staff 0.1 FTE × $120,000 / 12 = $1,000 a month.
 * Rent: $2/GPU-hour × 730 h = $1,460 per GPU-month.
 */
const bench = testBenchmark;
const handInputs = handTimelineInputs;

const s = (d: Decimal) => d.toString();

describe('timeline: 12 months, 10 % growth, lead time 2, buy (by hand)', () => {
	// V_m / Vrep = 0.9 × 1.1^(m−1): 0.9, 0.99, 1.089, … 1.929 (m 9), 2.122 (m 10) → replicas 1,1,2,…,2,3,3,3.
	// Lots: in service month 1 (1 GPU + 1 node = $36,000) and month 3 (1 GPU = $24,000), both paid in
	// month 1 (3 − 2 = 1); in service month 10 (1 GPU + a 2nd node = $36,000), paid in month 8.
	// Opex: months 1–2  $1,000 + 1 × $413 + 1 × $120 = $1,533
	//       months 3–9  $1,000 + 2 × $413 + 1 × $120 = $1,946
	//       months 10–12 $1,000 + 3 × $413 + 2 × $120 = $2,479
	// P&L: depreciation A $1,500 from month 1, B $1,000 from month 3, C $1,500 from month 10;
	// cost of capital 1 % of the opening book value, e.g. month 4: (36,000 − 3 × 1,500) + (24,000 − 1,000) = 54,500 → $545;
	// month 8: 25,500 + 19,000 + 36,000 (C, paid, not yet in service) = 80,500 → $805.
	const table = [
		// month, replicas, gpus, nodes, api, capex, opex, depreciation, costOfCapital
		[1, 1, 1, 1, '11826', '60000', '1533', '1500', '600'],
		[2, 1, 1, 1, '13008.6', '0', '1533', '1500', '585'],
		[3, 2, 2, 1, '14309.46', '0', '1946', '2500', '570'],
		[4, 2, 2, 1, '15740.406', '0', '1946', '2500', '545'],
		[5, 2, 2, 1, '17314.4466', '0', '1946', '2500', '520'],
		[6, 2, 2, 1, '19045.89126', '0', '1946', '2500', '495'],
		[7, 2, 2, 1, '20950.480386', '0', '1946', '2500', '470'],
		[8, 2, 2, 1, '23045.5284246', '36000', '1946', '2500', '805'],
		[9, 2, 2, 1, '25350.08126706', '0', '1946', '2500', '780'],
		[10, 3, 3, 2, '27885.089393766', '0', '2479', '4000', '755'],
		[11, 3, 3, 2, '30673.5983331426', '0', '2479', '4000', '715'],
		[12, 3, 3, 2, '33740.95816645686', '0', '2479', '4000', '675']
	] as const;
	const t = ok(
		timeline(handInputs(), 'c', 'api', settings({ monthlyGrowth: dec('0.1'), leadTimeMonths: 2 }))
	);

	it.each(table)(
		'month %i: %i replicas, %i GPUs, %i nodes, API $%s, capex $%s, opex $%s, depreciation $%s, capital $%s',
		(m, replicas, gpus, nodes, api, capex, opex, depreciation, capital) => {
			const row = t.months[m - 1];
			expect(row.month).toBe(m);
			expect([row.replicasNeeded, row.gpus, row.nodes]).toEqual([replicas, gpus, nodes]);
			expect(s(row.api)).toBe(api);
			expect(s(row.capex)).toBe(capex);
			expect(s(row.opexTotal)).toBe(opex);
			expect(s(row.depreciation)).toBe(depreciation);
			expect(s(row.costOfCapital)).toBe(capital);
			expect(s(row.cash)).toBe(dec(capex).add(opex).toString());
			expect(s(row.pnl)).toBe(dec(depreciation).add(capital).add(opex).toString());
		}
	);

	it('opex by category in month 10: power 3 × $73, colocation 3 × $100, maintenance 3 × $240 + 2 × $120, staff $1,000', () => {
		const o = t.months[9].opex;
		expect([o.rental, o.power, o.hosting, o.maintenance, o.staff, o.other].map(s)).toEqual([
			'0',
			'219',
			'300',
			'960',
			'1000',
			'0'
		]);
	});

	it('cumulative cash and API, crossover and payback in month 5', () => {
		// cash: 61,533; 63,066; 65,012; 66,958; 68,904 …; API: 11,826; 24,834.6; 39,144.06; 54,884.466; 72,198.9126 …
		// month 4: 66,958 > 54,884.466; month 5: 68,904 ≤ 72,198.9126, and every later month stays below.
		expect(t.months.map((r) => s(r.cumulativeCash))).toEqual(
			[61533, 63066, 65012, 66958, 68904, 70850, 72796, 110742, 112688, 115167, 117646, 120125].map(
				String
			)
		);
		expect(s(t.months[4].cumulativeApi)).toBe('72198.9126');
		expect(t.crossoverMonth).toBe(5);
		expect(t.payback).toBe(5);
		// P&L: month 1 costs 1,500 + 600 + 1,533 = 3,633 against 11,826 and stays below.
		expect(t.crossoverMonthPnl).toBe(1);
	});

	it('purchases: two lots paid in month 1, one in month 8', () => {
		expect(
			t.purchases.map((p) => [
				p.paidMonth,
				p.inServiceMonth,
				p.gpus,
				p.nodes,
				s(p.capex),
				p.refresh
			])
		).toEqual([
			[1, 1, 1, 1, '36000', false],
			[1, 3, 1, 0, '24000', false],
			[8, 10, 1, 1, '36000', false]
		]);
	});

	it('yearly table: one year', () => {
		// API Σ 11,826 × 1.1^k, k = 0…11 = 11,826 × 21.384284… = 252,890.53983102546
		// P&L: depreciation 2 × 1,500 + 7 × 2,500 + 3 × 4,000 = 32,500; capital 7,515; opex 24,125 → 64,140
		const [y] = t.years;
		expect(t.years).toHaveLength(1);
		expect([y.year, y.months]).toEqual([1, 12]);
		expect([y.api, y.capex, y.opex, y.cash, y.pnl, y.cumulativeDifference].map(s)).toEqual([
			'252890.53983102546',
			'96000',
			'24125',
			'120125',
			'64140',
			'132765.53983102546'
		]);
		expect(s(t.totals.cash)).toBe('120125');
		expect(s(t.totals.pnl)).toBe('64140');
	});

	it('NPV at 1 % a month: Σ cash_m / 1.01^m, less the hardware’s book value at month 12', () => {
		// r = 1.01^12 − 1 = 0.126825030131969720661201, so the monthly factor (1 + r)^(1/12) is 1.01.
		const r = dec('0.126825030131969720661201');
		const n = ok(
			timeline(
				handInputs(),
				'c',
				'api',
				settings({ monthlyGrowth: dec('0.1'), leadTimeMonths: 2, discountRate: r })
			)
		);
		const cash = [61533, 1533, 1946, 1946, 1946, 1946, 1946, 37946, 1946, 2479, 2479, 2479];
		const byHand = cash.reduce((acc, c, i) => acc.add(dec(c).div(dec('1.01').pow(i + 1))), dec(0));
		expect(byHand.toFixed(2)).toBe('115173.21');
		// Book value at the end of month 12 (24-month life, residual 0, straight line):
		//   A $36,000 in service from month 1: 12 months charged × $1,500 → $18,000 left
		//   B $24,000 from month 3: 10 × $1,000 → $14,000;  C $36,000 from month 10: 3 × $1,500 → $31,500
		//   = $63,500, credited at month 12: 63,500 / 1.01^12 = 56,353.0258
		expect(s(n.npv.bookValueAtEnd)).toBe('63500');
		expect(n.npv.bookValueCredit.toFixed(4)).toBe('56353.0258');
		// 115,173.2131 − 56,353.0258 = 58,820.1873
		expect(n.npv.selfHost.toFixed(2)).toBe(
			byHand.sub(dec(63500).div(dec('1.01').pow(12))).toFixed(2)
		);
		expect(n.npv.selfHost.toFixed(2)).toBe('58820.19');
		// API: Σ 11,826 × 1.1^(m−1) / 1.01^m = 234,574.73
		expect(n.npv.api.toFixed(2)).toBe('234574.73');
		expect(n.npv.saving.toFixed(2)).toBe('175754.54'); // 234,574.7274 − 58,820.1873
	});
});

describe('timeline: other cases by hand', () => {
	it('rent, flat: NPV is an annuity; payback has no capex', () => {
		// 1 replica: $1,460 rent + $1,000 staff = $2,460 a month; API $11,826.
		// Annuity factor at 1 % a month for 12 months: (1 − 1.01^−12) / 0.01 = 11.2550774734846…
		const t = ok(
			timeline(
				handInputs('rent'),
				'c',
				'api',
				settings({ discountRate: dec('0.126825030131969720661201') })
			)
		);
		expect(t.months.every((m) => s(m.cash) === '2460' && s(m.pnl) === '2460')).toBe(true);
		expect(s(t.months[0].opex.rental)).toBe('1460');
		expect(t.npv.api.toFixed(2)).toBe('133102.55'); // 11,826 × 11.2550774…
		expect(t.npv.selfHost.toFixed(2)).toBe('27687.49'); // 2,460 × 11.2550774…
		expect(t.crossoverMonth).toBe(1);
		expect(t.payback).toBe('no-capex');
		expect(s(t.years[0].cumulativeDifference)).toBe(String(12 * (11826 - 2460)));
	});

	it('API prices change monthly-compounded: month 13 = month 1 × (1 + a)', () => {
		// a = 0.99^12 − 1: the monthly factor is 0.99, month 2 = 11,826 × 0.99 = 11,707.74
		const a = dec('0.886384871716129280658801').sub(1);
		const t = ok(
			timeline(
				handInputs('rent'),
				'c',
				'api',
				settings({ horizonMonths: 24, apiPriceChangePerYear: a })
			)
		);
		expect(t.months[1].api.toFixed(10)).toBe('11707.7400000000');
		// 11,826 × 0.886384871716129280658801 = 10,482.387492914944873…
		expect(t.months[12].api.toSignificantDigits(30).toString()).toBe(
			dec(11826).mul(a.add(1)).toSignificantDigits(30).toString()
		);
		expect(t.years.map((y) => y.months)).toEqual([12, 12]);
	});

	it('refresh at end of life sells at residual value and buys again, paid lead time ahead', () => {
		// Life 1 year: the month-1 lot (1 GPU + 1 node = $36,000) retires at month 13, sold for 25 %
		// = $9,000; its replacement enters service in month 13 and, with L = 3, is paid in month 10.
		// Depreciation 36,000 × 0.75 / 12 = $2,250 a month. Book value at the start of month 12:
		// 36,000 − 11 × 2,250 = 11,250 (old) + 36,000 (new, paid in month 10) → capital 1 % = $472.50.
		const t = ok(
			timeline(
				handInputs('buy', { depreciationYears: '1', residualValue: '0.25' }),
				'c',
				'api',
				settings({ horizonMonths: 24, leadTimeMonths: 3 })
			)
		);
		expect(t.purchases.map((p) => [p.paidMonth, p.inServiceMonth, s(p.capex), p.refresh])).toEqual([
			[1, 1, '36000', false],
			[10, 13, '36000', true]
		]);
		expect(s(t.months[9].capex)).toBe('36000');
		expect(s(t.months[12].residualRecovered)).toBe('9000');
		expect(s(t.months[12].cash)).toBe(dec(1533).sub(9000).toString());
		expect(s(t.months[11].depreciation)).toBe('2250');
		expect(s(t.months[11].costOfCapital)).toBe('472.5');
		// Month 13: only the new lot, in service: depreciation 2,250, capital 1 % of 36,000.
		expect(s(t.months[12].depreciation)).toBe('2250');
		expect(s(t.months[12].costOfCapital)).toBe('360');
		expect(t.months.every((m) => m.gpus === 1 && m.nodes === 1)).toBe(true);
		expect(s(t.years[1].residualRecovered)).toBe('9000');
	});

	it('bought hardware is kept when demand falls; rented capacity follows it down', () => {
		// 1.8 replicas of demand falling 20 % a month: 1.8, 1.44, 1.152, 0.9216 → 2, 2, 2, then 1.
		const fall = settings({ monthlyGrowth: dec('-0.2') });
		const more = (a: 'buy' | 'rent') =>
			engineInputs({
				...handInputs(a),
				workload: workload({ requestsPerDay: '155520', peakToAverage: '1' })
			});
		const buy = ok(timeline(more('buy'), 'c', 'api', fall));
		const rent = ok(timeline(more('rent'), 'c', 'api', fall));
		expect(buy.months.map((m) => m.replicasNeeded).slice(0, 4)).toEqual([2, 2, 2, 1]);
		expect(buy.months.every((m) => m.gpus === 2)).toBe(true);
		expect(rent.months.map((m) => m.gpus).slice(0, 4)).toEqual([2, 2, 2, 1]);
		expect(s(rent.months[3].cash)).toBe('2460');
	});

	it('steady state with no cost of capital: each P&L month is the engine’s monthly cost at plan', () => {
		const inp = handInputs('buy', { costOfCapital: '0' });
		const pair = evaluate(inp).pairs.at(0);
		if (!pair.ok) throw new Error(pair.reason);
		const t = ok(timeline(inp, 'c', 'api', settings()));
		// $36,000 / 24 = $1,500 + maintenance $360 + power $73 + colocation $100 + staff $1,000 = $3,033
		expect(s(pair.selfHostAtPlan)).toBe('3033');
		expect(t.months.every((m) => m.pnl.eq(pair.selfHostAtPlan))).toBe(true);
		expect(t.months.every((m) => m.api.eq(pair.apiAtPlan))).toBe(true);
		const rent = handInputs('rent');
		const rp = evaluate(rent).pairs.at(0);
		if (!rp.ok) throw new Error(rp.reason);
		expect(ok(timeline(rent, 'c', 'api', settings())).months[0].cash.eq(rp.selfHostAtPlan)).toBe(
			true
		);
	});

	it('a pair that cannot be evaluated, unknown ids and invalid settings give reasons', () => {
		const noPrice = engineInputs({
			candidates: [candidate({ acquisition: 'buy', gpu: gpu({ price: undefined }) })]
		});
		const r1 = timeline(noPrice, 'c', 'api', settings());
		expect(!r1.ok && r1.reason).toMatch(/no published purchase price/);
		const r2 = timeline(handInputs(), 'nope', 'api', settings());
		expect(!r2.ok && r2.reason).toMatch(/no candidate nope/);
		const r3 = timeline(handInputs(), 'c', 'api', settings({ horizonMonths: 6 }));
		expect(!r3.ok && r3.reason).toMatch(/horizonMonths: 6/);
		const r4 = timeline(
			handInputs(),
			'c',
			'api',
			settings({ monthlyGrowth: dec(10), horizonMonths: 120 })
		);
		expect(!r4.ok && r4.reason).toMatch(/lower the growth/);
	});

	it('does not mutate its inputs', () => {
		const inp = handInputs();
		const t = settings({ monthlyGrowth: dec('0.1'), leadTimeMonths: 2 });
		const before = JSON.stringify([inp, t]);
		timeline(inp, 'c', 'api', t);
		expect(JSON.stringify([inp, t])).toBe(before);
	});
});

describe('crossover and payback definitions', () => {
	const d = (xs: number[]) => xs.map((x) => dec(x));
	it.each([
		{ self: [100, 150, 190, 260], api: [50, 120, 200, 280], crossover: 3 },
		{ self: [10, 20, 30], api: [10, 20, 30], crossover: 1 }, // equal counts as crossed
		{ self: [100, 110, 300, 310], api: [50, 200, 250, 400], crossover: 4 }, // a dip back resets it
		{ self: [100, 110, 300], api: [50, 200, 250], crossover: 'never' }, // behind at the horizon
		{ self: [], api: [], crossover: 'never' }
	])('crossover $self vs $api → $crossover', ({ self, api, crossover }) => {
		expect(crossoverMonth(d(self), d(api))).toBe(crossover);
	});

	it.each([
		{ cash: [1100, 1150, 1200], api: [500, 1000, 1500], capex: [1000, 1000, 1000], payback: 3 },
		// payback in month 2 although a later purchase puts self-hosting behind again
		{ cash: [1100, 1150, 2300], api: [500, 1200, 1800], capex: [1000, 1000, 2000], payback: 2 },
		{ cash: [1100, 1150], api: [500, 1000], capex: [1000, 1000], payback: 'never' },
		// no capex spent until month 2: month 1 does not count even though self-hosting is cheaper
		{ cash: [10, 1020], api: [50, 1100], capex: [0, 1000], payback: 2 },
		{ cash: [10, 20], api: [50, 100], capex: [0, 0], payback: 'no-capex' }
	])('payback $cash vs $api with capex $capex → $payback', ({ cash, api, capex, payback }) => {
		expect(paybackMonth(d(cash), d(api), d(capex))).toBe(payback);
	});
});

describe('settings and helpers', () => {
	it.each([
		{ over: {}, messages: [] },
		{ over: { horizonMonths: 11 }, messages: ['horizonMonths: 11'] },
		{ over: { horizonMonths: 121 }, messages: ['horizonMonths: 121'] },
		{ over: { horizonMonths: 36.5 }, messages: ['horizonMonths: 36.5'] },
		{ over: { leadTimeMonths: -1 }, messages: ['leadTimeMonths: -1'] },
		{ over: { monthlyGrowth: dec(-1) }, messages: ['monthlyGrowth: -1'] },
		{ over: { apiPriceChangePerYear: dec('-1.5') }, messages: ['apiPriceChangePerYear: -1.5'] },
		{ over: { discountRate: dec('NaN') }, messages: ['discountRate: NaN'] }
	])('validateTimelineSettings($over)', ({ over, messages }) => {
		const out = validateTimelineSettings(settings(over as Partial<TimelineSettings>));
		expect(out).toHaveLength(messages.length);
		messages.forEach((m, i) => expect(out[i]).toContain(m));
	});

	it('default settings: 36 months, discounted at the cost of capital', () => {
		const t = defaultTimelineSettings(handInputs());
		expect(t.horizonMonths).toBe(36);
		expect(s(t.discountRate)).toBe('0.12');
		expect(validateTimelineSettings(t)).toEqual([]);
	});

	it.each([
		['5', 60],
		['5.5', 66],
		['0.5', 6],
		['0.01', 1]
	])('hardware life of %s years → %i months', (years, months) => {
		expect(hardwareLifeMonths(dec(years))).toBe(months);
	});

	it.each([
		['1.126825030131969720661201', '1.01'],
		['0.886384871716129280658801', '0.99'],
		['1', '1'],
		['0', '0'],
		['4096', '2']
	])('twelfthRoot(%s) = %s', (c, root) => {
		expect(twelfthRoot(dec(c)).toSignificantDigits(35).toString()).toBe(root);
	});

	it('twelfthRoot(2)^12 = 2 to 38 digits', () => {
		expect(twelfthRoot(dec(2)).pow(12).toSignificantDigits(38).toString()).toBe('2');
	});

	it('pairInputs keeps one candidate, one baseline and the benchmarks that candidate can match', () => {
		const inp = engineInputs({
			candidates: [candidate({ id: 'a' }), candidate({ id: 'b', precision: 'fp8' })],
			baselines: [offering({}, 'x'), offering({}, 'y')],
			benchmarks: [bench, { ...bench, id: 'other', precision: 'fp8' }]
		});
		const p = pairInputs(inp, 'a', 'y');
		expect(p?.candidates.map((c) => c.id)).toEqual(['a']);
		expect(p?.baselines.map((b) => b.id)).toEqual(['y']);
		expect(p?.benchmarks.map((b) => b.id)).toEqual(['b']);
		expect(pairInputs(inp, 'a', 'z')).toBeUndefined();
	});
});

describe('the Monte Carlo’s fast crossover agrees with the Decimal timeline (fast-check)', () => {
	it('float path = Decimal path = timeline crossover', () => {
		fc.assert(
			fc.property(
				fc.record({
					acquisition: fc.constantFrom('buy' as const, 'rent' as const),
					rpd: fc.integer({ min: 0, max: 400_000 }),
					growth: fc.integer({ min: -20, max: 30 }).map((x) => dec(x).div(100)),
					apiChange: fc.integer({ min: -60, max: 20 }).map((x) => dec(x).div(100)),
					lead: fc.integer({ min: 0, max: 6 }),
					horizon: fc.integer({ min: 12, max: 60 }),
					years: fc.constantFrom('1', '2', '3'),
					residual: fc.constantFrom('0', '0.1'),
					apiOut: fc.integer({ min: 1, max: 40 }).map(String)
				}),
				(a) => {
					const inp = engineInputs({
						...handInputs(a.acquisition, {
							depreciationYears: a.years,
							residualValue: a.residual
						}),
						workload: workload({ requestsPerDay: String(a.rpd), peakToAverage: '1' }),
						baselines: [offering({ output: a.apiOut })]
					});
					const t = settings({
						horizonMonths: a.horizon,
						monthlyGrowth: a.growth,
						apiPriceChangePerYear: a.apiChange,
						leadTimeMonths: a.lead
					});
					const ev = evaluate(inp);
					const c = ev.candidates[0];
					const b = ev.baselines[0];
					if (!c.ok || !b.ok) throw new Error('expected ok');
					const full = ok(timeline(inp, 'c', 'api', t)).crossoverMonth;
					expect(cashCrossover(inp, c, b, t)).toBe(full);
					expect(cashCrossoverExact(inp, c, b, t)).toBe(full);
				}
			),
			{ numRuns: 150 }
		);
	});

	it('a tie the float path cannot call falls back to Decimal', () => {
		// Rent $2,460 a month against an API priced to cost exactly $2,460 a month: every month ties.
		// 2,460 / 2,956,500,000 tokens = $0.832065… per 1M: choose input = output = that price.
		const price = dec(2460).div(dec('2956.5')).toString();
		const inp = engineInputs({
			...handInputs('rent'),
			baselines: [offering({ input: price, output: price, cached: price })]
		});
		const ev = evaluate(inp);
		const c = ev.candidates[0];
		const b = ev.baselines[0];
		if (!c.ok || !b.ok) throw new Error('expected ok');
		const t = settings();
		const full = ok(timeline(inp, 'c', 'api', t)).crossoverMonth;
		expect(cashCrossover(inp, c, b, t)).toBe(full);
		expect(cashCrossoverExact(inp, c, b, t)).toBe(full);
	});
});

describe('timelines: many pairs, each candidate evaluated once', () => {
	it('gives each pair the timeline of its own, refusals included', () => {
		// The hand-checked buy pair, a renting candidate, one without a price, and a second API
		// ($5 per 1M at output $15), over 12 months of 10 % growth.
		const base = handTimelineInputs();
		const inputs = {
			...base,
			candidates: [
				...base.candidates,
				{ ...base.candidates[0], id: 'r', acquisition: 'rent' as const },
				{
					...base.candidates[0],
					id: 'x',
					acquisition: 'buy' as const,
					gpu: gpu({ price: undefined })
				}
			],
			baselines: [...base.baselines, offering({ output: '15' }, 'dear')]
		};
		const t = settings({ monthlyGrowth: dec('0.1') });
		const pairs = ['c', 'r', 'x', 'nope'].flatMap((candidateId) =>
			['api', 'dear', 'api', 'gone'].map((baselineId) => ({ candidateId, baselineId }))
		);
		const each = pairs.map((p) => timeline(inputs, p.candidateId, p.baselineId, t));
		expect(timelines(inputs, pairs, t)).toEqual(each);
		// Not vacuous: the two APIs differ, the unknown ids and the unpriced GPU are refused.
		expect(ok(each[0]).totals.api.lt(ok(each[1]).totals.api)).toBe(true);
		expect(each[3]).toMatchObject({ ok: false, reason: 'no candidate c or baseline gone' });
		expect(each[8]).toMatchObject({ ok: false });
		expect(each[12]).toMatchObject({ ok: false, reason: 'no candidate nope or baseline api' });
	});
});
