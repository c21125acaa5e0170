import type { Unit } from '../domain/units';
import type { ApiOffering, Benchmark, Figure, GpuSpec, ModelSpec, RentalRate } from './types';

/** The fields of an entry type that hold a sourced figure. */
export type FigureFields<T> = {
	[K in keyof T]-?: NonNullable<T[K]> extends Figure ? K : never;
}[keyof T] &
	string;

/** The name of a catalog figure: a field of a model, GPU, API offering, rental rate or benchmark. */
export type FigureName =
	| FigureFields<ModelSpec>
	| FigureFields<GpuSpec>
	| FigureFields<ApiOffering>
	| FigureFields<RentalRate>
	| FigureFields<Benchmark>;

/** How a figure is labelled: mid-sentence label, unit, and an upper bound where one is natural. */
export interface FigureMeta {
	label: string;
	unit: Unit;
	max?: string;
}

/**
 * Display label, unit and upper bound of each catalog figure, by field name. Every figure is ≥ 0;
 * `max` is given where a figure has a natural ceiling (a share), else any size is accepted.
 * Every figure field of the catalog types has an entry, and nothing else does (`satisfies`); the
 * units stay literal types, so a resolved price carries its unit in its type (`PriceValue`).
 */
export const figureMeta = {
	totalParams: { label: 'total parameters', unit: 'parameters' },
	activeParams: { label: 'active parameters', unit: 'parameters' },
	layers: { label: 'layers', unit: 'layers' },
	kvHeads: { label: 'KV heads', unit: 'heads' },
	headDim: { label: 'head dimension', unit: 'values per head' },
	contextLength: { label: 'context length', unit: 'tokens' },
	kvBytesPerTokenBf16: { label: 'KV cache per token (16-bit)', unit: 'bytes' },
	moeExperts: { label: 'routed experts per MoE layer', unit: 'experts' },
	moeExpertsPerToken: { label: 'experts per token', unit: 'experts' },
	moeLayers: { label: 'MoE layers', unit: 'layers' },
	moeParamsPerExpert: { label: 'parameters per expert (one layer)', unit: 'parameters' },
	slidingWindowLayers: { label: 'sliding-window layers', unit: 'layers' },
	slidingWindowTokens: { label: 'sliding window', unit: 'tokens' },
	memoryGB: { label: 'memory', unit: 'GB' },
	memoryBandwidthTBps: { label: 'memory bandwidth', unit: 'TB/s' },
	denseBf16Tflops: { label: 'dense BF16', unit: 'TFLOPS' },
	denseFp8Tflops: { label: 'dense FP8', unit: 'TFLOPS' },
	denseFp4Tflops: { label: 'dense FP4', unit: 'TFLOPS' },
	tdpWatts: { label: 'TDP', unit: 'W' },
	stackEfficiency: { label: 'serving-stack efficiency', unit: '×', max: '2' },
	measuredEfficiency: { label: 'measured share of the roofline', unit: '×', max: '2' },
	purchasePriceUsd: { label: 'purchase price', unit: 'USD per GPU' },
	cloudUsdPerGpuHour: { label: 'cloud rate', unit: 'USD/GPU-hour' },
	cloudUsdPerGpuMonth: { label: 'monthly rental', unit: 'USD/GPU-month' },
	inputUsdPerMTok: { label: 'input price', unit: 'USD/1M tokens' },
	outputUsdPerMTok: { label: 'output price', unit: 'USD/1M tokens' },
	cachedInputUsdPerMTok: { label: 'cached-input price', unit: 'USD/1M tokens' },
	batchDiscount: { label: 'batch discount', unit: 'share 0–1', max: '1' },
	fixedMonthlyUsd: { label: 'fixed fee', unit: 'USD/month' },
	cacheWriteUsdPerMTok: { label: 'cache-write price', unit: 'USD/1M tokens' },
	longContextThresholdTokens: { label: 'long-context threshold', unit: 'input tokens' },
	longContextInputUsdPerMTok: { label: 'long-context input price', unit: 'USD/1M tokens' },
	longContextOutputUsdPerMTok: { label: 'long-context output price', unit: 'USD/1M tokens' },
	longContextCachedInputUsdPerMTok: {
		label: 'long-context cached-input price',
		unit: 'USD/1M tokens'
	},
	longContextCacheWriteUsdPerMTok: {
		label: 'long-context cache-write price',
		unit: 'USD/1M tokens'
	},
	reasoningTokensPerRequest: { label: 'reasoning tokens per request', unit: 'tokens' },
	usdPerGpuHour: { label: 'rental rate', unit: 'USD/GPU-hour' },
	outputTokensPerSecondPerGpu: { label: 'output throughput', unit: 'tokens/s per GPU' }
} as const satisfies Record<FigureName, FigureMeta>;

/** The unit of a figure, as a type: 'USD/1M tokens' for inputUsdPerMTok. */
export type UnitOf<F extends FigureName> = (typeof figureMeta)[F]['unit'];

const names: ReadonlySet<string> = new Set(Object.keys(figureMeta));

/** Whether a field name (from a scenario file, a form, a price file) names a catalog figure. */
export const isFigureName = (field: string): field is FigureName => names.has(field);

/**
 * The label and unit of a field named by text; a name that is not a catalog figure is shown as it
 * is, without a unit (validation refuses such names before anything is computed with them).
 */
export const figureMetaOf = (field: string): FigureMeta =>
	isFigureName(field) ? (figureMeta[field] as FigureMeta) : { label: field, unit: '' };
