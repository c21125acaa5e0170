import type { AcquisitionMode, Precision } from './kinds';
import { apiCost, apiLine, offeringProblem, type ApiLine } from './api-cost';
import {
	firstAt,
	prepareApi,
	prepareStaircase,
	solveSteps,
	sustainedAt,
	type BreakEven,
	type BreakEvenSteps,
	type PreparedApi,
	type PreparedStaircase
} from './break-even';
import { capacity, peakFactor, replicasAt, type Capacity } from './capacity';
import { dec, floatOf, type Decimal } from './decimal';
import type {
	CandidateInputs,
	EngineInputs,
	GpuInputs,
	ModelInputs,
	WorkloadInputs
} from './inputs';
import { explained, type Explained } from './quantity';
import {
	costAtReplicas,
	costStructure,
	missingPrice,
	withGpusPerReplica,
	nodesFor,
	type Breakdown,
	type CostStructure
} from './self-host-cost';
import { sizeOptions, type SizingOption } from './sizing';
import {
	calibrationFor,
	floatRequestsPerSecond,
	floatTermsOf,
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
	replicas: number;
	gpus: number;
	nodes: number;
	total: Explained;
	breakdown: Breakdown;
	/** USD per 1M tokens at the planned volume; undefined at zero volume. */
	perMTok?: Explained;
}

/** One replica size considered for a candidate, at the planned volume. */
export type DegreeTried = { gpusPerReplica: number } & (
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
	pairs: PairResult[];
}

/**
 * Cost structures per GPU (its resolved inputs object), acquisition mode and GPUs per replica: the
 * structure depends on nothing else, so candidates that share these share one.
 */
type CostCache = Map<GpuInputs, Map<string, CostStructure | string>>;

/** One replica size computed exactly: throughput, capacity and cost at the planned volume. */
type Exact =
	| {
			ok: true;
			sizing: SizingOption;
			tp: ThroughputOk;
			cap: Capacity;
			cost: CostStructure;
			replicas: number;
			total: Decimal;
			breakdown: Breakdown;
	  }
	| { ok: false; reason: string };

function exactDegree(
	c: CandidateInputs,
	opt: SizingOption,
	inp: EngineInputs,
	volume: Decimal,
	estimates: Map<string, Decimal | undefined>,
	costOf: (n: number) => CostStructure | string,
	visible: WorkloadInputs
): Exact {
	const tp = replicaThroughput(c, opt, inp.serving, inp.workload, inp.benchmarks, estimates);
	if (!tp.ok) return tp;
	if (!tp.requestsPerSecond.value.gt(0))
		return { ok: false, reason: 'zero throughput: the replica serves no requests' };
	const cost = costOf(opt.gpusPerReplica);
	if (typeof cost === 'string') return { ok: false, reason: cost };
	// Capacity counts visible tokens: reasoning tokens load the replica (in inp) but are not volume.
	const cap = capacity(tp.requestsPerSecond, visible, inp.serving);
	const replicas = replicasAt(volume, cap);
	const at = costAtReplicas(cost, replicas);
	return {
		ok: true,
		sizing: opt,
		tp,
		cap,
		cost,
		replicas,
		total: at.total,
		breakdown: at.breakdown
	};
}

/**
 * A replica size's monthly cost at the planned volume in floating point, for ranking; Infinity
 * when no batch meets the constraints.
 */
function floatCostAtPlan(
	c: CandidateInputs,
	opt: SizingOption,
	inp: EngineInputs,
	volume: Decimal,
	cost: CostStructure,
	estimates: Map<string, Decimal | undefined>,
	visible: WorkloadInputs
): number {
	const n = opt.gpusPerReplica;
	const f = floatTermsOf(c, opt, inp.serving, inp.workload);
	if (!f) return Infinity;
	const cal = calibrationFor(c, n, inp.serving, inp.workload, inp.benchmarks, estimates);
	const rps = floatRequestsPerSecond(
		f,
		opt.maxBatchByMemory,
		inp.serving,
		cal ? cal.ratio.toNumber() : 1,
		!cal?.b.own
	);
	if (!(rps > 0)) return Infinity;
	const w = visible;
	const perReplica =
		(rps *
			floatOf(inp.serving.targetUtilization.value) *
			floatOf(SECONDS_PER_MONTH) *
			(floatOf(w.inputTokensPerRequest.value) + floatOf(w.outputTokensPerRequest.value))) /
		floatOf(peakFactor(w, inp.serving).value);
	const active = Math.max(
		floatOf(inp.serving.minReplicas.value),
		Math.ceil(floatOf(volume) / perReplica)
	);
	const replicas = active + floatOf(inp.serving.redundancy.value);
	const nodes = Math.ceil((replicas * n) / cost.gpusPerNode);
	return (
		floatOf(cost.fixedTotal) +
		replicas * floatOf(cost.perReplicaTotal) +
		nodes * floatOf(cost.perNodeTotal)
	);
}

/** A size that lost, its exact figures computed when first read (an explanation opened). */
function lazyDegree(n: number, exact: () => Exact): DegreeTried {
	const e = (): Extract<Exact, { ok: true }> => {
		const x = exact();
		if (!x.ok) throw new Error(x.reason);
		return x;
	};
	return {
		gpusPerReplica: n,
		get ok() {
			return exact().ok;
		},
		get reason() {
			const x = exact();
			return x.ok ? '' : x.reason;
		},
		get requestsPerSecond() {
			return e().tp.requestsPerSecond.value;
		},
		get path() {
			return e().tp.path;
		},
		get replicas() {
			return e().replicas;
		},
		get monthlyCost() {
			return e().total;
		},
		chosen: false
	} as DegreeTried;
}

/**
 * Benchmark estimates per GPU and model (their resolved inputs objects): candidates that share
 * both (rent and buy of one deployment) share the roofline's estimate of each benchmark.
 */
type EstimateCache = Map<GpuInputs, Map<ModelInputs, Map<string, Decimal | undefined>>>;

function evaluateCandidate(
	c: CandidateInputs,
	inp: EngineInputs,
	volume: Decimal,
	costs: CostCache,
	estimateCache: EstimateCache
): CandidateResult {
	const head = {
		id: c.id,
		label: c.label,
		modelId: c.model.id,
		modelName: c.model.name,
		gpuId: c.gpu.id,
		gpuName: c.gpu.name,
		precision: c.precision,
		acquisition: c.acquisition,
		warnings: [] as string[]
	};
	const fail = (reason: string): CandidateResult => ({ ...head, ok: false, reason });
	// A reasoning model generates hidden tokens too: they load the replica, but volume counts visible ones.
	const visible = inp.workload;
	inp = { ...inp, workload: withReasoningTokens(visible, c.model.reasoningTokensPerRequest) };
	const unpriced = missingPrice(c);
	if (unpriced) return fail(unpriced);
	const unusable = precisionProblem(c.gpu, c.precision);
	if (unusable) return fail(unusable);
	const gpusPerNode = inp.finance.gpusPerNode.value.toNumber();
	const fits = sizeOptions(
		c.model,
		c.gpu,
		c.precision,
		inp.serving,
		inp.workload,
		c.gpusPerReplica,
		gpusPerNode
	);
	if (!fits.ok) return fail(fits.reason);
	// Every replica size that fits is priced at the planned volume; the cheapest wins, ties going to
	// fewer GPUs per replica. Throughput per GPU alone would pick a wider replica for a sliver of
	// throughput and pay for GPUs the volume does not need. Sizes are ranked in floating point and
	// the winner is then computed exactly; sizes within a hair of the winner's cost are computed
	// exactly too, so float noise never decides. The others' exact figures are computed when read.
	let byGpu = costs.get(c.gpu);
	if (!byGpu) costs.set(c.gpu, (byGpu = new Map()));
	let byModel = estimateCache.get(c.gpu);
	if (!byModel) estimateCache.set(c.gpu, (byModel = new Map()));
	let estimates = byModel.get(c.model);
	if (!estimates) byModel.set(c.model, (estimates = new Map()));
	// The per-GPU costs depend on the GPU and how it is acquired, not on the replica size.
	const costOf = (n: number): CostStructure | string => {
		const key = `${c.acquisition}|${n}`;
		let cost = byGpu.get(key);
		if (cost === undefined) {
			const baseKey = `${c.acquisition}|1`;
			let base = byGpu.get(baseKey);
			if (base === undefined) byGpu.set(baseKey, (base = costStructure(c, 1, inp.finance)));
			cost = typeof base === 'string' ? base : withGpusPerReplica(base, n);
			byGpu.set(key, cost);
		}
		return cost;
	};
	const exactCache = new Map<SizingOption, Exact>();
	const exact = (opt: SizingOption): Exact => {
		let e = exactCache.get(opt);
		if (!e) exactCache.set(opt, (e = exactDegree(c, opt, inp, volume, estimates, costOf, visible)));
		return e;
	};
	const ranked: { opt: SizingOption; cost: number }[] = [];
	for (const opt of fits.options) {
		const cost = costOf(opt.gpusPerReplica);
		if (typeof cost === 'string') return fail(cost);
		ranked.push({ opt, cost: floatCostAtPlan(c, opt, inp, volume, cost, estimates, visible) });
	}
	let best: Exact | undefined;
	const finite = ranked.filter((r) => Number.isFinite(r.cost));
	const low = Math.min(...finite.map((r) => r.cost));
	for (const r of finite) {
		if (r.cost > low * (1 + 1e-9) + 1e-9) continue;
		const e = exact(r.opt);
		if (!e.ok) continue;
		if (!best || !best.ok || e.total.lt(best.total)) best = e;
	}
	if (!best || !best.ok) {
		// Nothing priced: report the first size's reason (or a finite-cost one that failed exactly).
		for (const r of ranked) {
			const e = exact(r.opt);
			if (!e.ok) return fail(e.reason);
		}
		return fail('zero throughput: the replica serves no requests');
	}
	const chosen = best;
	const degreesTried: DegreeTried[] = ranked.map(({ opt }) => {
		const n = opt.gpusPerReplica;
		if (opt === chosen.sizing) {
			return {
				gpusPerReplica: n,
				ok: true,
				requestsPerSecond: chosen.tp.requestsPerSecond.value,
				path: chosen.tp.path,
				replicas: chosen.replicas,
				monthlyCost: chosen.total,
				chosen: true
			};
		}
		return lazyDegree(n, () => exact(opt));
	});
	const { sizing, tp, cap, cost, replicas } = chosen;
	if (sizing.twoNodes)
		head.warnings.push(
			`needs ${sizing.gpusPerReplica} GPUs per replica: tensor parallelism across nodes`
		);
	if (c.precision === 'fp8' && !c.gpu.denseFp8Tflops) {
		head.warnings.push(`${c.gpu.name} has no FP8 tensor cores: compute estimated at the BF16 rate`);
	}
	const staircase = prepareStaircase({
		fixed: cost.fixedTotal,
		perReplica: cost.perReplicaTotal,
		perNode: cost.perNodeTotal,
		gpusPerReplica: sizing.gpusPerReplica,
		gpusPerNode: cost.gpusPerNode,
		minActive: cap.minActive,
		redundancy: cap.redundancy,
		volumePerReplica: cap.volumePerReplica.value
	});
	const at = { total: chosen.total, breakdown: chosen.breakdown };
	const total = explained(
		`${c.label}: monthly cost at plan`,
		at.total,
		'USD/month',
		'fixed + replicas × GPUs/replica × per-GPU cost + nodes × per-node cost',
		[...cost.explanations, cap.volumePerReplica]
	);
	return {
		...head,
		ok: true,
		sizing,
		degreesTried,
		pinned: c.gpusPerReplica !== undefined,
		throughput: tp,
		capacity: cap,
		cost,
		staircase,
		atPlan: {
			replicas,
			gpus: replicas * sizing.gpusPerReplica,
			nodes: nodesFor(replicas, cost),
			total,
			breakdown: at.breakdown,
			perMTok: volume.gt(0)
				? explained(
						`${c.label}: cost per 1M tokens`,
						at.total.div(volume).mul(MILLION),
						'USD/1M tokens',
						'monthly cost / monthly volume × 1e6',
						[total]
					)
				: undefined
		}
	};
}

type CandidateOk = Extract<CandidateResult, { ok: true }>;
type BaselineOk = Extract<BaselineResult, { ok: true }>;

/**
 * A pair with figures, solved (its break-even steps found) but built lazily: its break-evens, the
 * saving and the comparison are made when first read, from the candidate and baseline it points
 * to. A large scenario holds 77,000 such pairs and reads few; one small object each keeps the
 * engine from building, and the garbage collector from copying, four objects per pair. A class,
 * not an object literal with getters: V8 builds accessor literals about 30 times slower.
 */
class SolvedPair {
	#c: CandidateOk;
	#b: BaselineOk;
	#firstStep: number;
	#sustainedStep: number;
	#first: BreakEven | undefined;
	#sustained: BreakEven | undefined;
	#saving: Decimal | undefined;
	constructor(c: CandidateOk, b: BaselineOk, steps: BreakEvenSteps) {
		this.#c = c;
		this.#b = b;
		this.#firstStep = steps.first;
		this.#sustainedStep = steps.sustained;
	}
	get ok(): true {
		return true;
	}
	get candidateId(): string {
		return this.#c.id;
	}
	get baselineId(): string {
		return this.#b.id;
	}
	get first(): BreakEven {
		return (this.#first ??= firstAt(this.#c.staircase, this.#b.prepared, this.#firstStep));
	}
	get sustained(): BreakEven {
		return (this.#sustained ??= sustainedAt(
			this.#c.staircase,
			this.#b.prepared,
			this.#sustainedStep,
			this.#firstStep,
			this.first
		));
	}
	get selfHostAtPlan(): Decimal {
		return this.#c.atPlan.total.value;
	}
	get apiAtPlan(): Decimal {
		return this.#b.atPlan.value;
	}
	/** API cost − self-hosted cost at plan: positive when self-hosting saves money. */
	get savingAtPlan(): Decimal {
		return (this.#saving ??= this.apiAtPlan.sub(this.selfHostAtPlan));
	}
	get cheaperAtPlan(): 'self-host' | 'api' | 'equal' {
		const order = this.apiAtPlan.cmp(this.selfHostAtPlan);
		return order > 0 ? 'self-host' : order < 0 ? 'api' : 'equal';
	}
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
	const volume = monthlyVolume(inp.workload);
	const V = volume.value;
	const costs: CostCache = new Map();
	const estimateCache: EstimateCache = new Map();
	// A candidate or pair that throws is reported on itself with the reason; the rest still counts.
	const candidates = inp.candidates.map((c): CandidateResult => {
		try {
			return evaluateCandidate(c, inp, V, costs, estimateCache);
		} catch (e) {
			const { id, label, model, gpu, precision, acquisition } = c;
			const head = { id, label, modelId: model.id, modelName: model.name, gpuId: gpu.id };
			return {
				...head,
				gpuName: gpu.name,
				precision,
				acquisition,
				warnings: [],
				ok: false,
				reason: failure(e)
			};
		}
	});
	const baselines: BaselineResult[] = inp.baselines.map((o) => {
		const head = { id: o.id, name: o.name, provider: o.provider };
		const problem = offeringProblem(o);
		if (problem) return { ...head, ok: false, reason: problem };
		const line = apiLine(o, inp.workload);
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
	const pairs: PairResult[] = [];
	for (const c of candidates) {
		for (const b of baselines) {
			if (!c.ok || !b.ok) {
				pairs.push({
					candidateId: c.id,
					baselineId: b.id,
					ok: false,
					reason: c.ok ? (b as { reason: string }).reason : c.reason
				});
				continue;
			}
			let steps: BreakEvenSteps;
			try {
				steps = solveSteps(c.staircase, b.prepared);
			} catch (e) {
				pairs.push({ candidateId: c.id, baselineId: b.id, ok: false, reason: failure(e) });
				continue;
			}
			pairs.push(new SolvedPair(c, b, steps));
		}
	}
	return {
		volume,
		requestsPerDay: inp.workload.requestsPerDay.value,
		candidates,
		baselines,
		pairs
	};
}

/** Requests/day at a break-even volume, for display beside tokens/month. */
export function breakEvenRequestsPerDay(be: BreakEven, inp: EngineInputs): Decimal | undefined {
	return be.kind === 'volume' ? requestsPerDayAt(be.volume, inp.workload) : undefined;
}
