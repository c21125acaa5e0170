import type {
	AcquisitionMode,
	AttentionKind,
	BenchmarkPrecision,
	Precision
} from '../catalog/types';
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
	tdpWatts: Quantity;
	purchasePriceUsd?: Quantity;
	cloudUsdPerGpuHour?: Quantity;
}

export interface BenchmarkInputs {
	id: string;
	modelId: string;
	gpuId: string;
	gpus: number;
	precision: BenchmarkPrecision;
	inputTokens?: number;
	outputTokens?: number;
	outputTokensPerSecondPerGpu: Quantity;
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
	/** The smallest concurrent batch whose KV cache must fit for a deployment to count as useful. */
	minUsefulBatch: Quantity;
	efficiencyMemory: Quantity;
	efficiencyCompute: Quantity;
	int4BytesPerParam: Quantity;
	/** Batch traffic runs off-peak, so it adds to average but not to peak load. */
	shiftBatchOffPeak: boolean;
	/** Use a matching catalog benchmark before the roofline estimate. */
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
}

export interface EngineInputs {
	workload: WorkloadInputs;
	serving: ServingInputs;
	finance: FinanceInputs;
	candidates: CandidateInputs[];
	baselines: OfferingInputs[];
	benchmarks: BenchmarkInputs[];
}
