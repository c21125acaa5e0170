import type { AcquisitionMode, Precision } from '../catalog/types';
import { apiCost, apiLine, offeringProblem, type ApiLine } from './api-cost';
import {
	prepareApi,
	prepareStaircase,
	solveBreakEven,
	type BreakEven,
	type PreparedApi,
	type PreparedStaircase
} from './break-even';
import { capacity, replicasAt, type Capacity } from './capacity';
import { dec, type Decimal } from './decimal';
import type { CandidateInputs, EngineInputs, GpuInputs } from './inputs';
import { explained, type Explained } from './quantity';
import {
	costAtReplicas,
	costStructure,
	missingPrice,
	nodesFor,
	type Breakdown,
	type CostStructure
} from './self-host-cost';
import { sizeOptions, type SizingOption } from './sizing';
import {
	benchmarkThroughput,
	matchBenchmark,
	rooflineFloats,
	rooflinePerGpuEstimate,
	rooflineThroughput,
	type ThroughputResult
} from './throughput';
import { monthlyVolume, requestsPerDayAt, withReasoningTokens } from './workload';

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
			/** Estimated roofline requests/s per GPU of each degree that fits (0: none meets the constraints), for the explanation of the choice. */
			degreesTried: { gpusPerReplica: number; requestsPerSecondPerGpu: number }[];
			throughput: Extract<ThroughputResult, { ok: true }>;
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

function evaluateCandidate(
	c: CandidateInputs,
	inp: EngineInputs,
	volume: Decimal,
	costs: CostCache
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
	const fits = sizeOptions(c.model, c.gpu, c.precision, inp.serving, inp.workload);
	if (!fits.ok) return fail(fits.reason);
	// Of the degrees that fit, keep the one whose roofline gives the most throughput per GPU: a
	// replica squeezed into too few GPUs has no room for a batch; one spread too wide wastes GPUs.
	// Degrees are ranked in floating point; the chosen one is then computed exactly.
	const floats = rooflineFloats(c, inp.serving, inp.workload);
	const degreesTried = fits.options.map((opt) => ({
		gpusPerReplica: opt.gpusPerReplica,
		requestsPerSecondPerGpu: rooflinePerGpuEstimate(
			floats,
			opt.gpusPerReplica,
			opt.kvBytesPerToken.value.toNumber(),
			opt.maxBatchByMemory
		)
	}));
	const ranked = fits.options
		.map((opt, i) => ({ opt, est: degreesTried[i].requestsPerSecondPerGpu }))
		.sort((a, b) => b.est - a.est || a.opt.gpusPerReplica - b.opt.gpusPerReplica);
	let best: { sizing: SizingOption; tp: Extract<ThroughputResult, { ok: true }> } | undefined;
	let firstFailure = '';
	for (const { opt } of ranked) {
		const r = rooflineThroughput(
			c,
			opt.gpusPerReplica,
			opt.kvBytesPerToken.value,
			opt.maxBatchByMemory,
			inp.serving,
			inp.workload
		);
		if (r.ok) {
			best = { sizing: opt, tp: r };
			break;
		}
		firstFailure ||= r.reason;
	}
	if (!best) return fail(firstFailure);
	const sizing = best.sizing;
	if (sizing.twoNodes)
		head.warnings.push('needs 16 GPUs per replica: tensor parallelism across two nodes');
	if (c.precision === 'fp8' && !c.gpu.denseFp8Tflops) {
		head.warnings.push(`${c.gpu.name} has no FP8 tensor cores: compute estimated at the BF16 rate`);
	}
	const bench = inp.serving.useBenchmarks
		? matchBenchmark(c, inp.benchmarks, inp.workload)
		: undefined;
	const tp: ThroughputResult = bench
		? benchmarkThroughput(bench, sizing.gpusPerReplica, inp.workload)
		: best.tp;
	if (!tp.ok) return fail(tp.reason);
	if (!tp.requestsPerSecond.value.gt(0))
		return fail('zero throughput: the replica serves no requests');
	const cap = capacity(tp.requestsPerSecond, visible, inp.serving);
	let byGpu = costs.get(c.gpu);
	if (!byGpu) costs.set(c.gpu, (byGpu = new Map()));
	const costKey = `${c.acquisition}|${sizing.gpusPerReplica}`;
	let cost = byGpu.get(costKey);
	if (cost === undefined)
		byGpu.set(costKey, (cost = costStructure(c, sizing.gpusPerReplica, inp.finance)));
	if (typeof cost === 'string') return fail(cost);
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
	const replicas = replicasAt(volume, cap);
	const at = costAtReplicas(cost, replicas);
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

/**
 * Evaluate a whole scenario: size and cost every candidate, price every baseline at the planned
 * volume, and solve the break-even of every (candidate, baseline) pair. A candidate or baseline
 * that cannot be evaluated carries its reason; the rest of the scenario is unaffected.
 */
export function evaluate(inp: EngineInputs): Evaluation {
	const volume = monthlyVolume(inp.workload);
	const V = volume.value;
	const costs: CostCache = new Map();
	const candidates = inp.candidates.map((c) => evaluateCandidate(c, inp, V, costs));
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
			const be = solveBreakEven(c.staircase, b.prepared);
			const self = c.atPlan.total.value;
			const api = b.atPlan.value;
			const order = api.cmp(self);
			let saving: Decimal | undefined;
			pairs.push({
				candidateId: c.id,
				baselineId: b.id,
				ok: true,
				first: be.first,
				sustained: be.sustained,
				selfHostAtPlan: self,
				apiAtPlan: api,
				// Computed when first read: a large scenario holds thousands of pairs nobody looks at.
				get savingAtPlan() {
					return (saving ??= api.sub(self));
				},
				cheaperAtPlan: order > 0 ? 'self-host' : order < 0 ? 'api' : 'equal'
			});
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
