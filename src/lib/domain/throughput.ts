import type { Precision } from './kinds';
import { dec, dmax, floatOf, floorDiv, ONE, type Decimal } from './decimal';
import type {
	BenchmarkInputs,
	CandidateInputs,
	GpuInputs,
	ServingInputs,
	WorkloadInputs
} from './inputs';
import { explained, quantity, type Explained, type Quantity } from './quantity';
import { bytesPerParam } from './sizing';

const TERA = dec(1_000_000_000_000);

export type ThroughputResult =
	| {
			ok: true;
			path: 'benchmark' | 'roofline';
			/** Human-readable: which benchmark, or which bound limited the roofline. */
			label: string;
			benchmarkId?: string;
			/** Concurrent requests per replica (roofline path). */
			batch?: number;
			/** Requests per second one replica completes at full load. */
			requestsPerSecond: Explained;
			/** Output tokens per second one replica generates at full load. */
			outputTokensPerSecond: Explained;
	  }
	| { ok: false; reason: string };

/** Dense tensor FLOP/s of one GPU at a precision; fp8 falls back to bf16 where the GPU has no fp8 units. */
export function gpuFlops(gpu: GpuInputs, precision: Precision): Quantity {
	if (precision === 'fp8' && gpu.denseFp8Tflops) return gpu.denseFp8Tflops;
	return gpu.denseBf16Tflops;
}

/**
 * Pick the catalog benchmark for (model, GPU, precision): the one whose input/output lengths are
 * closest to the workload's (in log ratio); entries without lengths rank last.
 */
export function matchBenchmark(
	c: CandidateInputs,
	benchmarks: BenchmarkInputs[],
	w: WorkloadInputs
): BenchmarkInputs | undefined {
	const i = w.inputTokensPerRequest.value.toNumber();
	const o = w.outputTokensPerRequest.value.toNumber();
	let best: BenchmarkInputs | undefined;
	let bestScore = Infinity;
	for (const b of benchmarks) {
		if (b.modelId !== c.model.id || b.gpuId !== c.gpu.id || b.precision !== c.precision) continue;
		const score =
			b.inputTokens && b.outputTokens && i > 0 && o > 0
				? Math.abs(Math.log(b.inputTokens / i)) + Math.abs(Math.log(b.outputTokens / o))
				: 1e9;
		if (score < bestScore) {
			best = b;
			bestScore = score;
		}
	}
	return best;
}

/**
 * Replica throughput from a measured benchmark: per-GPU output tokens/s × GPUs per replica,
 * and requests/s = that / output tokens per request.
 * @example 3,913 tok/s/GPU × 2 GPUs / 250 output tokens → 31.30 requests/s
 */
export function benchmarkThroughput(
	b: BenchmarkInputs,
	gpusPerReplica: number,
	w: WorkloadInputs
): ThroughputResult {
	const n = quantity('GPUs per replica', dec(gpusPerReplica), 'GPUs', 'sizing');
	const tok = b.outputTokensPerSecondPerGpu.value.mul(gpusPerReplica);
	const outTok = explained(
		'Output tokens/s per replica',
		tok,
		'tokens/s',
		'benchmark tokens/s per GPU × GPUs per replica',
		[b.outputTokensPerSecondPerGpu, n]
	);
	const rps = tok.div(w.outputTokensPerRequest.value);
	return {
		ok: true,
		path: 'benchmark',
		label: `measured: ${b.conditions}`,
		benchmarkId: b.id,
		outputTokensPerSecond: outTok,
		requestsPerSecond: explained(
			'Requests/s per replica',
			rps,
			'requests/s',
			'output tokens/s per replica ÷ output tokens per request',
			[outTok, w.outputTokensPerRequest]
		)
	};
}

/**
 * Roofline estimate for one replica of n GPUs, per DESIGN.md §2:
 *   t(B) = max( (W + B·ctx·kv) / (n·BW·η_mem), 2·a·B / (n·FLOPS·η_compute) )   seconds per decode step
 *   prefill = 2·a·i / (n·FLOPS·η_compute)                                        seconds per request
 *   replica-seconds per request = prefill + o·t(B)/B
 * W = active parameters × bytes/parameter, a = active parameters, ctx = i + o/2 (the mean context
 * while decoding). B is the largest batch that fits memory, keeps 1/t(B) ≥ the per-user speed
 * target, and stays within the engine's cap.
 * @example Llama 3.1 8B bf16 on one H100 (3.35 TB/s, 989 TFLOPS), η 0.5/0.5, i=o=128, B=1:
 *          t = 16.06e9 B / 1.675e12 B/s ≈ 9.6 ms per token
 */
export function rooflineThroughput(
	c: CandidateInputs,
	gpusPerReplica: number,
	kvBytesPerToken: Decimal,
	maxBatchByMemory: number,
	serving: ServingInputs,
	w: WorkloadInputs
): ThroughputResult {
	const n = dec(gpusPerReplica);
	const a = c.model.activeParams.value;
	const bpp = bytesPerParam(c.precision, serving).value;
	const W = a.mul(bpp);
	const flops = gpuFlops(c.gpu, c.precision);
	const bw = n.mul(c.gpu.memoryBandwidthTBps.value).mul(TERA).mul(serving.efficiencyMemory.value);
	const fl = n.mul(flops.value).mul(TERA).mul(serving.efficiencyCompute.value);
	if (bw.lte(0) || fl.lte(0)) {
		return {
			ok: false,
			reason: `${c.gpu.name}: zero memory bandwidth or compute, so zero throughput`
		};
	}
	const i = w.inputTokensPerRequest.value;
	const o = w.outputTokensPerRequest.value;
	if (o.lte(0)) return { ok: false, reason: 'output tokens per request must be at least 1' };
	const ctx = i.add(o.div(2));
	const kvPerSeq = ctx.mul(kvBytesPerToken);
	const s = serving.tokensPerSecondPerUser.value;

	// Batch bounds, each the floor of a real bound; the batch is the smallest.
	const bounds: { name: string; value: number }[] = [
		{ name: 'memory (KV cache)', value: maxBatchByMemory },
		{ name: 'engine batch cap', value: serving.maxBatch.value.toNumber() }
	];
	if (s.gt(0)) {
		// 1/t(B) ≥ s on both terms of t: B ≤ (BW/s − W)/(ctx·kv) and B ≤ FLOPS/(2·a·s)
		const headroom = bw.div(s).sub(W);
		bounds.push({
			name: 'per-user speed (bandwidth)',
			value: kvPerSeq.isZero()
				? headroom.isNeg()
					? -1
					: Number.MAX_SAFE_INTEGER
				: floorDiv(headroom, kvPerSeq)
		});
		bounds.push({ name: 'per-user speed (compute)', value: floorDiv(fl, a.mul(2).mul(s)) });
	}
	let limit = bounds[0];
	for (const bd of bounds) if (bd.value < limit.value) limit = bd;
	const B = dec(limit.value);
	if (limit.value < 1) {
		const single = bw.div(W.add(kvPerSeq)); // tokens/s of one request alone
		return {
			ok: false,
			reason: limit.name.startsWith('per-user')
				? `cannot reach ${s.toString()} tokens/s per user: one request alone decodes at ${single.toFixed(1)} tokens/s on ${gpusPerReplica} × ${c.gpu.name}`
				: `no request fits: the ${limit.name} allows a batch of ${limit.value}`
		};
	}
	const step = dmax(W.add(B.mul(kvPerSeq)).div(bw), a.mul(2).mul(B).div(fl));
	const prefill = a.mul(2).mul(i).div(fl);
	const secondsPerRequest = prefill.add(o.mul(step).div(B));
	const rps = ONE.div(secondsPerRequest);
	const inputs: Quantity[] = [
		c.model.activeParams,
		c.gpu.memoryBandwidthTBps,
		flops,
		serving.efficiencyMemory,
		serving.efficiencyCompute,
		w.inputTokensPerRequest,
		w.outputTokensPerRequest,
		quantity('batch B', B, 'requests', `limited by ${limit.name}`),
		quantity('GPUs per replica', n, 'GPUs', 'sizing')
	];
	const requestsPerSecond = explained(
		'Requests/s per replica',
		rps,
		'requests/s',
		'1 / (2·a·i/(n·FLOPS·η_c) + o·t(B)/B), t(B) = max((W + B·ctx·kv)/(n·BW·η_m), 2·a·B/(n·FLOPS·η_c))',
		inputs
	);
	return {
		ok: true,
		path: 'roofline',
		label: `estimated (roofline, batch ${B.toString()} limited by ${limit.name})`,
		batch: B.toNumber(),
		requestsPerSecond,
		outputTokensPerSecond: explained(
			'Output tokens/s per replica',
			rps.mul(o),
			'tokens/s',
			'requests/s × output tokens per request',
			[requestsPerSecond, w.outputTokensPerRequest]
		)
	};
}

/** The float inputs of the roofline, read once per candidate. */
export interface RooflineFloats {
	activeParams: number;
	bytesPerParam: number;
	bandwidthPerGpu: number;
	flopsPerGpu: number;
	inputTokens: number;
	outputTokens: number;
	speedTarget: number;
	maxBatch: number;
}

export function rooflineFloats(
	c: CandidateInputs,
	serving: ServingInputs,
	w: WorkloadInputs
): RooflineFloats {
	// Floats for ranking only: shared figures are converted once (floatOf) and combined in floats.
	return {
		activeParams: floatOf(c.model.activeParams.value),
		bytesPerParam: floatOf(bytesPerParam(c.precision, serving).value),
		bandwidthPerGpu:
			floatOf(c.gpu.memoryBandwidthTBps.value) * 1e12 * floatOf(serving.efficiencyMemory.value),
		flopsPerGpu:
			floatOf(gpuFlops(c.gpu, c.precision).value) * 1e12 * floatOf(serving.efficiencyCompute.value),
		inputTokens: floatOf(w.inputTokensPerRequest.value),
		outputTokens: floatOf(w.outputTokensPerRequest.value),
		speedTarget: floatOf(serving.tokensPerSecondPerUser.value),
		maxBatch: floatOf(serving.maxBatch.value)
	};
}

/**
 * The roofline of rooflineThroughput in floating point, as requests/s per GPU (0 when no batch
 * meets the constraints). Used only to rank tensor-parallel degrees; the chosen degree's throughput
 * is then computed in Decimal. A test keeps the two formulas in agreement.
 */
export function rooflinePerGpuEstimate(
	f: RooflineFloats,
	gpus: number,
	kvBytesPerToken: number,
	maxBatchByMemory: number
): number {
	const bw = gpus * f.bandwidthPerGpu;
	const fl = gpus * f.flopsPerGpu;
	if (!(bw > 0 && fl > 0 && f.outputTokens > 0)) return 0;
	const W = f.activeParams * f.bytesPerParam;
	const kvPerSeq = (f.inputTokens + f.outputTokens / 2) * kvBytesPerToken;
	let b = Math.min(maxBatchByMemory, f.maxBatch);
	if (f.speedTarget > 0) {
		if (kvPerSeq > 0) b = Math.min(b, (bw / f.speedTarget - W) / kvPerSeq);
		b = Math.min(b, fl / (2 * f.activeParams * f.speedTarget));
	}
	const B = Math.floor(b);
	if (B < 1) return 0;
	const step = Math.max((W + B * kvPerSeq) / bw, (2 * f.activeParams * B) / fl);
	const perRequest = (2 * f.activeParams * f.inputTokens) / fl + (f.outputTokens * step) / B;
	return 1 / perRequest / gpus;
}
