import type { AcquisitionMode, Precision } from './kinds';
import { apiCost, apiLine, offeringProblem, type ApiLine } from './api-cost';
import {
	exactDecisionCount,
	firstAt,
	prepareApi,
	prepareStaircase,
	solveStepsInto,
	sustainedAt,
	type BreakEven,
	type PreparedApi,
	type PreparedStaircase,
	type Staircase
} from './break-even';
import { capacity, lazyCapacity, peakFactor, type Capacity } from './capacity';
import { dayShape, type DayShape, type OverflowLine } from './fleet';
import {
	curveAt,
	nextReplicaVolume,
	solveCurve,
	type CurvePoint,
	type SelfHostCurve
} from './self-host-curve';
import { dec, fastToNumber, floatOf, numberOf, ZERO, type Decimal } from './decimal';
import { level, remember } from './memo';
import type {
	CandidateInputs,
	EngineInputs,
	GpuInputs,
	ModelInputs,
	OfferingInputs,
	ServingInputs,
	WorkloadInputs
} from './inputs';
import { explained, quantity, type Explained } from './quantity';
import {
	costCategories,
	costStructure,
	missingPrice,
	withGpusPerReplica,
	nodesFor,
	type Breakdown,
	type CostStructure
} from './self-host-cost';
import { sizeOptions, type Arrangement, type SizingOption } from './sizing';
import {
	floatThroughput,
	precisionProblem,
	replicaThroughput,
	type ThroughputOk
} from './throughput';
import {
	monthlyVolume,
	requestsPerDayAt,
	SECONDS_PER_MONTH,
	withReasoningTokens
} from './workload';

const MILLION = dec(1_000_000);

export interface PlanCost {
	/** Replicas paid for (active + redundancy); autoscaled rent: the day's average, rounded up. */
	replicas: number;
	gpus: number;
	nodes: number;
	/** Everything at plan: the self-hosted cost plus what the overflow API charges. */
	total: Explained;
	/** The self-hosted cost by category (the overflow API's bill is `split.overflowCost`). */
	breakdown: Breakdown;
	/** USD per 1M tokens at the planned volume; undefined at zero volume. */
	perMTok?: Explained;
	/** Tokens served in-house, sent to the overflow API, or not served, and the API's bill. */
	split: CurvePoint;
}

/** How a candidate's capacity is decided. */
export type CandidateMode = 'follow' | 'fleet' | 'hybrid' | 'autoscaled';

/** A hybrid candidate at plan, next to its two pure options. */
export interface HybridSummary {
	overflowId: string;
	overflowName: string;
	/** Active replicas of the cheapest split (0: all API). */
	optimumReplicas: number;
	/** Share of the planned tokens served in-house. */
	inHouseShare: Decimal;
	/** All API (the overflow offering alone) and all self-hosted (capacity following volume). */
	allApi: Decimal;
	allSelfHosted: Decimal;
	savingVsApi: Decimal;
	savingVsSelfHosted: Decimal;
	/** The volume above plan at which the optimum adds a replica. */
	addsReplicaAt?: { volume: Decimal; active: number };
}

/** One replica size considered for a candidate, at the planned volume. */
export type DegreeTried = { gpusPerReplica: number; arrangement: Arrangement } & (
	| {
			ok: true;
			requestsPerSecond: Decimal;
			path: 'benchmark' | 'roofline';
			replicas: number;
			monthlyCost: Decimal;
			chosen: boolean;
	  }
	| { ok: false; reason: string }
);

export type CandidateResult = {
	id: string;
	label: string;
	modelId: string;
	modelName: string;
	gpuId: string;
	gpuName: string;
	precision: Precision;
	acquisition: AcquisitionMode;
	warnings: string[];
} & (
	| {
			ok: true;
			sizing: SizingOption;
			/** Each replica size considered, priced at the planned volume: the cheapest is chosen. */
			degreesTried: DegreeTried[];
			/** The user pinned the replica size. */
			pinned: boolean;
			/** How capacity is decided: following volume, a fixed fleet, the hybrid optimum, autoscaled rent. */
			mode: CandidateMode;
			/** The self-hosted side's cost against volume (charts and break-evens use it). */
			curve: SelfHostCurve;
			/** Set for a candidate with an overflow API and no fleet. */
			hybrid?: HybridSummary;
			throughput: ThroughputOk;
			capacity: Capacity;
			cost: CostStructure;
			staircase: PreparedStaircase;
			atPlan: PlanCost;
	  }
	| { ok: false; reason: string }
);

export type BaselineResult = { id: string; name: string; provider: string } & (
	| { ok: true; line: ApiLine; prepared: PreparedApi; atPlan: Explained; perMTok: Explained }
	| { ok: false; reason: string }
);

export type PairResult = { candidateId: string; baselineId: string } & (
	| {
			ok: true;
			first: BreakEven;
			sustained: BreakEven;
			/** A fleet with no overflow API is compared only up to the volume it serves in full. */
			servesUpTo?: Decimal;
			/**
			 * Set when the fleet leaves tokens unserved at plan: `apiAtPlan` (and the saving) is then the
			 * API's bill for these tokens, the ones the fleet serves, not for the whole volume.
			 */
			apiForServedTokens?: Decimal;
			selfHostAtPlan: Decimal;
			apiAtPlan: Decimal;
			/** API cost − self-hosted cost at plan: positive when self-hosting saves money. */
			savingAtPlan: Decimal;
			cheaperAtPlan: 'self-host' | 'api' | 'equal';
	  }
	| { ok: false; reason: string }
);

export interface Evaluation {
	volume: Explained;
	requestsPerDay: Decimal;
	candidates: CandidateResult[];
	baselines: BaselineResult[];
	/** Every (candidate, baseline) pair, candidate-major: see Pairs. */
	pairs: Pairs;
}

/**
 * Cost structures per GPU (its resolved inputs object), acquisition terms and GPUs per replica: the
 * structure depends on nothing else, so candidates that share these share one. The terms' map is
 * found once per candidate and its sizes are looked up by number: no key string per size.
 */
type CostCache = Map<GpuInputs, Map<string, Map<number, CostStructure | string>>>;

/**
 * One replica size priced at the planned volume: throughput, capacity, cost structure, curve and
 * the point at plan. The throughput is given, or computed when first read (a size ranked in
 * floating point, see fastDegree); the cost by category when first read (only the chosen size's
 * breakdown is shown).
 */
class Sized {
	readonly ok = true;
	#tp: ThroughputOk | (() => ThroughputOk);
	#Kfull: () => Decimal;
	#breakdown: Breakdown | undefined;
	constructor(
		readonly sizing: SizingOption,
		tp: ThroughputOk | (() => ThroughputOk),
		readonly cap: Capacity,
		readonly cost: CostStructure,
		readonly curve: SelfHostCurve,
		readonly point: CurvePoint,
		/** Tokens/month a replica serves at full load (Ku / u), for the breakdown's power per token. */
		Kfull: () => Decimal
	) {
		this.#tp = tp;
		this.#Kfull = Kfull;
	}
	get tp(): ThroughputOk {
		if (typeof this.#tp === 'function') this.#tp = this.#tp();
		return this.#tp;
	}
	/** Replicas paid for at plan (autoscaled rent: the day's average, rounded up). */
	get replicas(): number {
		// A Decimal of this point alone: converted as numberOf would, without remembering its float.
		return Math.max(0, Math.ceil(fastToNumber(this.point.billedReplicas) - 1e-9));
	}
	get total(): Decimal {
		return this.point.total;
	}
	get breakdown(): Breakdown {
		return (this.#breakdown ??= breakdownAt(this.cost, this.point, this.replicas, this.#Kfull()));
	}
}
type Exact = Sized | { ok: false; reason: string };

function exactDegree(
	c: CandidateInputs,
	opt: SizingOption,
	inp: EngineInputs,
	volume: Decimal,
	estimates: Map<string, Decimal | undefined>,
	costOf: (n: number) => CostStructure | string,
	visible: WorkloadInputs,
	day: DayShape,
	overflow: Overflow
): Exact {
	const tp = replicaThroughput(c, opt, inp.serving, inp.workload, inp.benchmarks, estimates);
	if (!tp.ok) return tp;
	if (!tp.requestsPerSecond.value.gt(ZERO))
		return { ok: false, reason: 'zero throughput: the replica serves no requests' };
	const cost = costOf(opt.gpusPerReplica);
	if (typeof cost === 'string') return { ok: false, reason: cost };
	// Capacity counts visible tokens: reasoning tokens load the replica (in inp) but are not volume.
	const cap = capacity(tp.requestsPerSecond, visible, inp.serving);
	const stair = prepareStaircase(staircaseOf(cost, opt, cap));
	// Ku: tokens/month a replica serves at the planned utilisation were it used all month; the swing
	// of power between idle and full load is charged per token at the replica's full rate Ku / u.
	const Ku = cap.volumePerReplica.value.mul(cap.peakFactor.value);
	const perToken = cost.perGpuAtFullLoadTotal.isZero()
		? cost.perGpuAtFullLoadTotal
		: cost.perGpuAtFullLoadTotal
				.mul(opt.gpusPerReplica)
				.mul(inp.serving.targetUtilization.value)
				.div(Ku);
	const curve = curveOf(c, stair, Ku, perToken, day, overflow);
	if (typeof curve === 'string') return { ok: false, reason: curve };
	const u = inp.serving.targetUtilization.value;
	return new Sized(opt, tp, cap, cost, curve, curveAt(curve, volume), () => Ku.div(u));
}

/** The staircase of one replica size. */
function staircaseOf(cost: CostStructure, opt: SizingOption, cap: Capacity): Staircase {
	return {
		fixed: cost.fixedTotal,
		perReplica: cost.perReplicaTotal,
		perNode: cost.perNodeTotal,
		gpusPerReplica: opt.gpusPerReplica,
		gpusPerNode: cost.gpusPerNode,
		minActive: cap.minActive,
		redundancy: cap.redundancy,
		volumePerReplica: cap.volumePerReplica.value
	};
}

/** The staircase of a replica size priced float-first: its volume per replica computed when read. */
class LazyStaircase implements Staircase {
	readonly fixed: Decimal;
	readonly perReplica: Decimal;
	readonly perNode: Decimal;
	readonly gpusPerReplica: number;
	readonly gpusPerNode: number;
	readonly minActive: number;
	readonly redundancy: number;
	#cap: Capacity;
	constructor(
		cost: CostStructure,
		opt: SizingOption,
		cap: Capacity,
		readonly volumePerReplicaFloat: number
	) {
		this.fixed = cost.fixedTotal;
		this.perReplica = cost.perReplicaTotal;
		this.perNode = cost.perNodeTotal;
		this.gpusPerReplica = opt.gpusPerReplica;
		this.gpusPerNode = cost.gpusPerNode;
		this.minActive = cap.minActive;
		this.redundancy = cap.redundancy;
		this.#cap = cap;
	}
	get volumePerReplica(): Decimal {
		return this.#cap.volumePerReplica.value;
	}
}

/**
 * A replica size of a candidate whose capacity follows volume with no cost per token served, priced
 * float-first: its float throughput is `sure` (see floatThroughput), so the exact throughput is
 * known to succeed and lie within float rounding of it. The replica count at plan comes from the
 * float volume per replica, exactly whenever the quotient is near an integer (floorDiv), and the
 * cost at plan is the staircase's step cost: the same Decimals as exactDegree's. The throughput and
 * the volume per replica are computed exactly when first read.
 */
function fastDegree(
	c: CandidateInputs,
	opt: SizingOption,
	inp: EngineInputs,
	volume: Decimal,
	estimates: Map<string, Decimal | undefined>,
	cost: CostStructure,
	visible: WorkloadInputs,
	volumeFloat: number
): Sized {
	const tp = (): ThroughputOk => {
		const t = replicaThroughput(c, opt, inp.serving, inp.workload, inp.benchmarks, estimates);
		// floatThroughput's `sure` rules this out.
		if (!t.ok) throw new Error(`${c.label}: ${t.reason}`);
		return t;
	};
	let rps: ThroughputOk | undefined;
	const cap = lazyCapacity(
		() => (rps ??= tp()).requestsPerSecond,
		visible,
		inp.serving,
		volumeFloat
	);
	const stair = prepareStaircase(new LazyStaircase(cost, opt, cap, volumeFloat));
	const curve: SelfHostCurve = { kind: 'follow', stair, perToken: cost.perGpuAtFullLoadTotal };
	const u = inp.serving.targetUtilization.value;
	return new Sized(
		opt,
		() => (rps ??= tp()),
		cap,
		cost,
		curve,
		curveAt(curve, volume),
		() => cap.volumePerReplica.value.mul(cap.peakFactor.value).div(u)
	);
}

/** The self-hosted side's cost against volume for one replica size, by the candidate's mode. */
function curveOf(
	c: CandidateInputs,
	stair: PreparedStaircase,
	Ku: Decimal,
	perToken: Decimal,
	day: DayShape,
	overflow: Overflow
): SelfHostCurve | string {
	if (typeof overflow === 'string') return overflow;
	const shared = { stair, Ku, perToken, day };
	if (c.fleet) {
		const g = stair.s.gpusPerReplica;
		const total = 'replicas' in c.fleet ? c.fleet.replicas : Math.floor(c.fleet.gpus / g);
		if ('gpus' in c.fleet && c.fleet.gpus % g !== 0)
			return `a fleet of ${c.fleet.gpus} GPUs does not divide into replicas of ${g} GPUs`;
		const active = total - stair.s.redundancy;
		if (active < 1)
			return `a fleet of ${total} replica${total === 1 ? '' : 's'} leaves none active after ${stair.s.redundancy} redundant`;
		return { kind: 'fleet', ...shared, active, overflow };
	}
	if (overflow) return { kind: 'hybrid', ...shared, overflow };
	if (c.acquisition === 'rent' && c.rental?.kind === 'autoscaled')
		return { kind: 'autoscaled', ...shared, minOffPeak: c.rental.minReplicas };
	return { kind: 'follow', stair, perToken };
}

/**
 * A candidate's overflow API line (see overflowLine), or why it cannot be priced, or none: made once
 * per candidate and shared by its replica sizes' curves.
 */
type Overflow = OverflowLine | string | undefined;

/** The overflow API's blended line for this workload, or why it cannot be priced. */
function overflowLine(o: OfferingInputs, inp: EngineInputs): OverflowLine | string {
	const problem = offeringProblem(o);
	if (problem) return `overflow API ${o.name}: ${problem}`;
	const line = apiLine(o, inp.workload);
	return { fixed: line.fixedMonthly, perToken: line.pricePerToken };
}

/**
 * The self-hosted cost at plan by category: fixed, per GPU for the replicas paid for, per node
 * (whole nodes), and the per-token swing of power (and average-kW colocation) on the tokens served.
 */
function breakdownAt(
	cost: CostStructure,
	point: CurvePoint,
	replicas: number,
	Kfull: Decimal
): Breakdown {
	const billedGpus = point.billedReplicas.mul(cost.gpusPerReplica);
	const nodes = dec(nodesFor(replicas, cost));
	const out = {} as Breakdown;
	for (const k of costCategories) {
		let v = cost.fixed[k].add(cost.perGpu[k].mul(billedGpus)).add(cost.perNode[k].mul(nodes));
		if (!cost.perGpuAtFullLoad[k].isZero())
			v = v.add(cost.perGpuAtFullLoad[k].mul(cost.gpusPerReplica).mul(point.served).div(Kfull));
		// All API (a hybrid at 0 replicas): nothing self-hosted is paid, staff included.
		out[k] = point.activeReplicas === 0 && point.selfHost.isZero() ? dec(0) : v;
	}
	return out;
}

/** The candidate's figures floatCostAtPlan reads, in floating point, once for all its sizes. */
interface FloatPlan {
	u: number;
	pf: number;
	V: number;
	seconds: number;
	/** i + o of the visible workload. */
	tokens: number;
	red: number;
	minActive: number;
	d: { f: number; P: number; L: number };
}
const floatPlans = new WeakMap<ServingInputs, WeakMap<WorkloadInputs, FloatPlan>>();
function floatPlan(
	inp: EngineInputs,
	visible: WorkloadInputs,
	V: Decimal,
	day: DayShape
): FloatPlan {
	return {
		u: floatOf(inp.serving.targetUtilization.value),
		pf: floatOf(peakFactor(visible, inp.serving).value),
		V: floatOf(V),
		seconds: floatOf(SECONDS_PER_MONTH),
		tokens:
			floatOf(visible.inputTokensPerRequest.value) + floatOf(visible.outputTokensPerRequest.value),
		red: floatOf(inp.serving.redundancy.value),
		minActive: floatOf(inp.serving.minReplicas.value),
		d: { f: floatOf(day.f), P: floatOf(day.P), L: floatOf(day.L) }
	};
}

/** A replica size ranked in floating point (see floatCostAtPlan). */
interface Ranked {
	opt: SizingOption;
	/** Bounds of its monthly cost at plan: Infinity when no batch meets the constraints. */
	lo: number;
	hi: number;
	/** Bounds of the volume it leaves unserved (a fleet with no overflow API). */
	unservedLo: number;
	unservedHi: number;
	/** Tokens/month one replica serves (the float volume per replica). */
	volume: number;
	/** The float throughput is sure (floatThroughput): the size can be priced float-first. */
	sure: boolean;
}

/** Within float rounding of an integer: ceil of the exact quotient may be r or r + 1. */
const nearInteger = (q: number, r: number) => Math.abs(q - r) <= 1e-9 * Math.max(1, Math.abs(q));
/** ceil(q), or the lower of the two counts it may be exactly when q lies near an integer. */
const ceilLo = (q: number) => (nearInteger(q, Math.round(q)) ? Math.round(q) : Math.ceil(q));
/** ceil(q), or the higher of the two counts it may be exactly when q lies near an integer. */
const ceilHi = (q: number) => (nearInteger(q, Math.round(q)) ? Math.round(q) + 1 : Math.ceil(q));

/** A replica size's costs in floating point, for floatCostAtPlan. */
class FloatCosts {
	readonly fixed: number;
	readonly perRep: number;
	readonly perNode: number;
	readonly gpusPerNode: number;
	/** Power above idle per token served: per GPU at full load × GPUs × utilisation / Ku. */
	readonly perTok: number;
	constructor(
		cost: CostStructure,
		readonly n: number,
		readonly x: FloatPlan,
		/** Tokens/month a replica serves at the planned utilisation, used all month. */
		readonly Ku: number,
		readonly overflow: { fixed: number; perToken: number } | undefined
	) {
		this.fixed = floatOf(cost.fixedTotal);
		this.perRep = floatOf(cost.perReplicaTotal);
		this.perNode = floatOf(cost.perNodeTotal);
		this.perTok = (floatOf(cost.perGpuAtFullLoadTotal) * n * x.u) / Ku;
		this.gpusPerNode = cost.gpusPerNode;
	}
	/** Cost of k active replicas (and the redundant ones), nodes included. */
	S(k: number): number {
		return replicasCost(
			this.fixed,
			this.perRep,
			this.perNode,
			this.gpusPerNode,
			this.n,
			k + this.x.red
		);
	}
	/**
	 * k active replicas with the rest overflowing (or unserved): capacity that covers the peak
	 * serves all of V (no overflow, no fee); near that edge, either.
	 */
	split(k: number): { lo: number; hi: number; unservedLo: number; unservedHi: number } {
		const { V, d } = this.x;
		const C = k * this.Ku;
		const peak = d.P * V;
		const all = this.S(k) + this.perTok * V;
		if (peak <= C * (1 - 1e-9)) return { lo: all, hi: all, unservedLo: 0, unservedHi: 0 };
		const inHouse = d.f * Math.min(peak, C) + (1 - d.f) * Math.min(d.L * V, C);
		const rest = Math.max(0, V - inHouse);
		const self = this.S(k) + this.perTok * inHouse;
		const o = this.overflow;
		const api = o ? o.fixed + o.perToken * rest : 0;
		const unserved = o ? 0 : rest;
		if (peak >= C * (1 + 1e-9))
			return { lo: self + api, hi: self + api, unservedLo: unserved, unservedHi: unserved };
		return {
			lo: Math.min(self, all),
			hi: Math.max(self + api, all),
			unservedLo: 0,
			unservedHi: unserved
		};
	}
}

/** The float monthly cost of `all` replicas of n GPUs (FloatCosts.S), nodes included. */
function replicasCost(
	fixed: number,
	perRep: number,
	perNode: number,
	gpusPerNode: number,
	n: number,
	all: number
): number {
	return fixed + all * perRep + Math.ceil((all * n) / gpusPerNode) * perNode;
}

/**
 * The least a size whose capacity follows volume can cost at plan, in floating point: its fewest
 * replicas (minReplicas active and the redundant ones), per-token costs left out. floatCostAtPlan's
 * lower bound is never below it: the same sum at no fewer replicas, plus a cost per token ≥ 0.
 */
function leastFollowCost(cost: CostStructure, n: number, x: FloatPlan): number {
	return replicasCost(
		floatOf(cost.fixedTotal),
		floatOf(cost.perReplicaTotal),
		floatOf(cost.perNodeTotal),
		cost.gpusPerNode,
		n,
		x.minActive + x.red
	);
}

/** A replica size ranked (see Ranked): a function, not a closure made per size of every candidate. */
function rankedSize(
	opt: SizingOption,
	volume: number,
	sure: boolean,
	lo: number,
	hi: number,
	unservedLo = 0,
	unservedHi = 0
): Ranked {
	return { opt, lo, hi, unservedLo, unservedHi, volume, sure };
}

/**
 * A replica size's monthly cost at the planned volume in floating point, for ranking, as bounds
 * that hold the exact cost: a replica count whose quotient lies within float rounding of an
 * integer may be either, and an overflow fee is charged or not when capacity only just covers the
 * peak. Not sure (floatThroughput): any cost.
 */
function floatCostAtPlan(
	c: CandidateInputs,
	opt: SizingOption,
	inp: EngineInputs,
	cost: CostStructure,
	estimates: Estimates,
	x: FloatPlan,
	mode: CandidateMode,
	overflow: { fixed: number; perToken: number } | undefined
): Ranked {
	const n = opt.gpusPerReplica;
	// A size that will be priced exactly (not float-first) has its benchmark estimated exactly.
	const exactly = mode !== 'follow' || !cost.perGpuAtFullLoadTotal.isZero();
	const { rps, sure } = floatThroughput(
		c,
		opt,
		inp.serving,
		inp.workload,
		inp.benchmarks,
		estimates.float,
		exactly ? estimates.exact : undefined
	);
	if (!sure)
		return {
			opt,
			lo: -Infinity,
			hi: Infinity,
			unservedLo: 0,
			unservedHi: Infinity,
			volume: 0,
			sure
		};
	if (!(rps > 0))
		return {
			opt,
			lo: Infinity,
			hi: Infinity,
			unservedLo: Infinity,
			unservedHi: Infinity,
			volume: 0,
			sure
		};
	const { u, pf, V, minActive, d } = x;
	const perReplica = (rps * u * x.seconds * x.tokens) / pf;
	const Ku = perReplica * pf;
	const f = new FloatCosts(cost, n, x, perReplica * pf, overflow);
	switch (mode) {
		case 'follow': {
			const q = V / perReplica;
			const kLo = Math.max(minActive, ceilLo(q));
			const kHi = Math.max(minActive, ceilHi(q));
			return rankedSize(opt, perReplica, sure, f.S(kLo) + f.perTok * V, f.S(kHi) + f.perTok * V);
		}
		case 'fleet': {
			const fl = c.fleet;
			if (!fl || ('gpus' in fl && fl.gpus % n !== 0))
				return rankedSize(opt, perReplica, sure, Infinity, Infinity, Infinity, Infinity);
			const k = ('replicas' in fl ? fl.replicas : fl.gpus / n) - x.red;
			if (k < 1) return rankedSize(opt, perReplica, sure, Infinity, Infinity, Infinity, Infinity);
			const at = f.split(k);
			return rankedSize(opt, perReplica, sure, at.lo, at.hi, at.unservedLo, at.unservedHi);
		}
		case 'hybrid': {
			// The optimum over the counts hybridOptimum tries (self-host-curve.ts options): all API,
			// and the 4,096 counts up to full service; lo over every count it may try, hi over the
			// counts it tries whichever the float full count is exactly.
			const fullLo = Math.max(minActive, ceilLo((d.P * V) / Ku));
			const fullHi = Math.max(minActive, ceilHi((d.P * V) / Ku));
			const allApi = overflow ? overflow.fixed + overflow.perToken * V : Infinity;
			let lo = allApi;
			let hi = allApi;
			const first = Math.max(minActive, fullLo - 4096);
			// Counted as well as compared (see self-host-curve.ts options): k + 1 === k beyond 2^53.
			for (let k = first, i = 0; k <= fullHi && i <= 4097; k++, i++) {
				const at = f.split(k);
				lo = Math.min(lo, at.lo);
				if (k >= fullHi - 4096 && k <= fullLo) hi = Math.min(hi, at.hi);
			}
			if (fullHi - 4096 > minActive) {
				// The off-peak edge hybridOptimum adds past 4,096 counts.
				const offLo = Math.max(minActive, ceilLo((d.L * V) / Ku));
				const offHi = Math.max(minActive, ceilHi((d.L * V) / Ku));
				for (const k of [minActive, offLo - 1, offLo, offHi, offHi + 1])
					if (k >= minActive && k <= fullHi) lo = Math.min(lo, f.split(k).lo);
			}
			return rankedSize(opt, perReplica, sure, lo, hi);
		}
		case 'autoscaled': {
			const mO = c.rental?.kind === 'autoscaled' ? c.rental.minReplicas : 0;
			const peak = (d.P * V) / Ku;
			const off = (d.L * V) / Ku;
			const billed = (p: number, o: number) => x.red + d.f * p + (1 - d.f) * o;
			return rankedSize(
				opt,
				perReplica,
				sure,
				f.fixed + billed(Math.max(minActive, ceilLo(peak)), Math.max(mO, ceilLo(off))) * f.perRep,
				f.fixed + billed(Math.max(minActive, ceilHi(peak)), Math.max(mO, ceilHi(off))) * f.perRep
			);
		}
	}
}

/**
 * a < b beyond the last digits' rounding: equal costs computed along different paths (a node's
 * share divided by 8, say) may differ in their 40th digit, and that noise must not pick the wider
 * replica over the narrower (ties go to fewer GPUs, whatever the prices' scale).
 */
const cheaper = (a: Decimal, b: Decimal): boolean => a.lt(b) && b.sub(a).gt(b.abs().mul('1e-30'));

/**
 * A replica size considered, its figures read from its priced size: the chosen one's, or a size
 * that lost, priced exactly when first read (an explanation opened). A class, not an object literal
 * with getters, which V8 builds far slower.
 */
class TriedDegree {
	readonly gpusPerReplica: number;
	readonly arrangement: Arrangement;
	readonly chosen: boolean;
	#opt: SizingOption;
	#winner: Sized;
	/** The candidate's exact pricing of a size (one function for all its sizes, no closure each). */
	#price: (opt: SizingOption) => Exact;
	constructor(opt: SizingOption, winner: Sized, price: (opt: SizingOption) => Exact) {
		this.gpusPerReplica = opt.gpusPerReplica;
		this.arrangement = opt.arrangement;
		this.chosen = opt === winner.sizing;
		this.#opt = opt;
		this.#winner = winner;
		this.#price = price;
	}
	#exact(): Exact {
		return this.chosen ? this.#winner : this.#price(this.#opt);
	}
	#ok(): Sized {
		const x = this.#exact();
		if (!x.ok) throw new Error(x.reason);
		return x;
	}
	get ok(): boolean {
		return this.#exact().ok;
	}
	get reason(): string {
		const x = this.#exact();
		return x.ok ? '' : x.reason;
	}
	get requestsPerSecond(): Decimal {
		return this.#ok().tp.requestsPerSecond.value;
	}
	get path(): 'benchmark' | 'roofline' {
		return this.#ok().tp.path;
	}
	get replicas(): number {
		return this.#ok().replicas;
	}
	get monthlyCost(): Decimal {
		return this.#ok().total;
	}
	/** JSON sees the plain entry its getters describe. */
	toJSON() {
		const base = { gpusPerReplica: this.gpusPerReplica, arrangement: this.arrangement };
		if (!this.ok) return { ...base, ok: false, reason: this.reason };
		const { requestsPerSecond, path, replicas, monthlyCost, chosen } = this;
		return { ...base, ok: true, requestsPerSecond, path, replicas, monthlyCost, chosen };
	}
}

/** Benchmark estimates by benchmark id, exact and in floating point. */
interface Estimates {
	exact: Map<string, Decimal | undefined>;
	float: Map<string, number | undefined>;
}
/**
 * Benchmark estimates per GPU and model (their resolved inputs objects): candidates that share
 * both (rent and buy of one deployment) share the roofline's estimate of each benchmark.
 */
type EstimateCache = Map<GpuInputs, Map<ModelInputs, Estimates>>;

/**
 * A candidate without figures, and why: built straight from its inputs (half the candidates of a
 * large scenario end here, most before any figure is computed).
 */
const failed = (c: CandidateInputs, reason: string): CandidateResult => ({
	id: c.id,
	label: c.label,
	modelId: c.model.id,
	modelName: c.model.name,
	gpuId: c.gpu.id,
	gpuName: c.gpu.name,
	precision: c.precision,
	acquisition: c.acquisition,
	warnings: [],
	ok: false,
	reason
});

function evaluateCandidate(
	c: CandidateInputs,
	inp: EngineInputs,
	volume: Decimal,
	costs: CostCache,
	estimateCache: EstimateCache,
	exactly: boolean
): CandidateResult {
	const unpriced = missingPrice(c);
	if (unpriced) return failed(c, unpriced);
	const unusable = precisionProblem(c.gpu, c.precision);
	if (unusable) return failed(c, unusable);
	// A reasoning model generates hidden tokens too: they load the replica, but volume counts visible ones.
	const visible = inp.workload;
	inp = {
		...inp,
		workload: withReasoningTokens(visible, c.model.reasoningTokensPerRequest),
		serving: servingFor(c, inp.serving)
	};
	const day = dayOf(visible, inp.serving);
	const mode: CandidateMode = c.fleet
		? 'fleet'
		: c.overflow
			? 'hybrid'
			: c.acquisition === 'rent' && c.rental?.kind === 'autoscaled'
				? 'autoscaled'
				: 'follow';
	const gpusPerNode = numberOf(inp.finance.gpusPerNode.value);
	const fits = sizeOptions(
		c.model,
		c.gpu,
		c.precision,
		inp.serving,
		inp.workload,
		c.gpusPerReplica,
		gpusPerNode
	);
	if (!fits.ok) return failed(c, fits.reason);
	// Every replica size that fits is priced at the planned volume; the cheapest wins, ties going to
	// fewer GPUs per replica. Throughput per GPU alone would pick a wider replica for a sliver of
	// throughput and pay for GPUs the volume does not need. Sizes are ranked in floating point and
	// the winner is then computed exactly; sizes within a hair of the winner's cost are computed
	// exactly too, so float noise never decides. The others' exact figures are computed when read.
	let byTerms = costs.get(c.gpu);
	if (!byTerms) costs.set(c.gpu, (byTerms = new Map()));
	let byModel = estimateCache.get(c.gpu);
	if (!byModel) estimateCache.set(c.gpu, (byModel = new Map()));
	let estimates = byModel.get(c.model);
	if (!estimates) byModel.set(c.model, (estimates = { exact: new Map(), float: new Map() }));
	// The per-GPU costs depend on the GPU and how it is acquired, not on the replica size.
	const terms =
		c.acquisition === 'rent' && c.rental?.kind === 'committed'
			? `committed ${c.rental.months} ${c.rental.renews ? 'renews' : 'lapses'} ${c.rental.discount.value.toString()}`
			: c.acquisition === 'rent'
				? (c.rental?.kind ?? 'on-demand')
				: '';
	const termsKey = `${c.acquisition}|${terms}`;
	let bySize = byTerms.get(termsKey);
	if (!bySize) byTerms.set(termsKey, (bySize = new Map()));
	const costOf = (n: number): CostStructure | string => {
		let cost = bySize.get(n);
		if (cost === undefined) {
			let base = bySize.get(1);
			if (base === undefined) bySize.set(1, (base = costStructure(c, 1, inp.finance)));
			cost = typeof base === 'string' ? base : withGpusPerReplica(base, n);
			bySize.set(n, cost);
		}
		return cost;
	};
	// One-off costs (setup, migration…) count in the monthly view as amount / months (straight line).
	// (Most candidates have none: no sum is made for them.)
	const oneOff = c.oneOffCosts?.length
		? c.oneOffCosts.reduce((sum, o) => sum.add(o.amountUsd.value), dec(0))
		: ZERO;
	const perMonth = oneOff.isZero()
		? undefined
		: explained(
				`${c.label}: one-off costs per month`,
				oneOff.div(inp.finance.oneOffAmortizationMonths.value),
				'USD/month',
				'sum of one-off costs / months they are spread over (straight line, no interest)',
				[...(c.oneOffCosts ?? []).map((o) => o.amountUsd), inp.finance.oneOffAmortizationMonths]
			);
	const sharedCostOf = costOf;
	const costWithOneOff = !perMonth
		? costOf
		: (n: number): CostStructure | string => {
				const cs = sharedCostOf(n);
				if (typeof cs === 'string') return cs;
				return {
					...cs,
					fixed: { ...cs.fixed, other: cs.fixed.other.add(perMonth.value) },
					fixedTotal: cs.fixedTotal.add(perMonth.value),
					explanations: [...cs.explanations, perMonth]
				};
			};
	const ovf = c.overflow ? overflowLine(c.overflow, inp) : undefined;
	const priced = new Map<SizingOption, Exact>();
	const exact = (opt: SizingOption): Exact => {
		let e = priced.get(opt);
		if (!e)
			priced.set(
				opt,
				(e = exactDegree(c, opt, inp, volume, estimates.exact, costWithOneOff, visible, day, ovf))
			);
		return e;
	};
	// Every size is ranked by its cost at plan in floating point (for a fleet with no overflow API,
	// by the volume it leaves unserved first), as bounds that hold the exact cost (a size that
	// follows volume and cannot win on its fewest replicas alone gets that lower bound, with no
	// throughput estimated); the sizes whose lower bound reaches the best upper bound are priced
	// exactly and the cheapest wins. Capacity that follows volume with no cost per token is priced
	// float-first (fastDegree): the same exact cost, its throughput computed when read. `exactly`
	// prices every size exactly (evaluateExact).
	const ovfFloat =
		ovf && typeof ovf !== 'string'
			? { fixed: floatOf(ovf.fixed), perToken: floatOf(ovf.perToken) }
			: undefined;
	const ranked: Ranked[] = [];
	// The plan's floats depend on the serving settings and the visible workload alone (the volume
	// and the day's shape derive from them): candidates with the same settings share one.
	const plan = exactly
		? undefined
		: remember(level(floatPlans, inp.serving), visible, () => floatPlan(inp, visible, volume, day));
	const near = (x: number, low: number) => x <= low * (1 + 1e-9) + 1e-9;
	// Capacity that follows volume costs at least its fewest replicas (leastFollowCost), whatever
	// its throughput: a size whose least cost is not near the best upper bound ranked so far can
	// never be near the final bound, so its throughput is not estimated to rank it (its exact
	// figures are still computed when read). Sizes come smallest first, so most wide replicas of a
	// model that one GPU serves end here.
	let bestHi = Infinity;
	for (const opt of fits.options) {
		const cost = costWithOneOff(opt.gpusPerReplica);
		if (typeof cost === 'string') return failed(c, cost);
		if (plan && mode === 'follow' && bestHi < Infinity) {
			const least = leastFollowCost(cost, opt.gpusPerReplica, plan);
			if (!near(least, bestHi)) {
				ranked.push(rankedSize(opt, 0, false, least, Infinity));
				continue;
			}
		}
		const r = !plan
			? { opt, lo: -Infinity, hi: Infinity, unservedLo: 0, unservedHi: 0, volume: 0, sure: false }
			: floatCostAtPlan(c, opt, inp, cost, estimates, plan, mode, ovfFloat);
		ranked.push(r);
		if (r.hi < bestHi) bestHi = r.hi;
	}
	// A fleet with no overflow API is chosen for the volume it serves first, then for cost: every
	// size that may leave the least unserved is priced exactly.
	const unservedFirst = mode === 'fleet' && !c.overflow;
	let bound = Infinity;
	for (const r of ranked) bound = Math.min(bound, unservedFirst ? r.unservedHi : r.hi);
	const float = mode === 'follow' && !exactly;
	const price = (r: Ranked): Exact => {
		const cost = costWithOneOff(r.opt.gpusPerReplica);
		if (!float || !r.sure || typeof cost === 'string' || !cost.perGpuAtFullLoadTotal.isZero())
			return exact(r.opt);
		let e = priced.get(r.opt);
		if (!e)
			priced.set(
				r.opt,
				(e = fastDegree(c, r.opt, inp, volume, estimates.exact, cost, visible, r.volume))
			);
		return e;
	};
	let best: Sized | undefined;
	for (const r of ranked) {
		if (r.lo === Infinity || !near(unservedFirst ? r.unservedLo : r.lo, bound)) continue;
		const e = price(r);
		if (!e.ok) continue;
		if (!best) best = e;
		else if (unservedFirst && !e.point.unserved.eq(best.point.unserved)) {
			if (e.point.unserved.lt(best.point.unserved)) best = e;
		} else if (cheaper(e.total, best.total)) best = e;
	}
	if (!best) {
		// Nothing priced: report the first size's reason (or a finite-cost one that failed exactly).
		for (const r of ranked) {
			const e = exact(r.opt);
			if (!e.ok) return failed(c, e.reason);
		}
		return failed(c, 'zero throughput: the replica serves no requests');
	}
	const chosen = best;
	const { sizing, cap, cost } = chosen;
	const warnings: string[] = [];
	if (sizing.twoNodes)
		warnings.push(
			`needs ${sizing.gpusPerReplica} GPUs per replica: ${sizing.arrangement === 'dep' ? 'expert' : 'tensor'} parallelism across nodes`
		);
	if (c.precision === 'fp8' && !c.gpu.denseFp8Tflops) {
		warnings.push(`${c.gpu.name} has no FP8 tensor cores: compute estimated at the BF16 rate`);
	}
	const { curve, point } = chosen;
	if (point.unserved.gt(ZERO))
		warnings.push(
			`the fleet serves ${point.served.div(volume).mul(100).toDecimalPlaces(1).toString()}% of the planned tokens; the rest is not served (name an overflow API to price it)`
		);
	const formula =
		mode === 'follow'
			? 'fixed + replicas × GPUs/replica × per-GPU cost + nodes × per-node cost + power per token served'
			: mode === 'autoscaled'
				? 'fixed + (f × peak replicas + (1 − f) × off-peak replicas + redundancy) × GPUs/replica × per-GPU cost'
				: c.overflow
					? 'fixed + replicas × GPUs/replica × per-GPU cost + nodes × per-node cost + overflow API (fee + price × tokens above capacity)'
					: 'fixed + replicas × GPUs/replica × per-GPU cost + nodes × per-node cost (tokens above the fleet’s capacity are not served)';
	const total = explained(`${c.label}: monthly cost at plan`, chosen.total, 'USD/month', formula, [
		...cost.explanations,
		cap.volumePerReplica,
		// The daily shape that splits the volume (fleets, hybrids, autoscaled rent).
		...(mode === 'follow'
			? []
			: [
					quantity('share of the day at peak f', day.f, 'share', 'peak hours per day / 24'),
					quantity('peak load P', day.P, '× average', 'peak factor'),
					quantity('off-peak load L', day.L, '× average', '(1 − f·P) / (1 − f)'),
					quantity(
						mode === 'autoscaled' ? 'replicas billed (the day’s average)' : 'replicas paid for',
						point.billedReplicas,
						'replicas',
						mode === 'autoscaled'
							? 'redundancy + f × peak replicas + (1 − f) × off-peak replicas'
							: 'active + redundant'
					),
					quantity('tokens served in-house', point.served, 'tokens/month', 'derived')
				])
	]);
	const result = new PricedCandidate(
		c,
		warnings,
		chosen,
		fits.options,
		exact,
		c.gpusPerReplica !== undefined,
		mode,
		new PlanAt(chosen, total, volume, c.label)
	);
	// A hybrid next to its two pure options. (A fixed fleet with an overflow API shows its split only:
	// the exports read a summary as "the hybrid optimum".)
	if (curve.kind === 'hybrid' && c.overflow) {
		const allApi = curve.overflow.fixed.add(curve.overflow.perToken.mul(volume));
		const allSelfHosted = curveAt(
			{ kind: 'follow', stair: curve.stair, perToken: curve.perToken },
			volume
		).total;
		const hybrid: HybridSummary = {
			overflowId: c.overflow.id,
			overflowName: c.overflow.name,
			// The point at plan is the optimum's (curveAt of a hybrid): not solved a second time.
			optimumReplicas: point.activeReplicas,
			inHouseShare: volume.gt(0) ? point.served.div(volume) : dec(0),
			allApi,
			allSelfHosted,
			savingVsApi: allApi.sub(chosen.total),
			savingVsSelfHosted: allSelfHosted.sub(chosen.total)
		};
		{
			// Solved when first read (the summary shows it; sensitivity runs never read it).
			let adds: HybridSummary['addsReplicaAt'] | null = null;
			Object.defineProperty(hybrid, 'addsReplicaAt', {
				enumerable: true,
				get: () => (adds === null ? (adds = nextReplicaVolume(curve, volume)) : adds)
			});
		}
		result.hybrid = hybrid;
	}
	return result;
}

/**
 * The plan of the chosen size: replicas, cost and split; its breakdown and cost per 1M tokens are
 * made when first read (a large scenario holds thousands of candidates whose breakdown nobody opens).
 */
class PlanAt implements PlanCost {
	readonly replicas: number;
	readonly gpus: number;
	readonly nodes: number;
	readonly split: CurvePoint;
	#chosen: Sized;
	#volume: Decimal;
	#label: string;
	#perMTok: Explained | undefined | null = null;
	constructor(
		chosen: Sized,
		readonly total: Explained,
		volume: Decimal,
		label: string
	) {
		this.#chosen = chosen;
		this.#volume = volume;
		this.#label = label;
		this.replicas = chosen.replicas;
		this.gpus = this.replicas * chosen.sizing.gpusPerReplica;
		this.nodes = nodesFor(this.replicas, chosen.cost);
		this.split = chosen.point;
	}
	get breakdown(): Breakdown {
		return this.#chosen.breakdown;
	}
	/** USD per 1M tokens handled (in-house and overflow; unserved tokens excluded). */
	get perMTok(): Explained | undefined {
		if (this.#perMTok !== null) return this.#perMTok;
		const point = this.split;
		const handled = this.#volume.sub(point.unserved);
		return (this.#perMTok = handled.gt(0)
			? explained(
					`${this.#label}: cost per 1M tokens`,
					this.#chosen.total.div(handled).mul(MILLION),
					'USD/1M tokens',
					point.unserved.gt(0)
						? 'monthly cost / tokens served × 1e6'
						: 'monthly cost / monthly volume × 1e6',
					[this.total]
				)
			: undefined);
	}
}

/** A candidate priced: its chosen size's figures, its throughput computed when first read. */
class PricedCandidate {
	readonly id: string;
	readonly label: string;
	readonly modelId: string;
	readonly modelName: string;
	readonly gpuId: string;
	readonly gpuName: string;
	readonly precision: Precision;
	readonly acquisition: AcquisitionMode;
	readonly warnings: string[];
	readonly ok = true;
	readonly sizing: SizingOption;
	readonly capacity: Capacity;
	readonly cost: CostStructure;
	readonly staircase: PreparedStaircase;
	readonly curve: SelfHostCurve;
	declare hybrid?: HybridSummary;
	#chosen: Sized;
	#options: readonly SizingOption[];
	#price: (opt: SizingOption) => Exact;
	#tried: DegreeTried[] | undefined;
	constructor(
		c: CandidateInputs,
		warnings: string[],
		chosen: Sized,
		/** Every size that fits, in the order ranked; each priced exactly when read (TriedDegree). */
		options: readonly SizingOption[],
		price: (opt: SizingOption) => Exact,
		readonly pinned: boolean,
		readonly mode: CandidateMode,
		readonly atPlan: PlanCost
	) {
		this.id = c.id;
		this.label = c.label;
		this.modelId = c.model.id;
		this.modelName = c.model.name;
		this.gpuId = c.gpu.id;
		this.gpuName = c.gpu.name;
		this.precision = c.precision;
		this.acquisition = c.acquisition;
		this.warnings = warnings;
		this.#chosen = chosen;
		this.#options = options;
		this.#price = price;
		this.sizing = chosen.sizing;
		this.capacity = chosen.cap;
		this.cost = chosen.cost;
		this.curve = chosen.curve;
		this.staircase = chosen.curve.stair;
	}
	get throughput(): ThroughputOk {
		return this.#chosen.tp;
	}
	/** Made when first read: a large scenario holds thousands of candidates whose sizes nobody lists. */
	get degreesTried(): DegreeTried[] {
		return (this.#tried ??= this.#options.map(
			(opt) => new TriedDegree(opt, this.#chosen, this.#price) as unknown as DegreeTried
		));
	}
}

/** The scenario's serving settings with this candidate's own terms in their place. */
function servingFor(c: CandidateInputs, s: ServingInputs): ServingInputs {
	const own = c.serving;
	if (!own) return s;
	// One object per pair, so what is remembered by the settings (throughput, sizing) is found again.
	return remember(level(ownServings, own), s, () => ({
		...s,
		...(own.targetUtilization ? { targetUtilization: own.targetUtilization } : {}),
		...(own.minReplicas ? { minReplicas: own.minReplicas } : {}),
		...(own.redundancy ? { redundancy: own.redundancy } : {})
	}));
}
const ownServings = new WeakMap<
	NonNullable<CandidateInputs['serving']>,
	WeakMap<ServingInputs, ServingInputs>
>();

type CandidateOk = Extract<CandidateResult, { ok: true }>;
type BaselineOk = Extract<BaselineResult, { ok: true }>;

/**
 * The pairs of one candidate with every baseline that the staircase solve handles: the steps of
 * each pair's break-evens in the evaluation's typed array (first and sustained of baseline j at
 * at + 2j and at + 2j + 1), and what its pairs made when read.
 */
class PairRow {
	#made: Made[] | undefined;
	/** The reason of each pair whose solve threw, by baseline index (almost always none). */
	failures: Map<number, string> | undefined;
	constructor(
		readonly c: CandidateOk,
		readonly bs: BaselineResult[],
		readonly steps: Float64Array,
		readonly at: number
	) {}
	made(j: number): Made {
		return ((this.#made ??= [])[j] ??= {});
	}
	/** The pair with baseline j, made when read. */
	pair(j: number): PairResult {
		const b = this.bs[j];
		if (!b.ok) return new UnpricedPair(this.c, b);
		const reason = this.failures?.get(j);
		if (reason !== undefined) return new FailedPair(this.c.id, b.id, reason);
		return new SolvedPair(this, j);
	}
}
interface Made {
	first?: BreakEven;
	sustained?: BreakEven;
	saving?: Decimal;
}

/**
 * A pair with figures, solved (its break-even steps found) and made when read (see Pairs): its
 * break-evens, the saving and the comparison are made when first read, from the candidate and
 * baseline it points to, and kept on the row. Its steps are in the evaluation's typed array. A
 * class, not an object literal with getters: V8 builds accessor literals about 30 times slower.
 */
class SolvedPair {
	#row: PairRow;
	#j: number;
	constructor(row: PairRow, j: number) {
		this.#row = row;
		this.#j = j;
	}
	get #b(): BaselineOk {
		return this.#row.bs[this.#j] as BaselineOk;
	}
	get ok(): true {
		return true;
	}
	get candidateId(): string {
		return this.#row.c.id;
	}
	get baselineId(): string {
		return this.#b.id;
	}
	get first(): BreakEven {
		const made = this.#row.made(this.#j);
		return (made.first ??= firstAt(
			this.#row.c.staircase,
			this.#b.prepared,
			this.#row.steps[this.#row.at + 2 * this.#j]
		));
	}
	get sustained(): BreakEven {
		const made = this.#row.made(this.#j);
		const steps = this.#row.steps;
		const at = this.#row.at + 2 * this.#j;
		return (made.sustained ??= sustainedAt(
			this.#row.c.staircase,
			this.#b.prepared,
			steps[at + 1],
			steps[at],
			this.first
		));
	}
	get selfHostAtPlan(): Decimal {
		return this.#row.c.atPlan.total.value;
	}
	get apiAtPlan(): Decimal {
		return this.#b.atPlan.value;
	}
	/** API cost − self-hosted cost at plan: positive when self-hosting saves money. */
	get savingAtPlan(): Decimal {
		return (this.#row.made(this.#j).saving ??= this.apiAtPlan.sub(this.selfHostAtPlan));
	}
	get cheaperAtPlan(): 'self-host' | 'api' | 'equal' {
		const order = this.apiAtPlan.cmp(this.selfHostAtPlan);
		return order > 0 ? 'self-host' : order < 0 ? 'api' : 'equal';
	}
	/** JSON sees the plain pair its getters describe. */
	toJSON() {
		return {
			candidateId: this.candidateId,
			baselineId: this.baselineId,
			ok: true,
			first: this.first,
			sustained: this.sustained,
			selfHostAtPlan: this.selfHostAtPlan,
			apiAtPlan: this.apiAtPlan,
			savingAtPlan: this.savingAtPlan,
			cheaperAtPlan: this.cheaperAtPlan
		};
	}
}

/**
 * An API offering priced for a workload: a function of the two alone, made once per pair of them
 * (a Monte Carlo evaluates the same baseline for every sample).
 */
function baselineOf(o: OfferingInputs, w: WorkloadInputs): BaselineResult {
	return remember(level(baselineResults, o), w, () => {
		const head = { id: o.id, name: o.name, provider: o.provider };
		const problem = offeringProblem(o);
		if (problem) return { ...head, ok: false, reason: problem };
		const volume = monthlyVolume(w);
		const V = volume.value;
		const line = apiLine(o, w);
		const cost = apiCost(line, V);
		const atPlan = explained(
			`${o.name}: monthly cost at plan`,
			cost,
			'USD/month',
			'fixed monthly + V × blended price per token',
			[o.fixedMonthlyUsd, volume, line.pricePerTokenExplained]
		);
		return {
			...head,
			ok: true,
			line,
			prepared: prepareApi(line.fixedMonthly, line.pricePerToken),
			atPlan,
			perMTok: explained(
				`${o.name}: cost per 1M tokens`,
				V.gt(0) ? cost.div(V).mul(MILLION) : line.pricePerTokenExplained.value,
				'USD/1M tokens',
				'monthly cost / monthly volume × 1e6',
				[atPlan]
			)
		};
	});
}
const baselineResults = new WeakMap<OfferingInputs, WeakMap<WorkloadInputs, BaselineResult>>();

/**
 * A pair without figures because its candidate or its baseline has none: the reason is theirs, so
 * the pair holds the two results alone. Made when read (see Pairs).
 */
class UnpricedPair {
	#c: CandidateResult;
	#b: BaselineResult;
	constructor(c: CandidateResult, b: BaselineResult) {
		this.#c = c;
		this.#b = b;
	}
	get ok(): false {
		return false;
	}
	get candidateId(): string {
		return this.#c.id;
	}
	get baselineId(): string {
		return this.#b.id;
	}
	get reason(): string {
		const c = this.#c;
		const b = this.#b;
		return !c.ok ? c.reason : !b.ok ? b.reason : '';
	}
	/** JSON sees the plain pair its getters describe. */
	toJSON() {
		const { candidateId, baselineId, reason } = this;
		return { candidateId, baselineId, ok: false, reason };
	}
}

/** A pair without figures of its own making (its solve threw): a class, like UnpricedPair. */
class FailedPair {
	get ok(): false {
		return false;
	}
	constructor(
		readonly candidateId: string,
		readonly baselineId: string,
		readonly reason: string
	) {}
	/** JSON sees ok, which lives on the prototype. */
	toJSON() {
		const { candidateId, baselineId, reason } = this;
		return { candidateId, baselineId, ok: false, reason };
	}
}

/** Each id's first index in a list. */
function firstIndexById(xs: { id: string }[]): Map<string, number> {
	const m = new Map<string, number>();
	xs.forEach((x, i) => {
		if (!m.has(x.id)) m.set(x.id, i);
	});
	return m;
}

/**
 * Every (candidate, baseline) pair of an evaluation, candidate-major: pair i is candidate
 * ⌊i / baselines⌋ against baseline i mod baselines. A pair is a view made when read, from its
 * candidate, its baseline and what the solve kept: the staircase's steps in one typed array, the
 * piecewise solve's pairs, or the reason a side has no figures. Every pair is solved by evaluate();
 * only the objects wait. A large scenario holds 161,200 pairs and a page reads few of them: made
 * up front, they were a third of the engine's time, most of it the garbage collector copying
 * objects that live as long as the evaluation. Read ones die young. Break-evens made when read
 * are kept on the row, so a pair read twice shows the same figures (not the same object).
 */
export class Pairs implements Iterable<PairResult> {
	readonly length: number;
	readonly #cs: CandidateResult[];
	readonly #bs: BaselineResult[];
	readonly #rows: (PairRow | PairResult[] | undefined)[];
	#ci: Map<string, number> | undefined;
	#bi: Map<string, number> | undefined;
	constructor(
		candidates: CandidateResult[],
		baselines: BaselineResult[],
		rows: (PairRow | PairResult[] | undefined)[]
	) {
		this.#cs = candidates;
		this.#bs = baselines;
		this.#rows = rows;
		this.length = candidates.length * baselines.length;
	}
	#pair(ci: number, j: number): PairResult {
		const row = this.#rows[ci];
		if (row === undefined) return new UnpricedPair(this.#cs[ci], this.#bs[j]);
		return Array.isArray(row) ? row[j] : row.pair(j);
	}
	/** Pair i (0 ≤ i < length), candidate-major. */
	at(i: number): PairResult {
		if (!Number.isInteger(i) || i < 0 || i >= this.length)
			throw new RangeError(`no pair ${i}: this evaluation has pairs 0 to ${this.length - 1}`);
		const nb = this.#bs.length;
		const ci = Math.floor(i / nb);
		return this.#pair(ci, i - ci * nb);
	}
	/** The pair of a candidate and a baseline by their ids (the first, if an id repeats). */
	get(candidateId: string, baselineId: string): PairResult | undefined {
		this.#ci ??= firstIndexById(this.#cs);
		this.#bi ??= firstIndexById(this.#bs);
		const ci = this.#ci.get(candidateId);
		const j = this.#bi.get(baselineId);
		return ci === undefined || j === undefined ? undefined : this.#pair(ci, j);
	}
	*[Symbol.iterator](): Iterator<PairResult> {
		const nb = this.#bs.length;
		for (let ci = 0; ci < this.#cs.length; ci++)
			for (let j = 0; j < nb; j++) yield this.#pair(ci, j);
	}
	find<S extends PairResult>(test: (p: PairResult) => p is S): S | undefined;
	find(test: (p: PairResult) => boolean): PairResult | undefined;
	find(test: (p: PairResult) => boolean): PairResult | undefined {
		for (const p of this) if (test(p)) return p;
		return undefined;
	}
	filter<S extends PairResult>(test: (p: PairResult) => p is S): S[];
	filter(test: (p: PairResult) => boolean): PairResult[];
	filter(test: (p: PairResult) => boolean): PairResult[] {
		const out: PairResult[] = [];
		for (const p of this) if (test(p)) out.push(p);
		return out;
	}
	map<T>(f: (p: PairResult, i: number) => T): T[] {
		const out = new Array<T>(this.length);
		let i = 0;
		for (const p of this) {
			out[i] = f(p, i);
			i++;
		}
		return out;
	}
	forEach(f: (p: PairResult, i: number) => void): void {
		let i = 0;
		for (const p of this) f(p, i++);
	}
	/** Every pair in an array. */
	toArray(): PairResult[] {
		return [...this];
	}
	/** JSON sees the array of pairs. */
	toJSON(): PairResult[] {
		return this.toArray();
	}
}

/** The daily shape of a workload under serving settings, made once per workload and peak factor. */
const days = new WeakMap<WorkloadInputs, WeakMap<Decimal, DayShape>>();
function dayOf(w: WorkloadInputs, s: ServingInputs): DayShape {
	// The peak factor is remembered per workload and settings (capacity.ts): its Decimal is the key.
	const P = peakFactor(w, s).value;
	return remember(level(days, w), P, () => dayShape(P, w.peakHoursPerDay.value));
}

/** The reason shown on a candidate or pair whose evaluation threw. */
const failure = (e: unknown) =>
	`could not be evaluated (${e instanceof Error ? e.message : String(e)})`;

/**
 * Evaluate a whole scenario: size and cost every candidate, price every baseline at the planned
 * volume, and solve the break-even of every (candidate, baseline) pair. A candidate or baseline
 * that cannot be evaluated carries its reason; the rest of the scenario is unaffected.
 */
export function evaluate(inp: EngineInputs): Evaluation {
	return evaluateWith(inp, false);
}

/**
 * evaluate() with every replica size of every candidate priced exactly, none ranked or priced in
 * floating point first: the same results, slower. For tests that check the float-first path.
 * @example evaluateExact(inputs).candidates[0].sizing === evaluate(inputs).candidates[0].sizing
 */
export function evaluateExact(inp: EngineInputs): Evaluation {
	return evaluateWith(inp, true);
}

function evaluateWith(inp: EngineInputs, exactly: boolean): Evaluation {
	const volume = monthlyVolume(inp.workload);
	const V = volume.value;
	const costs: CostCache = new Map();
	const estimateCache: EstimateCache = new Map();
	// A candidate or pair that throws is reported on itself with the reason; the rest still counts.
	const candidates = inp.candidates.map((c): CandidateResult => {
		try {
			return evaluateCandidate(c, inp, V, costs, estimateCache, exactly);
		} catch (e) {
			return failed(c, failure(e));
		}
	});
	const baselines: BaselineResult[] = inp.baselines.map((o) => baselineOf(o, inp.workload));
	// Every (candidate, baseline) gets one pair, in order. A row per candidate holds what its pairs
	// are made from when read: nothing for a candidate without figures, the staircase solve's steps,
	// or the pairs of the piecewise solve.
	const rows = new Array<PairRow | PairResult[] | undefined>(candidates.length);
	// Capacity that follows volume with no cost per token: the lazy staircase solve, its steps in
	// one typed array for the whole evaluation (one buffer, not one per candidate). Fleets, hybrids,
	// autoscaled rent and power per token: the piecewise solve (few pairs).
	const staircaseSolved = (c: CandidateOk) =>
		c.curve.kind === 'follow' && c.curve.perToken.isZero();
	let staircases = 0;
	for (const c of candidates) if (c.ok && staircaseSolved(c)) staircases++;
	const B = baselines.length;
	const steps = new Float64Array(2 * staircases * B);
	// A pair whose staircase and line have the figures of the pair at its place in the last
	// evaluation keeps its steps (SolveMemo). After a volume edit that is most pairs: neither a
	// replica's cost nor its volume depends on the plan.
	const memo = staircases * B >= MEMO_MIN_PAIRS ? new SolveMemo(staircases, baselines) : undefined;
	let at = 0;
	let r = 0;
	for (let i = 0; i < candidates.length; i++) {
		const c = candidates[i];
		if (!c.ok) continue;
		if (staircaseSolved(c)) {
			const row = new PairRow(c, baselines, steps, at);
			const same = memo?.sameStair(r, c.staircase) ?? false;
			for (let j = 0; j < B; j++) {
				const b = baselines[j];
				if (!b.ok) continue;
				const k = at + 2 * j;
				if (same && memo?.kept(j, k, steps)) continue;
				const decided = exactDecisionCount();
				try {
					solveStepsInto(c.staircase, b.prepared, steps, k);
					if (exactDecisionCount() !== decided) memo?.redo(k);
				} catch (e) {
					(row.failures ??= new Map()).set(j, failure(e));
					memo?.redo(k);
				}
			}
			rows[i] = row;
			at += 2 * B;
			r++;
			continue;
		}
		rows[i] = baselines.map((b) => piecewisePair(c, b));
	}
	memo?.done(steps);
	const pairs = new Pairs(candidates, baselines, rows);
	return {
		volume,
		requestsPerDay: inp.workload.requestsPerDay.value,
		candidates,
		baselines,
		pairs
	};
}

/**
 * Fewest staircase pairs an evaluation keeps for the next one: below this (a Monte Carlo sample
 * has one) the solves cost less than the keeping.
 */
const MEMO_MIN_PAIRS = 256;

/** The last evaluation's staircase solves (SolveMemo), kept by done() for the next evaluation. */
let lastSolves: Solves | undefined;
interface Solves {
	rows: number;
	baselines: number;
	/** Per row, what its staircase's solves were decided from (stairKey). */
	stairs: Float64Array;
	/** Per baseline, its line's figures (lineKey). */
	lines: Float64Array;
	steps: Float64Array;
	/** Pairs to solve again, by k / 2: decided in Decimal, or thrown. */
	redo: Uint8Array | undefined;
}

/**
 * The staircase solves of one evaluation, beside the last one's. A solve decided in floating point
 * depends only on the figures stairKey and lineKey read, so a pair whose row and line have the same
 * figures as the pair at the same place last time keeps its steps; one decided in Decimal (or that
 * threw) is solved again. Compared by value, place by place: any evaluation may follow any other.
 */
class SolveMemo {
	readonly #baselines: number;
	readonly #stairs: Float64Array;
	readonly #lines: Float64Array;
	readonly #last: Solves | undefined;
	/** Per baseline: 1 when its line has the figures of the last evaluation's at its place. */
	readonly #sameLine: Uint8Array;
	#redo: Uint8Array | undefined;
	constructor(
		readonly rows: number,
		baselines: BaselineResult[]
	) {
		const B = (this.#baselines = baselines.length);
		this.#stairs = new Float64Array(STAIR_KEY * rows);
		this.#lines = new Float64Array(2 * B);
		for (let j = 0; j < B; j++) lineKey(baselines[j], this.#lines, 2 * j);
		const last = lastSolves?.baselines === B ? lastSolves : undefined;
		this.#last = last;
		this.#sameLine = new Uint8Array(B);
		if (last)
			for (let j = 0; j < B; j++)
				this.#sameLine[j] = sameKey(this.#lines, last.lines, 2 * j, 2) ? 1 : 0;
	}
	/** Records row r's staircase; true when the last evaluation's row r had the same figures. */
	sameStair(r: number, p: PreparedStaircase): boolean {
		stairKey(p, this.#stairs, r * STAIR_KEY);
		const last = this.#last;
		return (
			last !== undefined &&
			r < last.rows &&
			sameKey(this.#stairs, last.stairs, r * STAIR_KEY, STAIR_KEY)
		);
	}
	/** In a row whose staircase is the same: copies the pair at k from the last steps when it may. */
	kept(j: number, k: number, steps: Float64Array): boolean {
		const last = this.#last;
		if (!last || !this.#sameLine[j] || last.redo?.[k >> 1]) return false;
		steps[k] = last.steps[k];
		steps[k + 1] = last.steps[k + 1];
		return true;
	}
	/** The pair at k is solved again next time. */
	redo(k: number): void {
		(this.#redo ??= new Uint8Array(this.#baselines * this.rows))[k >> 1] = 1;
	}
	/** This evaluation's solves become the last ones. */
	done(steps: Float64Array): void {
		lastSolves = {
			rows: this.rows,
			baselines: this.#baselines,
			stairs: this.#stairs,
			lines: this.#lines,
			steps,
			redo: this.#redo
		};
	}
}

/** Floats per staircase in stairKey. */
const STAIR_KEY = 11;

/**
 * Everything of a staircase that solveStepsInto reads when it decides in floating point: its
 * float figures, the replicas per period and the step counts (break-even.ts, sign and
 * firstNonPositive).
 */
function stairKey(p: PreparedStaircase, out: Float64Array, at: number): void {
	const { s, f } = p;
	out[at] = f.fixed;
	out[at + 1] = f.perReplica;
	out[at + 2] = f.perNode;
	out[at + 3] = f.vrep;
	out[at + 4] = f.costPerPeriod;
	out[at + 5] = f.volumePerPeriod;
	out[at + 6] = p.q;
	out[at + 7] = s.minActive;
	out[at + 8] = s.redundancy;
	out[at + 9] = s.gpusPerReplica;
	out[at + 10] = s.gpusPerNode;
}

/** An API line's float figures, as solveStepsInto reads them; NaN (equal to nothing) without a line. */
function lineKey(b: BaselineResult, out: Float64Array, at: number): void {
	out[at] = b.ok ? b.prepared.f.fixed : NaN;
	out[at + 1] = b.ok ? b.prepared.f.perToken : NaN;
}

function sameKey(a: Float64Array, b: Float64Array, at: number, n: number): boolean {
	for (let k = at; k < at + n; k++) if (a[k] !== b[k]) return false;
	return true;
}

/** A pair whose break-evens the piecewise solve finds (fleets, hybrids, autoscaled rent, power per token). */
function piecewisePair(c: CandidateOk, b: BaselineResult): PairResult {
	if (!b.ok) return new UnpricedPair(c, b);
	let be: ReturnType<typeof solveCurve>;
	try {
		// A fleet with no overflow API, against an API: as if the tokens it cannot serve went to
		// that API (on both sides they cost the same), so the comparison is like for like at
		// every volume; servesUpTo still says where it stops serving in full.
		const cv = c.curve;
		be =
			cv.kind === 'fleet' && !cv.overflow
				? {
						...solveCurve(
							{
								...cv,
								overflow: { fixed: b.line.fixedMonthly, perToken: b.line.pricePerToken }
							},
							b.prepared
						),
						servesUpTo: cv.Ku.mul(cv.active).div(cv.day.P)
					}
				: solveCurve(cv, b.prepared);
	} catch (e) {
		return { candidateId: c.id, baselineId: b.id, ok: false, reason: failure(e) };
	}
	const self = c.atPlan.total.value;
	// A fleet that leaves tokens unserved is compared with what the API charges for the tokens
	// it does serve: the API's bill for all of them would compare unlike with like.
	const split = c.atPlan.split;
	const servedOnly = split.unserved.gt(ZERO);
	const api = servedOnly
		? b.line.fixedMonthly.add(b.line.pricePerToken.mul(split.served))
		: b.atPlan.value;
	const order = api.cmp(self);
	return {
		candidateId: c.id,
		baselineId: b.id,
		ok: true,
		first: be.first,
		sustained: be.sustained,
		...(be.servesUpTo ? { servesUpTo: be.servesUpTo } : {}),
		...(servedOnly ? { apiForServedTokens: split.served } : {}),
		selfHostAtPlan: self,
		apiAtPlan: api,
		savingAtPlan: api.sub(self),
		cheaperAtPlan: order > 0 ? 'self-host' : order < 0 ? 'api' : 'equal'
	};
}

/** Requests/day at a break-even volume, for display beside tokens/month. */
export function breakEvenRequestsPerDay(be: BreakEven, inp: EngineInputs): Decimal | undefined {
	return be.kind === 'volume' ? requestsPerDayAt(be.volume, inp.workload) : undefined;
}
