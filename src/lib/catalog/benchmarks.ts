import type { Benchmark, Figure, Source } from './types';

/** A sourced figure; `note` is appended to the source's own note. */
function fig(value: string, src: Source, note?: string): Figure {
	const joined = [src.note, note].filter(Boolean).join(' ');
	return { ...src, value, ...(joined ? { note: joined } : {}) };
}

// mlperf_inference and engine_benchmark records of /work/shared/data/reference-figures.json whose
// model and GPU are in the catalog. Per-GPU = system result / GPUs in the system (derived exactly
// from the published system result). MLPerf mean output tokens: the reference implementation's
// FP16 'tokens per sample' (submissions must stay within 90-110% of it), from the
// mlcommons/inference language/<benchmark>/README.md accuracy targets. Mean input tokens for the
// MLPerf datasets were not found in a citable source and are left out.
// Left out: MLPerf v5.0 DGX B200 Mixtral-8x7B (NVIDIA's calibration notes do not say whether its
// Mixtral layers were FP4 or FP8) and v5.0 8x MI325X Llama2-70B (GPU not in the catalog).

const MLPERF_V4_1_DGX_H100_LLAMA_2_70B: Source = {
	source:
		'github mlcommons/inference_results_v4.1 closed/NVIDIA/results/DGX-H100_H100-SXM-80GBx8_TRT/summary/README.md @2e26a06e',
	asOf: '2024-08',
	verification: 'verified-primary'
};

const MLPERF_V4_1_DGX_H100_MIXTRAL_8X7B: Source = {
	source:
		'github mlcommons/inference_results_v4.1 closed/NVIDIA/results/DGX-H100_H100-SXM-80GBx8_TRT/mixtral-8x7b/{Offline,Server}/performance/run_1/mlperf_log_summary.txt @a2f5d66d',
	asOf: '2024-08',
	verification: 'verified-primary'
};

const MLPERF_V4_1_8X_H200_LLAMA_2_70B: Source = {
	source:
		'github mlcommons/inference_results_v4.1 closed/NVIDIA/results/H200-SXM-141GBx8_TRT/summary/README.md',
	asOf: '2024-08',
	verification: 'verified-primary'
};

const MLPERF_V4_1_8X_H200_CTS_LLAMA_2_70B: Source = {
	source:
		'github mlcommons/inference_results_v4.1 closed/NVIDIA/results/H200-SXM-141GB-CTSx8_TRT/summary/README.md',
	asOf: '2024-08',
	verification: 'verified-primary'
};

const MLPERF_V4_1_1X_B200_PREVIEW_LLAMA_2_70B: Source = {
	source:
		'github mlcommons/inference_results_v4.1 closed/NVIDIA/results/B200-SXM-180GBx1_TRT/summary/README.md',
	asOf: '2024-08',
	verification: 'verified-primary'
};

const MLPERF_V4_1_8X_MI300X_EPYC_9374F_LLAMA_2_70B: Source = {
	source:
		'github mlcommons/inference_results_v4.1 closed/AMD/results/8xMI300X_2xEPYC-9374F/summary/README.md',
	asOf: '2024-08',
	verification: 'verified-primary'
};

const MLPERF_V4_1_8X_MI300X_EPYC_TURIN_LLAMA_2_70B: Source = {
	source:
		'github mlcommons/inference_results_v4.1 closed/AMD/results/8xMI300X_2xEPYC-TURIN/summary/README.md',
	asOf: '2024-08',
	verification: 'verified-primary'
};

const MLPERF_V5_0_DGX_B200_LLAMA_2_70B: Source = {
	source:
		'github ntuhpc/mlperf_inference_results_v5.0 (mirror of mlcommons/inference_results_v5.0) closed/NVIDIA/results/B200-SXM-180GBx8_TRT/README.md @08990aab',
	asOf: '2025-04',
	verification: 'verified-primary'
};

const MLPERF_V5_0_DGX_B200_LLAMA_3_1_405B: Source = {
	source:
		'github ntuhpc/mlperf_inference_results_v5.0 (mirror of mlcommons/inference_results_v5.0) closed/NVIDIA/results/B200-SXM-180GBx8_TRT/README.md',
	asOf: '2025-04',
	verification: 'verified-primary'
};

const MLPERF_V5_0_8X_H200_LLAMA_2_70B: Source = {
	source:
		'github ntuhpc/mlperf_inference_results_v5.0 (mirror of mlcommons/inference_results_v5.0) closed/NVIDIA/results/H200-SXM-141GBx8_TRT/README.md',
	asOf: '2025-04',
	verification: 'verified-primary'
};

const MLPERF_V5_0_8X_H200_LLAMA_3_1_405B: Source = {
	source:
		'github ntuhpc/mlperf_inference_results_v5.0 (mirror of mlcommons/inference_results_v5.0) closed/NVIDIA/results/H200-SXM-141GBx8_TRT/README.md',
	asOf: '2025-04',
	verification: 'verified-primary'
};

const MLPERF_V5_0_8X_H200_MIXTRAL_8X7B: Source = {
	source:
		'github ntuhpc/mlperf_inference_results_v5.0 (mirror of mlcommons/inference_results_v5.0) closed/NVIDIA/results/H200-SXM-141GBx8_TRT/README.md',
	asOf: '2025-04',
	verification: 'verified-primary'
};

const MLPERF_V5_0_DGX_H100_LLAMA_2_70B: Source = {
	source:
		'github ntuhpc/mlperf_inference_results_v5.0 (mirror of mlcommons/inference_results_v5.0) closed/NVIDIA/results/DGX-H100_H100-SXM-80GBx8_TRT/README.md @08990aab',
	asOf: '2025-04',
	verification: 'verified-primary'
};

const TRTLLM_PERF: Source = {
	source:
		"github NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md @00f37686 (TRT-LLM v1.0 era; PyTorch backend, trtllm-bench, max-throughput, 'Total Output Throughput (tokens/sec)' for the whole TP group)",
	asOf: '2025-09',
	verification: 'verified-primary',
	note: "Date approximate (doc version marked 'NEW for v1.0')."
};

const TRTLLM_V0_19: Source = {
	source:
		"NVIDIA TensorRT-LLM 0.19.0 documentation, Performance Overview (nvidia.github.io/TensorRT-LLM/0.19.0/performance/perf-overview.html; github NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md): 'Total Output Throughput (tokens/sec)' for the whole tensor-parallel group, trtllm-bench max-throughput, PyTorch backend",
	asOf: '2025-05-09',
	verification: 'verified-primary',
	note: 'Date: the TensorRT-LLM backend release v0.19.0 that pins this version is dated 2025-05-09. The rows were read from the repository copy of the file carrying the 0.19 tables.'
};

const TRTLLM_V0_17: Source = {
	source:
		"github NVIDIA/TensorRT-LLM docs/source/performance/perf-overview.md @258c7540 ('All data in the table below was generated using version 0.17 and presents token throughput in tokens/second', whole tensor-parallel group; trtllm-bench, TensorRT engine flow)",
	asOf: '2025-02-11',
	verification: 'verified-primary',
	note: 'Date: the commit was pinned by the tensorrtllm_backend repository on 2025-02-11 (its own date is no later). Throughput read as output (generated) tokens/s, as trtllm-bench reports it.'
};

const TRTLLM_V1_0: Source = {
	...TRTLLM_PERF,
	asOf: '2025-09-22',
	note: "Date approximate: the table matches NVIDIA/TensorRT-LLM PR #7848 'Update Perf-Overview.md for release/1.0' (reviewed 2025-09-19 to 2025-09-22)."
};

const TRTLLM_LATEST: Source = {
	source:
		"github NVIDIA/TensorRT-LLM docs/source/developer-guide/perf-overview.md @585c7565 (the unversioned docs page nvidia.github.io/TensorRT-LLM/developer-guide/perf-overview.html): 'Output Throughput per GPU (tokens/sec/GPU)', trtllm-bench throughput, PyTorch backend, synthetic requests of fixed input and output lengths, offline maximum throughput",
	asOf: '2026-11',
	verification: 'verified-primary',
	note: "The page is undated: read in November 2026. Its MoE runs set enable_attention_dp; GPT-OSS runs an FP8 KV cache on Blackwell and the model's own (16-bit) cache on Hopper ('kv_cache_config: dtype: fp8 # Hopper: use auto'); KV cache share of free memory 0.95 where it fits, else 0.90."
};

/**
 * Rows of a TensorRT-LLM perf table for one model, GPU, group size and precision: [input tokens,
 * output tokens, output tokens/s of the whole group (per GPU = total / GPUs, exact), or per GPU as
 * the newer pages publish it].
 */
function trtllm(
	src: Source,
	version: string,
	model: { id: string; name: string },
	gpu: { id: string; name: string; note?: string },
	gpus: number,
	precision: Benchmark['precision'],
	rows: [number, number, string][],
	opts: {
		/** The table's DEPn columns: attention data parallel with expert parallel across the n GPUs. */
		arrangement?: 'tp' | 'dep';
		/** The table gives tokens/s per GPU (newer pages), not the whole group's. */
		perGpu?: boolean;
	} = {}
): Benchmark[] {
	const arrangement = opts.arrangement ?? 'tp';
	const how =
		arrangement === 'tp'
			? `tensor parallel ${gpus}`
			: `attention data parallel with expert parallel across the ${gpus} GPUs, DEP${gpus}`;
	return rows.map(([i, o, value]) => ({
		id: `trtllm-${version}-${model.id}-${gpu.id}-${arrangement}${gpus}-${precision}-${i}-${o}`,
		modelId: model.id,
		gpuId: gpu.id,
		gpus,
		...(arrangement === 'dep' ? { arrangement } : {}),
		precision,
		kind: 'engine',
		engine: `TensorRT-LLM ${version}`,
		inputTokens: i,
		outputTokens: o,
		outputTokensPerSecondPerGpu: opts.perGpu
			? fig(value, src, 'Published per GPU.')
			: fig(
					String(Number(value) / gpus),
					src,
					`Derived: total ${value} tokens/s / ${gpus} GPU${gpus === 1 ? '' : 's'}.`
				),
		conditions: `TensorRT-LLM ${version} perf overview, trtllm-bench max-throughput: ${model.name} on ${gpus}x ${gpu.name} (${how}), ${precision.toUpperCase()}, synthetic fixed-length requests of ${i} input / ${o} output tokens at an infinite request rate (offline maximum throughput).${gpu.note ?? ''}`
	}));
}

const H100 = {
	id: 'h100-sxm',
	name: 'H100',
	note: ' GPU recorded as "H100 80GB HBM3"; catalogued as H100 SXM (the HBM3 80 GB part).'
};
const H200 = { id: 'h200', name: 'H200 141GB' };
const B200 = { id: 'b200', name: 'B200' };
const LLAMA_31_70B = { id: 'llama-3.1-70b', name: 'Llama 3.1 70B' };
const LLAMA_33_70B = { id: 'llama-3.3-70b', name: 'Llama 3.3 70B' };
const MIXTRAL = { id: 'mixtral-8x7b', name: 'Mixtral 8x7B' };
const QWEN3_235B = { id: 'qwen-3-235b-a22b', name: 'Qwen3-235B-A22B' };
const GB200 = { id: 'gb200', name: 'GB200 (GB200 NVL72)' };
const GPT_OSS_120B = { id: 'gpt-oss-120b', name: 'GPT-OSS 120B' };
const GPT_OSS_20B = { id: 'gpt-oss-20b', name: 'GPT-OSS 20B' };
const QWEN3_30B = { id: 'qwen-3-30b-a3b', name: 'Qwen3-30B-A3B' };
const LLAMA4_SCOUT = { id: 'llama-4-scout', name: 'Llama 4 Scout' };
const LLAMA4_MAVERICK = { id: 'llama-4-maverick', name: 'Llama 4 Maverick' };
const DEEPSEEK_R1_0528 = {
	id: 'deepseek-r1',
	name: 'DeepSeek-R1-0528 (catalogued as DeepSeek-R1: the 2025-05-28 checkpoint of the same model)'
};

const PER_GPU = { perGpu: true } as const;
const DEP = { perGpu: true, arrangement: 'dep' } as const;

/**
 * Mixture-of-experts models with few active parameters (3–17B of 21–120B), each at every
 * tensor-parallel configuration its table publishes (the DEP columns follow apart). The roofline
 * alone overstates these, 1.25–1.9× at the median point: each model's measuredEfficiency (models.ts)
 * is the median of measured ÷ roofline over these points, and a candidate whose model, GPU and GPU
 * count match a point is carried from it.
 */

const fewActiveMoePoints: Benchmark[] = [
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		GPT_OSS_120B,
		GB200,
		1,
		'fp4',
		[
			[1000, 1000, '27198'],
			[1024, 1024, '26609'],
			[1024, 8192, '14800'],
			[1024, 32768, '5556'],
			[8192, 1024, '6835'],
			[32768, 1024, '1645']
		],
		PER_GPU
	),
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		GPT_OSS_120B,
		H200,
		1,
		'fp8',
		[
			[1000, 1000, '6868'],
			[1024, 1024, '6798'],
			[1024, 8192, '3543'],
			[8192, 1024, '1828'],
			[32768, 1024, '519']
		],
		PER_GPU
	),
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		GPT_OSS_20B,
		B200,
		1,
		'fp4',
		[
			[1000, 1000, '53812'],
			[1024, 1024, '53491'],
			[1024, 8192, '34702'],
			[1024, 32768, '14589'],
			[8192, 1024, '11904'],
			[32768, 1024, '2645']
		],
		PER_GPU
	),
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		GPT_OSS_20B,
		GB200,
		1,
		'fp4',
		[
			[1000, 1000, '55823'],
			[1024, 1024, '56528'],
			[1024, 8192, '38100'],
			[1024, 32768, '16463'],
			[8192, 1024, '12941'],
			[32768, 1024, '2905']
		],
		PER_GPU
	),
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		GPT_OSS_20B,
		H200,
		1,
		'fp8',
		[
			[1000, 1000, '13858'],
			[1024, 1024, '13890'],
			[1024, 8192, '12743'],
			[8192, 1024, '4015'],
			[32768, 1024, '915']
		],
		PER_GPU
	),
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		GPT_OSS_20B,
		H100,
		1,
		'fp8',
		[
			[1000, 1000, '11557'],
			[1024, 1024, '11403'],
			[1024, 8192, '8617'],
			[8192, 1024, '3366'],
			[32768, 1024, '785']
		],
		PER_GPU
	),
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		QWEN3_30B,
		B200,
		1,
		'fp4',
		[
			[1000, 1000, '26971'],
			[1024, 1024, '26611'],
			[1024, 8192, '13497'],
			[1024, 32768, '4494'],
			[8192, 1024, '5735'],
			[32768, 1024, '1265']
		],
		PER_GPU
	),
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		QWEN3_30B,
		GB200,
		1,
		'fp4',
		[
			[1000, 1000, '22856'],
			[1024, 1024, '22201'],
			[1024, 8192, '14272'],
			[1024, 32768, '4925'],
			[8192, 1024, '6201'],
			[32768, 1024, '1380']
		],
		PER_GPU
	),
	// The v1.0-era table (total output tokens/s of the group), at the lengths of its other rows here.
	...trtllm(TRTLLM_V1_0, 'v1.0', LLAMA4_SCOUT, B200, 1, 'fp4', [
		[128, 2048, '14699'],
		[1000, 1000, '10591'],
		[2048, 128, '3137'],
		[5000, 500, '2937']
	]),
	...trtllm(TRTLLM_V1_0, 'v1.0', LLAMA4_SCOUT, GB200, 1, 'fp4', [
		[128, 2048, '15238'],
		[1000, 1000, '7738'],
		[2048, 128, '3295'],
		[5000, 500, '3107']
	]),
	...trtllm(TRTLLM_V1_0, 'v1.0', LLAMA4_SCOUT, H200, 4, 'fp8', [
		[128, 2048, '34316'],
		[1000, 1000, '21636'],
		[2048, 128, '3699'],
		[5000, 500, '4605']
	]),
	...trtllm(TRTLLM_V1_0, 'v1.0', LLAMA4_SCOUT, H100, 4, 'fp8', [
		[128, 2048, '15130'],
		[1000, 1000, '12129'],
		[2048, 128, '3253'],
		[5000, 500, '3342']
	])
];

/**
 * Multi-GPU and mixture-of-experts points at their published configurations: the same model at
 * tensor-parallel 1, 2, 4 and 8 (how a wider replica scales), Llama 3.3 70B on one H200 and on
 * two H100s, and two MoE models (Mixtral 8x7B, Qwen3-235B-A22B).
 */
const tensorParallelPoints: Benchmark[] = [
	...trtllm(TRTLLM_V0_19, 'v0.19', LLAMA_31_70B, H200, 1, 'fp8', [
		[128, 2048, '4351.07'],
		[1000, 1000, '2727.42'],
		[2048, 128, '433.30'],
		[5000, 500, '543.88']
	]),
	...trtllm(TRTLLM_V0_19, 'v0.19', LLAMA_31_70B, H200, 2, 'fp8', [
		[128, 2048, '8450.31'],
		[1000, 1000, '5097.36'],
		[2048, 128, '772.97'],
		[5000, 500, '1005.81']
	]),
	...trtllm(TRTLLM_V0_19, 'v0.19', LLAMA_31_70B, H200, 4, 'fp8', [
		[128, 2048, '13438.71'],
		[1000, 1000, '8698.15'],
		[2048, 128, '1278.26'],
		[5000, 500, '1714.77']
	]),
	...trtllm(TRTLLM_V0_19, 'v0.19', LLAMA_31_70B, H200, 8, 'fp8', [
		[128, 2048, '20750.58'],
		[1000, 1000, '12794.92'],
		[2048, 128, '1947.33'],
		[5000, 500, '2683.22']
	]),
	...trtllm(TRTLLM_V0_19, 'v0.19', LLAMA_31_70B, H100, 2, 'fp8', [
		[128, 2048, '5822.02'],
		[1000, 1000, '4191.26'],
		[2048, 128, '747.51'],
		[5000, 500, '866.77']
	]),
	...trtllm(TRTLLM_V0_19, 'v0.19', LLAMA_31_70B, H100, 4, 'fp8', [
		[128, 2048, '11442.01'],
		[1000, 1000, '7427.35'],
		[2048, 128, '1240.12'],
		[5000, 500, '1571.92']
	]),
	...trtllm(TRTLLM_V0_19, 'v0.19', LLAMA_31_70B, H100, 8, 'fp8', [
		[128, 2048, '17463.99'],
		[1000, 1000, '11082.48'],
		[2048, 128, '1840.12'],
		[5000, 500, '2399.78']
	]),
	...trtllm(TRTLLM_V1_0, 'v1.0', LLAMA_33_70B, H200, 1, 'fp8', [
		[128, 2048, '4336'],
		[1000, 1000, '2909'],
		[2048, 128, '442'],
		[5000, 500, '566']
	]),
	...trtllm(TRTLLM_V1_0, 'v1.0', LLAMA_33_70B, H100, 2, 'fp8', [
		[128, 2048, '6651'],
		[1000, 1000, '4205'],
		[2048, 128, '762'],
		[5000, 500, '898']
	]),
	...trtllm(TRTLLM_V1_0, 'v1.0', LLAMA_33_70B, B200, 1, 'fp4', [
		[128, 2048, '9922'],
		[1000, 1000, '7007'],
		[2048, 128, '1339'],
		[5000, 500, '1459']
	]),
	...trtllm(TRTLLM_V0_17, 'v0.17', MIXTRAL, H200, 1, 'fp8', [
		[128, 2048, '15095.21'],
		[1000, 1000, '10371.36'],
		[2048, 128, '2009.67'],
		[5000, 500, '2309.1']
	]),
	...trtllm(TRTLLM_V0_17, 'v0.17', MIXTRAL, H200, 2, 'fp8', [
		[128, 2048, '29584.05'],
		[1000, 1000, '19151.19'],
		[2048, 128, '3383.16'],
		[5000, 500, '4223.68']
	]),
	...trtllm(TRTLLM_V0_17, 'v0.17', MIXTRAL, H200, 4, 'fp8', [
		[128, 2048, '52291.78'],
		[1000, 1000, '33580.9'],
		[2048, 128, '5467.62'],
		[5000, 500, '7084.94']
	]),
	...trtllm(TRTLLM_V0_17, 'v0.17', MIXTRAL, H200, 8, 'fp8', [
		[128, 2048, '68608.45'],
		[1000, 1000, '44705.48'],
		[2048, 128, '7554.38'],
		[5000, 500, '10271.8']
	]),
	...trtllm(TRTLLM_V0_17, 'v0.17', MIXTRAL, H100, 1, 'fp8', [
		[128, 2048, '8290.13'],
		[1000, 1000, '6868.52'],
		[2048, 128, '1892.81'],
		[5000, 500, '1764.7']
	]),
	...trtllm(TRTLLM_V0_17, 'v0.17', MIXTRAL, H100, 2, 'fp8', [
		[128, 2048, '22830.08'],
		[1000, 1000, '15770.89'],
		[2048, 128, '3333.68'],
		[5000, 500, '3646.09']
	]),
	...trtllm(TRTLLM_V0_17, 'v0.17', MIXTRAL, H100, 4, 'fp8', [
		[128, 2048, '41164.73'],
		[1000, 1000, '27784.74'],
		[2048, 128, '5234.98'],
		[5000, 500, '6401.56']
	]),
	...trtllm(TRTLLM_V0_17, 'v0.17', MIXTRAL, H100, 8, 'fp8', [
		[128, 2048, '61607.7'],
		[1000, 1000, '40631.71'],
		[2048, 128, '6988.18'],
		[5000, 500, '9210.11']
	]),
	...trtllm(TRTLLM_V1_0, 'v1.0', QWEN3_235B, H200, 8, 'fp8', [
		[128, 2048, '42821'],
		[1000, 1000, '23789'],
		[5000, 500, '3623']
	]),
	...trtllm(TRTLLM_V1_0, 'v1.0', QWEN3_235B, H100, 8, 'fp8', [
		[128, 2048, '19658'],
		[1000, 1000, '14898'],
		[5000, 500, '3225']
	]),
	...trtllm(TRTLLM_V1_0, 'v1.0', QWEN3_235B, B200, 8, 'fp4', [
		[128, 2048, '66057'],
		[1000, 1000, '42391'],
		[5000, 500, '8190']
	])
];

/**
 * The same tables' DEPn columns: attention data parallel with expert parallel across n GPUs, the
 * arrangement TensorRT-LLM publishes for its large MoE models (and gpt-oss-120b on B200 and H100).
 * The engine sizes a replica as tensor parallel, so these calibrate a replica of n GPUs by what n
 * GPUs served arranged this way: the roofline is 0.23–0.85× the published DeepSeek-R1 figures (its
 * MLA cache on every rank leaves a smaller batch than attention data parallel does) and 0.63–2.6×
 * the others' (calibration.test.ts lists them).
 */
const attentionDataParallelPoints: Benchmark[] = [
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		DEEPSEEK_R1_0528,
		B200,
		4,
		'fp4',
		[
			[1000, 1000, '6463'],
			[1024, 1024, '6430'],
			[1024, 8192, '3862'],
			[1024, 32768, '1451'],
			[8192, 1024, '1168']
		],
		DEP
	),
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		DEEPSEEK_R1_0528,
		GB200,
		4,
		'fp4',
		[
			[1000, 1000, '6939'],
			[1024, 1024, '6924'],
			[1024, 8192, '4379'],
			[1024, 32768, '1465'],
			[8192, 1024, '1192']
		],
		DEP
	),
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		DEEPSEEK_R1_0528,
		H200,
		8,
		'fp8',
		[
			[1000, 1000, '1627'],
			[1024, 1024, '1620'],
			[1024, 8192, '1218'],
			[1024, 32768, '438']
		],
		DEP
	),
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		GPT_OSS_120B,
		B200,
		2,
		'fp4',
		[
			[1000, 1000, '25943'],
			[1024, 1024, '25870'],
			[1024, 8192, '17289'],
			[1024, 32768, '6279'],
			[8192, 1024, '6111'],
			[32768, 1024, '1392']
		],
		DEP
	),
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		GPT_OSS_120B,
		H100,
		4,
		'fp8',
		[
			[1000, 1000, '4685'],
			[1024, 1024, '4715'],
			[1024, 32768, '1177'],
			[8192, 1024, '1169'],
			[32768, 1024, '333']
		],
		DEP
	),
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		LLAMA4_MAVERICK,
		B200,
		4,
		'fp4',
		[
			[1000, 1000, '11337'],
			[1024, 1024, '11227'],
			[1024, 8192, '5174'],
			[1024, 32768, '2204'],
			[8192, 1024, '3279'],
			[32768, 1024, '859']
		],
		DEP
	),
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		LLAMA4_MAVERICK,
		GB200,
		4,
		'fp4',
		[
			[1000, 1000, '11828'],
			[1024, 1024, '11905'],
			[1024, 8192, '5508'],
			[1024, 32768, '2300'],
			[8192, 1024, '3444'],
			[32768, 1024, '963']
		],
		DEP
	),
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		LLAMA4_MAVERICK,
		H200,
		8,
		'fp8',
		[
			[1000, 1000, '4146'],
			[1024, 1024, '4180'],
			[1024, 8192, '1157'],
			[1024, 32768, '679'],
			[8192, 1024, '1276']
		],
		DEP
	),
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		QWEN3_235B,
		B200,
		4,
		'fp4',
		[
			[1000, 1000, '5764'],
			[1024, 1024, '5756'],
			[1024, 8192, '3389'],
			[1024, 32768, '1255'],
			[8192, 1024, '1410'],
			[32768, 1024, '319']
		],
		DEP
	),
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		QWEN3_235B,
		GB200,
		4,
		'fp4',
		[
			[1000, 1000, '6172'],
			[1024, 1024, '5862'],
			[1024, 8192, '3423'],
			[8192, 1024, '1464'],
			[32768, 1024, '333']
		],
		DEP
	),
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		QWEN3_235B,
		H200,
		4,
		'fp8',
		[
			[1000, 1000, '3288'],
			[1024, 1024, '3268'],
			[1024, 8192, '1417'],
			[8192, 1024, '627'],
			[32768, 1024, '134']
		],
		DEP
	),
	...trtllm(
		TRTLLM_LATEST,
		'latest',
		QWEN3_235B,
		H100,
		8,
		'fp8',
		[
			[1000, 1000, '1932'],
			[1024, 1024, '1935'],
			[1024, 8192, '873']
		],
		DEP
	)
];

export const benchmarks: Benchmark[] = [
	{
		id: 'mlperf-v4.1-dgx-h100-llama-2-70b-server',
		modelId: 'llama-2-70b',
		gpuId: 'h100-sxm',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-server',
		engine: 'TensorRT-LLM (TensorRT 10.2)',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'2700.725',
			MLPERF_V4_1_DGX_H100_LLAMA_2_70B,
			"Derived: system result 21605.8 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; Hopper has FP8 but no FP4."
		),
		conditions:
			'MLPerf Inference v4.1 closed division, datacenter: NVIDIA DGX H100 (TensorRT 10.2), 8x H100-SXM-80GB, TensorRT-LLM (TensorRT 10.2), FP8. Server scenario (Poisson arrivals under the benchmark TTFT/TPOT latency limits). Benchmark llama2-70b-99; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v4.1-dgx-h100-llama-2-70b-offline',
		modelId: 'llama-2-70b',
		gpuId: 'h100-sxm',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-offline',
		engine: 'TensorRT-LLM (TensorRT 10.2)',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'3065.6125',
			MLPERF_V4_1_DGX_H100_LLAMA_2_70B,
			"Derived: system result 24524.9 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; Hopper has FP8 but no FP4."
		),
		conditions:
			'MLPerf Inference v4.1 closed division, datacenter: NVIDIA DGX H100 (TensorRT 10.2), 8x H100-SXM-80GB, TensorRT-LLM (TensorRT 10.2), FP8. Offline scenario (all queries available at once, maximum throughput). Benchmark llama2-70b-99; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v4.1-dgx-h100-mixtral-8x7b-server',
		modelId: 'mixtral-8x7b',
		gpuId: 'h100-sxm',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-server',
		engine: 'TensorRT-LLM',
		outputTokens: 144.84,
		outputTokensPerSecondPerGpu: fig(
			'6349.44625',
			MLPERF_V4_1_DGX_H100_MIXTRAL_8X7B,
			"Derived: system result 50795.57 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; Hopper has FP8 but no FP4. ModelOpt selects the quantized layers."
		),
		conditions:
			'MLPerf Inference v4.1 closed division, datacenter: NVIDIA DGX H100, 8x H100-SXM-80GB, TensorRT-LLM, FP8. Server scenario (Poisson arrivals under the benchmark TTFT/TPOT latency limits). Benchmark mixtral-8x7b; dataset OpenOrca + GSM8K + MBXP (15,000 samples, 5,000 each); mean output about 144.84 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v4.1-dgx-h100-mixtral-8x7b-offline',
		modelId: 'mixtral-8x7b',
		gpuId: 'h100-sxm',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-offline',
		engine: 'TensorRT-LLM',
		outputTokens: 144.84,
		outputTokensPerSecondPerGpu: fig(
			'6551.9875',
			MLPERF_V4_1_DGX_H100_MIXTRAL_8X7B,
			"Derived: system result 52415.9 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; Hopper has FP8 but no FP4. ModelOpt selects the quantized layers."
		),
		conditions:
			'MLPerf Inference v4.1 closed division, datacenter: NVIDIA DGX H100, 8x H100-SXM-80GB, TensorRT-LLM, FP8. Offline scenario (all queries available at once, maximum throughput). Benchmark mixtral-8x7b; dataset OpenOrca + GSM8K + MBXP (15,000 samples, 5,000 each); mean output about 144.84 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v4.1-8x-h200-llama-2-70b-server',
		modelId: 'llama-2-70b',
		gpuId: 'h200',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-server',
		engine: 'TensorRT-LLM',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'3653.525',
			MLPERF_V4_1_8X_H200_LLAMA_2_70B,
			"Derived: system result 29228.2 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; Hopper has FP8 but no FP4."
		),
		conditions:
			'MLPerf Inference v4.1 closed division, datacenter: NVIDIA H200-SXM-141GB x8 (TRT), 8x H200-SXM-141GB, TensorRT-LLM, FP8. Server scenario (Poisson arrivals under the benchmark TTFT/TPOT latency limits). Benchmark llama2-70b-99; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v4.1-8x-h200-llama-2-70b-offline',
		modelId: 'llama-2-70b',
		gpuId: 'h200',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-offline',
		engine: 'TensorRT-LLM',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'3912.8375',
			MLPERF_V4_1_8X_H200_LLAMA_2_70B,
			"Derived: system result 31302.7 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; Hopper has FP8 but no FP4."
		),
		conditions:
			'MLPerf Inference v4.1 closed division, datacenter: NVIDIA H200-SXM-141GB x8 (TRT), 8x H200-SXM-141GB, TensorRT-LLM, FP8. Offline scenario (all queries available at once, maximum throughput). Benchmark llama2-70b-99; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v4.1-8x-h200-cts-llama-2-70b-server',
		modelId: 'llama-2-70b',
		gpuId: 'h200',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-server',
		engine: 'TensorRT-LLM',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'4098.7125',
			MLPERF_V4_1_8X_H200_CTS_LLAMA_2_70B,
			"Derived: system result 32789.7 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; Hopper has FP8 but no FP4."
		),
		conditions:
			'MLPerf Inference v4.1 closed division, datacenter: NVIDIA H200-SXM-141GB-CTS x8, 8x H200-SXM-141GB (CTS = custom thermal solution, higher power), TensorRT-LLM, FP8. Server scenario (Poisson arrivals under the benchmark TTFT/TPOT latency limits). Benchmark llama2-70b-99; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used. H200 with a custom thermal solution (CTS, higher power than the standard 700 W part; power limit not read from the source).'
	},
	{
		id: 'mlperf-v4.1-8x-h200-cts-llama-2-70b-offline',
		modelId: 'llama-2-70b',
		gpuId: 'h200',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-offline',
		engine: 'TensorRT-LLM',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'4358.025',
			MLPERF_V4_1_8X_H200_CTS_LLAMA_2_70B,
			"Derived: system result 34864.2 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; Hopper has FP8 but no FP4."
		),
		conditions:
			'MLPerf Inference v4.1 closed division, datacenter: NVIDIA H200-SXM-141GB-CTS x8, 8x H200-SXM-141GB (CTS = custom thermal solution, higher power), TensorRT-LLM, FP8. Offline scenario (all queries available at once, maximum throughput). Benchmark llama2-70b-99; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used. H200 with a custom thermal solution (CTS, higher power than the standard 700 W part; power limit not read from the source).'
	},
	{
		id: 'mlperf-v4.1-1x-b200-preview-llama-2-70b-server',
		modelId: 'llama-2-70b',
		gpuId: 'b200',
		gpus: 1,
		precision: 'fp4',
		kind: 'mlperf-server',
		engine: 'TensorRT-LLM (private preview build)',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'10755.6',
			MLPERF_V4_1_1X_B200_PREVIEW_LLAMA_2_70B,
			'Derived: system result 10755.6 tokens/s / 1 GPU. Precision: FP4 per the data record (preview category); NVIDIA calibration.md: on FP4-capable accelerators selected linear/MLP layers and the KV cache are FP4.'
		),
		conditions:
			'MLPerf Inference v4.1 closed division, datacenter: NVIDIA B200-SXM-180GB x1 (preview), 1x B200-SXM-180GB, TensorRT-LLM (private preview build), FP4. Server scenario (Poisson arrivals under the benchmark TTFT/TPOT latency limits). Benchmark llama2-70b-99; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used. Preview category (unreleased system/software at submission time).'
	},
	{
		id: 'mlperf-v4.1-1x-b200-preview-llama-2-70b-offline',
		modelId: 'llama-2-70b',
		gpuId: 'b200',
		gpus: 1,
		precision: 'fp4',
		kind: 'mlperf-offline',
		engine: 'TensorRT-LLM (private preview build)',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'11264.4',
			MLPERF_V4_1_1X_B200_PREVIEW_LLAMA_2_70B,
			'Derived: system result 11264.4 tokens/s / 1 GPU. Precision: FP4 per the data record (preview category); NVIDIA calibration.md: on FP4-capable accelerators selected linear/MLP layers and the KV cache are FP4.'
		),
		conditions:
			'MLPerf Inference v4.1 closed division, datacenter: NVIDIA B200-SXM-180GB x1 (preview), 1x B200-SXM-180GB, TensorRT-LLM (private preview build), FP4. Offline scenario (all queries available at once, maximum throughput). Benchmark llama2-70b-99; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used. Preview category (unreleased system/software at submission time).'
	},
	{
		id: 'mlperf-v4.1-8x-mi300x-epyc-9374f-llama-2-70b-server',
		modelId: 'llama-2-70b',
		gpuId: 'mi300x',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-server',
		engine: 'vLLM 0.4.3 / ROCm 6.1.2',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'2628.525',
			MLPERF_V4_1_8X_MI300X_EPYC_9374F_LLAMA_2_70B,
			'Derived: system result 21028.2 tokens/s / 8 GPUs. Precision: AMD closed/AMD/code/llama2-70b-99/README.md: Quark quantization w_fp8_a_fp8_o_fp8 plus FP8 KV-cache scales (test_VllmFp8).'
		),
		conditions:
			'MLPerf Inference v4.1 closed division, datacenter: AMD 8xMI300X + 2xEPYC 9374F, vLLM 0.4.3/ROCm 6.1.2, 8x MI300X, vLLM 0.4.3 / ROCm 6.1.2, FP8. Server scenario (Poisson arrivals under the benchmark TTFT/TPOT latency limits). Benchmark llama2-70b-99; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v4.1-8x-mi300x-epyc-9374f-llama-2-70b-offline',
		modelId: 'llama-2-70b',
		gpuId: 'mi300x',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-offline',
		engine: 'vLLM 0.4.3 / ROCm 6.1.2',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'2939.35',
			MLPERF_V4_1_8X_MI300X_EPYC_9374F_LLAMA_2_70B,
			'Derived: system result 23514.8 tokens/s / 8 GPUs. Precision: AMD closed/AMD/code/llama2-70b-99/README.md: Quark quantization w_fp8_a_fp8_o_fp8 plus FP8 KV-cache scales (test_VllmFp8).'
		),
		conditions:
			'MLPerf Inference v4.1 closed division, datacenter: AMD 8xMI300X + 2xEPYC 9374F, vLLM 0.4.3/ROCm 6.1.2, 8x MI300X, vLLM 0.4.3 / ROCm 6.1.2, FP8. Offline scenario (all queries available at once, maximum throughput). Benchmark llama2-70b-99; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v4.1-8x-mi300x-epyc-turin-llama-2-70b-server',
		modelId: 'llama-2-70b',
		gpuId: 'mi300x',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-server',
		engine: 'vLLM (ROCm)',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'2752.6125',
			MLPERF_V4_1_8X_MI300X_EPYC_TURIN_LLAMA_2_70B,
			"Derived: system result 22020.9 tokens/s / 8 GPUs. Precision: AMD closed/AMD/code/llama2-70b-99/README.md: Quark quantization w_fp8_a_fp8_o_fp8 (test_VllmFp8); the submission's code directory is shared by both MI300X systems."
		),
		conditions:
			'MLPerf Inference v4.1 closed division, datacenter: AMD 8xMI300X + 2xEPYC Turin, 8x MI300X, vLLM (ROCm), FP8. Server scenario (Poisson arrivals under the benchmark TTFT/TPOT latency limits). Benchmark llama2-70b-99; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used. Host CPU EPYC Turin was pre-release at the time (category not confirmed from the source).'
	},
	{
		id: 'mlperf-v4.1-8x-mi300x-epyc-turin-llama-2-70b-offline',
		modelId: 'llama-2-70b',
		gpuId: 'mi300x',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-offline',
		engine: 'vLLM (ROCm)',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'3013.725',
			MLPERF_V4_1_8X_MI300X_EPYC_TURIN_LLAMA_2_70B,
			"Derived: system result 24109.8 tokens/s / 8 GPUs. Precision: AMD closed/AMD/code/llama2-70b-99/README.md: Quark quantization w_fp8_a_fp8_o_fp8 (test_VllmFp8); the submission's code directory is shared by both MI300X systems."
		),
		conditions:
			'MLPerf Inference v4.1 closed division, datacenter: AMD 8xMI300X + 2xEPYC Turin, 8x MI300X, vLLM (ROCm), FP8. Offline scenario (all queries available at once, maximum throughput). Benchmark llama2-70b-99; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used. Host CPU EPYC Turin was pre-release at the time (category not confirmed from the source).'
	},
	{
		id: 'mlperf-v5.0-dgx-b200-llama-2-70b-server',
		modelId: 'llama-2-70b',
		gpuId: 'b200',
		gpus: 8,
		precision: 'fp4',
		kind: 'mlperf-server',
		engine: 'TensorRT-LLM (TensorRT 10.8)',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'12305.4125',
			MLPERF_V5_0_DGX_B200_LLAMA_2_70B,
			"Derived: system result 98443.3 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; v5.0 calibration.md: FP4 with per-block scaling for selected Llama2-70B linear/MLP layers and the KV cache on FP4-capable accelerators."
		),
		conditions:
			'MLPerf Inference v5.0 closed division, datacenter: NVIDIA DGX B200 (TRT 10.8), 8x B200-SXM-180GB, TensorRT-LLM (TensorRT 10.8), FP4. Server scenario (Poisson arrivals under the benchmark TTFT/TPOT latency limits). Benchmark llama2-70b-99; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v5.0-dgx-b200-llama-2-70b-offline',
		modelId: 'llama-2-70b',
		gpuId: 'b200',
		gpus: 8,
		precision: 'fp4',
		kind: 'mlperf-offline',
		engine: 'TensorRT-LLM (TensorRT 10.8)',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'12357.25',
			MLPERF_V5_0_DGX_B200_LLAMA_2_70B,
			"Derived: system result 98858 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; v5.0 calibration.md: FP4 with per-block scaling for selected Llama2-70B linear/MLP layers and the KV cache on FP4-capable accelerators."
		),
		conditions:
			'MLPerf Inference v5.0 closed division, datacenter: NVIDIA DGX B200 (TRT 10.8), 8x B200-SXM-180GB, TensorRT-LLM (TensorRT 10.8), FP4. Offline scenario (all queries available at once, maximum throughput). Benchmark llama2-70b-99; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v5.0-dgx-b200-llama-2-70b-interactive',
		modelId: 'llama-2-70b',
		gpuId: 'b200',
		gpus: 8,
		precision: 'fp4',
		kind: 'mlperf-server',
		engine: 'TensorRT-LLM (TensorRT 10.8)',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'7426.1625',
			MLPERF_V5_0_DGX_B200_LLAMA_2_70B,
			"Derived: system result 59409.3 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; v5.0 calibration.md: FP4 with per-block scaling for selected Llama2-70B linear/MLP layers and the KV cache on FP4-capable accelerators."
		),
		conditions:
			'MLPerf Inference v5.0 closed division, datacenter: NVIDIA DGX B200 (TRT 10.8), 8x B200-SXM-180GB, TensorRT-LLM (TensorRT 10.8), FP4. llama2-70b-interactive Server scenario (TTFT <= 450 ms, TPOT <= 40 ms). Benchmark llama2-70b-interactive; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v5.0-dgx-b200-llama-3.1-405b-server',
		modelId: 'llama-3.1-405b',
		gpuId: 'b200',
		gpus: 8,
		precision: 'fp4',
		kind: 'mlperf-server',
		engine: 'TensorRT-LLM (TensorRT 10.8)',
		outputTokens: 684.68,
		outputTokensPerSecondPerGpu: fig(
			'105.7275',
			MLPERF_V5_0_DGX_B200_LLAMA_3_1_405B,
			"Derived: system result 845.82 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; v5.0 calibration.md: FP4 with per-block scaling for selected Llama3.1-405B linear/MLP layers and the KV cache on FP4-capable accelerators."
		),
		conditions:
			'MLPerf Inference v5.0 closed division, datacenter: NVIDIA DGX B200, 8x B200-SXM-180GB, TensorRT-LLM (TensorRT 10.8), FP4. Server scenario (Poisson arrivals under the benchmark TTFT/TPOT latency limits). Benchmark llama3.1-405b; dataset MLPerf Llama 3.1 405B dataset (8,313 samples; question answering, math, code, long-context tasks); mean output about 684.68 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v5.0-dgx-b200-llama-3.1-405b-offline',
		modelId: 'llama-3.1-405b',
		gpuId: 'b200',
		gpus: 8,
		precision: 'fp4',
		kind: 'mlperf-offline',
		engine: 'TensorRT-LLM (TensorRT 10.8)',
		outputTokens: 684.68,
		outputTokensPerSecondPerGpu: fig(
			'190.78625',
			MLPERF_V5_0_DGX_B200_LLAMA_3_1_405B,
			"Derived: system result 1526.29 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; v5.0 calibration.md: FP4 with per-block scaling for selected Llama3.1-405B linear/MLP layers and the KV cache on FP4-capable accelerators."
		),
		conditions:
			'MLPerf Inference v5.0 closed division, datacenter: NVIDIA DGX B200, 8x B200-SXM-180GB, TensorRT-LLM (TensorRT 10.8), FP4. Offline scenario (all queries available at once, maximum throughput). Benchmark llama3.1-405b; dataset MLPerf Llama 3.1 405B dataset (8,313 samples; question answering, math, code, long-context tasks); mean output about 684.68 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v5.0-8x-h200-llama-2-70b-server',
		modelId: 'llama-2-70b',
		gpuId: 'h200',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-server',
		engine: 'TensorRT-LLM',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'4133.9375',
			MLPERF_V5_0_8X_H200_LLAMA_2_70B,
			"Derived: system result 33071.5 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; Hopper has FP8 but no FP4."
		),
		conditions:
			'MLPerf Inference v5.0 closed division, datacenter: NVIDIA H200-SXM-141GB x8, 8x H200-SXM-141GB, TensorRT-LLM, FP8. Server scenario (Poisson arrivals under the benchmark TTFT/TPOT latency limits). Benchmark llama2-70b-99; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v5.0-8x-h200-llama-2-70b-offline',
		modelId: 'llama-2-70b',
		gpuId: 'h200',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-offline',
		engine: 'TensorRT-LLM',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'4373.525',
			MLPERF_V5_0_8X_H200_LLAMA_2_70B,
			"Derived: system result 34988.2 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; Hopper has FP8 but no FP4."
		),
		conditions:
			'MLPerf Inference v5.0 closed division, datacenter: NVIDIA H200-SXM-141GB x8, 8x H200-SXM-141GB, TensorRT-LLM, FP8. Offline scenario (all queries available at once, maximum throughput). Benchmark llama2-70b-99; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v5.0-8x-h200-llama-2-70b-interactive',
		modelId: 'llama-2-70b',
		gpuId: 'h200',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-server',
		engine: 'TensorRT-LLM',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'2428.025',
			MLPERF_V5_0_8X_H200_LLAMA_2_70B,
			"Derived: system result 19424.2 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; Hopper has FP8 but no FP4."
		),
		conditions:
			'MLPerf Inference v5.0 closed division, datacenter: NVIDIA H200-SXM-141GB x8, 8x H200-SXM-141GB, TensorRT-LLM, FP8. llama2-70b-interactive Server scenario (TTFT <= 450 ms, TPOT <= 40 ms). Benchmark llama2-70b-interactive; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v5.0-8x-h200-llama-3.1-405b-server',
		modelId: 'llama-3.1-405b',
		gpuId: 'h200',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-server',
		engine: 'TensorRT-LLM',
		outputTokens: 684.68,
		outputTokensPerSecondPerGpu: fig(
			'36.42125',
			MLPERF_V5_0_8X_H200_LLAMA_3_1_405B,
			"Derived: system result 291.37 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; Hopper has FP8 but no FP4."
		),
		conditions:
			'MLPerf Inference v5.0 closed division, datacenter: NVIDIA H200-SXM-141GB x8, 8x H200-SXM-141GB, TensorRT-LLM, FP8. Server scenario (Poisson arrivals under the benchmark TTFT/TPOT latency limits). Benchmark llama3.1-405b; dataset MLPerf Llama 3.1 405B dataset (8,313 samples; question answering, math, code, long-context tasks); mean output about 684.68 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v5.0-8x-h200-llama-3.1-405b-offline',
		modelId: 'llama-3.1-405b',
		gpuId: 'h200',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-offline',
		engine: 'TensorRT-LLM',
		outputTokens: 684.68,
		outputTokensPerSecondPerGpu: fig(
			'70.08125',
			MLPERF_V5_0_8X_H200_LLAMA_3_1_405B,
			"Derived: system result 560.65 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; Hopper has FP8 but no FP4."
		),
		conditions:
			'MLPerf Inference v5.0 closed division, datacenter: NVIDIA H200-SXM-141GB x8, 8x H200-SXM-141GB, TensorRT-LLM, FP8. Offline scenario (all queries available at once, maximum throughput). Benchmark llama3.1-405b; dataset MLPerf Llama 3.1 405B dataset (8,313 samples; question answering, math, code, long-context tasks); mean output about 684.68 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v5.0-8x-h200-mixtral-8x7b-server',
		modelId: 'mixtral-8x7b',
		gpuId: 'h200',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-server',
		engine: 'TensorRT-LLM',
		outputTokens: 144.84,
		outputTokensPerSecondPerGpu: fig(
			'7725.25',
			MLPERF_V5_0_8X_H200_MIXTRAL_8X7B,
			"Derived: system result 61802 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; Hopper has FP8 but no FP4."
		),
		conditions:
			'MLPerf Inference v5.0 closed division, datacenter: NVIDIA H200-SXM-141GB x8, 8x H200-SXM-141GB, TensorRT-LLM, FP8. Server scenario (Poisson arrivals under the benchmark TTFT/TPOT latency limits). Benchmark mixtral-8x7b; dataset OpenOrca + GSM8K + MBXP (15,000 samples, 5,000 each); mean output about 144.84 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v5.0-8x-h200-mixtral-8x7b-offline',
		modelId: 'mixtral-8x7b',
		gpuId: 'h200',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-offline',
		engine: 'TensorRT-LLM',
		outputTokens: 144.84,
		outputTokensPerSecondPerGpu: fig(
			'7828.7',
			MLPERF_V5_0_8X_H200_MIXTRAL_8X7B,
			"Derived: system result 62629.6 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; Hopper has FP8 but no FP4."
		),
		conditions:
			'MLPerf Inference v5.0 closed division, datacenter: NVIDIA H200-SXM-141GB x8, 8x H200-SXM-141GB, TensorRT-LLM, FP8. Offline scenario (all queries available at once, maximum throughput). Benchmark mixtral-8x7b; dataset OpenOrca + GSM8K + MBXP (15,000 samples, 5,000 each); mean output about 144.84 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v5.0-dgx-h100-llama-2-70b-server',
		modelId: 'llama-2-70b',
		gpuId: 'h100-sxm',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-server',
		engine: 'TensorRT-LLM',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'3888.2875',
			MLPERF_V5_0_DGX_H100_LLAMA_2_70B,
			"Derived: system result 31106.3 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; Hopper has FP8 but no FP4."
		),
		conditions:
			'MLPerf Inference v5.0 closed division, datacenter: NVIDIA DGX H100, 8x H100-SXM-80GB, TensorRT-LLM, FP8. Server scenario (Poisson arrivals under the benchmark TTFT/TPOT latency limits). Benchmark llama2-70b-99; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'mlperf-v5.0-dgx-h100-llama-2-70b-offline',
		modelId: 'llama-2-70b',
		gpuId: 'h100-sxm',
		gpus: 8,
		precision: 'fp8',
		kind: 'mlperf-offline',
		engine: 'TensorRT-LLM',
		outputTokens: 294.45,
		outputTokensPerSecondPerGpu: fig(
			'3913.35',
			MLPERF_V5_0_DGX_H100_LLAMA_2_70B,
			"Derived: system result 31306.8 tokens/s / 8 GPUs. Precision: NVIDIA closed/NVIDIA/documentation/calibration.md: 'LLM submissions use FP8 or FP4 if the NVIDIA accelerator supports that feature'; Hopper has FP8 but no FP4."
		),
		conditions:
			'MLPerf Inference v5.0 closed division, datacenter: NVIDIA DGX H100, 8x H100-SXM-80GB, TensorRT-LLM, FP8. Offline scenario (all queries available at once, maximum throughput). Benchmark llama2-70b-99; dataset OpenOrca (24,576 samples, prompts capped at 1,024 tokens); mean output about 294.45 tokens per request (reference); mean input not published in the sources used.'
	},
	{
		id: 'trtllm-llama-3.1-8b-h100-tp1-fp8-128-128',
		modelId: 'llama-3.1-8b',
		gpuId: 'h100-sxm',
		gpus: 1,
		precision: 'fp8',
		kind: 'engine',
		engine: 'TensorRT-LLM (PyTorch backend)',
		inputTokens: 128,
		outputTokens: 128,
		outputTokensPerSecondPerGpu: fig(
			'28312',
			TRTLLM_PERF,
			'Derived: total output throughput 28312 tokens/s / 1 GPU.'
		),
		conditions:
			'TensorRT-LLM v1.0-era perf overview, PyTorch backend, trtllm-bench max-throughput: Llama-3.1-8B on 1x H100 (tensor parallel 1), FP8, synthetic fixed-length requests of 128 input / 128 output tokens at an infinite request rate (offline maximum throughput). GPU recorded as "H100"; catalogued as H100 SXM (assumption: TensorRT-LLM perf tables use SXM/HGX systems).'
	},
	{
		id: 'trtllm-llama-3.1-8b-h100-tp1-fp8-128-2048',
		modelId: 'llama-3.1-8b',
		gpuId: 'h100-sxm',
		gpus: 1,
		precision: 'fp8',
		kind: 'engine',
		engine: 'TensorRT-LLM (PyTorch backend)',
		inputTokens: 128,
		outputTokens: 2048,
		outputTokensPerSecondPerGpu: fig(
			'22714',
			TRTLLM_PERF,
			'Derived: total output throughput 22714 tokens/s / 1 GPU.'
		),
		conditions:
			'TensorRT-LLM v1.0-era perf overview, PyTorch backend, trtllm-bench max-throughput: Llama-3.1-8B on 1x H100 (tensor parallel 1), FP8, synthetic fixed-length requests of 128 input / 2048 output tokens at an infinite request rate (offline maximum throughput). GPU recorded as "H100"; catalogued as H100 SXM (assumption: TensorRT-LLM perf tables use SXM/HGX systems).'
	},
	{
		id: 'trtllm-llama-3.1-8b-h100-tp1-fp8-1000-1000',
		modelId: 'llama-3.1-8b',
		gpuId: 'h100-sxm',
		gpus: 1,
		precision: 'fp8',
		kind: 'engine',
		engine: 'TensorRT-LLM (PyTorch backend)',
		inputTokens: 1000,
		outputTokens: 1000,
		outputTokensPerSecondPerGpu: fig(
			'15220',
			TRTLLM_PERF,
			'Derived: total output throughput 15220 tokens/s / 1 GPU.'
		),
		conditions:
			'TensorRT-LLM v1.0-era perf overview, PyTorch backend, trtllm-bench max-throughput: Llama-3.1-8B on 1x H100 (tensor parallel 1), FP8, synthetic fixed-length requests of 1000 input / 1000 output tokens at an infinite request rate (offline maximum throughput). GPU recorded as "H100"; catalogued as H100 SXM (assumption: TensorRT-LLM perf tables use SXM/HGX systems).'
	},
	{
		id: 'trtllm-llama-3.1-8b-h100-tp1-fp8-2048-2048',
		modelId: 'llama-3.1-8b',
		gpuId: 'h100-sxm',
		gpus: 1,
		precision: 'fp8',
		kind: 'engine',
		engine: 'TensorRT-LLM (PyTorch backend)',
		inputTokens: 2048,
		outputTokens: 2048,
		outputTokensPerSecondPerGpu: fig(
			'9305',
			TRTLLM_PERF,
			'Derived: total output throughput 9305 tokens/s / 1 GPU.'
		),
		conditions:
			'TensorRT-LLM v1.0-era perf overview, PyTorch backend, trtllm-bench max-throughput: Llama-3.1-8B on 1x H100 (tensor parallel 1), FP8, synthetic fixed-length requests of 2048 input / 2048 output tokens at an infinite request rate (offline maximum throughput). GPU recorded as "H100"; catalogued as H100 SXM (assumption: TensorRT-LLM perf tables use SXM/HGX systems).'
	},
	{
		id: 'trtllm-llama-3.1-8b-h100-tp1-fp8-5000-500',
		modelId: 'llama-3.1-8b',
		gpuId: 'h100-sxm',
		gpus: 1,
		precision: 'fp8',
		kind: 'engine',
		engine: 'TensorRT-LLM (PyTorch backend)',
		inputTokens: 5000,
		outputTokens: 500,
		outputTokensPerSecondPerGpu: fig(
			'3459',
			TRTLLM_PERF,
			'Derived: total output throughput 3459 tokens/s / 1 GPU.'
		),
		conditions:
			'TensorRT-LLM v1.0-era perf overview, PyTorch backend, trtllm-bench max-throughput: Llama-3.1-8B on 1x H100 (tensor parallel 1), FP8, synthetic fixed-length requests of 5000 input / 500 output tokens at an infinite request rate (offline maximum throughput). GPU recorded as "H100"; catalogued as H100 SXM (assumption: TensorRT-LLM perf tables use SXM/HGX systems).'
	},
	{
		id: 'trtllm-llama-3.1-8b-h100-tp1-fp8-20000-2000',
		modelId: 'llama-3.1-8b',
		gpuId: 'h100-sxm',
		gpus: 1,
		precision: 'fp8',
		kind: 'engine',
		engine: 'TensorRT-LLM (PyTorch backend)',
		inputTokens: 20000,
		outputTokens: 2000,
		outputTokensPerSecondPerGpu: fig(
			'1351',
			TRTLLM_PERF,
			'Derived: total output throughput 1351 tokens/s / 1 GPU.'
		),
		conditions:
			'TensorRT-LLM v1.0-era perf overview, PyTorch backend, trtllm-bench max-throughput: Llama-3.1-8B on 1x H100 (tensor parallel 1), FP8, synthetic fixed-length requests of 20000 input / 2000 output tokens at an infinite request rate (offline maximum throughput). GPU recorded as "H100"; catalogued as H100 SXM (assumption: TensorRT-LLM perf tables use SXM/HGX systems).'
	},
	{
		id: 'trtllm-llama-3.1-405b-b200-tp4-fp4-128-128',
		modelId: 'llama-3.1-405b',
		gpuId: 'b200',
		gpus: 4,
		precision: 'fp4',
		kind: 'engine',
		engine: 'TensorRT-LLM (PyTorch backend)',
		inputTokens: 128,
		outputTokens: 128,
		outputTokensPerSecondPerGpu: fig(
			'1570.25',
			TRTLLM_PERF,
			'Derived: total output throughput 6281 tokens/s / 4 GPUs.'
		),
		conditions:
			'TensorRT-LLM v1.0-era perf overview, PyTorch backend, trtllm-bench max-throughput: Llama-3.1-405B on 4x B200 (tensor parallel 4), FP4, synthetic fixed-length requests of 128 input / 128 output tokens at an infinite request rate (offline maximum throughput).'
	},
	{
		id: 'trtllm-llama-3.1-405b-h200-tp8-fp8-128-128',
		modelId: 'llama-3.1-405b',
		gpuId: 'h200',
		gpus: 8,
		precision: 'fp8',
		kind: 'engine',
		engine: 'TensorRT-LLM (PyTorch backend)',
		inputTokens: 128,
		outputTokens: 128,
		outputTokensPerSecondPerGpu: fig(
			'476.75',
			TRTLLM_PERF,
			'Derived: total output throughput 3814 tokens/s / 8 GPUs.'
		),
		conditions:
			'TensorRT-LLM v1.0-era perf overview, PyTorch backend, trtllm-bench max-throughput: Llama-3.1-405B on 8x H200 (tensor parallel 8), FP8, synthetic fixed-length requests of 128 input / 128 output tokens at an infinite request rate (offline maximum throughput).'
	},
	{
		id: 'trtllm-llama-3.1-405b-h100-tp8-fp8-128-128',
		modelId: 'llama-3.1-405b',
		gpuId: 'h100-sxm',
		gpus: 8,
		precision: 'fp8',
		kind: 'engine',
		engine: 'TensorRT-LLM (PyTorch backend)',
		inputTokens: 128,
		outputTokens: 128,
		outputTokensPerSecondPerGpu: fig(
			'453.375',
			TRTLLM_PERF,
			'Derived: total output throughput 3627 tokens/s / 8 GPUs.'
		),
		conditions:
			'TensorRT-LLM v1.0-era perf overview, PyTorch backend, trtllm-bench max-throughput: Llama-3.1-405B on 8x H100 (tensor parallel 8), FP8, synthetic fixed-length requests of 128 input / 128 output tokens at an infinite request rate (offline maximum throughput). GPU recorded as "H100"; catalogued as H100 SXM (assumption: TensorRT-LLM perf tables use SXM/HGX systems).'
	},
	{
		id: 'trtllm-llama-3.1-405b-b200-tp4-fp4-1000-1000',
		modelId: 'llama-3.1-405b',
		gpuId: 'b200',
		gpus: 4,
		precision: 'fp4',
		kind: 'engine',
		engine: 'TensorRT-LLM (PyTorch backend)',
		inputTokens: 1000,
		outputTokens: 1000,
		outputTokensPerSecondPerGpu: fig(
			'1302.25',
			TRTLLM_PERF,
			'Derived: total output throughput 5209 tokens/s / 4 GPUs.'
		),
		conditions:
			'TensorRT-LLM v1.0-era perf overview, PyTorch backend, trtllm-bench max-throughput: Llama-3.1-405B on 4x B200 (tensor parallel 4), FP4, synthetic fixed-length requests of 1000 input / 1000 output tokens at an infinite request rate (offline maximum throughput).'
	},
	{
		id: 'trtllm-llama-3.1-405b-h200-tp8-fp8-1000-1000',
		modelId: 'llama-3.1-405b',
		gpuId: 'h200',
		gpus: 8,
		precision: 'fp8',
		kind: 'engine',
		engine: 'TensorRT-LLM (PyTorch backend)',
		inputTokens: 1000,
		outputTokens: 1000,
		outputTokensPerSecondPerGpu: fig(
			'416.25',
			TRTLLM_PERF,
			'Derived: total output throughput 3330 tokens/s / 8 GPUs.'
		),
		conditions:
			'TensorRT-LLM v1.0-era perf overview, PyTorch backend, trtllm-bench max-throughput: Llama-3.1-405B on 8x H200 (tensor parallel 8), FP8, synthetic fixed-length requests of 1000 input / 1000 output tokens at an infinite request rate (offline maximum throughput).'
	},
	{
		id: 'trtllm-llama-3.1-405b-h100-tp8-fp8-1000-1000',
		modelId: 'llama-3.1-405b',
		gpuId: 'h100-sxm',
		gpus: 8,
		precision: 'fp8',
		kind: 'engine',
		engine: 'TensorRT-LLM (PyTorch backend)',
		inputTokens: 1000,
		outputTokens: 1000,
		outputTokensPerSecondPerGpu: fig(
			'364.875',
			TRTLLM_PERF,
			'Derived: total output throughput 2919 tokens/s / 8 GPUs.'
		),
		conditions:
			'TensorRT-LLM v1.0-era perf overview, PyTorch backend, trtllm-bench max-throughput: Llama-3.1-405B on 8x H100 (tensor parallel 8), FP8, synthetic fixed-length requests of 1000 input / 1000 output tokens at an infinite request rate (offline maximum throughput). GPU recorded as "H100"; catalogued as H100 SXM (assumption: TensorRT-LLM perf tables use SXM/HGX systems).'
	},
	{
		id: 'trtllm-llama-3.1-405b-b200-tp4-fp4-2048-2048',
		modelId: 'llama-3.1-405b',
		gpuId: 'b200',
		gpus: 4,
		precision: 'fp4',
		kind: 'engine',
		engine: 'TensorRT-LLM (PyTorch backend)',
		inputTokens: 2048,
		outputTokens: 2048,
		outputTokensPerSecondPerGpu: fig(
			'1053',
			TRTLLM_PERF,
			'Derived: total output throughput 4212 tokens/s / 4 GPUs.'
		),
		conditions:
			'TensorRT-LLM v1.0-era perf overview, PyTorch backend, trtllm-bench max-throughput: Llama-3.1-405B on 4x B200 (tensor parallel 4), FP4, synthetic fixed-length requests of 2048 input / 2048 output tokens at an infinite request rate (offline maximum throughput).'
	},
	{
		id: 'trtllm-llama-3.1-405b-h200-tp8-fp8-2048-2048',
		modelId: 'llama-3.1-405b',
		gpuId: 'h200',
		gpus: 8,
		precision: 'fp8',
		kind: 'engine',
		engine: 'TensorRT-LLM (PyTorch backend)',
		inputTokens: 2048,
		outputTokens: 2048,
		outputTokensPerSecondPerGpu: fig(
			'368.5',
			TRTLLM_PERF,
			'Derived: total output throughput 2948 tokens/s / 8 GPUs.'
		),
		conditions:
			'TensorRT-LLM v1.0-era perf overview, PyTorch backend, trtllm-bench max-throughput: Llama-3.1-405B on 8x H200 (tensor parallel 8), FP8, synthetic fixed-length requests of 2048 input / 2048 output tokens at an infinite request rate (offline maximum throughput).'
	},
	{
		id: 'trtllm-llama-3.1-405b-h100-tp8-fp8-2048-2048',
		modelId: 'llama-3.1-405b',
		gpuId: 'h100-sxm',
		gpus: 8,
		precision: 'fp8',
		kind: 'engine',
		engine: 'TensorRT-LLM (PyTorch backend)',
		inputTokens: 2048,
		outputTokens: 2048,
		outputTokensPerSecondPerGpu: fig(
			'287',
			TRTLLM_PERF,
			'Derived: total output throughput 2296 tokens/s / 8 GPUs.'
		),
		conditions:
			'TensorRT-LLM v1.0-era perf overview, PyTorch backend, trtllm-bench max-throughput: Llama-3.1-405B on 8x H100 (tensor parallel 8), FP8, synthetic fixed-length requests of 2048 input / 2048 output tokens at an infinite request rate (offline maximum throughput). GPU recorded as "H100"; catalogued as H100 SXM (assumption: TensorRT-LLM perf tables use SXM/HGX systems).'
	},
	...tensorParallelPoints,
	...fewActiveMoePoints,
	...attentionDataParallelPoints
];
