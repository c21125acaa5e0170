import type { Precision } from './kinds';
import { dec, floorDiv } from './decimal';
import type { GpuInputs, ModelInputs, ServingInputs, WorkloadInputs } from './inputs';
import { explained, quantity, type Explained, type Quantity } from './quantity';
import { tokensPerRequest } from './workload';

/** Tensor-parallel degrees tried, smallest first. 16 spans two 8-GPU nodes and is flagged. */
export const TENSOR_PARALLEL_DEGREES = [1, 2, 4, 8, 16] as const;
const GB = dec(1_000_000_000);

/**
 * Bytes per parameter: bf16 2, fp8 1, int4 the catalog figure (0.5 plus group scales).
 * @example bytesPerParam('fp8', serving) → 1
 */
export function bytesPerParam(precision: Precision, serving: ServingInputs): Quantity {
	if (precision === 'int4') return serving.int4BytesPerParam;
	return quantity(
		`bytes/parameter (${precision})`,
		dec(precision === 'bf16' ? 2 : 1),
		'bytes',
		'definition'
	);
}

/** KV-cache element bytes: fp8 deployments keep an fp8 cache (1 byte), others 16-bit (2 bytes). */
export function kvElementBytes(precision: Precision): Quantity {
	return quantity(
		`KV-cache bytes/element (${precision === 'fp8' ? 'fp8' : '16-bit'})`,
		dec(precision === 'fp8' ? 1 : 2),
		'bytes',
		'definition'
	);
}

/**
 * KV-cache bytes per token. Standard attention: 2 (K and V) × layers × kvHeads × headDim × element
 * bytes. MLA and sliding-window models use their catalog per-token figure, scaled from 16-bit.
 * @example Llama 3.1 8B, 16-bit: 2 × 32 × 8 × 128 × 2 = 131,072 bytes
 */
export function kvBytesPerToken(model: ModelInputs, precision: Precision): Explained {
	const el = kvElementBytes(precision);
	if (model.attention !== 'standard' && model.kvBytesPerTokenBf16) {
		const v = model.kvBytesPerTokenBf16.value.mul(el.value).div(2);
		return explained(
			'KV cache per token',
			v,
			'bytes',
			`catalog ${model.attention} figure × element bytes / 2`,
			[model.kvBytesPerTokenBf16, el]
		);
	}
	const v = dec(2)
		.mul(model.layers.value)
		.mul(model.kvHeads.value)
		.mul(model.headDim.value)
		.mul(el.value);
	return explained(
		'KV cache per token',
		v,
		'bytes',
		'2 × layers × kvHeads × headDim × element bytes',
		[model.layers, model.kvHeads, model.headDim, el]
	);
}

export interface SizingOption {
	gpusPerReplica: number;
	/** 16 GPUs: the replica spans two nodes. */
	twoNodes: boolean;
	weightsBytes: Explained;
	kvBytesPerToken: Explained;
	/** KV-cache budget of one replica after weights and overhead. */
	kvBudgetBytes: Explained;
	/** Largest batch whose full-length KV cache fits. */
	maxBatchByMemory: number;
}

export type SizingResult = ({ ok: true } & SizingOption) | { ok: false; reason: string };

/**
 * Every tensor-parallel degree in {1, 2, 4, 8, 16} whose usable memory
 * (n × (memory × memoryUtilization − overhead)) holds the weights plus the KV cache of
 * minUsefulBatch requests at full length (i + o tokens), smallest first; or why none does.
 * @example Llama 3.1 70B fp8 on H100 80 GB, 0.9 utilisation, 2 GB overhead: 70.6 GB of weights
 *          leaves no room on one GPU, so the options start at 2 GPUs.
 */
export function sizeOptions(
	model: ModelInputs,
	gpu: GpuInputs,
	precision: Precision,
	serving: ServingInputs,
	workload: WorkloadInputs
): { ok: true; options: SizingOption[] } | { ok: false; reason: string } {
	const bpp = bytesPerParam(precision, serving);
	const weights = model.totalParams.value.mul(bpp.value);
	const weightsBytes = explained(
		'Weights',
		weights,
		'bytes',
		'total parameters × bytes/parameter',
		[model.totalParams, bpp]
	);
	const kv = kvBytesPerToken(model, precision);
	const ctx = tokensPerRequest(workload);
	if (ctx.gt(model.contextLength.value)) {
		return {
			ok: false,
			reason: `a request of ${ctx.toString()} tokens exceeds ${model.name}'s context of ${model.contextLength.value.toString()} tokens`
		};
	}
	const perRequestKv = ctx.mul(kv.value);
	const needKv = perRequestKv.mul(serving.minUsefulBatch.value);
	const perGpuUsable = gpu.memoryGB.value
		.mul(serving.memoryUtilization.value)
		.sub(serving.runtimeOverheadGBPerGpu.value)
		.mul(GB);
	const options: SizingOption[] = [];
	for (const n of TENSOR_PARALLEL_DEGREES) {
		const budget = perGpuUsable.mul(n).sub(weights);
		if (!budget.gte(needKv) || !budget.gt(0)) continue;
		options.push({
			gpusPerReplica: n,
			twoNodes: n > 8,
			weightsBytes,
			kvBytesPerToken: kv,
			kvBudgetBytes: explained(
				'KV-cache budget per replica',
				budget,
				'bytes',
				'n × (GPU memory × memory utilisation − overhead) − weights',
				[gpu.memoryGB, serving.memoryUtilization, serving.runtimeOverheadGBPerGpu, weightsBytes]
			),
			maxBatchByMemory: perRequestKv.isZero()
				? Number.MAX_SAFE_INTEGER
				: Math.min(floorDiv(budget, perRequestKv), Number.MAX_SAFE_INTEGER)
		});
	}
	if (options.length) return { ok: true, options };
	const offered = perGpuUsable.mul(16).div(GB);
	return {
		ok: false,
		reason:
			`${model.name} at ${precision} needs ${weights.div(GB).toFixed(1)} GB of weights plus ` +
			`${needKv.div(GB).toFixed(1)} GB of KV cache for ${serving.minUsefulBatch.value.toString()} request(s); ` +
			`16 × ${gpu.name} offer ${offered.toFixed(1)} GB usable: it fits no GPU count`
	};
}

/** The smallest tensor-parallel degree that fits (DESIGN.md's memory fit), or why none does. */
export function sizeReplica(
	model: ModelInputs,
	gpu: GpuInputs,
	precision: Precision,
	serving: ServingInputs,
	workload: WorkloadInputs
): SizingResult {
	const r = sizeOptions(model, gpu, precision, serving, workload);
	return r.ok ? { ok: true, ...r.options[0] } : r;
}
