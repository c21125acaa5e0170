/**
 * Catalog types. Every figure carries where it came from (`source`) and when (`asOf`), so the page
 * can show it and the user can override it. Numbers are decimal strings: the catalog is data,
 * and the engine builds Decimals from strings, never from floats.
 */

import type { AttentionKind, BenchmarkPrecision } from '../domain/kinds';

/** Where a figure came from. `asOf` is an ISO date or month ("2024-08", "2026-07-24"). */
export interface Source {
	source: string;
	asOf: string;
	/** How the figure was checked: 'primary', 'secondary', 'estimate', 'assumption', ... */
	verification?: string;
	note?: string;
}

/** A sourced number, as a decimal string. */
export interface Figure extends Source {
	value: string;
}

// The engine owns its closed option lists; the catalog, the schema and the forms use them from here.
export {
	acquisitionModes,
	attentionKinds,
	benchmarkPrecisions,
	precisions,
	type AcquisitionMode,
	type AttentionKind,
	type BenchmarkPrecision,
	type Precision
} from '../domain/kinds';

/** A rough tier of general capability, so "cheapest" compares like with like (capability.ts). */
export const capabilityClasses = ['frontier', 'large', 'small'] as const;
export type CapabilityClass = (typeof capabilityClasses)[number];

export interface ModelSpec {
	id: string;
	name: string;
	family: string;
	/** Capability tier; absent: the catalog's map (capability.ts) gives it, or it is unclassed. */
	capabilityClass?: CapabilityClass;
	/** Total parameters (memory). */
	totalParams: Figure;
	/** Parameters active per token (compute); equals total for dense models. */
	activeParams: Figure;
	layers: Figure;
	kvHeads: Figure;
	headDim: Figure;
	contextLength: Figure;
	attention: AttentionKind;
	/**
	 * KV-cache bytes per token at 16-bit cache precision, as published or derived from the
	 * configuration. Required for 'mla' and 'sliding-window' models (the standard formula
	 * does not hold for them); for standard attention it must equal 2 x layers x kvHeads x headDim x 2.
	 */
	kvBytesPerTokenBf16?: Figure;
	/**
	 * Mixture of experts, from the published configuration: routed experts per MoE layer, experts
	 * each token is routed to, the number of MoE layers, and the parameters of one routed expert in
	 * one layer (3 × hidden × expert FFN width for SwiGLU experts, plus biases where present). The
	 * rest of totalParams (attention, dense layers, shared experts, embeddings) is read every step.
	 * All four present, or none (a dense model).
	 */
	moeExperts?: Figure;
	moeExpertsPerToken?: Figure;
	moeLayers?: Figure;
	moeParamsPerExpert?: Figure;
	/**
	 * Sliding-window (local) attention: how many of the layers attend to a window, and its length in
	 * tokens. Those layers hold min(context, window) tokens of KV cache; the others hold the context.
	 */
	slidingWindowLayers?: Figure;
	slidingWindowTokens?: Figure;
	/** Hidden reasoning tokens a reasoning model generates per request, added to its serving load. */
	reasoningTokensPerRequest?: Figure;
	/**
	 * The share of the calibrated roofline this model reached where it was measured (the median of
	 * measured ÷ roofline over its published points), for models the roofline overstates. Absent: 1.
	 */
	measuredEfficiency?: Figure;
	license: string;
	releaseDate: string;
	source: Source;
}

export interface GpuSpec {
	id: string;
	name: string;
	vendor: string;
	memoryGB: Figure;
	memoryBandwidthTBps: Figure;
	denseBf16Tflops: Figure;
	/** Absent where the GPU has no FP8 tensor cores (A100): FP8 deployments fall back to BF16 compute. */
	denseFp8Tflops?: Figure;
	/** Absent where the GPU has no FP4 tensor cores (before Blackwell / CDNA 4): fp4 is refused there. */
	denseFp4Tflops?: Figure;
	tdpWatts: Figure;
	/**
	 * The share of the roofline's efficiencies (η, fitted to NVIDIA GPUs running TensorRT-LLM) that
	 * the serving stack usual on this GPU reaches, from a published result set against an NVIDIA
	 * result of the same round and benchmark. Absent: 1, the calibration's own stack.
	 */
	stackEfficiency?: Figure;
	/** Purchase price per GPU in USD, where a price is published. Absent means "enter your quote". */
	purchasePriceUsd?: Figure;
	/** Cloud on-demand price per GPU-hour in USD. */
	cloudUsdPerGpuHour?: Figure;
	/** A flat monthly rental per GPU (a dedicated server by the month); used when no hourly rate is set. */
	cloudUsdPerGpuMonth?: Figure;
}

export interface ApiOffering {
	id: string;
	provider: string;
	/** The provider's model name. */
	model: string;
	/** Display name. */
	name: string;
	/** Capability tier; absent: the catalog's map (capability.ts) gives it, or it is unclassed. */
	capabilityClass?: CapabilityClass;
	/** Catalog model id when this is a hosted open-weight model, for like-for-like comparison. */
	openModelId?: string;
	inputUsdPerMTok: Figure;
	outputUsdPerMTok: Figure;
	/** Absent: cached input is billed as input. */
	cachedInputUsdPerMTok?: Figure;
	/**
	 * Batch discount d in [0, 1], derived from the published batch prices (1 − batch / list);
	 * absent: no batch API.
	 */
	batchDiscount?: Figure;
	fixedMonthlyUsd?: Figure;
	/** Price of writing input to the prompt cache (Anthropic's cache write); absent: no premium. */
	cacheWriteUsdPerMTok?: Figure;
	/**
	 * Long-context tier: a request whose prompt is longer than the threshold pays these prices for
	 * all its tokens. Threshold, input and output present together, or none.
	 */
	longContextThresholdTokens?: Figure;
	longContextInputUsdPerMTok?: Figure;
	longContextOutputUsdPerMTok?: Figure;
	longContextCachedInputUsdPerMTok?: Figure;
	longContextCacheWriteUsdPerMTok?: Figure;
	/** Hidden reasoning tokens per request, billed as output (a reasoning model's typical usage). */
	reasoningTokensPerRequest?: Figure;
	/** Where it is sold: the model's maker, or a cloud channel ('Azure OpenAI', 'AWS Bedrock', 'Vertex AI'). */
	channel?: string;
	/** Set when the provider has retired or scheduled the model's retirement: the date, with its source. */
	retired?: Source;
}

export const rentalTerms = ['on-demand', '1-year', '3-year', 'spot', 'marketplace'] as const;
export type RentalTerm = (typeof rentalTerms)[number];

/** One published rental rate of a GPU: who rents it, on what term, where, at what price per GPU-hour. */
export interface RentalRate {
	id: string;
	gpuId: string;
	provider: string;
	term: RentalTerm;
	/** Region or market, where the price depends on it. */
	region?: string;
	usdPerGpuHour: Figure;
	/** Set on the GPU's typical rate (the default of a rented candidate): why this one. */
	typical?: string;
}

export interface Benchmark {
	id: string;
	/** Catalog model id this measurement matches. */
	modelId: string;
	gpuId: string;
	/** GPUs in the measured system (tensor-parallel group or whole server). */
	gpus: number;
	/**
	 * How the GPUs shared the model: 'dep' for attention data parallel with expert parallel (an
	 * engine table's DEPn columns); absent for tensor parallel.
	 */
	arrangement?: 'dep';
	precision: BenchmarkPrecision;
	/** 'mlperf-server', 'mlperf-offline' or 'engine' (an inference engine's own published figure). */
	kind: 'mlperf-server' | 'mlperf-offline' | 'engine';
	engine: string;
	/** Mean input and output tokens per request in the measured workload, where known. */
	inputTokens?: number;
	outputTokens?: number;
	/** Output (generated) tokens per second per GPU. */
	outputTokensPerSecondPerGpu: Figure;
	conditions: string;
}

/** Defaults for the scenario's finance and serving settings, each with its source. */
export interface DefaultFigures {
	[key: string]: Figure;
}
