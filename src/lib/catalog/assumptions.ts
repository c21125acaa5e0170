import type { DefaultFigures, Figure, Source } from './types';

/** A sourced figure; `note` is appended to the source's own note. */
function fig(value: string, src: Source, note?: string): Figure {
	const joined = [src.note, note].filter(Boolean).join(' ');
	return { ...src, value, ...(joined ? { note: joined } : {}) };
}

/** Date the unsourced defaults below were set (and the software defaults checked). */
const SET_ON = '2026-11-26';

/** A default with no published figure behind it: the user should enter their own. */
function assumption(value: string, note: string): Figure {
	return {
		value,
		source: 'No published figure found (catalog default)',
		asOf: SET_ON,
		verification: 'assumption',
		note
	};
}

const EIA: Source = {
	source:
		'EIA Electric Power Annual 2023 (eia.gov/electricity/annual/secrev-map.php, released 2024-10-17)',
	asOf: '2024-10-17',
	verification: 'primary(EIA)',
	note: '2023 average revenue per kWh, Virginia, commercial sector (Virginia industrial 0.0892, Texas commercial 0.0882, California commercial 0.2391).'
};

const UPTIME_PUE: Source = {
	source:
		'Uptime Institute Global Data Center Survey 2024 (via cloudnews.tech); Uptime Institute Intelligence Update 221 (2023-11)',
	asOf: '2024',
	verification: 'secondary',
	note: 'Industry-average annual PUE from the 2024 survey (1.58 in 2023; 1.55-1.59 over 2020-23). New large facilities run at 1.3 or below.'
};

const DEPRECIATION: Source = {
	source:
		'shaulkoral.com (quotes 10-K/10-Q); deepquarry.substack.com (Amazon 10-K, 2025-02-07); taxacct.com.au/accountingtoday (Meta 5.5 yrs); aiinframap',
	asOf: '2025',
	verification: 'secondary',
	note: 'Amazon moved a subset of servers back to 5 years from 2025-01-01; Meta 5 years (2022) then 5.5 (2025); aiinframap uses 5 years. Microsoft and Alphabet use 6; most blog TCOs use 3.'
};

const MLPERF_DGX_B200: Source = {
	source:
		'github ntuhpc/mlperf_inference_results_v5.0 (mirror of mlcommons/inference_results_v5.0) closed/NVIDIA/results/B200-SXM-180GBx8_TRT/README.md (system description: accelerators_per_node 8)',
	asOf: '2025-04',
	verification: 'primary',
	note: 'NVIDIA DGX/HGX H100, H200 and B200 systems carry 8 GPUs; so do the AMD 8x MI300X systems in MLPerf v4.1.'
};

const DGX_H100_POWER: Source = {
	source:
		"NVIDIA DGX H100 datasheet / user guide (docs.nvidia.com/dgx/dgxh100-user-guide): '10.2 kW max' system power, as quoted in several public repositories and in arXiv 2506.14551 (8x H100 node 'TDP rating' 10.2 kW); H100 SXM TDP 700 W from github stas00/ml-engineering",
	asOf: '2025-06',
	verification: 'secondary-derived',
	note: 'Derived: 10,200 W maximum system power - 8 x 700 W GPU TDP = 4,600 W for CPUs, NVSwitches, NICs, fans and storage at maximum load. A maximum, not an average.'
};

const SEMIANALYSIS_NODE: Source = {
	source:
		'SemiAnalysis, "AI Server Cost Analysis – Memory Is The Biggest Loser" (semianalysis.com/p/ai-server-cost-analysis-memory-is, May 2023), DGX H100 bill of materials as transcribed in Epoch AI epoch-research/training-cost-trends h100_manufacturing_cost.ipynb (commit c98330c5): non_gpu_dgx_cost = 5,200 + 7,860 + 3,456 + 10,908 + 563 + 875 + 463 + 1,200 + 1,485',
	asOf: '2023-05',
	verification: 'secondary',
	note: 'Build cost of everything in an 8-GPU DGX H100 but the GPU baseboard: CPUs, DRAM, storage, NICs, chassis, power supplies ($32,010; the 90% interval of Epoch AI $21k-48k). The NVSwitch baseboard is counted with the GPUs in that table; a reseller price would be higher. Enter your quote.'
};
const IDLE_POWER: Source = {
	source:
		'nvidia-smi captures of H100 SXM (700 W TDP) with a model resident at 0-4% utilisation: 145 W, 140 W, 134 W, 109 W (github.com/wilicc/gpu-burn/issues/114, 2024-10-25) and 119 W (github.com/Ksuriuri/index-tts-vllm/issues/47, 2025-06-17)',
	asOf: '2025-06-17',
	verification: 'derived',
	note: 'Derived: 109-145 W of 700 W = 16-21% of TDP, midpoint 0.18. Anecdotal captures, applied to every GPU as a share of its TDP; a GPU in a deeper power state draws less (about 0.10 with no CUDA context).'
};
const CBRE: Source = {
	source:
		'CBRE North America Data Center Trends H2 2024 (cbre.com/insights/reports/north-america-data-center-trends-h2-2024, 2025-02-26)',
	asOf: '2025-02-26',
	verification: 'primary',
	note: 'Average monthly asking rate for a 250-500 kW wholesale requirement across primary North American markets (H1 2024: $174.06; 2023: $163.44), per kW of contracted IT capacity. Whether power is billed on top depends on the lease: check your quote so electricity is not counted twice. Retail (single-rack) colocation is usually dearer.'
};

const LOADED_COST: Source = {
	source:
		'Salary: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics May 2022, software developers (SOC 15-1252), annual mean wage $132,930 (bls.gov/oes, released 2023-04-25). Loaded-cost factor: BLS Employer Costs for Employee Compensation, June 2025 (USDL-25-1358, 2025-09-12, bls.gov/news.release/ecec.nr0.htm): private-industry wages and salaries are 70.2% of employer costs, so cost = wage / 0.702 = wage × 1.4245',
	asOf: '2025-09-12',
	verification: 'derived',
	note: "A loaded cost (wage plus benefits and employer taxes), not a salary. Sourced derivation: $132,930 × 1/0.702 = $189,359 a year for a software developer at the mean wage. The default, $206,000, is 8.8% above that: it is the loaded cost of a $144,612 wage ($206,000 × 0.702), a labelled assumption for the premium of an ML or infrastructure specialist over the mean software developer. The factor covers benefits and payroll taxes, not office, management or recruiting overhead. Enter your company's own loaded cost."
};

const STAFFING: Source = {
	source:
		'kshirol-dev learnAI; agoradigest (uses 0.5 FTE); reducecost.cloud & rajpoot.dev (add 30-50% ops overhead)',
	asOf: '2026',
	verification: 'secondary',
	note: 'Published range for a self-hosted inference deployment: 0.5-2 FTE ($100k-400k per year); 0.5 is the low end.'
};

const MLPERF_INTERACTIVE: Source = {
	source:
		'mlcommons/inference language/llama2-70b/README.md (llama2-70b-interactive: TTFT <= 450 ms, TPOT <= 40 ms), MLPerf Inference v5.0',
	asOf: '2025-04',
	verification: 'derived',
	note: 'Derived: 1 token / 0.040 s time per output token = 25 tokens/s per user, the MLPerf interactive latency bound.'
};

const VLLM_MEM: Source = {
	source:
		"vllm-project/vllm vllm/engine/arg_utils.py (EngineArgs gpu_memory_utilization = 0.90); vLLM docs mirror mintlify.com/vllm-project/vllm/configuration/optimization ('gpu_memory_utilization ... default: 0.9')",
	asOf: SET_ON,
	verification: 'primary',
	note: 'Fraction of each GPU vLLM may use for weights, activations and KV cache.'
};

const VLLM_SEQS: Source = {
	source:
		'vllm-project/vllm vllm/engine/arg_utils.py (EngineArgs.max_num_seqs = 256 in older releases; EngineArgs.get_batch_defaults in current releases)',
	asOf: SET_ON,
	verification: 'primary',
	note: 'max_num_seqs default 256 (LLM class and OpenAI server). Current releases default to 1024 on GPUs with at least 70 GiB that are not A100 (H100, H200, B200, MI300X), and to 128 x world size on CPU.'
};

const AUTOAWQ: Source = {
	source:
		'casper-hansen/AutoAWQ README quantization example: quant_config = { "zero_point": True, "q_group_size": 128, "w_bit": 4, "version": "GEMM" }',
	asOf: SET_ON,
	verification: 'derived',
	note: 'Derived: 4-bit weights (0.5 B) + one 16-bit scale per group of 128 weights (2 / 128 = 0.015625 B) = 0.515625 B per parameter. AWQ zero points (4 bits per group, +0.00390625 B) and layers kept in 16 bits (embeddings, lm_head) are not included.'
};

const NVFP4: Source = {
	source:
		'NVIDIA Technical Blog, "Introducing NVFP4 for Efficient and Accurate Low-Precision Inference" (developer.nvidia.com/blog/introducing-nvfp4-for-efficient-and-accurate-low-precision-inference, 2025-06-24): FP4 E2M1 values in 16-value micro-blocks, each with an FP8 E4M3 scale, plus one FP32 scale per tensor',
	asOf: '2025-06-24',
	verification: 'derived',
	note: 'Derived: 4-bit values (0.5 B) + one 8-bit scale per 16 values (1 / 16 = 0.0625 B) = 0.5625 B per parameter; the per-tensor FP32 scale is negligible. MXFP4 (32-value blocks, E8M0 scale) would be 0.53125 B. Layers kept at higher precision (embeddings, lm_head) are not included.'
};

const CALENDAR: Source = {
	source: 'Definition: 365 days x 24 h = 8,760 h per year; 8,760 / 12 months',
	asOf: SET_ON,
	verification: 'definition'
};

/**
 * Defaults for the scenario's finance and serving settings. Every key is present; figures with
 * verification 'assumption' have no published source and should be replaced by the user's own.
 */
export const assumptions = {
	electricityUsdPerKwh: fig('0.0895', EIA),
	pue: fig('1.56', UPTIME_PUE),
	depreciationYears: fig('5', DEPRECIATION),
	costOfCapital: assumption(
		'0',
		"No published cost of capital (e.g. Damodaran's industry WACC tables) could be retrieved: 0 means financing cost is ignored. Enter your own annual rate as a fraction."
	),
	residualValue: assumption(
		'0',
		'Resale value at the end of the depreciation life, as a fraction of capex. No published figure found: 0 assumes none. Enter your own.'
	),
	maintenancePerYear: assumption(
		'0',
		'Hardware support/maintenance per year as a fraction of capex. No published figure found: 0 means not included. Enter your support-contract rate.'
	),
	nodeCostUsd: fig('32010', SEMIANALYSIS_NODE),
	gpusPerNode: fig('8', MLPERF_DGX_B200),
	nodeBaseWatts: fig('4600', DGX_H100_POWER),
	gpuLoadFactor: assumption(
		'0.76',
		'Average GPU power as a share of TDP. No published inference figure found. Proxy: arXiv 2506.14551 measured 8x H100 nodes at no more than 76% of the 10.2 kW rating even in compute-intensive training; inference is often lower. Enter your measured figure.'
	),
	gpuIdlePowerShare: fig('0.18', IDLE_POWER),
	colocationUsdPerKwMonth: fig('184.06', CBRE),
	loadedAnnualCostUsd: fig('206000', LOADED_COST),
	baseFte: fig('0.5', STAFFING),
	ftePer100Gpus: assumption(
		'0',
		'No published figure found: the staffing sources give a flat 0.5-2 FTE per deployment, not a per-GPU rate. 0 means only baseFte is counted. Enter your own.'
	),
	hoursPerMonth: fig('730', CALENDAR),
	targetUtilization: assumption(
		'1',
		'Share of benchmark throughput the deployment is planned to run at. No published figure found: 1 means no headroom for peaks. Enter your own (average load / peak capacity).'
	),
	tokensPerSecondPerUser: fig('25', MLPERF_INTERACTIVE),
	memoryUtilization: fig('0.9', VLLM_MEM),
	maxBatch: fig('256', VLLM_SEQS),
	runtimeOverheadGBPerGpu: {
		value: '3.16',
		source:
			'vLLM startup log for an 8B model on an 80 GB H100 (kubernetes-sigs/gateway-api-inference-extension PR #550): 2.38 GiB activation peak + 0.16 GiB non-torch memory; CUDA graphs about 0.2-0.4 GiB (vllm-project/vllm PRs #11349, #30515)',
		asOf: SET_ON,
		verification: 'derived',
		note: 'Derived: (2.38 + 0.16 + 0.4) GiB = 2.94 GiB = 3.16 GB per GPU. One published example, not a general figure: it depends on model, batch and engine. Enter your own.'
	},
	minUsefulBatch: assumption(
		'1',
		'Smallest concurrent batch a replica must hold. No published figure found: 1 imposes no floor (the engine prices every replica size that fits and keeps the cheapest at the planned volume). Enter your own.'
	),
	int4BytesPerParam: fig('0.515625', AUTOAWQ),
	fp4BytesPerParam: fig('0.5625', NVFP4),
	tpEfficiency16: assumption(
		'0.36',
		'Share of the per-GPU rate a 16-GPU replica (two 8-GPU nodes) keeps. No published 16-GPU tensor-parallel figure was found: 0.36 extends the calibrated loss from 4 to 8 GPUs (0.74 → 0.52, ×0.70 per doubling) once more, before any cost of the network between nodes. Enter your own measured scaling.'
	)
} satisfies DefaultFigures;

export type AssumptionKey = keyof typeof assumptions;
