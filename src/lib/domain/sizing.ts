import type { Precision } from './kinds';
import {
	dec,
	dmax,
	dmin,
	floatFloorDiv,
	floatOf,
	floorDiv,
	numberOf,
	ONE,
	ZERO,
	type Decimal
} from './decimal';
import { level, remember } from './memo';
import type { ModelInputs, ThroughputGpu, ThroughputServing, TokenShape } from './inputs';
import { explained, quantity, type Explained, type Quantity } from './quantity';
import { tokensPerRequest } from './workload';

/** Tensor-parallel degrees tried, smallest first. 16 spans two 8-GPU nodes and is flagged. */
export const TENSOR_PARALLEL_DEGREES = [1, 2, 4, 8, 16] as const;
/** The largest replica a user may pin: eight 8-GPU nodes. */
export const MAX_GPUS_PER_REPLICA = 64;
const GB = dec(1_000_000_000);

/** The fixed-width precisions' bytes per parameter and the KV element sizes: one quantity each. */
const BYTES_PER_PARAM = {
	bf16: quantity('bytes/parameter (bf16)', dec(2), 'bytes', 'definition'),
	fp8: quantity('bytes/parameter (fp8)', dec(1), 'bytes', 'definition')
};
const KV_ELEMENT_BYTES = {
	'16-bit': quantity(
		'KV-cache bytes/element (16-bit)',
		dec(2),
		'bytes',
		'serving setting: KV-cache precision'
	),
	fp8: quantity(
		'KV-cache bytes/element (fp8)',
		dec(1),
		'bytes',
		'serving setting: KV-cache precision'
	)
};

/**
 * Bytes per parameter: bf16 2, fp8 1, int4 and fp4 the catalog figures (4 bits plus block scales).
 * @example bytesPerParam('fp8', serving) → 1
 */
export function bytesPerParam(precision: Precision, serving: ThroughputServing): Quantity {
	if (precision === 'int4') return serving.int4BytesPerParam;
	if (precision === 'fp4') return serving.fp4BytesPerParam;
	return precision === 'bf16' ? BYTES_PER_PARAM.bf16 : BYTES_PER_PARAM.fp8;
}

/** KV-cache element bytes: the serving setting (16-bit: 2 bytes, FP8: 1 byte), whatever the weights. */
export function kvElementBytes(serving: ThroughputServing): Quantity {
	return KV_ELEMENT_BYTES[serving.kvCachePrecision === 'fp8' ? 'fp8' : '16-bit'];
}

/**
 * The KV cache of one model, by layer type, at the scenario's KV precision:
 * - `global`: bytes per token of the layers that hold the whole context;
 * - `sliding`: bytes per token of the sliding-window layers, which hold at most `window` tokens;
 * - `perRankLatent`: MLA, whose compressed latent every tensor-parallel rank keeps in full.
 */
export interface KvLayout {
	global: Explained;
	sliding?: { bytesPerToken: Explained; window: Quantity };
	perRankLatent: boolean;
	kvHeads: number;
}

/**
 * KV layout. Standard attention: 2 (K and V) × layers × kvHeads × headDim × element bytes, all
 * global. Sliding-window models split their layers; one with no split published counts every layer
 * as global (more memory, never less). MLA: the catalog's latent figure, scaled from 16-bit.
 * @example Llama 3.1 8B, 16-bit: global 2 × 32 × 8 × 128 × 2 = 131,072 bytes per token
 * @example Gemma 3 27B, 16-bit: global 2 × 10 × 16 × 128 × 2 = 81,920; sliding 2 × 52 × 16 × 128 × 2 = 425,984 per token, up to 1,024 tokens
 */
export function kvLayout(model: ModelInputs, serving: ThroughputServing): KvLayout {
	const el = kvElementBytes(serving);
	const kvHeads = model.kvHeads.value.toNumber();
	if (model.attention === 'mla' && model.kvBytesPerTokenBf16) {
		return {
			global: explained(
				'KV cache per token (MLA latent)',
				model.kvBytesPerTokenBf16.value.mul(el.value).div(2),
				'bytes',
				'catalog MLA latent per token × element bytes / 2',
				[model.kvBytesPerTokenBf16, el]
			),
			perRankLatent: true,
			kvHeads
		};
	}
	const perLayer = dec(2).mul(model.kvHeads.value).mul(model.headDim.value).mul(el.value);
	const sw = model.attention === 'sliding-window' ? model.slidingWindow : undefined;
	const slidingLayers = sw ? sw.layers.value : ZERO;
	const globalLayers = model.layers.value.sub(slidingLayers);
	const global = explained(
		sw ? 'KV cache per token (global layers)' : 'KV cache per token',
		perLayer.mul(globalLayers),
		'bytes',
		sw
			? '2 × (layers − sliding-window layers) × kvHeads × headDim × element bytes'
			: '2 × layers × kvHeads × headDim × element bytes',
		sw
			? [model.layers, sw.layers, model.kvHeads, model.headDim, el]
			: [model.layers, model.kvHeads, model.headDim, el]
	);
	if (!sw) return { global, perRankLatent: false, kvHeads };
	return {
		global,
		sliding: {
			bytesPerToken: explained(
				'KV cache per token (sliding-window layers)',
				perLayer.mul(slidingLayers),
				'bytes',
				'2 × sliding-window layers × kvHeads × headDim × element bytes',
				[sw.layers, model.kvHeads, model.headDim, el]
			),
			window: sw.tokens
		},
		perRankLatent: false,
		kvHeads
	};
}

/**
 * How many copies of the KV cache a replica of n GPUs holds, relative to one: MLA keeps its latent
 * on every rank (n); standard attention shards KV heads, and once n exceeds them each rank still
 * holds ceil(kvHeads / n) heads, so n × ceil(kvHeads / n) / kvHeads.
 * @example 8 KV heads on 16 GPUs → 16 × 1 / 8 = 2; 8 heads on 4 GPUs → 1; MLA on 8 GPUs → 8
 */
export function kvReplication(kv: KvLayout, n: number): Decimal {
	if (kv.perRankLatent) return dec(n);
	if (kv.kvHeads <= 0) return ONE;
	return dec(n * Math.ceil(kv.kvHeads / n)).div(kv.kvHeads);
}

/**
 * KV bytes one sequence of `tokens` tokens holds across a replica of n GPUs (replication included).
 * @example Gemma 3 27B, 16-bit, 1 GPU, 4,000 tokens: 81,920 × 4,000 + 425,984 × 1,024 = 763,887,616 bytes
 */
export function kvBytesPerSequence(kv: KvLayout, tokens: Decimal, n: number): Decimal {
	let bytes = kv.global.value.mul(tokens);
	if (kv.sliding)
		bytes = bytes.add(kv.sliding.bytesPerToken.value.mul(dmin(tokens, kv.sliding.window.value)));
	return bytes.mul(kvReplication(kv, n));
}

/**
 * How a replica's GPUs share the model. 'tp': tensor parallel, every layer split across the GPUs.
 * 'dep': attention data parallel with expert parallel (MoE only): each GPU holds the dense weights
 * (attention, shared experts, embeddings) whole and runs attention for its own share of the
 * sequences, whose KV cache lives on that GPU alone; the routed experts are spread over the GPUs.
 */
export type Arrangement = 'tp' | 'dep';

/** A replica size as people say it: "8" for tensor parallel, "8 DEP" (as engine tables write it). */
export const sizeName = (n: number, arrangement: Arrangement): string =>
	arrangement === 'dep' ? `${n} DEP` : String(n);
/** What the arrangement means, for an explanation. */
export const ARRANGEMENT_NAMES: Record<Arrangement, string> = {
	tp: 'tensor parallel',
	dep: 'attention data parallel with expert parallel (DEP)'
};

export interface SizingOption {
	gpusPerReplica: number;
	arrangement: Arrangement;
	/** More than one node's GPUs: tensor parallelism across nodes. */
	twoNodes: boolean;
	/** Bytes of weights the replica holds: under 'dep' the dense weights once on every GPU. */
	weightsBytes: Explained;
	kv: KvLayout;
	/** KV bytes of one full-length request (i + o tokens) across the replica. */
	kvBytesPerRequest: Explained;
	/** KV-cache budget of one replica after weights and overhead. */
	kvBudgetBytes: Explained;
	/** Largest batch whose full-length KV cache fits. */
	maxBatchByMemory: number;
}

export type SizingResult = ({ ok: true } & SizingOption) | { ok: false; reason: string };

/**
 * Every replica size that holds the model: each tensor-parallel degree in {1, 2, 4, 8, 16} (or only
 * the user's pinned size) whose usable memory n × (memory × memoryUtilization − overhead) holds
 * the weights plus the KV cache of minUsefulBatch requests at full length (i + o tokens), smallest
 * first; or why none does.
 * @example Llama 3.1 70B fp8 on H100 80 GB, 0.9 utilisation, 2 GB overhead: 70.6 GB of weights
 *          leaves no room on one GPU, so the options start at 2 GPUs.
 */
export function sizeOptions(
	model: ModelInputs,
	gpu: ThroughputGpu,
	precision: Precision,
	serving: ThroughputServing,
	workload: TokenShape,
	pinned?: number,
	gpusPerNode = 8
): Sizing {
	// Remembered by the figures it reads, not by the objects holding them: a Monte Carlo draws a new
	// GPU and new serving settings each sample, whose memory figures are still the same objects, and
	// a new volume is a new workload whose token lengths are still the same figures.
	const bpp = bytesPerParam(precision, serving);
	const lengths = chain(
		chain(memorySettingsOf(serving), workload.inputTokensPerRequest),
		workload.outputTokensPerRequest
	);
	const byFigures = chain(chain(chain(lengths, bpp), gpu.memoryGB), model);
	const key = `${precision}|${serving.kvCachePrecision}|${pinned}|${gpusPerNode}|${gpu.name}`;
	// By hand rather than with remember(): no closure made per candidate.
	const sizes = (byFigures.sizes ??= new Map<string, Sizing>());
	let sizing = sizes.get(key);
	if (!sizing)
		sizes.set(
			key,
			(sizing = computeSizeOptions(model, gpu, precision, serving, workload, pinned, gpusPerNode))
		);
	return sizing;
}
type Sizing = { ok: true; options: SizingOption[] } | { ok: false; reason: string };
/** A chain of weak maps keyed by the figures sizeOptions reads, its results at the end. */
interface FigureMemo {
	next?: WeakMap<object, FigureMemo>;
	sizes?: Map<string, Sizing>;
}
/** The link of a memo chain after `m` for `key`. */
function chain(m: FigureMemo, key: object): FigureMemo {
	// By hand rather than with remember(): four links per candidate, no closure made for each.
	const next = (m.next ??= new WeakMap());
	let link = next.get(key);
	if (!link) next.set(key, (link = {}));
	return link;
}
const NO_SHARE = {};
const sizings: FigureMemo = {};
const memorySettings = new WeakMap<ThroughputServing, FigureMemo>();
/**
 * The link for a serving settings' memory figures (usable share, overhead, smallest useful batch,
 * the share of free memory a TensorRT-LLM benchmark gives the KV cache), found once per settings object.
 */
function memorySettingsOf(serving: ThroughputServing): FigureMemo {
	return remember(memorySettings, serving, () =>
		[
			serving.memoryUtilization,
			serving.runtimeOverheadGBPerGpu,
			serving.minUsefulBatch,
			serving.kvShareOfFreeMemory ?? NO_SHARE
		].reduce(chain, sizings)
	);
}

function computeSizeOptions(
	model: ModelInputs,
	gpu: ThroughputGpu,
	precision: Precision,
	serving: ThroughputServing,
	workload: TokenShape,
	pinned: number | undefined,
	gpusPerNode: number
): Sizing {
	const bpp = bytesPerParam(precision, serving);
	const { weights, weightsBytes } = weightsOf(model, bpp);
	const kv = layoutOf(model, serving);
	const ctx = tokensPerRequest(workload);
	if (ctx.gt(model.contextLength.value)) {
		return {
			ok: false,
			reason: `a request of ${ctx.toString()} tokens exceeds ${model.name}'s context of ${model.contextLength.value.toString()} tokens`
		};
	}
	const memory = memoryOf(gpu, serving);
	const degrees: readonly number[] = pinned ? [pinned] : TENSOR_PARALLEL_DEGREES;
	const options: SizingOption[] = [];
	let lastNeed = ZERO;
	const experts = model.moe ? numberOf(model.moe.experts.value) : 0;
	for (const n of degrees) {
		// Tensor parallel; then, for an MoE model, attention data parallel with expert parallel
		// (each GPU must hold at least one expert of every MoE layer).
		const tp = sizeOption(n, 'tp', weights, weightsBytes, perRequestKv(kv, workload, ctx, n));
		lastNeed = tp.need;
		if (tp.option) options.push(tp.option);
		if (model.moe && n > 1 && n <= experts) {
			const held = depWeightsOf(model, bpp, n);
			// Each sequence's KV cache lives on one GPU: no copy on the others.
			const dep = sizeOption(
				n,
				'dep',
				held.weights,
				held.weightsBytes,
				perRequestKv(kv, workload, ctx, 1)
			);
			if (dep.option) options.push(dep.option);
		}
	}
	function sizeOption(
		n: number,
		arrangement: Arrangement,
		weights: Decimal,
		weightsBytes: Explained,
		perRequest: RequestKv
	): { option?: SizingOption; need: Decimal } {
		// Looked up by hand rather than with remember(): no closure made per size of every candidate.
		const minBatch = serving.minUsefulBatch.value;
		let needKv = perRequest.need.get(minBatch);
		if (!needKv) perRequest.need.set(minBatch, (needKv = perRequest.bytes.mul(minBatch)));
		let usable = memory.usable.get(n);
		if (!usable)
			memory.usable.set(
				n,
				(usable = serving.kvShareOfFreeMemory
					? gpu.memoryGB.value.sub(serving.runtimeOverheadGBPerGpu.value).mul(GB).mul(n)
					: memory.perGpuUsable.mul(n))
			);
		// Float first: the budget's float is trusted when the subtraction kept its digits (then it lies
		// within 1e-13 of the exact one) and the fit is clear by far more; else it is decided exactly.
		const share = serving.kvShareOfFreeMemory;
		const usableF = numberOf(usable);
		const weightsF = numberOf(weights);
		const needF = numberOf(needKv);
		const shareF = share ? floatOf(share.value) : 1;
		let budgetF = (usableF - weightsF) * shareF;
		// Clearly short of the need, whatever the rounding (each float lies within 1e-15 of its
		// Decimal, relative): it does not fit, with no exact subtraction. Most sizes too small for
		// the model end here.
		if (budgetF + 1e-9 * ((Math.abs(usableF) + Math.abs(weightsF)) * shareF + needF) < needF)
			return { need: needKv };
		let exact: Decimal | undefined;
		if (
			budgetF > 1e-3 * (Math.abs(usableF) + Math.abs(weightsF)) &&
			Math.abs(budgetF - needF) > 1e-9 * Math.max(budgetF, needF)
		) {
			if (budgetF < needF) return { need: needKv };
		} else {
			exact = share ? usable.sub(weights).mul(share.value) : usable.sub(weights);
			if (!exact.gte(needKv) || !exact.gt(0)) return { need: needKv };
			budgetF = numberOf(exact);
		}
		const option = new Option(n, arrangement, n > gpusPerNode, weightsBytes, kv, perRequest, {
			gpu,
			serving,
			usable,
			weights,
			float: budgetF,
			exact
		});
		return { option, need: needKv };
	}
	if (options.length) return { ok: true, options };
	const top = degrees[degrees.length - 1];
	const offered = memory.perGpuUsable.mul(top).div(GB);
	const need =
		`${model.name} at ${precision} needs ${weights.div(GB).toFixed(1)} GB of weights plus ` +
		`${lastNeed.div(GB).toFixed(1)} GB of KV cache for ${serving.minUsefulBatch.value.toString()} request(s); ` +
		`${top} × ${gpu.name} offer ${offered.toFixed(1)} GB usable`;
	return {
		ok: false,
		reason: pinned
			? `${need}: the pinned ${pinned} GPUs per replica cannot hold it (gpusPerReplica)`
			: `${need}: it fits no GPU count`
	};
}

/*
 * What sizeOptions shares between candidates: a model's weights and KV layout, a GPU's usable
 * memory, the KV cache of a request at each replica size. Each is computed by the same operations
 * as before it was shared, so every figure is the same Decimal.
 */
const weightsByModel = new WeakMap<
	ModelInputs,
	WeakMap<Quantity, { weights: Decimal; weightsBytes: Explained }>
>();
function weightsOf(model: ModelInputs, bpp: Quantity) {
	return remember(level(weightsByModel, model), bpp, () => {
		const weights = model.totalParams.value.mul(bpp.value);
		const weightsBytes = explained(
			'Weights',
			weights,
			'bytes',
			'total parameters × bytes/parameter',
			[model.totalParams, bpp]
		);
		return { weights, weightsBytes };
	});
}

/**
 * Expert parallel over n GPUs: the busiest GPU holds ⌈E/n⌉ of each layer's E experts, n·⌈E/n⌉/E
 * of an even share (1 when n divides E).
 * @example E = 256 on 8 GPUs → 1; E = 6 on 4 GPUs → 4 × 2 / 6 = 4/3
 */
export function expertSpread(E: Decimal, n: number): Decimal {
	const byN = remember(spreads, E, () => new Map<number, Decimal>());
	let s = byN.get(n);
	if (!s) {
		const e = numberOf(E);
		byN.set(n, (s = dec(n * Math.ceil(e / n)).div(e)));
	}
	return s;
}
const spreads = new WeakMap<Decimal, Map<number, Decimal>>();

/**
 * An MoE model's parameters split: routed = MoE layers × experts × parameters per expert, dense =
 * the rest (attention, shared experts, embeddings), never below 0.
 * @example DeepSeek-V3: routed 58 × 256 × 44,040,192 = 653,908,770,816; dense 17,117,648,384
 */
export function moeParams(
	model: ModelInputs,
	moe: NonNullable<ModelInputs['moe']>
): { routed: Decimal; dense: Decimal } {
	const routed = moe.layers.value.mul(moe.experts.value).mul(moe.paramsPerExpert.value);
	return { routed, dense: dmax(model.totalParams.value.sub(routed), ZERO) };
}

const depWeightsByModel = new WeakMap<
	ModelInputs,
	WeakMap<Quantity, Map<number, { weights: Decimal; weightsBytes: Explained }>>
>();
/**
 * The weights an n-GPU replica holds under attention data parallel with expert parallel: the dense
 * weights (total − routed experts) on every GPU, and each MoE layer's E experts spread over the
 * GPUs, ⌈E / n⌉ on each (so n·⌈E / n⌉ / E of the experts' bytes when n does not divide E).
 * @example DeepSeek-V3 (671B, 58 MoE layers × 256 experts × 44.04M = 653.9B routed, 17.1B dense),
 *          8 GPUs: 8 × 17.1B + 653.9B = 790.8B parameters held
 */
export function depWeightsOf(
	model: ModelInputs,
	bpp: Quantity,
	n: number
): { weights: Decimal; weightsBytes: Explained } {
	const byN = remember(level(depWeightsByModel, model), bpp, () => new Map());
	let w = byN.get(n);
	if (w) return w;
	const moe = model.moe;
	if (!moe) throw new Error(`${model.name} is not a mixture of experts: no expert parallel`);
	const { routed, dense } = moeParams(model, moe);
	const weights = dense
		.mul(n)
		.add(routed.mul(expertSpread(moe.experts.value, n)))
		.mul(bpp.value);
	w = {
		weights,
		weightsBytes: explained(
			'Weights held (dense on every GPU, experts spread)',
			weights,
			'bytes',
			'(n × (total − MoE layers × experts × params/expert) + MoE layers × experts × params/expert × n·⌈E/n⌉/E) × bytes/parameter',
			[
				model.totalParams,
				moe.layers,
				moe.experts,
				moe.paramsPerExpert,
				bpp,
				quantity('GPUs per replica', dec(n), 'GPUs', 'sizing')
			]
		)
	};
	byN.set(n, w);
	return w;
}

const layouts = new WeakMap<ModelInputs, Map<string, KvLayout>>();
/** kvLayout, once per model and KV precision. */
function layoutOf(model: ModelInputs, serving: ThroughputServing): KvLayout {
	let byPrecision = layouts.get(model);
	if (!byPrecision) layouts.set(model, (byPrecision = new Map()));
	let kv = byPrecision.get(serving.kvCachePrecision);
	if (!kv) byPrecision.set(serving.kvCachePrecision, (kv = kvLayout(model, serving)));
	return kv;
}

interface RequestKv {
	bytes: Decimal;
	/** bytes.toNumber(), for floorDiv. */
	bytesFloat: number;
	explained: Explained;
	/** bytes × minUsefulBatch, per minUsefulBatch. */
	need: WeakMap<Decimal, Decimal>;
}
const requestKv = new WeakMap<KvLayout, WeakMap<TokenShape, Map<number, RequestKv>>>();
function perRequestKv(kv: KvLayout, workload: TokenShape, ctx: Decimal, n: number): RequestKv {
	const byN = remember(level(requestKv, kv), workload, () => new Map<number, RequestKv>());
	let r = byN.get(n);
	if (r) return r;
	const bytes = kvBytesPerSequence(kv, ctx, n);
	const kvInputs = kv.sliding ? [kv.global, kv.sliding.bytesPerToken] : [kv.global];
	r = {
		bytes,
		bytesFloat: bytes.toNumber(),
		explained: explained(
			'KV cache per request',
			bytes,
			'bytes',
			kv.perRankLatent
				? '(i + o) × latent bytes per token × GPUs (every rank keeps the latent)'
				: kv.sliding
					? '((i + o) × global bytes/token + min(i + o, window) × sliding bytes/token) × KV-head replication'
					: '(i + o) × bytes/token × KV-head replication',
			[
				...kvInputs,
				workload.inputTokensPerRequest,
				workload.outputTokensPerRequest,
				quantity('KV replication across the replica', kvReplication(kv, n), '×', 'sizing')
			]
		),
		need: new WeakMap()
	};
	byN.set(n, r);
	return r;
}

/** A GPU's usable memory under the serving settings, and per replica size before the weights. */
const memoryByGpu = new WeakMap<
	ThroughputGpu,
	WeakMap<ThroughputServing, { perGpuUsable: Decimal; usable: Map<number, Decimal> }>
>();
function memoryOf(gpu: ThroughputGpu, serving: ThroughputServing) {
	return remember(level(memoryByGpu, gpu), serving, () => ({
		perGpuUsable: gpu.memoryGB.value
			.mul(serving.memoryUtilization.value)
			.sub(serving.runtimeOverheadGBPerGpu.value)
			.mul(GB),
		usable: new Map<number, Decimal>()
	}));
}

/** What a replica size's KV-cache budget is made of, computed exactly when read. */
interface Budget {
	gpu: ThroughputGpu;
	serving: ThroughputServing;
	usable: Decimal;
	weights: Decimal;
	float: number;
	exact: Decimal | undefined;
}

/**
 * A replica size that holds the model: its KV-cache budget decided float-first (the exact one
 * computed when read), a class so a large scenario's many sizes are one object each.
 */
class Option implements SizingOption {
	readonly kvBytesPerRequest: Explained;
	readonly maxBatchByMemory: number;
	#budget: Budget;
	#explained: Explained | undefined;
	constructor(
		readonly gpusPerReplica: number,
		readonly arrangement: Arrangement,
		readonly twoNodes: boolean,
		readonly weightsBytes: Explained,
		readonly kv: KvLayout,
		perRequest: RequestKv,
		budget: Budget
	) {
		this.kvBytesPerRequest = perRequest.explained;
		this.#budget = budget;
		// The largest batch whose full-length KV cache fits: exactly when the float is too close to call.
		this.maxBatchByMemory = perRequest.bytes.isZero()
			? Number.MAX_SAFE_INTEGER
			: Math.min(
					floatFloorDiv(budget.float, perRequest.bytesFloat) ??
						floorDiv(this.#exact(), perRequest.bytes, budget.float, perRequest.bytesFloat),
					Number.MAX_SAFE_INTEGER
				);
	}
	/** n × (memory × utilisation − overhead) − weights (× the benchmark's KV share), exactly. */
	#exact(): Decimal {
		const b = this.#budget;
		const share = b.serving.kvShareOfFreeMemory;
		return (b.exact ??= share ? b.usable.sub(b.weights).mul(share.value) : b.usable.sub(b.weights));
	}
	get kvBudgetBytes(): Explained {
		const { gpu, serving } = this.#budget;
		return (this.#explained ??= explained(
			'KV-cache budget per replica',
			this.#exact(),
			'bytes',
			this.arrangement === 'dep'
				? 'n × (GPU memory × memory utilisation − overhead) − weights held (dense weights on every GPU, experts spread)'
				: 'n × (GPU memory × memory utilisation − overhead) − weights',
			[gpu.memoryGB, serving.memoryUtilization, serving.runtimeOverheadGBPerGpu, this.weightsBytes]
		));
	}
}

/** The smallest tensor-parallel degree that fits (DESIGN.md's memory fit), or why none does. */
export function sizeReplica(
	model: ModelInputs,
	gpu: ThroughputGpu,
	precision: Precision,
	serving: ThroughputServing,
	workload: TokenShape
): SizingResult {
	const r = sizeOptions(model, gpu, precision, serving, workload);
	if (!r.ok) return r;
	// Field by field: a spread would miss the budget, which is read through a getter.
	const o = r.options[0];
	return {
		ok: true,
		gpusPerReplica: o.gpusPerReplica,
		arrangement: o.arrangement,
		twoNodes: o.twoNodes,
		weightsBytes: o.weightsBytes,
		kv: o.kv,
		kvBytesPerRequest: o.kvBytesPerRequest,
		kvBudgetBytes: o.kvBudgetBytes,
		maxBatchByMemory: o.maxBatchByMemory
	};
}
