import type { AcquisitionMode } from './kinds';
import type { ApiLine } from './api-cost';
import { replicasAt, type Capacity } from './capacity';
import { dec, numberOf, ONE, ZERO, type Decimal } from './decimal';
import {
	evaluate,
	type BaselineResult,
	type CandidateMode,
	type CandidateResult
} from './evaluate';
import { fullReplicas, served as fleetServed } from './fleet';
import type { EngineInputs } from './inputs';
import { floatOfFigure } from './quantity';
import { costAtReplicas, nodesFor, type CostStructure } from './self-host-cost';
import { curveAt, hybridOptimum, type SelfHostCurve } from './self-host-curve';
import { discountRateOf, type DiscountRateSource } from './discount-rate';
import { monthlyVolume } from './workload';
import { monthlyOf } from './units';

/**
 * The finance view (DESIGN.md §2 "Over time"): one self-hosted candidate against one API baseline,
 * month by month. Conventions, each chosen once here:
 *
 * - Month m runs from 1 to H. Volume V_m = V_0·(1 + g)^(m−1), V_0 the planned monthly volume.
 * - API prices (per token and the fixed fee) change by a per year, compounded monthly: the bill of
 *   month m is (1 + a)^((m−1)/12) × A(V_m). Price cuts land at unpredictable dates; a smooth
 *   monthly curve is their expectation, and it does not move a crossover by a whole year the way a
 *   yearly step would.
 * - Bought hardware: capacity is in place from month 1 (the first fleet is paid and installed when
 *   the timeline starts). Demand month m needs replicasAt(V_m) replicas, i.e. that many × GPUs per
 *   replica GPUs and ceil(GPUs / GPUs per node) whole nodes. What the fleet in service lacks is
 *   bought as one lot that enters service in month m and is paid in month max(1, m − L). Lots for
 *   demand after the horizon are not bought. Hardware is never sold when demand falls; a lot
 *   retires after its life (the depreciation years, in whole months) and is sold for its residual
 *   value; whatever the demand of that month then lacks is bought again (the refresh).
 * - Cash view: capex in the month paid, less residual value recovered, plus opex of the hardware
 *   in service (power, colocation, maintenance, staff, licences and other costs). Rent: the rental
 *   of the replicas each month needs (rent follows demand down as well as up; no lead time), plus
 *   staff and other costs.
 * - P&L view: each lot is depreciated straight-line to its residual value over its life, from the
 *   month it enters service; cost of capital = the finance cost of capital / 12 × the lots' book
 *   value at the start of the month (capex less depreciation charged, counted from the month paid,
 *   so a lot paid ahead of its service month carries capital cost while it waits). The same r/12
 *   monthly rate as the engine's PMT. Rent: the P&L equals the cash view.
 * - NPV: each option's cash costs discounted at the monthly factor (1 + r)^(1/12), r the annual
 *   (effective) discount rate, with month m's flows at its end: NPV = Σ C_m / (1 + r)^(m/12). A year
 *   of flows is then discounted by exactly 1 + r, and the figure matches Excel's
 *   NPV((1 + r)^(1/12) − 1, C_1 … C_H). No terminal value: hardware still in service at the horizon
 *   counts at full cost in the cash view (the P&L view charges only the depreciation consumed).
 */

export interface TimelineSettings {
	/** H: months simulated, an integer from 12 to 120. */
	horizonMonths: number;
	/** g: volume growth per month, a share (0.05 = +5 % a month); above −1. */
	monthlyGrowth: Decimal;
	/** a: API price change per year, a share (−0.3 = prices fall 30 % a year); above −1. */
	apiPriceChangePerYear: Decimal;
	/** L: months between paying for hardware and the demand month that needs it; an integer from 0 to 60. */
	leadTimeMonths: number;
	/** r: annual discount rate for NPV, a share (0.08 = 8 % a year); above −1. */
	discountRate: Decimal;
	/**
	 * Where r came from: entered in the scenario, the finance cost of capital (no rate entered), or
	 * 'none' (no rate entered and no cost of capital: undiscounted). Absent: 'scenario' ('none' at 0).
	 */
	discountRateSource?: DiscountRateSource;
}

export { discountRateOf, type DiscountRateSource } from './discount-rate';

export const DEFAULT_HORIZON_MONTHS = 36;
export const MIN_HORIZON_MONTHS = 12;
export const MAX_HORIZON_MONTHS = 120;
export const MAX_LEAD_TIME_MONTHS = 60;

/**
 * Default settings: 36 months, no growth, API prices flat, no lead time, discounted at the
 * scenario's cost of capital.
 * @example defaultTimelineSettings(inputs with 8 % cost of capital) → { horizonMonths: 36, …, discountRate: 0.08 }
 */
export function defaultTimelineSettings(inputs: EngineInputs): TimelineSettings {
	return {
		horizonMonths: DEFAULT_HORIZON_MONTHS,
		monthlyGrowth: ZERO,
		apiPriceChangePerYear: ZERO,
		leadTimeMonths: 0,
		...discountRateOf(undefined, inputs.finance.costOfCapital.value)
	};
}

/**
 * What is wrong with timeline settings, one message a problem, naming the field; [] when valid.
 * @example validateTimelineSettings({ …, horizonMonths: 6 }) → ['horizonMonths: 6 is outside 12 to 120 months']
 */
export function validateTimelineSettings(t: TimelineSettings): string[] {
	const out: string[] = [];
	const int = (name: string, v: number, lo: number, hi: number, unit: string) => {
		if (!Number.isInteger(v) || v < lo || v > hi)
			out.push(`${name}: ${v} is outside ${lo} to ${hi} ${unit} (whole months)`);
	};
	int('horizonMonths', t.horizonMonths, MIN_HORIZON_MONTHS, MAX_HORIZON_MONTHS, 'months');
	int('leadTimeMonths', t.leadTimeMonths, 0, MAX_LEAD_TIME_MONTHS, 'months');
	const share = (name: string, v: Decimal) => {
		if (!v.isFinite() || v.lte(-1)) out.push(`${name}: ${v.toString()} must be above −1`);
	};
	share('monthlyGrowth', t.monthlyGrowth);
	share('apiPriceChangePerYear', t.apiPriceChangePerYear);
	share('discountRate', t.discountRate);
	return out;
}

/**
 * The scenario cut down to one candidate and one baseline, and the benchmarks that candidate can
 * match: evaluating it gives that pair's results exactly as the whole scenario would, at a
 * fraction of the cost. Undefined when either id is unknown.
 * @example pairInputs(inputs, 'c2', 'openai/gpt-4o-mini') → inputs with candidates [c2], baselines [gpt-4o-mini]
 */
export function pairInputs(
	inputs: EngineInputs,
	candidateId: string,
	baselineId: string
): EngineInputs | undefined {
	const c = inputs.candidates.find((x) => x.id === candidateId);
	const b = inputs.baselines.find((x) => x.id === baselineId);
	if (!c || !b) return undefined;
	return {
		...inputs,
		candidates: [c],
		baselines: [b],
		benchmarks: inputs.benchmarks.filter(
			(x) => x.modelId === c.model.id && x.gpuId === c.gpu.id && x.precision === c.precision
		)
	};
}

/** A pair by its ids. */
export interface PairIds {
	candidateId: string;
	baselineId: string;
}

/** The pairs of one candidate (see candidateGroups). */
export interface CandidateGroup {
	candidateId: string;
	/** pairInputs with every baseline of the group: undefined when none is known. */
	inputs: EngineInputs | undefined;
	/** The indexes of the candidate's pairs in the list given. */
	pairs: number[];
	/** Each pair's baseline among inputs.baselines; −1 when its candidate or baseline is unknown. */
	baseline: number[];
}

/**
 * Pairs by candidate, for evaluating each candidate once against all its pairs' baselines: the
 * inputs of pairInputs with each of those baselines once (the first of its id, as pairInputs
 * finds it), so each pair evaluates as in its own pairInputs. Candidates in order of first pair.
 * @example candidateGroups(inputs, [c1×a, c2×a, c1×b]) → [{ c1, baselines [a, b], pairs [0, 2] }, { c2, [a], [1] }]
 */
export function candidateGroups(inputs: EngineInputs, pairs: readonly PairIds[]): CandidateGroup[] {
	const byId = new Map<string, number[]>();
	pairs.forEach((p, i) => {
		const at = byId.get(p.candidateId);
		if (at) at.push(i);
		else byId.set(p.candidateId, [i]);
	});
	return [...byId].map(([candidateId, at]) => {
		const c = inputs.candidates.find((x) => x.id === candidateId);
		const bs: EngineInputs['baselines'] = [];
		const baseline = at.map((i) => {
			const b = inputs.baselines.find((x) => x.id === pairs[i].baselineId);
			if (!c || !b) return -1;
			const k = bs.indexOf(b);
			return k >= 0 ? k : bs.push(b) - 1;
		});
		const one = bs.length ? pairInputs(inputs, candidateId, bs[0].id) : undefined;
		return { candidateId, inputs: one && { ...one, baselines: bs }, pairs: at, baseline };
	});
}

/**
 * Hardware life in whole months: depreciation years × 12, rounded to the nearest month, at least 1.
 * @example hardwareLifeMonths(dec('5')) → 60; hardwareLifeMonths(dec('5.5')) → 66
 */
export function hardwareLifeMonths(depreciationYears: Decimal): number {
	return Math.max(1, depreciationYears.mul(12).round().toNumber());
}

/**
 * c^(1/12) for c ≥ 0, to the full 40 digits: a float estimate refined by three Newton steps
 * x ← (11x + c/x^11)/12 (each doubles the correct digits: 16 → 32 → 64). Used for monthly factors
 * of annual rates; about 20 µs, where Decimal's general pow takes 250 µs.
 * @example twelfthRoot(dec('1.126825030131969720661201')) → 1.01 (1.01^12 = 1.126825…)
 */
export function twelfthRoot(c: Decimal): Decimal {
	if (c.isNeg()) throw new RangeError(`twelfthRoot(${c.toString()}): negative`);
	if (c.isZero() || c.eq(ONE)) return c;
	let x = dec(Math.pow(c.toNumber(), 1 / 12).toPrecision(17));
	for (let i = 0; i < 3; i++) {
		const x2 = x.mul(x);
		const x4 = x2.mul(x2);
		const x11 = x4.mul(x4).mul(x2).mul(x);
		x = x.mul(11).add(c.div(x11)).div(12);
	}
	return x;
}

/**
 * The crossover month: the first month from which cumulative self-hosted cost stays at or below
 * cumulative API cost through the horizon; 'never' when the last month is still dearer.
 * Inputs are cumulative USD by month (index 0 = month 1).
 * @example self [100, 150, 190, 260], API [50, 120, 200, 280] → 3 (month 3 is the first of the
 *          run of months where self ≤ API that lasts to the end)
 */
export function crossoverMonth(
	cumulativeSelf: Decimal[],
	cumulativeApi: Decimal[]
): number | 'never' {
	let lastDearer = 0;
	for (let i = 0; i < cumulativeSelf.length; i++) {
		if (cumulativeSelf[i].gt(cumulativeApi[i])) lastDearer = i + 1;
	}
	return lastDearer === cumulativeSelf.length ? 'never' : lastDearer + 1;
}

/** Payback of the capex: a month, 'never' within the horizon, or 'no-capex' when none was spent. */
export type Payback = number | 'never' | 'no-capex';

/**
 * Payback month: the first month by whose end the cumulative saving of self-hosting over the API
 * in running costs (Σ API − Σ opex) covers the capex spent so far (Σ capex − Σ residual recovered),
 * i.e. the first month with capex spent and cumulative self-hosted cash cost ≤ cumulative API cost.
 * Unlike the crossover, it may be followed by months where a new purchase puts self-hosting behind
 * again. All arrays cumulative USD by month (index 0 = month 1).
 * @example self cash [1100, 1150, 1200], API [500, 1000, 1500], capex [1000, 1000, 1000] → 3
 */
export function paybackMonth(
	cumulativeCash: Decimal[],
	cumulativeApi: Decimal[],
	cumulativeCapex: Decimal[]
): Payback {
	let spent = false;
	for (let i = 0; i < cumulativeCash.length; i++) {
		if (!cumulativeCapex[i].gt(0)) continue;
		spent = true;
		if (cumulativeCash[i].lte(cumulativeApi[i])) return i + 1;
	}
	return spent ? 'never' : 'no-capex';
}

/** Monthly running costs by category, USD/month. `rental` is the GPU rent of a rented deployment. */
export interface OpexBreakdown {
	rental: Decimal;
	power: Decimal;
	hosting: Decimal;
	maintenance: Decimal;
	staff: Decimal;
	other: Decimal;
}

/** One month of the timeline. Money in USD for that month unless named cumulative. */
export interface TimelineMonth {
	/** 1 to H. */
	month: number;
	/** Tokens demanded this month (tokens/month). */
	volume: Decimal;
	/**
	 * Replicas this month's demand needs under the candidate's mode (active + redundancy): the
	 * staircase, the fixed fleet, the hybrid optimum (0: all API), or autoscaled rent's peak.
	 */
	replicasNeeded: number;
	/**
	 * Replicas paid for: bought and in service (buy), rented (rent: the committed capacity in a
	 * committed term), or the day's average (autoscaled rent).
	 */
	replicasPaid: Decimal;
	/** Rent in a committed term (capacity fixed for the term). */
	committed: boolean;
	/** GPUs in service: bought and not yet retired (buy), or rented (rent; autoscaled: at peak). */
	gpus: number;
	/** Nodes in service (buy); the nodes the rented GPUs fill (rent). */
	nodes: number;
	/** Tokens served in-house, sent to the overflow API, and not served (a fleet with no overflow API). */
	served: Decimal;
	overflow: Decimal;
	unserved: Decimal;
	/** The API bill of the all-API option. */
	api: Decimal;
	/** Paid for GPUs and nodes (buy; 0 for rent). */
	capex: Decimal;
	/** Received for hardware retired at end of life: its residual value. */
	residualRecovered: Decimal;
	/** Running costs of the self-hosted capacity (power above idle: per token served). */
	opex: OpexBreakdown;
	opexTotal: Decimal;
	/** The overflow API's bill on this month's overflow at this month's API price. */
	overflowApi: Decimal;
	/** One-off costs paid this month (cash view). */
	oneOff: Decimal;
	/** capex − residualRecovered + opexTotal + overflowApi + oneOff. */
	cash: Decimal;
	/** Straight-line depreciation of the lots in service (buy). */
	depreciation: Decimal;
	/** Cost of capital / 12 × book value at the start of the month (buy). */
	costOfCapital: Decimal;
	/** One-off costs charged this month in the P&L view: each spread over oneOffAmortizationMonths from its month. */
	oneOffAmortization: Decimal;
	/**
	 * Buy: depreciation + costOfCapital + opexTotal + overflowApi + oneOffAmortization.
	 * Rent: cash − oneOff + oneOffAmortization.
	 */
	pnl: Decimal;
	cumulativeApi: Decimal;
	cumulativeCash: Decimal;
	cumulativePnl: Decimal;
}

/** A lot of hardware bought in one month for one demand month. */
export interface HardwarePurchase {
	/** Month the capex is paid: max(1, inServiceMonth − L). */
	paidMonth: number;
	/** First month the lot serves demand; it retires after lifeMonths. */
	inServiceMonth: number;
	gpus: number;
	nodes: number;
	/** USD: GPUs × GPU price + nodes × node cost. */
	capex: Decimal;
	/** True when the lot replaces hardware retired that month. */
	refresh: boolean;
}

/** One year (months 12·(year−1)+1 … 12·year; the last may be shorter). Money in USD for the year. */
export interface TimelineYear {
	year: number;
	months: number;
	api: Decimal;
	capex: Decimal;
	residualRecovered: Decimal;
	opex: Decimal;
	overflowApi: Decimal;
	oneOff: Decimal;
	/** Self-hosted cash cost: capex − residualRecovered + opex + overflowApi + oneOff. */
	cash: Decimal;
	/** Self-hosted P&L cost. */
	pnl: Decimal;
	/** Cumulative API − cumulative self-hosted cash at the year's end: positive when self-hosting is ahead. */
	cumulativeDifference: Decimal;
}

export type Timeline = { candidateId: string; baselineId: string } & (
	| {
			ok: true;
			acquisition: AcquisitionMode;
			/** How the candidate's capacity is decided (follow, fleet, hybrid, autoscaled). */
			mode: CandidateMode;
			settings: TimelineSettings;
			/** The NPV's annual discount rate and where it came from. */
			discountRate: Decimal;
			discountRateSource: DiscountRateSource;
			/** Hardware life in months (depreciation years × 12, rounded). */
			lifeMonths: number;
			months: TimelineMonth[];
			purchases: HardwarePurchase[];
			/** One-off costs paid within the horizon. */
			oneOffs: { label: string; amount: Decimal; month: number }[];
			years: TimelineYear[];
			/** USD over the horizon. */
			totals: { api: Decimal; cash: Decimal; pnl: Decimal };
			/**
			 * USD: present value at the start of month 1 of each option's cash costs; saving = api −
			 * selfHost. selfHost is net of bookValueCredit: the book value of owned hardware still in
			 * service at the horizon's end (bookValueAtEnd, straight line from cost to the residual value
			 * over the life), credited at the end of month H and discounted with it.
			 */
			npv: {
				api: Decimal;
				selfHost: Decimal;
				saving: Decimal;
				bookValueAtEnd: Decimal;
				bookValueCredit: Decimal;
			};
			/** Crossover of cumulative cash costs (see crossoverMonth). */
			crossoverMonth: number | 'never';
			/** The same on cumulative P&L costs. */
			crossoverMonthPnl: number | 'never';
			payback: Payback;
	  }
	| { ok: false; reason: string }
);

export type OkCandidate = Extract<CandidateResult, { ok: true }>;
export type OkBaseline = Extract<BaselineResult, { ok: true }>;

/** Replica counts beyond this make GPU counts inexact in floating point. */
const MAX_REPLICAS = Number.MAX_SAFE_INTEGER / 64;

/** A lot of the fleet: integers only, so the Decimal and float paths share it. */
type FleetLot = Omit<HardwarePurchase, 'capex'>;

/** The hardware in service each month, from the replicas each month needs. */
interface Fleet {
	gpus: number[];
	nodes: number[];
	lots: FleetLot[];
	/** Indices of the lots that retire at the start of each month (index 0 = month 1). */
	retiring: number[][];
}

/**
 * Buy: top the fleet up to each month's need with a lot in service that month, paid L months
 * earlier (month 1 at the earliest); lots retire after `life` months and are not replaced unless
 * the month's need calls for it. Rent: exactly what each month needs.
 */
function fleetOf(
	replicas: number[],
	cs: CostStructure,
	buy: boolean,
	life: number,
	lead: number
): Fleet {
	const H = replicas.length;
	const gpus: number[] = [];
	const nodes: number[] = [];
	const lots: FleetLot[] = [];
	const retiring: number[][] = Array.from({ length: H }, () => []);
	if (!buy) {
		for (const r of replicas) {
			gpus.push(r * cs.gpusPerReplica);
			nodes.push(nodesFor(r, cs));
		}
		return { gpus, nodes, lots, retiring };
	}
	let gIn = 0;
	let nIn = 0;
	for (let i = 0; i < H; i++) {
		for (const j of retiring[i]) {
			gIn -= lots[j].gpus;
			nIn -= lots[j].nodes;
		}
		const need = replicas[i];
		const addG = Math.max(0, need * cs.gpusPerReplica - gIn);
		const addN = Math.max(0, nodesFor(need, cs) - nIn);
		if (addG > 0 || addN > 0) {
			const m = i + 1;
			lots.push({
				paidMonth: Math.max(1, m - lead),
				inServiceMonth: m,
				gpus: addG,
				nodes: addN,
				refresh: retiring[i].length > 0
			});
			if (i + life < H) retiring[i + life].push(lots.length - 1);
			gIn += addG;
			nIn += addN;
		}
		gpus.push(gIn);
		nodes.push(nIn);
	}
	return { gpus, nodes, lots, retiring };
}

interface Lot extends HardwarePurchase {
	/** USD per month of service: capex × (1 − residual) / life. */
	depreciation: Decimal;
}

/** Running costs per month, USD: fixed + GPUs × perGpu + nodes × perNode. */
interface UnitOpex {
	fixed: Decimal;
	perGpu: Decimal;
	perNode: Decimal;
}

/**
 * The running cost per GPU and per node of the engine's cost structure. Buy: everything but the
 * hardware category (the engine's capital cost), plus maintenance on the purchase price. Rent:
 * every category (hardware is the rental).
 */
function unitOpex(
	cs: CostStructure,
	buy: boolean,
	gpuPrice: Decimal,
	nodeCost: Decimal,
	maint: Decimal
): UnitOpex {
	if (!buy)
		return { fixed: cs.fixedTotal, perGpu: sumBreakdown(cs.perGpu), perNode: cs.perNodeTotal };
	const run = (b: CostStructure['perGpu']) => b.power.add(b.hosting).add(b.staff).add(b.other);
	return {
		fixed: cs.fixedTotal,
		perGpu: run(cs.perGpu).add(gpuPrice.mul(maint)),
		perNode: run(cs.perNode).add(nodeCost.mul(maint))
	};
}

const sumBreakdown = (b: CostStructure['perGpu']): Decimal =>
	b.hardware.add(b.power).add(b.hosting).add(b.staff).add(b.other);

/** Everything about the pair and the settings that every path needs. */
interface Setup {
	H: number;
	life: number;
	lead: number;
	buy: boolean;
	/** The candidate's cost structure without the amortised one-off costs (they enter in their month). */
	cs: CostStructure;
	cap: Capacity;
	line: ApiLine;
	volume0: Decimal;
	gpuPrice: Decimal;
	nodeCost: Decimal;
	residual: Decimal;
	/** Maintenance per month, a share of capex. */
	maintenance: Decimal;
	/** How capacity is decided (the candidate's curve). */
	curve: SelfHostCurve;
	redundancy: number;
	/** Power (and average-kW colocation) above idle, USD per token served, by category. */
	perTokenPower: Decimal;
	perTokenHosting: Decimal;
	/** A committed rental: capacity fixed per term. */
	commit?: { months: number; renews: boolean };
	/** Rent per GPU-month once a commitment that does not renew has lapsed (the scenario's discount). */
	lapsedRate: Decimal;
	oneOffs: { label: string; amount: Decimal; month: number }[];
	/** Months a one-off cost is spread over in the P&L view. */
	amortizationMonths: number;
	/** Capacity follows the staircase with nothing per token, no commitment, no one-off: the float path applies. */
	simple: boolean;
}

function setup(
	inputs: EngineInputs,
	cand: OkCandidate,
	base: OkBaseline,
	t: TimelineSettings
): Setup | string {
	const problems = validateTimelineSettings(t);
	if (problems.length) return problems.join('; ');
	const f = inputs.finance;
	const buy = cand.acquisition === 'buy';
	const ci = inputs.candidates.find((x) => x.id === cand.id);
	const oneOffs = (ci?.oneOffCosts ?? []).map((o) => ({
		label: o.label,
		amount: o.amountUsd.value,
		month: o.month
	}));
	const oneOffSum = oneOffs.reduce((sum, o) => sum.add(o.amount), ZERO);
	// evaluate() folds one-offs into fixed "other" costs as sum / months: take that back out.
	let cs = cand.cost;
	if (!oneOffSum.isZero()) {
		const perMonth = oneOffSum.div(f.oneOffAmortizationMonths.value);
		cs = {
			...cs,
			fixed: { ...cs.fixed, other: cs.fixed.other.sub(perMonth) },
			fixedTotal: cs.fixedTotal.sub(perMonth)
		};
	}
	const curve = cand.curve;
	const perToken = curve.perToken;
	const full = cs.perGpuAtFullLoadTotal;
	const share = (k: 'power' | 'hosting') =>
		full.isZero() ? ZERO : perToken.mul(cs.perGpuAtFullLoad[k]).div(full);
	const rental = !buy ? ci?.rental : undefined;
	const commit =
		rental?.kind === 'committed' ? { months: rental.months, renews: rental.renews } : undefined;
	const hourly = ci?.gpu.cloudUsdPerGpuHour?.value;
	const lapsedRate = hourly
		? monthlyOf(hourly, f.hoursPerMonth.value).mul(ONE.sub(f.commitmentDiscount.value))
		: cs.perGpu.hardware;
	return {
		H: t.horizonMonths,
		life: hardwareLifeMonths(f.depreciationYears.value),
		lead: t.leadTimeMonths,
		buy,
		cs,
		cap: cand.capacity,
		line: base.line,
		volume0: monthlyVolume(inputs.workload).value,
		// By share of node (the default), a GPU is bought with its share of its server, as in the
		// monthly view; by whole nodes, the servers are bought as whole chassis.
		gpuPrice: buy
			? f.nodeCostBasis === 'share'
				? purchasePrice(inputs, cand.id).add(f.nodeCostUsd.value.div(f.gpusPerNode.value))
				: purchasePrice(inputs, cand.id)
			: ZERO,
		nodeCost: f.nodeCostBasis === 'share' ? ZERO : f.nodeCostUsd.value,
		residual: f.residualValue.value,
		maintenance: f.maintenancePerYear.value.div(12),
		curve,
		redundancy: cand.capacity.redundancy,
		perTokenPower: share('power'),
		perTokenHosting: share('hosting'),
		commit,
		lapsedRate,
		oneOffs,
		amortizationMonths: Math.max(1, f.oneOffAmortizationMonths.value.round().toNumber()),
		simple: curve.kind === 'follow' && perToken.isZero() && !commit && oneOffs.length === 0
	};
}

/** The demand, fleet and capex of every month, in Decimal. */
interface Plan extends Setup {
	volumes: Decimal[];
	/** Replicas each month's demand needs under the candidate's mode (0: a hybrid all on the API). */
	replicas: number[];
	/** Replicas paid for each month (rent: the committed capacity in a committed term; buy: unused). */
	capacity: number[];
	/** Autoscaled rent: the day's average replicas billed; undefined otherwise. */
	billed: (Decimal | undefined)[];
	/** In a committed term (rent). */
	committed: boolean[];
	gpus: number[];
	nodes: number[];
	lots: Lot[];
	/** Capex paid, by month index (0 = month 1); undefined for none. */
	capexPaid: (Decimal | undefined)[];
	recovered: (Decimal | undefined)[];
	/** One-off costs paid (cash view) and charged (P&L view: spread over amortizationMonths), by month index. */
	oneOffCash: Decimal[];
	oneOffPnl: Decimal[];
	apiMonthlyFactor: Decimal;
}

/** Replicas the demand of a month needs under the candidate's curve (active + redundancy). */
function needAt(s: Setup, v: Decimal, apiFactor: Decimal = ONE): number {
	const c = s.curve;
	switch (c.kind) {
		case 'follow':
			return replicasAt(v, s.cap);
		case 'fleet':
			return c.active + s.redundancy;
		case 'hybrid': {
			// Sized at the month's API price: as prices fall, less is worth self-hosting.
			const priced = apiFactor.eq(ONE)
				? c
				: {
						...c,
						overflow: {
							fixed: c.overflow.fixed.mul(apiFactor),
							perToken: c.overflow.perToken.mul(apiFactor)
						}
					};
			const k = hybridOptimum(priced, v).active;
			return k > 0 ? k + s.redundancy : 0;
		}
		case 'autoscaled':
			return fullReplicas(v, c.Ku, c.day, c.stair.s.minActive) + s.redundancy;
	}
}

function plan(s: Setup, t: TimelineSettings): Plan | string {
	const growth = ONE.add(t.monthlyGrowth);
	const volumes: Decimal[] = [];
	const replicas: number[] = [];
	const billed: (Decimal | undefined)[] = [];
	let v = s.volume0;
	const monthly = twelfthRoot(ONE.add(t.apiPriceChangePerYear));
	let factor = ONE;
	for (let m = 1; m <= s.H; m++) {
		if (m > 1) {
			v = v.mul(growth);
			factor = factor.mul(monthly);
		}
		const r = needAt(s, v, factor);
		if (!(r <= MAX_REPLICAS)) {
			return `month ${m}: ${v.toExponential(3)} tokens/month needs more replicas than can be counted; lower the growth`;
		}
		volumes.push(v);
		replicas.push(r);
		billed.push(s.curve.kind === 'autoscaled' ? curveAt(s.curve, v).billedReplicas : undefined);
	}
	// A commitment pays, for its whole term, the most replicas any month of the term needs.
	const capacity = [...replicas];
	const committed: boolean[] = new Array(s.H).fill(false);
	if (s.commit) {
		const T = s.commit.months;
		for (let start = 0; start < s.H; start += T) {
			if (start > 0 && !s.commit.renews) break;
			const end = Math.min(s.H, start + T);
			const most = Math.max(...replicas.slice(start, end));
			for (let i = start; i < end; i++) {
				capacity[i] = most;
				committed[i] = true;
			}
		}
	}
	const fleet = fleetOf(capacity, s.cs, s.buy, s.life, s.lead);
	const capexPaid: (Decimal | undefined)[] = new Array(s.H).fill(undefined);
	const recovered: (Decimal | undefined)[] = new Array(s.H).fill(undefined);
	const lots: Lot[] = fleet.lots.map((l) => {
		const capex = s.gpuPrice.mul(l.gpus).add(s.nodeCost.mul(l.nodes));
		const p = l.paidMonth - 1;
		capexPaid[p] = (capexPaid[p] ?? ZERO).add(capex);
		return { ...l, capex, depreciation: capex.mul(ONE.sub(s.residual)).div(s.life) };
	});
	if (!s.residual.isZero()) {
		fleet.retiring.forEach((out, i) => {
			for (const j of out) recovered[i] = (recovered[i] ?? ZERO).add(lots[j].capex.mul(s.residual));
		});
	}
	const oneOffCash: Decimal[] = new Array(s.H).fill(ZERO);
	const oneOffPnl: Decimal[] = new Array(s.H).fill(ZERO);
	// A hybrid that stays all API over the whole horizon never sets up self-hosting, so its one-off
	// costs are not incurred (as in the monthly view, which has no one-off at an all-API optimum).
	const selfHosts = s.curve.kind !== 'hybrid' || replicas.some((r) => r > 0);
	for (const o of selfHosts ? s.oneOffs : []) {
		const i = o.month - 1;
		if (i < 0 || i >= s.H) continue;
		oneOffCash[i] = oneOffCash[i].add(o.amount);
		const slice = o.amount.div(s.amortizationMonths);
		for (let j = i; j < Math.min(s.H, i + s.amortizationMonths); j++)
			oneOffPnl[j] = oneOffPnl[j].add(slice);
	}
	return {
		...s,
		volumes,
		replicas,
		capacity,
		billed,
		committed,
		gpus: fleet.gpus,
		nodes: fleet.nodes,
		lots,
		capexPaid,
		recovered,
		oneOffCash,
		oneOffPnl,
		apiMonthlyFactor: twelfthRoot(ONE.add(t.apiPriceChangePerYear))
	};
}

function purchasePrice(inputs: EngineInputs, candidateId: string): Decimal {
	const c = inputs.candidates.find((x) => x.id === candidateId);
	return c?.gpu.purchasePriceUsd?.value ?? ZERO;
}

const sumOpex = (o: OpexBreakdown): Decimal =>
	o.rental.add(o.power).add(o.hosting).add(o.maintenance).add(o.staff).add(o.other);

const ZERO_OPEX: OpexBreakdown = {
	rental: ZERO,
	power: ZERO,
	hosting: ZERO,
	maintenance: ZERO,
	staff: ZERO,
	other: ZERO
};

/**
 * Running costs of the capacity in service in month index i (per-token power excluded), memoised by
 * fleet: they change only when the fleet does. No capacity (a hybrid all on the API): nothing.
 */
function capacityOpex(p: Plan, i: number, memo: Map<string, OpexBreakdown>): OpexBreakdown {
	const b = p.billed[i];
	const rate = !p.buy && !p.committed[i] && p.commit ? p.lapsedRate : p.cs.perGpu.hardware;
	const key = p.buy
		? `${p.gpus[i]}/${p.nodes[i]}`
		: b
			? `a${b.toString()}`
			: `${p.capacity[i]}/${rate.toString()}`;
	let o = memo.get(key);
	if (o) return o;
	const cs = p.cs;
	if (p.buy) {
		const g = dec(p.gpus[i]);
		const n = dec(p.nodes[i]);
		const per = (k: 'power' | 'hosting' | 'staff' | 'other') =>
			cs.fixed[k].add(cs.perGpu[k].mul(g)).add(cs.perNode[k].mul(n));
		o =
			p.gpus[i] === 0
				? ZERO_OPEX
				: {
						rental: ZERO,
						power: per('power'),
						hosting: per('hosting'),
						maintenance: p.gpuPrice.mul(g).add(p.nodeCost.mul(n)).mul(p.maintenance),
						staff: per('staff'),
						other: per('other')
					};
	} else if (b) {
		// Autoscaled rent: the day's average replicas, each GPU at every per-GPU rate.
		const g = b.mul(cs.gpusPerReplica);
		const per = (k: 'hardware' | 'power' | 'hosting' | 'staff' | 'other') =>
			cs.fixed[k].add(cs.perGpu[k].mul(g));
		o = {
			rental: per('hardware'),
			power: per('power'),
			hosting: per('hosting'),
			maintenance: ZERO,
			staff: per('staff'),
			other: per('other')
		};
	} else if (p.capacity[i] === 0) {
		o = ZERO_OPEX;
	} else {
		const c = costAtReplicas(cs, p.capacity[i]).breakdown;
		o = {
			rental: rate.eq(cs.perGpu.hardware)
				? c.hardware
				: cs.fixed.hardware.add(rate.mul(p.capacity[i] * cs.gpusPerReplica)),
			power: c.power,
			hosting: c.hosting,
			maintenance: ZERO,
			staff: c.staff,
			other: c.other
		};
	}
	memo.set(key, o);
	return o;
}

/** What the capacity of month index i serves, what overflows to the API and its bill, and the running costs. */
interface MonthCosts {
	opex: OpexBreakdown;
	opexTotal: Decimal;
	served: Decimal;
	overflow: Decimal;
	unserved: Decimal;
	overflowApi: Decimal;
}

function monthCosts(
	p: Plan,
	i: number,
	factor: Decimal,
	memo: Map<string, OpexBreakdown>
): MonthCosts {
	const base = capacityOpex(p, i, memo);
	const V = p.volumes[i];
	const c = p.curve;
	let served = V;
	let overflow = ZERO;
	let unserved = ZERO;
	let overflowApi = ZERO;
	if (c.kind === 'fleet' || c.kind === 'hybrid') {
		// The active replicas in service: bought ones stay (capacity only grows), rented ones are paid for.
		const inService = p.buy ? p.gpus[i] / p.cs.gpusPerReplica : p.capacity[i];
		const active = Math.max(0, inService - p.redundancy);
		served = active === 0 ? ZERO : fleetServed(V, c.Ku.mul(active), c.day);
		const rest = V.sub(served);
		if (c.overflow) {
			overflow = rest;
			// The overflow API's bill at this month's price (the timeline's API price change).
			if (rest.gt(0)) overflowApi = c.overflow.fixed.add(c.overflow.perToken.mul(rest)).mul(factor);
		} else unserved = rest;
	}
	let opex = base;
	if (!p.perTokenPower.isZero() || !p.perTokenHosting.isZero()) {
		opex = {
			...base,
			power: base.power.add(p.perTokenPower.mul(served)),
			hosting: base.hosting.add(p.perTokenHosting.mul(served))
		};
	}
	return { opex, opexTotal: sumOpex(opex), served, overflow, unserved, overflowApi };
}

/** The cash crossover in Decimal throughout: the reference the float path defers to. */
function exactCashCrossover(p: Plan): number | 'never' {
	const memo = new Map<string, OpexBreakdown>();
	let factor = ONE;
	let cumApi = ZERO;
	let cumSelf = ZERO;
	let lastDearer = 0;
	for (let i = 0; i < p.H; i++) {
		if (i > 0) factor = factor.mul(p.apiMonthlyFactor);
		cumApi = cumApi.add(apiBill(p.line, p.volumes[i], factor));
		const mc = monthCosts(p, i, factor, memo);
		// The same sums in the same order as timelineOf, so both decide every month alike.
		const cash = (p.capexPaid[i] ?? ZERO)
			.sub(p.recovered[i] ?? ZERO)
			.add(mc.opexTotal)
			.add(mc.overflowApi)
			.add(p.oneOffCash[i]);
		cumSelf = cumSelf.add(cash);
		if (cumSelf.gt(cumApi)) lastDearer = i + 1;
	}
	return lastDearer === p.H ? 'never' : lastDearer + 1;
}

/** The API bill of a month: (fixed + V × price per token) × the month's price factor. */
const apiBill = (line: ApiLine, volume: Decimal, factor: Decimal): Decimal =>
	line.fixedMonthly.add(volume.mul(line.pricePerToken)).mul(factor);

/** Relative error the float path may carry against the Decimal path, and then some. */
const FLOAT_TRUST = 1e-10;

/**
 * The cash crossover in floating point, from the engine's Decimal unit costs; undefined when a
 * replica count or a sign is too close to call within FLOAT_TRUST, so the caller falls back to
 * the Decimal path. Every decision it does return is the one the Decimal path makes.
 */
function floatCashCrossover(s: Setup, t: TimelineSettings): number | 'never' | undefined {
	const H = s.H;
	const growth = 1 + numberOf(t.monthlyGrowth);
	// A replica size priced float-first keeps its exact volume uncomputed: the float is enough here.
	const vrep = floatOfFigure(s.cap.volumePerReplica);
	const replicas: number[] = [];
	const volumes: number[] = [];
	let v = numberOf(s.volume0);
	for (let i = 0; i < H; i++) {
		if (i > 0) v *= growth;
		const q = v / vrep;
		let k = 0;
		if (q !== 0) {
			k = Math.ceil(q);
			if (!Number.isFinite(q) || Math.abs(q - Math.round(q)) <= 1e-9 * Math.max(1, q))
				return undefined;
		}
		const r = Math.max(s.cap.minActive, k) + s.cap.redundancy;
		if (!(r <= MAX_REPLICAS)) return undefined;
		replicas.push(r);
		volumes.push(v);
	}
	const fleet = fleetOf(replicas, s.cs, s.buy, s.life, s.lead);
	const u = unitOpex(s.cs, s.buy, s.gpuPrice, s.nodeCost, s.maintenance);
	const fixed = numberOf(u.fixed);
	const perGpu = numberOf(u.perGpu);
	const perNode = numberOf(u.perNode);
	const price = numberOf(s.gpuPrice);
	const nodeCost = numberOf(s.nodeCost);
	const residual = numberOf(s.residual);
	const capexPaid = new Array<number>(H).fill(0);
	const lotCapex = fleet.lots.map((l) => {
		const c = price * l.gpus + nodeCost * l.nodes;
		capexPaid[l.paidMonth - 1] += c;
		return c;
	});
	const apiFixed = numberOf(s.line.fixedMonthly);
	const perToken = numberOf(s.line.pricePerToken);
	const monthly = Math.pow(1 + numberOf(t.apiPriceChangePerYear), 1 / 12);
	let factor = 1;
	let cumApi = 0;
	let cumSelf = 0;
	let magnitude = 0;
	let lastDearer = 0;
	for (let i = 0; i < H; i++) {
		if (i > 0) factor *= monthly;
		const api = (apiFixed + volumes[i] * perToken) * factor;
		const opex = fixed + fleet.gpus[i] * perGpu + fleet.nodes[i] * perNode;
		let back = 0;
		for (const j of fleet.retiring[i]) back += lotCapex[j] * residual;
		cumApi += api;
		cumSelf += opex + capexPaid[i] - back;
		magnitude += Math.abs(api) + Math.abs(opex) + capexPaid[i] + back;
		const diff = cumSelf - cumApi;
		if (Math.abs(diff) <= FLOAT_TRUST * magnitude) return undefined;
		if (diff > 0) lastDearer = i + 1;
	}
	return lastDearer === H ? 'never' : lastDearer + 1;
}

/**
 * The crossover month of cumulative cash costs only, for the Monte Carlo: the month `timelineOf`
 * reports, at a fraction of the cost. Like the break-even solve, it decides each month's sign in
 * floating point from the engine's Decimal unit costs, with an error bound, and reruns the month
 * sequence in Decimal when any replica count or sign is too close to call. Throws RangeError for
 * invalid settings or a volume that outgrows countable replicas.
 * @example a pair whose cumulative self-hosted cash first stays below the API's from month 5 → 5
 */
export function cashCrossover(
	inputs: EngineInputs,
	cand: OkCandidate,
	base: OkBaseline,
	t: TimelineSettings
): number | 'never' {
	const s = setup(inputs, cand, base, t);
	if (typeof s === 'string') throw new RangeError(s);
	// Fleets, hybrids, autoscaled and committed rent, per-token power and one-offs: Decimal only.
	const fast = s.simple ? floatCashCrossover(s, t) : undefined;
	if (fast !== undefined) return fast;
	const p = plan(s, t);
	if (typeof p === 'string') throw new RangeError(p);
	return exactCashCrossover(p);
}

/**
 * cashCrossover by the Decimal path alone, for tests that check the float path against it.
 * @example cashCrossoverExact(inputs, c, b, t) === cashCrossover(inputs, c, b, t) → true
 */
export function cashCrossoverExact(
	inputs: EngineInputs,
	cand: OkCandidate,
	base: OkBaseline,
	t: TimelineSettings
): number | 'never' {
	const s = setup(inputs, cand, base, t);
	if (typeof s === 'string') throw new RangeError(s);
	const p = plan(s, t);
	if (typeof p === 'string') throw new RangeError(p);
	return exactCashCrossover(p);
}

/**
 * The timeline of an already evaluated pair (see `timeline`), for callers that hold the evaluation.
 * @example timelineOf(inputs, evaluation's candidate c2, evaluation's baseline, settings) → as timeline(inputs, 'c2', …)
 */
export function timelineOf(
	inputs: EngineInputs,
	cand: OkCandidate,
	base: OkBaseline,
	t: TimelineSettings
): Timeline {
	const ids = { candidateId: cand.id, baselineId: base.id };
	const s = setup(inputs, cand, base, t);
	const p = typeof s === 'string' ? s : plan(s, t);
	if (typeof p === 'string') return { ...ids, ok: false, reason: p };
	const monthlyRate = inputs.finance.costOfCapital.value.div(12);
	const discount = ONE.div(twelfthRoot(ONE.add(t.discountRate)));
	const memo = new Map<string, OpexBreakdown>();
	const months: TimelineMonth[] = [];
	let factor = ONE;
	let disc = ONE;
	let cumApi = ZERO;
	let cumCash = ZERO;
	let cumPnl = ZERO;
	let npvApi = ZERO;
	let npvSelf = ZERO;
	const cumInvested: Decimal[] = [];
	let investedSoFar = ZERO;
	for (let i = 0; i < p.H; i++) {
		const m = i + 1;
		if (i > 0) factor = factor.mul(p.apiMonthlyFactor);
		disc = disc.mul(discount);
		const api = apiBill(p.line, p.volumes[i], factor);
		const mc = monthCosts(p, i, factor, memo);
		const capex = p.capexPaid[i] ?? ZERO;
		const residualRecovered = p.recovered[i] ?? ZERO;
		const oneOff = p.oneOffCash[i];
		const cash = capex.sub(residualRecovered).add(mc.opexTotal).add(mc.overflowApi).add(oneOff);
		let depreciation = ZERO;
		let book = ZERO;
		for (const lot of p.lots) {
			if (lot.paidMonth > m || m >= lot.inServiceMonth + p.life) continue;
			const charged = Math.max(0, m - lot.inServiceMonth);
			book = book.add(lot.capex.sub(lot.depreciation.mul(charged)));
			if (m >= lot.inServiceMonth) depreciation = depreciation.add(lot.depreciation);
		}
		const costOfCapital = book.mul(monthlyRate);
		const oneOffAmortization = p.oneOffPnl[i];
		const pnl = p.buy
			? depreciation
					.add(costOfCapital)
					.add(mc.opexTotal)
					.add(mc.overflowApi)
					.add(oneOffAmortization)
			: cash.sub(oneOff).add(oneOffAmortization);
		cumApi = cumApi.add(api);
		cumCash = cumCash.add(cash);
		cumPnl = cumPnl.add(pnl);
		investedSoFar = investedSoFar.add(capex).sub(residualRecovered).add(oneOff);
		cumInvested.push(investedSoFar);
		npvApi = npvApi.add(api.mul(disc));
		npvSelf = npvSelf.add(cash.mul(disc));
		months.push({
			month: m,
			volume: p.volumes[i],
			replicasNeeded: p.replicas[i],
			replicasPaid: p.billed[i] ?? dec(p.buy ? p.gpus[i] / p.cs.gpusPerReplica : p.capacity[i]),
			committed: p.committed[i],
			gpus: p.gpus[i],
			nodes: p.nodes[i],
			served: mc.served,
			overflow: mc.overflow,
			unserved: mc.unserved,
			api,
			capex,
			residualRecovered,
			opex: mc.opex,
			opexTotal: mc.opexTotal,
			overflowApi: mc.overflowApi,
			oneOff,
			cash,
			depreciation,
			costOfCapital,
			oneOffAmortization,
			pnl,
			cumulativeApi: cumApi,
			cumulativeCash: cumCash,
			cumulativePnl: cumPnl
		});
	}
	// Owned hardware still in service at the horizon's end: its book value (straight line from cost
	// to the residual over the life, through month H) is credited in month H.
	let bookValueAtEnd = ZERO;
	for (const lot of p.lots) {
		if (lot.inServiceMonth > p.H || lot.inServiceMonth + p.life <= p.H) continue;
		const charged = p.H - lot.inServiceMonth + 1;
		bookValueAtEnd = bookValueAtEnd.add(lot.capex.sub(lot.depreciation.mul(charged)));
	}
	const bookValueCredit = bookValueAtEnd.mul(disc);
	npvSelf = npvSelf.sub(bookValueCredit);
	const years: TimelineYear[] = [];
	for (let start = 0; start < p.H; start += 12) {
		const slice = months.slice(start, start + 12);
		const sum = (
			k:
				| 'api'
				| 'capex'
				| 'residualRecovered'
				| 'opexTotal'
				| 'overflowApi'
				| 'oneOff'
				| 'cash'
				| 'pnl'
		) => slice.reduce((s, x) => s.add(x[k]), ZERO);
		const last = slice[slice.length - 1];
		years.push({
			year: start / 12 + 1,
			months: slice.length,
			api: sum('api'),
			capex: sum('capex'),
			residualRecovered: sum('residualRecovered'),
			opex: sum('opexTotal'),
			overflowApi: sum('overflowApi'),
			oneOff: sum('oneOff'),
			cash: sum('cash'),
			pnl: sum('pnl'),
			cumulativeDifference: last.cumulativeApi.sub(last.cumulativeCash)
		});
	}
	const cum = (k: 'cumulativeApi' | 'cumulativeCash' | 'cumulativePnl') => months.map((x) => x[k]);
	return {
		...ids,
		ok: true,
		acquisition: cand.acquisition,
		mode: cand.mode,
		settings: t,
		discountRate: t.discountRate,
		discountRateSource: t.discountRateSource ?? (t.discountRate.isZero() ? 'none' : 'scenario'),
		lifeMonths: p.life,
		months,
		purchases: p.lots.map((l) => ({
			paidMonth: l.paidMonth,
			inServiceMonth: l.inServiceMonth,
			gpus: l.gpus,
			nodes: l.nodes,
			capex: l.capex,
			refresh: l.refresh
		})),
		oneOffs: p.oneOffs.filter((o) => o.month >= 1 && o.month <= p.H),
		years,
		totals: { api: cumApi, cash: cumCash, pnl: cumPnl },
		npv: {
			api: npvApi,
			selfHost: npvSelf,
			saving: npvApi.sub(npvSelf),
			bookValueAtEnd,
			bookValueCredit
		},
		crossoverMonth: crossoverMonth(cum('cumulativeCash'), cum('cumulativeApi')),
		crossoverMonthPnl: crossoverMonth(cum('cumulativePnl'), cum('cumulativeApi')),
		payback: paybackMonth(cum('cumulativeCash'), cum('cumulativeApi'), cumInvested)
	};
}
/**
 * Month-by-month costs of self-hosting candidate `candidateId` against API baseline `baselineId`
 * over t.horizonMonths, in a cash view and a P&L view, with cumulative costs, NPV, crossover
 * month, payback and a yearly table (conventions at the top of this file). All money in USD.
 * A pair that cannot be evaluated, or invalid settings, give { ok: false, reason }.
 * @example rent at $1,000/month flat against an API bill of $1,500/month, no growth, 12 months →
 *          cumulative $12,000 vs $18,000, crossover month 1, payback 'no-capex', yearly difference $6,000
 */
export function timeline(
	inputs: EngineInputs,
	candidateId: string,
	baselineId: string,
	t: TimelineSettings
): Timeline {
	const ids = { candidateId, baselineId };
	const pair = pairInputs(inputs, candidateId, baselineId);
	if (!pair)
		return { ...ids, ok: false, reason: `no candidate ${candidateId} or baseline ${baselineId}` };
	const ev = evaluate(pair);
	const c = ev.candidates[0];
	const b = ev.baselines[0];
	if (!c.ok) return { ...ids, ok: false, reason: c.reason };
	if (!b.ok) return { ...ids, ok: false, reason: b.reason };
	return timelineOf(pair, c, b, t);
}

/**
 * timeline() of many pairs, each candidate evaluated once against all its pairs' baselines
 * (candidateGroups) rather than once a pair: the same timelines, in the order of `pairs`.
 * @example timelines(inputs, [c1×a, c1×b], t) → [timeline(inputs, 'c1', 'a', t), timeline(inputs, 'c1', 'b', t)]
 */
export function timelines(
	inputs: EngineInputs,
	pairs: readonly PairIds[],
	t: TimelineSettings
): Timeline[] {
	const out = new Array<Timeline>(pairs.length);
	for (const { candidateId, inputs: g, pairs: at, baseline } of candidateGroups(inputs, pairs)) {
		const ev = g && evaluate(g);
		at.forEach((i, k) => {
			const { baselineId } = pairs[i];
			const ids = { candidateId, baselineId };
			const c = ev?.candidates[0];
			const b = ev?.baselines[baseline[k]];
			out[i] =
				!c || !b
					? { ...ids, ok: false, reason: `no candidate ${candidateId} or baseline ${baselineId}` }
					: !c.ok
						? { ...ids, ok: false, reason: c.reason }
						: !b.ok
							? { ...ids, ok: false, reason: b.reason }
							: timelineOf(pairInputs(inputs, candidateId, baselineId)!, c, b, t);
		});
	}
	return out;
}
