import type { AcquisitionMode, AttentionKind, BenchmarkPrecision, Precision } from './kinds';

/** Precision of the KV cache, a setting of its own: vLLM's default keeps it in the model's 16-bit dtype. */
export const kvCachePrecisions = ['16-bit', 'fp8'] as const;
export type KvCachePrecision = (typeof kvCachePrecisions)[number];

/** Tensor-parallel degrees with a scaling efficiency of their own (1 GPU is 1 by definition). */
export const scaledDegrees = [2, 4, 8, 16] as const;
import type { Quantity } from './quantity';
import type { UsdPerGpuHour, UsdPerGpuMonth, UsdPerMTok } from './units';

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
	 * The daily shape: peak load lasts this many hours a day; the other hours run at the level that
	 * brings the day's mean back to the average. Sizes autoscaled rent and what overflows to an API.
	 */
	peakHoursPerDay: Quantity;
	/**
	 * c in [0, 1]: share of the cached input written to the prompt cache per request (billed at the
	 * cache-write price) rather than read from it. Absent: derived from the workload
	 * (defaultCacheWriteShare in api-cost.ts).
	 */
	cacheWriteShare?: Quantity;
}

/**
 * What sizing and throughput read of a workload: its token lengths and cached-input share. A new
 * volume leaves it unchanged, so everything worked out from it is kept (workload.ts, tokenShape).
 */
export type TokenShape = Pick<
	WorkloadInputs,
	'inputTokensPerRequest' | 'outputTokensPerRequest' | 'cachedInputShare'
>;

export interface OfferingInputs {
	id: string;
	name: string;
	/** The user's own entry, not the bundled catalog's (its name ends "(your entry)"). */
	own: boolean;
	provider: string;
	inputUsdPerMTok: Quantity<UsdPerMTok>;
	outputUsdPerMTok: Quantity<UsdPerMTok>;
	cachedInputUsdPerMTok: Quantity<UsdPerMTok>;
	/** d in [0, 1]; 0 when the offering has no batch API. */
	batchDiscount: Quantity;
	fixedMonthlyUsd: Quantity;
	/** Price of writing input to the prompt cache; absent: no premium (cached input billed as read). */
	cacheWriteUsdPerMTok?: Quantity<UsdPerMTok>;
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
	inputUsdPerMTok: Quantity<UsdPerMTok>;
	outputUsdPerMTok: Quantity<UsdPerMTok>;
	cachedInputUsdPerMTok: Quantity<UsdPerMTok>;
	cacheWriteUsdPerMTok?: Quantity<UsdPerMTok>;
}

export interface ModelInputs {
	id: string;
	name: string;
	/** The user's own entry, not the bundled catalog's (its name ends "(your entry)"). */
	own: boolean;
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
	/**
	 * Multiplies the roofline's efficiencies for this model on every GPU: the share of the roofline
	 * it reached where it was measured. Absent: 1.
	 */
	measuredEfficiency?: Quantity;
}

export interface GpuInputs {
	id: string;
	name: string;
	/** The user's own entry, not the bundled catalog's (its name ends "(your entry)"). */
	own: boolean;
	memoryGB: Quantity;
	memoryBandwidthTBps: Quantity;
	denseBf16Tflops: Quantity;
	denseFp8Tflops?: Quantity;
	denseFp4Tflops?: Quantity;
	tdpWatts: Quantity;
	/**
	 * Multiplies the roofline's efficiencies (η_mem, η_c, η_prefill) on this GPU: the share of the
	 * calibration stack's efficiency its usual serving stack reaches. Absent: 1.
	 */
	stackEfficiency?: Quantity;
	purchasePriceUsd?: Quantity;
	cloudUsdPerGpuHour?: Quantity<UsdPerGpuHour>;
	/** Flat monthly rental per GPU; used for renting when no hourly rate is set. */
	cloudUsdPerGpuMonth?: Quantity<UsdPerGpuMonth>;
}

export interface BenchmarkInputs {
	id: string;
	modelId: string;
	gpuId: string;
	/** GPUs measured: the tensor-parallel group (engine runs, your own) or the whole system (MLPerf). */
	gpus: number;
	/** The GPUs ran attention data parallel with expert parallel (sizing.ts); absent: tensor parallel. */
	arrangement?: 'dep';
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
	/** Share of the roofline an attention-data-parallel (DEP) replica reaches (sizing.ts, Arrangement). */
	efficiencyDep: Quantity;
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
	/** GPU power at full serving load, as a share of TDP. */
	gpuLoadFactor: Quantity;
	/** GPU power when idle, as a share of TDP: power follows load between the two. */
	gpuIdlePowerShare: Quantity;
	/**
	 * A node's base power, colocation and server cost: by the share of the node the GPUs use
	 * ('share'), or by whole nodes ('whole').
	 */
	nodeCostBasis: 'share' | 'whole';
	/** Colocation billed on the contracted (peak) IT kW, or on the average IT kW. */
	colocationBasis: 'contracted' | 'average';
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
	/** One-off costs are spread over this many months in the monthly view (straight line, no interest). */
	oneOffAmortizationMonths: Quantity;
}

/**
 * Serving terms of one candidate: each set value replaces the scenario's serving setting for this
 * candidate only ("we run our H200s at 60%, N+1"); absent values follow the scenario.
 */
export interface CandidateServing {
	targetUtilization?: Quantity;
	minReplicas?: Quantity;
	redundancy?: Quantity;
}

/**
 * A fixed fleet: capacity no longer follows volume. `replicas` counts every replica bought or
 * rented, the redundant ones included; `gpus` is converted to whole replicas of the chosen size.
 */
export type Fleet = { replicas: number } | { gpus: number };

/**
 * How rented GPUs are paid for.
 * - on-demand: the hourly rate, all month, for the capacity the peak needs (the scenario's
 *   commitment discount applies, as before per-candidate terms existed);
 * - committed: a term of `months` at `discount` off the rate; the committed capacity is paid for the
 *   whole term even if demand falls, renewed at the end when `renews`;
 * - autoscaled: billed on the replicas running over the day (peak hours at peak capacity, the rest at
 *   the off-peak capacity, never fewer than `minReplicas`), at the hourly rate.
 */
export type RentalTerms =
	| { kind: 'on-demand' }
	| { kind: 'committed'; months: number; discount: Quantity; renews: boolean }
	| { kind: 'autoscaled'; minReplicas: number };

/** A one-off cost (setup, migration, fine-tuning, integration) paid in a month of the timeline (1 = first). */
export interface OneOffCost {
	label: string;
	amountUsd: Quantity;
	month: number;
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
	/** This candidate's own serving terms; absent values follow the scenario. */
	serving?: CandidateServing;
	/** A fixed fleet; absent: capacity follows volume. */
	fleet?: Fleet;
	/**
	 * An API offering (one of the scenario's baselines, with its negotiated discount) that serves
	 * what the self-hosted capacity does not: with a fleet, the volume above its capacity; without,
	 * the engine finds the cheapest split (the hybrid optimum).
	 */
	overflow?: OfferingInputs;
	/** How rented GPUs are paid for; absent: on-demand. Ignored when buying. */
	rental?: RentalTerms;
	oneOffCosts?: OneOffCost[];
	/**
	 * A multiplier on the replica's requests/s (the Monte Carlo's and the tornado's "throughput"
	 * input, 1 = the estimate); absent: 1.
	 */
	throughputScale?: Quantity;
}

/**
 * The serving settings sizing and throughput read. The others (utilisation, replica counts, batch
 * shifting) are the cost side's: a change to one of them leaves every replica size's throughput as
 * it was (throughput.ts remembers it by these figures).
 */
export const throughputServingKeys = [
	'tokensPerSecondPerUser',
	'maxBatch',
	'memoryUtilization',
	'runtimeOverheadGBPerGpu',
	'kvShareOfFreeMemory',
	'minUsefulBatch',
	'efficiencyMemory',
	'efficiencyCompute',
	'efficiencyPrefill',
	'efficiencyMoe',
	'efficiencyDep',
	'efficiencyFp4',
	'tpEfficiency',
	'int4BytesPerParam',
	'fp4BytesPerParam',
	'kvCachePrecision',
	'prefixCaching',
	'useBenchmarks'
] as const satisfies readonly (keyof ServingInputs)[];
export type ThroughputServing = Pick<ServingInputs, (typeof throughputServingKeys)[number]>;

/** A GPU's figures sizing and throughput read; its prices and power are the cost side's. */
export const throughputGpuKeys = [
	'id',
	'name',
	'memoryGB',
	'memoryBandwidthTBps',
	'denseBf16Tflops',
	'denseFp8Tflops',
	'denseFp4Tflops',
	'stackEfficiency'
] as const satisfies readonly (keyof GpuInputs)[];
export type ThroughputGpu = Pick<GpuInputs, (typeof throughputGpuKeys)[number]>;

/** What throughput reads of a candidate: its model, precision, the GPU's figures and any multiplier. */
export type ThroughputCandidate = Pick<
	CandidateInputs,
	'model' | 'precision' | 'throughputScale'
> & {
	gpu: ThroughputGpu;
};

export interface EngineInputs {
	workload: WorkloadInputs;
	serving: ServingInputs;
	finance: FinanceInputs;
	candidates: CandidateInputs[];
	baselines: OfferingInputs[];
	benchmarks: BenchmarkInputs[];
}
