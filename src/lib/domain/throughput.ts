import type { Precision } from './kinds';
import { dec, dmax, floatOf, numberOf, ONE, ZERO, type Decimal } from './decimal';
import {
	scaledDegrees,
	type BenchmarkInputs,
	type ThroughputCandidate,
	type ThroughputGpu,
	type ModelInputs,
	type ThroughputServing,
	type TokenShape,
	throughputGpuKeys,
	throughputServingKeys
} from './inputs';
import { explained, quantity, type Explained, type Quantity } from './quantity';
import { level, remember } from './memo';
import {
	bytesPerParam,
	expertSpread,
	kvBytesPerSequence,
	moeParams,
	sizeOptions,
	TENSOR_PARALLEL_DEGREES
} from './sizing';
import type { Arrangement, KvLayout, SizingOption } from './sizing';
import { tokenShape } from './workload';

const TERA = dec(1_000_000_000_000);
/** TensorRT-LLM's default KV-cache allocation: 90% of the GPU memory free after loading. */
const TRTLLM_KV_SHARE = quantity(
	'TensorRT-LLM KV cache: share of free GPU memory',
	dec('0.9'),
	'share',
	'TensorRT-LLM documentation, "How to Change KV Cache Behavior" (nvidia.github.io/TensorRT-LLM/examples/kvcacheconfig.html): "The default for free_gpu_memory_fraction is 0.9, which means TensorRT LLM will try to allocate 90% of free GPU memory for KV cache."'
);

/** How a benchmark calibrated the roofline of a replica. */
export interface Calibration {
	benchmark: BenchmarkInputs;
	/** Measured output tokens/s of the benchmark's GPUs together. */
	measured: Decimal;
	/** The roofline's estimate of the same system at the benchmark's own conditions. */
	estimated: Decimal;
	/** measured / estimated: the correction carried to the workload. */
	ratio: Decimal;
}

export type ThroughputResult =
	| {
			ok: true;
			path: 'benchmark' | 'roofline';
			/** Human-readable: which benchmark and how it was carried, or which bound limited the roofline. */
			label: string;
			benchmarkId?: string;
			/** The user's own measurement calibrated this figure. */
			own?: boolean;
			calibration?: Calibration;
			/** Concurrent requests per replica. */
			batch: number;
			/** What limited the batch. */
			batchLimit: string;
			/** Each user's decode speed at that batch, prefill time included (Little's law). */
			userTokensPerSecond: Decimal;
			/** Requests per second one replica completes at full load. */
			requestsPerSecond: Explained;
			/** Output tokens per second one replica generates at full load. */
			outputTokensPerSecond: Explained;
	  }
	| { ok: false; reason: string };

export type ThroughputOk = Extract<ThroughputResult, { ok: true }>;

/**
 * Dense tensor FLOP/s of one GPU at a precision: fp8 and fp4 on their own tensor cores (fp8 falls
 * back to BF16 where a GPU has none; fp4 is refused there, see precisionProblem); int4 is
 * weight-only (W4A16) and computes at the BF16 rate.
 */
export function gpuFlops(gpu: ThroughputGpu, precision: Precision): Quantity {
	if (precision === 'fp8' && gpu.denseFp8Tflops) return gpu.denseFp8Tflops;
	if (precision === 'fp4' && gpu.denseFp4Tflops) return gpu.denseFp4Tflops;
	return gpu.denseBf16Tflops;
}

/** Why a GPU cannot run a precision at all (FP4 without FP4 tensor cores), or undefined. */
export function precisionProblem(gpu: ThroughputGpu, precision: Precision): string | undefined {
	if (precision === 'fp4' && !gpu.denseFp4Tflops)
		return `${gpu.name} has no FP4 tensor cores (no dense FP4 TFLOPS in its figures): choose bf16, fp8 or int4, or a GPU with FP4 (precision)`;
	return undefined;
}

const ONE_GPU_EFFICIENCY = quantity(
	'tensor-parallel efficiency (1 GPU)',
	ONE,
	'share',
	'definition'
);

/**
 * Tensor-parallel scaling efficiency of an n-GPU replica: 1 for one GPU, else the setting of the
 * smallest listed degree ≥ n (16 beyond 16).
 * @example n = 2 → serving.tpEfficiency[2]; n = 6 → serving.tpEfficiency[8]
 */
export function tpEfficiency(n: number, serving: ThroughputServing): Quantity {
	if (n <= 1) return ONE_GPU_EFFICIENCY;
	const d = scaledDegrees.find((x) => x >= n) ?? 16;
	return serving.tpEfficiency[d];
}

/** The roofline of one replica at one workload, as exact terms; see rooflineThroughput. */
interface Terms {
	n: number;
	/** Replica bytes/s, decode FLOP/s and prefill FLOP/s after the efficiencies. */
	bw: Decimal;
	fl: Decimal;
	flPrefill: Decimal;
	/** Bytes of weights every decode step reads whatever the routing (all of a dense model). */
	denseBytes: Decimal;
	/** Bytes of all routed experts over all MoE layers; 0 for a dense model. */
	expertBytes: Decimal;
	/** 1 − k/E: the chance one token does not route to a given expert. */
	miss: Decimal;
	/** FLOPs per token at the dense rate: 2 × active parameters, routed experts weighted by 1/η_moe. */
	twoA: Decimal;
	kvRead: Decimal;
	prefillFlops: Decimal;
	o: Decimal;
	inputs: Quantity[];
}

function terms(
	c: ThroughputCandidate,
	opt: SizingOption,
	serving: ThroughputServing,
	w: TokenShape
): Terms | string {
	const n = opt.gpusPerReplica;
	const model = c.model;
	const hw = hardwareOf(c.gpu, c.precision, n, serving, c.model.measuredEfficiency);
	// Attention data parallel reaches η_dep of its roofline: all of its rates are scaled by it.
	const dep = opt.arrangement === 'dep';
	const eDep = serving.efficiencyDep.value;
	const bw = dep ? hw.bw.mul(eDep) : hw.bw;
	const fl = dep ? hw.fl.mul(eDep) : hw.fl;
	const flPrefill = dep ? hw.flPrefill.mul(eDep) : hw.flPrefill;
	if (bw.lte(0) || fl.lte(0) || flPrefill.lte(0))
		return `${c.gpu.name}: zero memory bandwidth or compute, so zero throughput`;
	const o = w.outputTokensPerRequest.value;
	if (o.lte(0)) return 'output tokens per request must be at least 1';
	const mt = modelTermsOf(model, c.precision, serving, w);
	const moe = model.moe;
	const inputs: Quantity[] = [
		model.activeParams,
		...(moe
			? [model.totalParams, moe.experts, moe.expertsPerToken, moe.layers, moe.paramsPerExpert]
			: []),
		mt.bpp,
		c.gpu.memoryBandwidthTBps,
		hw.flops,
		serving.efficiencyMemory,
		serving.efficiencyCompute,
		serving.efficiencyPrefill,
		...(moe ? [serving.efficiencyMoe] : []),
		...(c.precision === 'fp4' ? [serving.efficiencyFp4] : []),
		...(c.gpu.stackEfficiency ? [c.gpu.stackEfficiency] : []),
		...(model.measuredEfficiency ? [model.measuredEfficiency] : []),
		...(dep ? [serving.efficiencyDep] : []),
		hw.eff,
		opt.kv.global,
		...(opt.kv.sliding ? [opt.kv.sliding.bytesPerToken, opt.kv.sliding.window] : []),
		w.inputTokensPerRequest,
		w.outputTokensPerRequest,
		...(serving.prefixCaching ? [w.cachedInputShare] : []),
		quantity('GPUs per replica', dec(n), 'GPUs', 'sizing')
	];
	const me = mt.exact;
	// Attention data parallel: every GPU reads the dense weights each step (n copies over the
	// replica's bandwidth), the busiest GPU holds ⌈E/n⌉ experts of each layer, and a sequence reads
	// its KV cache on its own GPU alone.
	return {
		n,
		bw,
		fl,
		flPrefill,
		denseBytes: dep ? me.denseBytes.mul(n) : me.denseBytes,
		expertBytes:
			dep && moe ? me.expertBytes.mul(expertSpread(moe.experts.value, n)) : me.expertBytes,
		miss: me.miss,
		twoA: me.twoA,
		kvRead: kvReadOf(opt.kv, w, dep ? 1 : n).exact,
		prefillFlops: me.prefillFlops,
		o,
		inputs
	};
}

/*
 * The roofline's terms split by what they depend on, so candidates share them: a GPU's bandwidth
 * and FLOP/s at a precision and replica size; a model's bytes and FLOPs at a precision and
 * workload; the KV cache a sequence reads. Exact and float, each computed by the same operations
 * as when every candidate computed its own, so every figure is the same Decimal (or float). The
 * floats rank replica sizes and choose the batch; the exact terms are computed when first read,
 * for the replica sizes whose exact figures someone reads.
 */
class Hardware {
	#peak: Decimal | undefined;
	#bw: Decimal | undefined;
	#fl: Decimal | undefined;
	#flPrefill: Decimal | undefined;
	constructor(
		readonly gpu: ThroughputGpu,
		readonly precision: Precision,
		readonly n: number,
		readonly serving: ThroughputServing,
		readonly flops: Quantity,
		readonly eff: Quantity,
		readonly f: { bw: number; fl: number; flPrefill: number },
		/** The model's measured share of the roofline, where the catalog gives one. */
		readonly measured?: Quantity
	) {}
	get bw(): Decimal {
		return (this.#bw ??= dec(this.n)
			.mul(this.gpu.memoryBandwidthTBps.value)
			.mul(TERA)
			.mul(this.serving.efficiencyMemory.value)
			.mul(this.eff.value)
			.mul(this.stack));
	}
	/**
	 * The GPU's serving-stack efficiency times the model's measured share of the roofline (each 1
	 * when the catalog gives none).
	 */
	get stack(): Decimal {
		const g = this.gpu.stackEfficiency?.value ?? ONE;
		return this.measured ? g.mul(this.measured.value) : g;
	}
	get #peakFlops(): Decimal {
		const fp4 =
			this.precision === 'fp4' && this.gpu.denseFp4Tflops ? this.serving.efficiencyFp4.value : ONE;
		return (this.#peak ??= dec(this.n)
			.mul(this.flops.value)
			.mul(TERA)
			.mul(this.eff.value)
			.mul(fp4)
			.mul(this.stack));
	}
	get fl(): Decimal {
		return (this.#fl ??= this.#peakFlops.mul(this.serving.efficiencyCompute.value));
	}
	get flPrefill(): Decimal {
		return (this.#flPrefill ??= this.#peakFlops.mul(this.serving.efficiencyPrefill.value));
	}
}
/** By GPU, serving settings, precision and GPUs per replica: looked up with no key string made. */
const hardware = new WeakMap<
	ThroughputGpu,
	WeakMap<ThroughputServing, Map<Precision, Map<number, Hardware>>>
>();
const newHardwareMap = () => new Map<Precision, Map<number, Hardware>>();
/** The same for models with a measured share of the roofline, by that figure first. */
const measuredHardware = new WeakMap<Quantity, typeof hardware>();
function hardwareOf(
	gpu: ThroughputGpu,
	precision: Precision,
	n: number,
	serving: ThroughputServing,
	measured?: Quantity
): Hardware {
	const root = measured ? remember(measuredHardware, measured, () => new WeakMap()) : hardware;
	const byPrecision = remember(level(root, gpu), serving, newHardwareMap);
	let byN = byPrecision.get(precision);
	if (!byN) byPrecision.set(precision, (byN = new Map()));
	let h = byN.get(n);
	if (h) return h;
	const flops = gpuFlops(gpu, precision);
	const eff = tpEfficiency(n, serving);
	const effF = floatOf(eff.value);
	const fp4F = precision === 'fp4' && gpu.denseFp4Tflops ? floatOf(serving.efficiencyFp4.value) : 1;
	// The serving stack usual on this GPU reaches this share of the calibrated efficiencies, and a
	// model measured below the roofline its measured share.
	const stackF =
		(gpu.stackEfficiency ? floatOf(gpu.stackEfficiency.value) : 1) *
		(measured ? floatOf(measured.value) : 1);
	const peakF = n * floatOf(flops.value) * 1e12 * effF * fp4F * stackF;
	h = new Hardware(
		gpu,
		precision,
		n,
		serving,
		flops,
		eff,
		{
			bw:
				n *
				floatOf(gpu.memoryBandwidthTBps.value) *
				1e12 *
				floatOf(serving.efficiencyMemory.value) *
				effF *
				stackF,
			fl: peakF * floatOf(serving.efficiencyCompute.value),
			flPrefill: peakF * floatOf(serving.efficiencyPrefill.value)
		},
		measured
	);
	byN.set(n, h);
	return h;
}

/** A model's terms at a precision, serving settings and workload: floats at once, exact when read. */
class ModelTerms {
	#exact:
		| {
				denseBytes: Decimal;
				expertBytes: Decimal;
				miss: Decimal;
				twoA: Decimal;
				prefillFlops: Decimal;
		  }
		| undefined;
	constructor(
		readonly model: ModelInputs,
		readonly bpp: Quantity,
		readonly serving: ThroughputServing,
		readonly w: TokenShape,
		/** The same in floating point; prefill is the FLOPs before dividing by the replica's rate. */
		readonly f: { dense: number; experts: number; miss: number; twoA: number; prefillFlops: number }
	) {}
	get exact() {
		if (this.#exact) return this.#exact;
		const { model, bpp, serving, w } = this;
		const a = model.activeParams.value;
		const i = w.inputTokensPerRequest.value;
		const moe = model.moe;
		const split = moe ? moeParams(model, moe) : undefined;
		const expertParams = split ? split.routed : ZERO;
		const denseParams = split ? split.dense : a;
		// FLOPs per token: routed-expert work runs as many small grouped products, at η_moe of the
		// dense rate; the rest (attention, shared layers) at the dense rate.
		const expertActive = moe
			? moe.layers.value.mul(moe.expertsPerToken.value).mul(moe.paramsPerExpert.value)
			: ZERO;
		const flopsPerToken = a
			.sub(expertActive)
			.add(expertActive.div(serving.efficiencyMoe.value))
			.mul(2);
		const cached = serving.prefixCaching ? w.cachedInputShare.value : ZERO;
		return (this.#exact = {
			denseBytes: denseParams.mul(bpp.value),
			expertBytes: expertParams.mul(bpp.value),
			miss: moe ? ONE.sub(moe.expertsPerToken.value.div(moe.experts.value)) : ONE,
			twoA: flopsPerToken,
			prefillFlops: flopsPerToken.mul(i).mul(ONE.sub(cached))
		});
	}
}
const modelTerms = new WeakMap<
	ModelInputs,
	WeakMap<ThroughputServing, WeakMap<TokenShape, Map<Precision, ModelTerms>>>
>();
function modelTermsOf(
	model: ModelInputs,
	precision: Precision,
	serving: ThroughputServing,
	w: TokenShape
): ModelTerms {
	w = tokenShape(w);
	const byPrecision = remember(
		level(level(modelTerms, model), serving),
		w,
		() => new Map<Precision, ModelTerms>()
	);
	let mt = byPrecision.get(precision);
	if (mt) return mt;
	const bpp = bytesPerParam(precision, serving);
	const moe = model.moe;
	const iF = floatOf(w.inputTokensPerRequest.value);
	const bppF = floatOf(bpp.value);
	const aF = floatOf(model.activeParams.value);
	const expertParamsF = moe
		? floatOf(moe.layers.value) * floatOf(moe.experts.value) * floatOf(moe.paramsPerExpert.value)
		: 0;
	const denseF = moe ? Math.max(floatOf(model.totalParams.value) - expertParamsF, 0) : aF;
	const expertActiveF = moe
		? floatOf(moe.layers.value) *
			floatOf(moe.expertsPerToken.value) *
			floatOf(moe.paramsPerExpert.value)
		: 0;
	const flopsPerTokenF =
		2 * (aF - expertActiveF + expertActiveF / floatOf(serving.efficiencyMoe.value));
	const cachedF = serving.prefixCaching ? floatOf(w.cachedInputShare.value) : 0;
	mt = new ModelTerms(model, bpp, serving, w, {
		dense: denseF * bppF,
		experts: expertParamsF * bppF,
		miss: moe ? 1 - floatOf(moe.expertsPerToken.value) / floatOf(moe.experts.value) : 1,
		twoA: flopsPerTokenF,
		prefillFlops: flopsPerTokenF * iF * (1 - cachedF)
	});
	byPrecision.set(precision, mt);
	return mt;
}

/** KV bytes one sequence reads per decode step at the mean context i + o/2, replication included. */
class KvRead {
	#exact: Decimal | undefined;
	constructor(
		readonly kv: KvLayout,
		readonly w: TokenShape,
		readonly n: number,
		readonly f: number
	) {}
	get exact(): Decimal {
		if (this.#exact) return this.#exact;
		// The mean context while decoding: the prompt plus half the output.
		const w = this.w;
		const meanCtx = w.inputTokensPerRequest.value.add(w.outputTokensPerRequest.value.div(2));
		return (this.#exact = kvBytesPerSequence(this.kv, meanCtx, this.n));
	}
}
const kvReads = new WeakMap<KvLayout, WeakMap<TokenShape, Map<number, KvRead>>>();
function kvReadOf(kv: KvLayout, w: TokenShape, n: number): KvRead {
	w = tokenShape(w);
	const byN = remember(level(kvReads, kv), w, () => new Map<number, KvRead>());
	let r = byN.get(n);
	if (r) return r;
	const meanCtxF =
		floatOf(w.inputTokensPerRequest.value) + floatOf(w.outputTokensPerRequest.value) / 2;
	let f = floatOf(kv.global.value) * meanCtxF;
	if (kv.sliding)
		f +=
			floatOf(kv.sliding.bytesPerToken.value) *
			Math.min(meanCtxF, floatOf(kv.sliding.window.value));
	f *= kv.perRankLatent ? n : kv.kvHeads > 0 ? (n * Math.ceil(kv.kvHeads / n)) / kv.kvHeads : 1;
	r = new KvRead(kv, w, n, f);
	byN.set(n, r);
	return r;
}

/**
 * Decode step seconds at batch B: the matrix products, bound by reading the weights or by their
 * FLOPs, then attention reading each sequence's KV cache. The two run one after the other in
 * every layer, so their times add: max(W(B) / BW, 2·a·B / FLOPS) + B·kvRead / BW.
 */
function stepSeconds(t: Terms, B: Decimal): Decimal {
	const weights = t.expertBytes.isZero()
		? t.denseBytes
		: t.denseBytes.add(t.expertBytes.mul(ONE.sub(t.miss.pow(B))));
	return dmax(weights.div(t.bw), t.twoA.mul(B).div(t.fl)).add(B.mul(t.kvRead).div(t.bw));
}

/** The same step time in floating point, for the batch search and for ranking replica sizes. */
export interface FloatTerms {
	bw: number;
	fl: number;
	dense: number;
	experts: number;
	miss: number;
	twoA: number;
	kvRead: number;
	prefill: number;
	o: number;
	/** Batches the engine's cap applies to: 1, or n under attention data parallel (a batch per GPU). */
	ranks: number;
}
/**
 * The float terms straight from the inputs (each Decimal converted once, floatOf), with no Decimal
 * arithmetic: ranking every replica size of every candidate stays cheap. A test holds them to the
 * exact terms.
 */
export function floatTermsOf(
	c: ThroughputCandidate,
	opt: SizingOption,
	serving: ThroughputServing,
	w: TokenShape
): FloatTerms | undefined {
	const n = opt.gpusPerReplica;
	const hw = hardwareOf(c.gpu, c.precision, n, serving, c.model.measuredEfficiency).f;
	const dep = opt.arrangement === 'dep';
	const eDep = dep ? floatOf(serving.efficiencyDep.value) : 1;
	const bw = hw.bw * eDep;
	const fl = hw.fl * eDep;
	const flPrefill = hw.flPrefill * eDep;
	const o = floatOf(w.outputTokensPerRequest.value);
	if (!(bw > 0 && fl > 0 && flPrefill > 0 && o > 0)) return undefined;
	const m = modelTermsOf(c.model, c.precision, serving, w).f;
	const moe = c.model.moe;
	return {
		bw,
		fl,
		dense: dep ? m.dense * n : m.dense,
		experts: dep && moe ? m.experts * floatOf(expertSpread(moe.experts.value, n)) : m.experts,
		miss: m.miss,
		twoA: m.twoA,
		kvRead: kvReadOf(opt.kv, w, dep ? 1 : n).f,
		prefill: m.prefillFlops / flPrefill,
		o,
		ranks: dep ? n : 1
	};
}

/** A replica's requests/s in floating point, and whether the exact figure is sure to match it. */
type FloatThroughput = { rps: number; sure: boolean };

/**
 * The float side of replicaThroughput: requests/s of one replica in floating point, for ranking
 * replica sizes, and whether it is `sure`: the exact computation then takes the same benchmark and
 * the same batch and succeeds, so its requests/s lies within float rounding (about 1e-13, relative)
 * of `rps`, and a caller may decide in floats what needs no more than that and compute the exact
 * figures when they are read. Not sure: the terms are not all positive and finite floats, the
 * benchmark's estimate is not, or the batch search came within 1e-9 (relative) of a speed target
 * that the exact computation derives otherwise (a catalog benchmark's target ÷ ratio, in Decimal).
 * rps is 0 when no batch meets the constraints. With `exact` estimates, a caller that will compute
 * the exact throughput anyway has the benchmark estimated exactly (and kept there for it) rather
 * than twice.
 * @example no benchmark, the batch limited by memory → { rps: 1 / (prefill + o·t(B)/B), sure: true }
 */
export function floatThroughput(
	c: ThroughputCandidate,
	opt: SizingOption,
	serving: ThroughputServing,
	w: TokenShape,
	benchmarks: BenchmarkInputs[],
	estimates: Map<string, number | undefined>,
	exact?: Map<string, Decimal | undefined>
): FloatThroughput {
	w = tokenShape(w);
	const value = lastOr(lastFloat, opt, c, serving, w, benchmarks, (): FloatThroughput => {
		const f = floatTermsOf(c, opt, serving, w);
		if (!f) return { rps: 0, sure: false };
		const cal = floatCalibrationFor(c, opt, serving, w, benchmarks, estimates, exact);
		const s = floatOf(serving.tokensPerSecondPerUser.value);
		const ratio = cal ? cal.ratio : 1;
		// A catalog benchmark's speed target is divided by its ratio; the exact path divides in Decimal.
		const adjusted = cal !== undefined && cal !== null && !cal.b.own && s > 0;
		const { batch, margin } = chooseBatch(
			f,
			opt.maxBatchByMemory,
			serving,
			adjusted ? s / ratio : s
		);
		const sure = cal !== null && (!adjusted || margin > 1e-9);
		if (batch < 1) return { rps: 0, sure };
		const rps = ratio / (f.prefill + (f.o * floatStep(f, batch)) / batch);
		return { rps, sure: sure && rps > 0 && Number.isFinite(rps) };
	});
	const k = c.throughputScale;
	return k ? { rps: value.rps * Math.max(floatOf(k.value), 0), sure: value.sure } : value;
}

/**
 * A replica size's last throughput and what it was worked out from: the model, the precision, the
 * GPU's figures, the serving settings' figures (throughputGpuKeys, throughputServingKeys: the
 * types let this file read no others), the token shape and the benchmarks. The next evaluation of
 * an edit that changed none of them finds it: a new volume, a Monte Carlo sample that moves a
 * price or the utilisation. Figures are compared as objects: a changed figure is a new one.
 */
class Last<T> {
	constructor(
		readonly c: ThroughputCandidate,
		readonly serving: ThroughputServing,
		readonly shape: TokenShape,
		readonly benchmarks: BenchmarkInputs[],
		readonly value: T
	) {}
	of(c: ThroughputCandidate, serving: ThroughputServing, shape: TokenShape, b: BenchmarkInputs[]) {
		return (
			this.shape === shape &&
			this.benchmarks === b &&
			this.c.model === c.model &&
			this.c.precision === c.precision &&
			sameFigures(this.c.gpu, c.gpu, throughputGpuKeys) &&
			sameFigures(this.serving, serving, throughputServingKeys)
		);
	}
}
/** A replica size's last value in `memo` when worked out from these inputs, else make()'s, kept. */
function lastOr<T>(
	memo: WeakMap<SizingOption, Last<T>>,
	opt: SizingOption,
	c: ThroughputCandidate,
	serving: ThroughputServing,
	shape: TokenShape,
	benchmarks: BenchmarkInputs[],
	make: () => T
): T {
	const last = memo.get(opt);
	if (last && last.of(c, serving, shape, benchmarks)) return last.value;
	const value = make();
	memo.set(opt, new Last(c, serving, shape, benchmarks, value));
	return value;
}
function sameFigures<T extends object>(a: T, b: T, keys: readonly (keyof T)[]): boolean {
	if (a === b) return true;
	for (const k of keys) if (a[k] !== b[k]) return false;
	return true;
}

/**
 * A throughput times the candidate's throughput multiplier (its uncertainty: the Monte Carlo and
 * the tornado): requests/s, output tokens/s and each user's speed scale by k, the batch and what
 * limits it stay. The same figures, to the last digits kept, as scaling the GPU's bandwidth and
 * FLOP/s, the speed target and the benchmarks by k: every step then takes 1/k the time and the
 * same batch meets the target.
 */
function scaled(t: ThroughputResult, k: Quantity | undefined): ThroughputResult {
	if (!k || !t.ok) return t;
	if (!k.value.gt(0))
		return { ok: false, reason: `throughput × ${k.value.toString()}: the replica serves nothing` };
	const requestsPerSecond = explained(
		'Requests/s per replica',
		t.requestsPerSecond.value.mul(k.value),
		'requests/s',
		'requests/s of the estimate × throughput multiplier',
		[t.requestsPerSecond, k]
	);
	let userSpeed: Decimal | undefined;
	return {
		ok: true,
		path: t.path,
		label: `${t.label} × ${k.value.toString()} (throughput multiplier)`,
		benchmarkId: t.benchmarkId,
		own: t.own,
		calibration: t.calibration,
		batch: t.batch,
		batchLimit: t.batchLimit,
		get userTokensPerSecond() {
			return (userSpeed ??= t.userTokensPerSecond.mul(k.value));
		},
		requestsPerSecond,
		outputTokensPerSecond: explained(
			'Output tokens/s per replica',
			t.outputTokensPerSecond.value.mul(k.value),
			'tokens/s',
			'output tokens/s of the estimate × throughput multiplier',
			[t.outputTokensPerSecond, k]
		)
	};
}
const lastFloat = new WeakMap<SizingOption, Last<FloatThroughput>>();
const lastExact = new WeakMap<SizingOption, Last<ThroughputResult>>();

/**
 * calibrationFor in floating point: the same benchmark, and its ratio (measured ÷ estimated) in
 * floats; undefined when none calibrates; null when the float estimate cannot be trusted to decide
 * that (it is not a positive finite float).
 */
function floatCalibrationFor(
	c: ThroughputCandidate,
	opt: SizingOption,
	serving: ThroughputServing,
	w: TokenShape,
	benchmarks: BenchmarkInputs[],
	estimates: Map<string, number | undefined>,
	exact?: Map<string, Decimal | undefined>
): { b: BenchmarkInputs; ratio: number } | undefined | null {
	const b = serving.useBenchmarks
		? matchBenchmark(c, opt.gpusPerReplica, benchmarks, w, opt.arrangement)
		: undefined;
	if (!b) return undefined;
	if (!estimates.has(b.id)) {
		if (exact) {
			if (!exact.has(b.id)) exact.set(b.id, estimateBenchmark(c, b, serving, w));
			const e = exact.get(b.id);
			estimates.set(b.id, e && e.gt(0) ? floatOf(e) : undefined);
		} else estimates.set(b.id, floatEstimateBenchmark(c, b, serving, w));
	}
	const estimated = estimates.get(b.id);
	if (estimated === undefined) return undefined;
	if (!(estimated > 0 && Number.isFinite(estimated))) return null;
	// The exact ratio is positive exactly when the measurement is.
	if (!b.outputTokensPerSecond.value.gt(0)) return undefined;
	return { b, ratio: floatOf(b.outputTokensPerSecond.value) / estimated };
}

/**
 * estimateBenchmark in floating point: the same replica sizes fit (sizeOptions, exact) and the same
 * batch is chosen (the benchmark's conditions give the float and exact paths one speed target), so
 * it is undefined exactly when estimateBenchmark is, and otherwise within float rounding of it.
 */
function floatEstimateBenchmark(
	c: ThroughputCandidate,
	b: BenchmarkInputs,
	serving: ThroughputServing,
	w: TokenShape
): number | undefined {
	const cond = benchmarkConditions(b, serving, w);
	if (!cond) return undefined;
	const at = { ...c, precision: b.precision as Precision };
	let best: number | undefined;
	for (const d of benchmarkDegrees(b)) {
		const opt = benchmarkOption(at, b, cond, d);
		if (!opt) continue;
		const f = floatTermsOf(at, opt, cond.serving, cond.w);
		if (!f) continue;
		const { batch } = chooseBatch(f, opt.maxBatchByMemory, cond.serving);
		if (batch < 1) continue;
		const system = (f.o / (f.prefill + (f.o * floatStep(f, batch)) / batch)) * (b.gpus / d);
		if (best === undefined || system > best) best = system;
	}
	return best;
}

function floatStep(f: FloatTerms, B: number): number {
	const weights = f.experts === 0 ? f.dense : f.dense + f.experts * (1 - Math.pow(f.miss, B));
	return Math.max(weights / f.bw, (f.twoA * B) / f.fl) + (B * f.kvRead) / f.bw;
}
/** Each user's decode tokens/s at batch B: o / (o·t(B) + B·prefill), prefill time shared by all. */
const floatUserSpeed = (f: FloatTerms, B: number) => f.o / (f.o * floatStep(f, B) + B * f.prefill);

/**
 * The largest batch within memory and the engine cap whose users still decode at the speed
 * target. User speed falls as the batch grows (every term of the step time grows with B, and so
 * does the prefill time shared out), so a binary search finds it. Throughput per replica grows
 * with B, so the largest admissible batch is the operating point.
 */
function chooseBatch(
	f: FloatTerms,
	maxByMemory: number,
	serving: ThroughputServing,
	target = floatOf(serving.tokensPerSecondPerUser.value)
): { batch: number; limit: string; margin: number } {
	// The engine's batch cap holds per attention batch: each GPU's under attention data parallel.
	const cap = floatOf(serving.maxBatch.value) * f.ranks;
	let hi = Math.min(maxByMemory, cap);
	const limit = maxByMemory < cap ? 'memory (KV cache)' : 'engine batch cap';
	if (hi < 1) return { batch: hi, limit, margin: Infinity };
	const s = target;
	if (!(s > 0)) return { batch: hi, limit, margin: Infinity };
	// margin: how near the target the speeds compared came, relative (floatThroughput's `sure`).
	let v = floatUserSpeed(f, hi);
	let margin = Math.abs(v - s) / s;
	if (v >= s) return { batch: hi, limit, margin };
	v = floatUserSpeed(f, 1);
	margin = Math.min(margin, Math.abs(v - s) / s);
	if (v < s) return { batch: 0, limit: 'per-user speed', margin };
	let lo = 1; // lo meets the target, hi does not
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		v = floatUserSpeed(f, mid);
		margin = Math.min(margin, Math.abs(v - s) / s);
		if (v >= s) lo = mid;
		else hi = mid;
	}
	return { batch: lo, limit: 'per-user speed (prefill time included)', margin };
}

/**
 * Roofline estimate for one replica of n GPUs (DESIGN.md §2):
 *   t(B) = max( W(B) / (n·BW·η_mem·e_n), 2·a·B / (n·FLOPS·η_c·e_n) ) + B·kvRead / (n·BW·η_mem·e_n)
 *   W(B) = dense weights + MoE expert weights × (1 − (1 − k/E)^B)                   bytes read per step
 *   prefill = 2·a·i·(1 − h) / (n·FLOPS·η_p·e_n)   (h: cached-input share when prefix caching is on)
 *   replica-seconds per request = prefill + o·t(B)/B
 * kvRead is the KV cache one sequence reads per step at the mean context i + o/2 (sliding-window
 * layers capped at their window, replicated KV counted), e_n the tensor-parallel efficiency. B is
 * the largest batch that fits memory and the engine cap and keeps every user at the speed target
 * with prefill time counted: o / (o·t(B) + B·prefill) ≥ target.
 * Assumed: attention FLOPs and communication beyond e_n are not counted; prefill is compute-bound.
 * @example Llama 3.1 8B bf16 on one H100 (3.35 TB/s), η_mem 0.5, B = 1, i = o = 128:
 *          t ≈ 16.06e9 B / 1.675e12 B/s ≈ 9.6 ms per token
 */
export function rooflineThroughput(
	c: ThroughputCandidate,
	opt: SizingOption,
	serving: ThroughputServing,
	w: TokenShape
): ThroughputResult {
	const t = terms(c, opt, serving, w);
	if (typeof t === 'string') return { ok: false, reason: t };
	const f = floatTermsOf(c, opt, serving, w);
	if (!f)
		return {
			ok: false,
			reason: `${c.gpu.name}: zero memory bandwidth or compute, so zero throughput`
		};
	const { batch, limit } = chooseBatch(f, opt.maxBatchByMemory, serving);
	if (batch < 1) {
		const single = t.o.div(t.o.mul(stepSeconds(t, ONE)).add(t.prefillFlops.div(t.flPrefill)));
		return {
			ok: false,
			reason: limit.startsWith('per-user')
				? `cannot reach ${serving.tokensPerSecondPerUser.value.toString()} tokens/s per user: one request alone decodes at ${single.toFixed(1)} tokens/s on ${opt.gpusPerReplica} × ${c.gpu.name}`
				: `no request fits: the ${limit} allows a batch of ${batch}`
		};
	}
	const B = dec(batch);
	const step = stepSeconds(t, B);
	const prefill = t.prefillFlops.div(t.flPrefill);
	const secondsPerRequest = prefill.add(t.o.mul(step).div(B));
	const rps = ONE.div(secondsPerRequest);
	const requestsPerSecond = explained(
		'Requests/s per replica',
		rps,
		'requests/s',
		opt.arrangement === 'dep'
			? '1 / (2·a·i·(1 − h)/(n·FLOPS·η_p·e_n) + o·t(B)/B), t(B) = max(W(B)/(n·BW·η_m·e_n), 2·a·B/(n·FLOPS·η_c·e_n)) + B·kvRead/(n·BW·η_m·e_n), W(B) = n·dense + experts·s·(1 − (1 − k/E)^B) (attention data parallel: every GPU reads the dense weights; s = n·⌈E/n⌉/E; kvRead of one copy; BW and FLOPS × η_dep)'
			: '1 / (2·a·i·(1 − h)/(n·FLOPS·η_p·e_n) + o·t(B)/B), t(B) = max(W(B)/(n·BW·η_m·e_n), 2·a·B/(n·FLOPS·η_c·e_n)) + B·kvRead/(n·BW·η_m·e_n), W(B) = dense + experts·(1 − (1 − k/E)^B)',
		[...t.inputs, quantity('batch B', B, 'requests', `limited by ${limit}`)]
	);
	// Each user's speed is shown, never computed with: its four 40-digit operations wait until read.
	let userSpeed: Decimal | undefined;
	return {
		ok: true,
		path: 'roofline',
		label: `estimated (roofline${opt.arrangement === 'dep' ? ', attention data parallel with expert parallel' : ''}, batch ${batch} limited by ${limit})`,
		batch,
		batchLimit: limit,
		get userTokensPerSecond() {
			return (userSpeed ??= t.o.div(t.o.mul(step).add(B.mul(prefill))));
		},
		requestsPerSecond,
		outputTokensPerSecond: explained(
			'Output tokens/s per replica',
			rps.mul(t.o),
			'tokens/s',
			'requests/s × output tokens per request',
			[requestsPerSecond, w.outputTokensPerRequest]
		)
	};
}

/**
 * The conditions a benchmark was measured at, for the roofline. A published benchmark measures
 * maximum throughput: its own input and output lengths, no per-user speed target, a batch limited
 * by memory alone, no prefix cache, and the KV cache of its precision (FP8 for FP8/FP4 runs, as the
 * engines that publish them use; 16-bit otherwise). Your own measurement was taken on your
 * deployment: only its token lengths differ from the scenario, so at your workload's lengths and
 * GPU count it is carried unchanged.
 */
function benchmarkConditions(
	b: BenchmarkInputs,
	serving: ThroughputServing,
	w: TokenShape
): { serving: ThroughputServing; w: TokenShape } | undefined {
	const { inputTokens, outputTokens } = b;
	if (!inputTokens || !outputTokens) return undefined;
	// Made once per workload (and serving settings) and benchmark conditions: the sizing and roofline
	// figures of every estimate at them are then shared (memo.ts), across candidates and runs.
	const lengths = remember(
		remember(benchmarkWorkloads, tokenShape(w), () => new Map<string, TokenShape>()),
		`${b.own}|${inputTokens}|${outputTokens}`,
		(): TokenShape => {
			const at: TokenShape = {
				cachedInputShare: w.cachedInputShare,
				// A published mean may be fractional (MLPerf's 294.45 output tokens): its decimal text.
				inputTokensPerRequest: quantity(
					'benchmark input tokens',
					dec(String(inputTokens)),
					'tokens'
				),
				outputTokensPerRequest: quantity(
					'benchmark output tokens',
					dec(String(outputTokens)),
					'tokens'
				)
			};
			return tokenShape(b.own ? at : { ...at, cachedInputShare: BENCHMARK.cachedInputShare });
		}
	);
	if (b.own) return { serving, w: lengths };
	const kvCachePrecision = b.precision === 'fp8' || b.precision === 'fp4' ? 'fp8' : '16-bit';
	const trt = b.engine === 'TensorRT-LLM';
	return {
		serving: remember(
			remember(benchmarkServings, serving, () => new Map<string, ThroughputServing>()),
			`${kvCachePrecision}|${trt}`,
			() => ({
				...serving,
				tokensPerSecondPerUser: BENCHMARK.tokensPerSecondPerUser,
				maxBatch: BENCHMARK.maxBatch,
				minUsefulBatch: BENCHMARK.minUsefulBatch,
				prefixCaching: false,
				kvCachePrecision,
				...(trt ? { kvShareOfFreeMemory: TRTLLM_KV_SHARE } : {})
			})
		),
		w: lengths
	};
}
const benchmarkWorkloads = new WeakMap<TokenShape, Map<string, TokenShape>>();
const benchmarkServings = new WeakMap<ThroughputServing, Map<string, ThroughputServing>>();
/** The settings a published benchmark was run at. */
const BENCHMARK = {
	tokensPerSecondPerUser: quantity('speed target (benchmark: none)', ZERO, 'tokens/s'),
	maxBatch: quantity('batch cap (benchmark: memory only)', dec(1_000_000), 'requests'),
	minUsefulBatch: quantity('smallest useful batch', ONE, 'requests'),
	cachedInputShare: quantity('cached-input share (benchmark)', ZERO, 'share')
};

/**
 * The roofline's estimate of a benchmark's whole system in output tokens/s, at the benchmark's
 * conditions: one replica of its GPUs, or for a system (MLPerf) the best arrangement of its GPUs
 * into equal replicas. Undefined where the model does not fit or lengths are not stated.
 * @example an 8-GPU MLPerf system of a 70B FP8 model: max over 2, 4, 8 GPUs per replica of (8 / n) × tokens/s(n)
 */
export function estimateBenchmark(
	c: ThroughputCandidate,
	b: BenchmarkInputs,
	serving: ThroughputServing,
	w: TokenShape
): Decimal | undefined {
	const cond = benchmarkConditions(b, serving, w);
	if (!cond) return undefined;
	const at = { ...c, precision: b.precision as Precision };
	let best: Decimal | undefined;
	for (const d of benchmarkDegrees(b)) {
		const opt = benchmarkOption(at, b, cond, d);
		if (!opt) continue;
		const r = rooflineThroughput(at, opt, cond.serving, cond.w);
		if (!r.ok) continue;
		const system = r.outputTokensPerSecond.value.mul(b.gpus / d);
		if (!best || system.gt(best)) best = system;
	}
	return best;
}

/** The replica of d GPUs a benchmark ran, arranged as it was, if the model fits it. */
function benchmarkOption(
	c: ThroughputCandidate,
	b: BenchmarkInputs,
	cond: { serving: ThroughputServing; w: TokenShape },
	d: number
): SizingOption | undefined {
	const fits = sizeOptions(c.model, c.gpu, c.precision as Precision, cond.serving, cond.w, d);
	if (!fits.ok) return undefined;
	const arrangement = b.arrangement ?? 'tp';
	return fits.options.find((o) => o.arrangement === arrangement);
}

/** The replica sizes a benchmark's GPUs ran as: its replica, or every equal split of its system. */
const benchmarkDegrees = (b: BenchmarkInputs): readonly number[] =>
	b.scope === 'replica'
		? [b.gpus]
		: TENSOR_PARALLEL_DEGREES.filter((d) => d <= b.gpus && b.gpus % d === 0);

/**
 * The benchmark that calibrates a replica of n GPUs: same model, GPU and precision, with stated
 * input and output lengths; your own measurements first, then one of the same GPU count and
 * arrangement (a system whose GPU count n divides), then the closest lengths (log ratio). Points
 * with no stated lengths never match.
 */
export function matchBenchmark(
	c: ThroughputCandidate,
	n: number,
	benchmarks: BenchmarkInputs[],
	w: TokenShape,
	arrangement: Arrangement = 'tp'
): BenchmarkInputs | undefined {
	const same = benchmarksOf(benchmarks).get(c.model.id)?.get(c.gpu.id)?.get(c.precision);
	if (!same) return undefined;
	const i = numberOf(w.inputTokensPerRequest.value);
	const o = numberOf(w.outputTokensPerRequest.value);
	let best: BenchmarkInputs | undefined;
	let bestScore = Infinity;
	for (const b of same) {
		if (!b.inputTokens || !b.outputTokens) continue;
		const sameSize =
			(b.arrangement ?? 'tp') === arrangement &&
			(b.scope === 'replica' ? b.gpus === n : b.gpus % n === 0);
		const lengths =
			Math.abs(Math.log(b.inputTokens / Math.max(i, 1))) +
			Math.abs(Math.log(b.outputTokens / Math.max(o, 1)));
		const score = (b.own ? 0 : 1e6) + (sameSize ? 0 : 1e3) + lengths;
		if (score < bestScore) {
			best = b;
			bestScore = score;
		}
	}
	return best;
}

const benchmarkIndex = new WeakMap<BenchmarkInputs[], BenchmarkIndex>();
/**
 * The benchmarks with stated lengths by model, GPU and precision, in their order: every replica
 * size of every candidate looks its benchmark up, and most have none.
 */
function benchmarksOf(benchmarks: BenchmarkInputs[]): BenchmarkIndex {
	return remember(benchmarkIndex, benchmarks, () => {
		// By model, then GPU, then precision: looked up without building a key.
		const index: BenchmarkIndex = new Map();
		for (const b of benchmarks) {
			if (!b.inputTokens || !b.outputTokens) continue;
			const byGpu = remember(index, b.modelId, () => new Map());
			const byPrecision = remember(byGpu, b.gpuId, () => new Map());
			const list = byPrecision.get(b.precision);
			if (list) list.push(b);
			else byPrecision.set(b.precision, [b]);
		}
		return index;
	});
}
type BenchmarkIndex = Map<string, Map<string, Map<string, BenchmarkInputs[]>>>;

/** Whole token counts with thousands separators: 1500 → "1,500". */
const fmtTokens = (x: number | Decimal) =>
	String(Math.round(Number(x.toString()))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/**
 * Carry a benchmark to the workload: the roofline at the workload's conditions × (measured /
 * roofline at the benchmark's own conditions). The speed target and batch cap in force limit the
 * workload's roofline, so they limit the carried figure too.
 * @example measured 2,400 tok/s where the roofline says 2,000 at the benchmark's 1,000/1,000:
 *          ratio 1.2; the roofline gives 10 requests/s at 1,500/300, so 12 requests/s
 */
export function calibrate(
	roof: ThroughputOk,
	b: BenchmarkInputs,
	estimated: Decimal,
	n: number,
	w: TokenShape,
	arrangement: Arrangement = 'tp'
): ThroughputOk {
	const measured = b.outputTokensPerSecond.value;
	const ratio = measured.div(estimated);
	const ratioQ = explained(
		b.own ? 'Calibration by your measurement' : 'Calibration by benchmark',
		ratio,
		'×',
		'measured output tokens/s ÷ roofline estimate at the benchmark’s own lengths and GPUs',
		[
			b.outputTokensPerSecond,
			quantity('benchmark GPUs', dec(b.gpus), 'GPUs', b.conditions),
			quantity('roofline estimate at the benchmark', estimated, 'tokens/s', 'derived')
		]
	);
	// Your own measurement at exactly your lengths and GPU count is the answer itself: no model
	// in between, and no rounding of a ratio taken and undone.
	const same =
		b.own &&
		b.gpus === n &&
		w.inputTokensPerRequest.value.eq(b.inputTokens ?? -1) &&
		w.outputTokensPerRequest.value.eq(b.outputTokens ?? -1);
	const rps = same
		? measured.div(w.outputTokensPerRequest.value)
		: roof.requestsPerSecond.value.mul(ratio);
	const requestsPerSecond = same
		? explained(
				'Requests/s per replica',
				rps,
				'requests/s',
				'your measured output tokens/s ÷ output tokens per request (measured at your lengths and GPU count)',
				[b.outputTokensPerSecond, w.outputTokensPerRequest]
			)
		: explained(
				'Requests/s per replica',
				rps,
				'requests/s',
				'roofline requests/s at your workload × calibration',
				[roof.requestsPerSecond, ratioQ]
			);
	const measuredAt = `at ${fmtTokens(b.inputTokens ?? 0)}/${fmtTokens(b.outputTokens ?? 0)} tokens on ${b.gpus} GPU${b.gpus === 1 ? '' : 's'}`;
	const label = same
		? `your measurement ${measuredAt}, your lengths and GPU count: used as measured (${b.conditions})`
		: `${b.own ? 'your measurement' : 'measured'} ${measuredAt}, carried to your ${fmtTokens(w.inputTokensPerRequest.value)}/${fmtTokens(w.outputTokensPerRequest.value)} on ${n}${arrangement === 'dep' ? ' (attention data parallel)' : ''} by the model (×${ratio.toFixed(2)}; ${b.conditions})`;
	// Field by field (in the order a spread of roof gave), not a spread: a spread would read the
	// roofline's per-user speed, which, like this one, is shown and never computed with, so it waits
	// until read.
	let userSpeed: Decimal | undefined;
	return {
		ok: true,
		path: 'benchmark',
		label,
		batch: roof.batch,
		batchLimit: roof.batchLimit,
		get userTokensPerSecond() {
			return (userSpeed ??= roof.userTokensPerSecond.mul(ratio));
		},
		requestsPerSecond,
		outputTokensPerSecond: explained(
			'Output tokens/s per replica',
			rps.mul(w.outputTokensPerRequest.value),
			'tokens/s',
			'requests/s × output tokens per request',
			[requestsPerSecond, w.outputTokensPerRequest]
		),
		benchmarkId: b.id,
		own: b.own,
		calibration: { benchmark: b, measured, estimated, ratio }
	};
}

/**
 * Throughput of a replica of n GPUs: the roofline, calibrated by the matching benchmark where one
 * exists and benchmarks are on. A published benchmark says the hardware runs every step `ratio`
 * times faster or slower than the roofline, so the batch is chosen against the speed target ÷
 * ratio: users still get the target, whichever way the benchmark moved the estimate. Your own
 * measurement ran at your target already, so at your lengths and GPU count it comes back exactly. `estimates` caches each
 * benchmark's estimate across degrees of one candidate.
 */
export function replicaThroughput(
	c: ThroughputCandidate,
	opt: SizingOption,
	serving: ThroughputServing,
	w: TokenShape,
	benchmarks: BenchmarkInputs[],
	estimates: Map<string, Decimal | undefined> = new Map()
): ThroughputResult {
	w = tokenShape(w);
	const value = lastOr(lastExact, opt, c, serving, w, benchmarks, (): ThroughputResult => {
		const n = opt.gpusPerReplica;
		const cal = calibrationFor(c, n, serving, w, benchmarks, estimates, opt.arrangement);
		if (!cal) return rooflineThroughput(c, opt, serving, w);
		const { b, estimated, ratio } = cal;
		const s = serving.tokensPerSecondPerUser;
		// Your own measurement already ran at your speed target, so the target stays as it is.
		const adjusted: ThroughputServing =
			s.value.gt(0) && !b.own
				? { ...serving, tokensPerSecondPerUser: { ...s, value: s.value.div(ratio) } }
				: serving;
		const roof = rooflineThroughput(c, opt, adjusted, w);
		if (!roof.ok) {
			return {
				ok: false,
				reason: roof.reason.startsWith('cannot reach')
					? `cannot reach ${s.value.toString()} tokens/s per user on ${n} × ${c.gpu.name}, as calibrated by ${b.own ? 'your measurement' : 'benchmark'} ${b.id} (×${ratio.toFixed(2)})`
					: roof.reason
			};
		}
		return calibrate(roof, b, estimated, n, w, opt.arrangement);
	});
	return scaled(value, c.throughputScale);
}

/**
 * The benchmark calibrating a replica of n GPUs and its ratio (measured ÷ estimated), or none:
 * the first half of replicaThroughput, shared with the float ranking of replica sizes.
 */
export function calibrationFor(
	c: ThroughputCandidate,
	n: number,
	serving: ThroughputServing,
	w: TokenShape,
	benchmarks: BenchmarkInputs[],
	estimates: Map<string, Decimal | undefined>,
	arrangement: Arrangement = 'tp'
): { b: BenchmarkInputs; estimated: Decimal; ratio: Decimal } | undefined {
	const b = serving.useBenchmarks ? matchBenchmark(c, n, benchmarks, w, arrangement) : undefined;
	if (!b) return undefined;
	if (!estimates.has(b.id)) estimates.set(b.id, estimateBenchmark(c, b, serving, w));
	const estimated = estimates.get(b.id);
	if (!estimated || !estimated.gt(0)) return undefined;
	const ratio = b.outputTokensPerSecond.value.div(estimated);
	return ratio.gt(0) ? { b, estimated, ratio } : undefined;
}
