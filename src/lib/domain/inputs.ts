import type { AcquisitionMode, AttentionKind, BenchmarkPrecision, Precision } from './kinds';

/** Precision of the KV cache, a setting of its own: vLLM's default keeps it in the model's 16-bit dtype. */
export const kvCachePrecisions = ['16-bit', 'fp8'] as const;
export type KvCachePrecision = (typeof kvCachePrecisions)[number];

/** Tensor-parallel degrees with a scaling efficiency of their own (1 GPU is 1 by definition). */
export const scaledDegrees = [2, 4, 8, 16] as const;
import type { Quantity } from './quantity';

/**
 * The engine's inputs, fully resolved: every figure is a Quantity (value, unit, source), catalog
 * figures already merged with the scenario's overrides. `src/lib/scenario/resolve.ts` builds
 * these from a scenario document; tests build them directly.
 */

export interface WorkloadInputs {
	requestsPerDay: Quantity;
	inputTokensPerRequest: Quantity;
	outputTokensPerRequest: Quantity;
	/** h in [0, 1]: share of input tokens served from the provider's prompt cache. */
	cachedInputShare: Quantity;
	/** b in [0, 1]: share of traffic that tolerates batch (asynchronous) processing. */
	batchShare: Quantity;
	/** P ≥ 1: peak load over average load. */
	peakToAverage: Quantity;
	/**
	 * c in [0, 1]: share of the cached input written to the prompt cache per request (billed at the
	 * cache-write price) rather than read from it. Absent: derived from the workload
	 * (defaultCacheWriteShare in api-cost.ts).
	 */
	cacheWriteShare?: Quantity;
}

export interface OfferingInputs {
	id: string;
	name: string;
	provider: string;
	inputUsdPerMTok: Quantity;
	outputUsdPerMTok: Quantity;
	cachedInputUsdPerMTok: Quantity;
	/** d in [0, 1]; 0 when the offering has no batch API. */
	batchDiscount: Quantity;
	fixedMonthlyUsd: Quantity;
	/** Price of writing input to the prompt cache; absent: no premium (cached input billed as read). */
	cacheWriteUsdPerMTok?: Quantity;
	/** Prices for a request whose prompt is longer than `thresholdTokens`: all its tokens. */
	longContext?: LongContextInputs;
	/** Hidden reasoning tokens per request, billed as output; absent: 0. */
	reasoningTokensPerRequest?: Quantity;
	/** Negotiated discount k in [0, 0.95] off every list price; absent: 0. */
	negotiatedDiscount?: Quantity;
}

/** A long-context price tier: a request with more than `thresholdTokens` input tokens pays these. */
export interface LongContextInputs {
	thresholdTokens: Quantity;
	inputUsdPerMTok: Quantity;
	outputUsdPerMTok: Quantity;
	cachedInputUsdPerMTok: Quantity;
	cacheWriteUsdPerMTok?: Quantity;
}

export interface ModelInputs {
	id: string;
	name: string;
	totalParams: Quantity;
	activeParams: Quantity;
	layers: Quantity;
	kvHeads: Quantity;
	headDim: Quantity;
	contextLength: Quantity;
	attention: AttentionKind;
	kvBytesPerTokenBf16?: Quantity;
	/** Mixture of experts (all four, or none): routed experts E, experts per token k, MoE layers, parameters of one expert in one layer. */
	moe?: {
		experts: Quantity;
		expertsPerToken: Quantity;
		layers: Quantity;
		paramsPerExpert: Quantity;
	};
	/** Sliding-window attention: how many layers attend to a window of how many tokens. */
	slidingWindow?: { layers: Quantity; tokens: Quantity };
	/** Hidden reasoning tokens a reasoning model generates per request (self-hosted load). */
	reasoningTokensPerRequest?: Quantity;
}

export interface GpuInputs {
	id: string;
	name: string;
	memoryGB: Quantity;
	memoryBandwidthTBps: Quantity;
	denseBf16Tflops: Quantity;
	denseFp8Tflops?: Quantity;
	denseFp4Tflops?: Quantity;
	tdpWatts: Quantity;
	purchasePriceUsd?: Quantity;
	cloudUsdPerGpuHour?: Quantity;
	/** Flat monthly rental per GPU; used for renting when no hourly rate is set. */
	cloudUsdPerGpuMonth?: Quantity;
}

export interface BenchmarkInputs {
	id: string;
	modelId: string;
	gpuId: string;
	/** GPUs measured: the tensor-parallel group (engine runs, your own) or the whole system (MLPerf). */
	gpus: number;
	precision: BenchmarkPrecision;
	/**
	 * 'system': a whole multi-GPU system measured (MLPerf), which may run several replicas;
	 * 'replica': one replica of `gpus` GPUs (an engine's published table, or your own measurement).
	 */
	scope: 'system' | 'replica';
	/** The user's own measurement: preferred over the catalog's and marked "your measurement". */
	own: boolean;
	/** The engine that produced it ('TensorRT-LLM' sizes its KV cache from free memory). */
	engine?: string;
	inputTokens?: number;
	outputTokens?: number;
	/** Output tokens/s of all `gpus` GPUs together (the replica, or the whole system). */
	outputTokensPerSecond: Quantity;
	conditions: string;
}

export interface ServingInputs {
	/** Share of a replica's capacity planned for use at peak, in (0, 1]. */
	targetUtilization: Quantity;
	minReplicas: Quantity;
	/** Extra replicas beyond demand (N+1 and so on). */
	redundancy: Quantity;
	/** Per-user decode speed target; 0 disables the constraint (offline throughput). */
	tokensPerSecondPerUser: Quantity;
	maxBatch: Quantity;
	/** Share of GPU memory the engine may use (vLLM gpu_memory_utilization). */
	memoryUtilization: Quantity;
	runtimeOverheadGBPerGpu: Quantity;
	/**
	 * Set for TensorRT-LLM's rule instead of memoryUtilization: the KV cache takes this share of the
	 * memory left after weights and overhead (free_gpu_memory_fraction). Used for its benchmarks.
	 */
	kvShareOfFreeMemory?: Quantity;
	/** The smallest concurrent batch whose KV cache must fit for a deployment to count as useful. */
	minUsefulBatch: Quantity;
	efficiencyMemory: Quantity;
	efficiencyCompute: Quantity;
	/** Compute efficiency of prefill: large matrix products over the whole prompt run nearer peak than decode. */
	efficiencyPrefill: Quantity;
	/** Routed-expert compute runs at this share of the dense rate (many small grouped products). */
	efficiencyMoe: Quantity;
	/** FP4 tensor-core work reaches this share of the efficiency the other precisions reach. */
	efficiencyFp4: Quantity;
	/**
	 * Share of the per-GPU rate a tensor-parallel replica of n GPUs keeps (all-reduce time between
	 * GPUs on every layer): applied to both bandwidth and compute. 1 GPU is 1.
	 */
	tpEfficiency: Record<(typeof scaledDegrees)[number], Quantity>;
	int4BytesPerParam: Quantity;
	fp4BytesPerParam: Quantity;
	kvCachePrecision: KvCachePrecision;
	/** Self-hosted prefix caching: the cached-input share skips prefill compute. */
	prefixCaching: boolean;
	/** Batch traffic runs off-peak, so it adds to average but not to peak load. */
	shiftBatchOffPeak: boolean;
	/** Calibrate the roofline with a matching benchmark (your own first, then the catalog's). */
	useBenchmarks: boolean;
}

export interface FinanceInputs {
	hoursPerMonth: Quantity;
	// buy
	depreciationYears: Quantity;
	costOfCapital: Quantity;
	residualValue: Quantity;
	maintenancePerYear: Quantity;
	nodeCostUsd: Quantity;
	gpusPerNode: Quantity;
	nodeBaseWatts: Quantity;
	gpuLoadFactor: Quantity;
	electricityUsdPerKwh: Quantity;
	pue: Quantity;
	colocationUsdPerKwMonth: Quantity;
	// rent
	commitmentDiscount: Quantity;
	// both
	loadedAnnualCostUsd: Quantity;
	baseFte: Quantity;
	ftePer100Gpus: Quantity;
	otherFixedMonthlyUsd: Quantity;
	licensePerGpuMonthUsd: Quantity;
}

export interface CandidateInputs {
	id: string;
	label: string;
	model: ModelInputs;
	gpu: GpuInputs;
	precision: Precision;
	acquisition: AcquisitionMode;
	/** GPUs per replica pinned by the user; absent: the engine picks the cheapest degree that fits. */
	gpusPerReplica?: number;
}

export interface EngineInputs {
	workload: WorkloadInputs;
	serving: ServingInputs;
	finance: FinanceInputs;
	candidates: CandidateInputs[];
	baselines: OfferingInputs[];
	benchmarks: BenchmarkInputs[];
}
