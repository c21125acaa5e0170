import { typicalRateFigure } from './rates';
import type { Figure, GpuSpec, Source } from './types';

/** A sourced figure; `note` is appended to the source's own note. */
function fig(value: string, src: Source, note?: string): Figure {
	const joined = [src.note, note].filter(Boolean).join(' ');
	return { ...src, value, ...(joined ? { note: joined } : {}) };
}

// Sources: records of /work/shared/data/reference-figures.json (categories gpu_spec, gpu_price,
// cloud_price), text kept close to each record's `source`.

const MLENG: Source = {
	source:
		'github stas00/ml-engineering compute/accelerator/README.md @744d01e1 (2026-08-22), which cites the vendor spec pages',
	asOf: '2026-08',
	verification: 'verified-secondary(vendor-cited)',
	note: 'Dense (non-sparse) tensor TFLOPS.'
};

const FP4_DENSE: Source = {
	source:
		'NVIDIA Technical Blog, "Introducing NVFP4 for Efficient and Accurate Low-Precision Inference" (developer.nvidia.com/blog/introducing-nvfp4-for-efficient-and-accurate-low-precision-inference, 2025-06-24), Figure 1: B200 9 PFLOPS dense FP4 (18 with sparsity); github stas00/ml-engineering compute/accelerator/README.md @744d01e1 (2026-08-22), dense fp4 column: B200 9,000 TFLOPS',
	asOf: '2025-06-24',
	verification: 'primary (vendor figure)'
};

const MLENG_H100_PCIE: Source = {
	...MLENG,
	source:
		"github stas00/ml-engineering compute/accelerator/README.md @744d01e1 (2026-08-22), which cites the vendor spec pages; TDP from NVIDIA H100 PCIe product brief PB-11133-001 v02 (Nov 2022, 'maximum TDP 350 W', '>2,000 GBps'), via manuals.plus"
};

/**
 * How much of the calibrated roofline AMD's serving stack reached in MLPerf, against NVIDIA's at the
 * same round and benchmark. The roofline's efficiencies (η) were fitted to NVIDIA GPUs running
 * TensorRT-LLM; on AMD GPUs the roofline alone overstates what was measured. Each figure is
 * (published AMD ÷ published NVIDIA) ÷ (roofline AMD ÷ roofline NVIDIA), both on Llama 2 70B FP8 on 8
 * GPUs; the roofline ratio hardly moves with the mean input length the sources leave unpublished
 * (1.638–1.646 for MI300X ÷ H100 over 200–1,000 input tokens). test/scenario/calibration.test.ts
 * recomputes both from the published results with the current η.
 */
const MI300X_STACK: Figure = {
	value: '0.59',
	source:
		'Derived from MLPerf Inference v4.1 closed, datacenter, llama2-70b-99 Offline: AMD 8xMI300X (vLLM 0.4.3, ROCm 6.1.2) 23,514.8 tokens/s with 2xEPYC 9374F and 24,109.8 with 2xEPYC Turin (github mlcommons/inference_results_v4.1 closed/AMD/results/8xMI300X_2xEPYC-9374F/summary/README.md and 8xMI300X_2xEPYC-TURIN/summary/README.md), against NVIDIA DGX H100 (TensorRT-LLM) 24,524.9 tokens/s (closed/NVIDIA/results/DGX-H100_H100-SXM-80GBx8_TRT/summary/README.md @2e26a06e)',
	asOf: '2024-08',
	verification: 'derived',
	note: 'Published MI300X ÷ H100: 0.959 and 0.983. The roofline puts MI300X at 1.64× H100 on that benchmark, so the stack reached 0.959 ÷ 1.64 = 0.585 and 0.983 ÷ 1.64 = 0.599 of it; mean 0.59. Both FP8 (AMD closed/AMD/code/llama2-70b-99/README.md: Quark w_fp8_a_fp8_o_fp8). On MI325X (the same CDNA 3 compute die) the v5.0 stack reached 0.74, so a current stack on MI300X may do better: enter your own measurement.'
};

const MI325X_STACK: Figure = {
	value: '0.74',
	source:
		'Derived from MLPerf Inference v5.0 closed, datacenter, llama2-70b-99 Offline: AMD 8xMI325X + 2xEPYC 9575F 33,928.1 tokens/s (github ntuhpc/mlperf_inference_results_v5.0, mirror of mlcommons/inference_results_v5.0, closed/AMD/results/8xMI325X_2xEPYC_9575F/README.md), against NVIDIA 8x H200 (TensorRT-LLM) 34,988.2 tokens/s (closed/NVIDIA/results/H200-SXM-141GBx8_TRT/README.md)',
	asOf: '2025-04',
	verification: 'derived',
	note: "Published MI325X ÷ H200: 0.970. The roofline puts MI325X at 1.313× H200 on that benchmark: 0.970 ÷ 1.313 = 0.739. Assumes both ran FP8 (NVIDIA's calibration notes say FP8 on Hopper; AMD's v5.0 precision is not stated in the sources used, its v4.1 submission was FP8)."
};

const MI355X_STACK: Figure = {
	value: '0.74',
	source:
		'Assumption: no published MI355X result against an NVIDIA GPU was found in the sources used; taken as what AMD’s stack reached on MI325X in MLPerf Inference v5.0 (see MI325X)',
	asOf: '2025-04',
	verification: 'assumption',
	note: 'Not a measurement of MI355X: CDNA 4 and its FP4 path may reach more or less. Enter your own measurement.'
};

const L4_SPEC: Source = {
	source:
		'third-party tables: github winston-zhang-orz/gpu-specs specs.md; simoncblyth/j gpu/data_center_rt.rst',
	asOf: '2026-08',
	verification: 'secondary',
	note: "Dense tensor TFLOPS. Third-party tables: check NVIDIA's L4 datasheet for a board pack."
};

const AIINFRAMAP_PRICE: Source = {
	source: 'https://www.aiinframap.com/tools/chips/h100-vs-h200-vs-b200-tco',
	asOf: '2026',
	verification: 'secondary-estimate',
	note: "Street price estimate (mid-2026). The page says 'ROUGH public estimates, ±20-40%; NVIDIA publishes no list price'."
};

const MERCATUS_A100: Source = {
	source: 'https://www.mercatus-ai.com/blog/a100-vs-h100-vs-h200',
	asOf: '2026',
	verification: 'secondary-estimate',
	note: 'Derived: midpoint of the published used/refurbished street-price range $8,000-$15,000 for an A100 80GB ((8000 + 15000) / 2). Not a new-unit price.'
};

const MLENG_RTX_PRO: Source = {
	...MLENG,
	source:
		'github stas00/ml-engineering compute/accelerator/README.md @744d01e1 (2026-08-22), power table citing the NVIDIA RTX PRO 6000 Blackwell Server Edition specifications page'
};

const RTX_PRO_MEMORY: Source = {
	source:
		'gpu.name, "NVIDIA unveils RTX Pro 6000 Blackwell GPU with 24,064 cores and 96GB memory" (after VideoCardz), GTC 2025 announcement: 96 GB GDDR7, 512-bit, 1,792 GB/s, 600 W',
	asOf: '2025-03',
	verification: 'secondary'
};

/** NVIDIA publishes the RTX PRO 6000's tensor rate as "4,000 AI TOPS" (FP4 with sparsity) only. */
function rtxProAssumption(value: string, derivation: string): Figure {
	return {
		value,
		source:
			"Derived from NVIDIA's announced 4,000 AI TOPS (FP4, with 2:4 sparsity) for the RTX PRO 6000 Blackwell, as reported from GTC 2025 (topcpu.net, gpu.name)",
		asOf: '2025-03',
		verification: 'assumption',
		note: `No dense tensor TFLOPS published for this card. ${derivation} Replace with a measured figure.`
	};
}

export const gpus: GpuSpec[] = [
	{
		id: 'h100-sxm',
		name: 'NVIDIA H100 SXM 80GB',
		vendor: 'NVIDIA',
		memoryGB: fig('80', MLENG),
		memoryBandwidthTBps: fig('3.35', MLENG),
		denseBf16Tflops: fig('989', MLENG),
		denseFp8Tflops: fig('1979', MLENG),
		tdpWatts: fig('700', MLENG),
		purchasePriceUsd: fig('30000', AIINFRAMAP_PRICE),
		cloudUsdPerGpuHour: typicalRateFigure('h100-sxm')
	},
	{
		id: 'h100-pcie',
		name: 'NVIDIA H100 PCIe 80GB',
		vendor: 'NVIDIA',
		memoryGB: fig('80', MLENG_H100_PCIE),
		memoryBandwidthTBps: fig('2', MLENG_H100_PCIE),
		denseBf16Tflops: fig('756', MLENG_H100_PCIE),
		denseFp8Tflops: fig('1513', MLENG_H100_PCIE),
		tdpWatts: fig('350', MLENG_H100_PCIE)
		// No sourced purchase price or cloud rate for the PCIe card: enter your quote.
	},
	{
		id: 'h200',
		name: 'NVIDIA H200 SXM 141GB',
		vendor: 'NVIDIA',
		memoryGB: fig('141', MLENG),
		memoryBandwidthTBps: fig('4.8', MLENG),
		denseBf16Tflops: fig('989', MLENG),
		denseFp8Tflops: fig('1979', MLENG),
		tdpWatts: fig('700', MLENG),
		purchasePriceUsd: fig('35000', AIINFRAMAP_PRICE),
		cloudUsdPerGpuHour: typicalRateFigure('h200')
	},
	{
		id: 'b200',
		name: 'NVIDIA B200 SXM 180GB',
		vendor: 'NVIDIA',
		memoryGB: fig(
			'180',
			MLENG,
			'DGX/HGX B200 configuration (180 GB, 1000 W max TGP); other sources quote 192 GB / 2.5 PF.'
		),
		memoryBandwidthTBps: fig('8', MLENG),
		denseBf16Tflops: fig('2250', MLENG),
		denseFp8Tflops: fig('4500', MLENG),
		denseFp4Tflops: fig('9000', FP4_DENSE),
		tdpWatts: fig('1000', MLENG),
		purchasePriceUsd: fig('40000', AIINFRAMAP_PRICE),
		cloudUsdPerGpuHour: typicalRateFigure('b200')
	},
	{
		id: 'a100-80gb',
		name: 'NVIDIA A100 SXM 80GB',
		vendor: 'NVIDIA',
		memoryGB: fig('80', MLENG),
		memoryBandwidthTBps: fig(
			'2.039',
			MLENG,
			"NVIDIA lists 2,039 GB/s (the source's table rounds to 2.0 TB/s)."
		),
		denseBf16Tflops: fig('312', MLENG),
		// No FP8 tensor cores (INT8 624 TOPS): denseFp8Tflops absent on purpose.
		tdpWatts: fig('400', MLENG),
		purchasePriceUsd: fig('11500', MERCATUS_A100),
		cloudUsdPerGpuHour: typicalRateFigure('a100-80gb')
	},
	{
		id: 'l40s',
		name: 'NVIDIA L40S 48GB',
		vendor: 'NVIDIA',
		memoryGB: fig('48', MLENG),
		memoryBandwidthTBps: fig('0.86', MLENG),
		denseBf16Tflops: fig('362', MLENG),
		denseFp8Tflops: fig('733', MLENG),
		tdpWatts: fig('350', MLENG),
		// No published purchase price found.
		cloudUsdPerGpuHour: typicalRateFigure('l40s')
	},
	{
		id: 'l4',
		name: 'NVIDIA L4 24GB',
		vendor: 'NVIDIA',
		memoryGB: fig('24', L4_SPEC),
		memoryBandwidthTBps: fig('0.3', L4_SPEC),
		denseBf16Tflops: fig('121', L4_SPEC),
		denseFp8Tflops: fig('242', L4_SPEC),
		tdpWatts: fig('72', L4_SPEC),
		// Purchase price: not found in the data.
		cloudUsdPerGpuHour: typicalRateFigure('l4')
	},
	{
		id: 'mi300x',
		name: 'AMD Instinct MI300X 192GB',
		vendor: 'AMD',
		memoryGB: fig('192', MLENG),
		memoryBandwidthTBps: fig('5.3', MLENG),
		denseBf16Tflops: fig('1300', MLENG),
		denseFp8Tflops: fig('2610', MLENG),
		tdpWatts: fig('750', MLENG, '750 W = typical board power (peak).'),
		stackEfficiency: MI300X_STACK
		// No published purchase price or rental rate found.
	},
	{
		id: 'b300',
		name: 'NVIDIA B300 SXM 288GB',
		vendor: 'NVIDIA',
		memoryGB: fig('288', MLENG),
		memoryBandwidthTBps: fig('8', MLENG),
		denseBf16Tflops: fig('2250', MLENG),
		denseFp8Tflops: fig('4500', MLENG),
		denseFp4Tflops: fig(
			'12600',
			MLENG,
			'The same table lists 15,000 dense TFLOPS for NVFP4; 12,600 is its FP4 column.'
		),
		tdpWatts: fig('1000', MLENG, 'Maximum TGP (NVIDIA DGX B300 power capping).')
		// No published purchase price or rental rate found.
	},
	{
		id: 'gb200',
		name: 'NVIDIA GB200 (per GPU, in NVL72)',
		vendor: 'NVIDIA',
		memoryGB: fig('186', MLENG, 'Per Blackwell GPU; a GB200 Superchip carries two.'),
		memoryBandwidthTBps: fig('8', MLENG),
		denseBf16Tflops: fig(
			'2500',
			MLENG,
			'Per Blackwell GPU of the GB200 Superchip (the source lists per-chip figures).'
		),
		denseFp8Tflops: fig('5000', MLENG),
		denseFp4Tflops: fig('10000', MLENG),
		tdpWatts: fig(
			'1200',
			MLENG,
			'Per-GPU maximum power (NVIDIA Mission Control power-management FAQ); the Grace CPU and the NVL72 rack add to it.'
		),
		cloudUsdPerGpuHour: typicalRateFigure('gb200')
		// No published purchase price found (sold as NVL72 racks).
	},
	{
		id: 'mi325x',
		name: 'AMD Instinct MI325X 256GB',
		vendor: 'AMD',
		memoryGB: fig('256', MLENG),
		memoryBandwidthTBps: fig('6', MLENG),
		denseBf16Tflops: fig('1300', MLENG),
		denseFp8Tflops: fig('2610', MLENG),
		tdpWatts: fig('1000', MLENG, 'Typical board power (peak).'),
		stackEfficiency: MI325X_STACK
		// No FP4 tensor cores (CDNA 3). No published purchase price or rental rate found.
	},
	{
		id: 'mi355x',
		name: 'AMD Instinct MI355X 288GB',
		vendor: 'AMD',
		memoryGB: fig('288', MLENG),
		memoryBandwidthTBps: fig('8', MLENG),
		denseBf16Tflops: fig('2500', MLENG, 'AMD publishes 2.5 PFLOPS BF16 matrix, dense.'),
		denseFp8Tflops: fig('5000', MLENG),
		denseFp4Tflops: fig(
			'10100',
			MLENG,
			"AMD's FP4 figure carries no sparsity qualifier and is read as dense."
		),
		tdpWatts: fig('1400', MLENG, 'Typical board power.'),
		stackEfficiency: MI355X_STACK
		// No published purchase price or rental rate found.
	},
	{
		id: 'rtx-pro-6000',
		name: 'NVIDIA RTX PRO 6000 Blackwell Server Edition 96GB',
		vendor: 'NVIDIA',
		memoryGB: fig('96', RTX_PRO_MEMORY),
		memoryBandwidthTBps: fig('1.792', RTX_PRO_MEMORY, 'Derived: 1,792 GB/s = 1.792 TB/s.'),
		denseBf16Tflops: rtxProAssumption(
			'500',
			'Dense FP4 (2,000) / 4, the BF16 : FP4 ratio NVIDIA publishes for B200 (2,250 : 9,000).'
		),
		denseFp8Tflops: rtxProAssumption(
			'1000',
			'Dense FP4 (2,000) / 2, the FP8 : FP4 ratio NVIDIA publishes for B200 (4,500 : 9,000).'
		),
		denseFp4Tflops: rtxProAssumption('2000', 'Dense = 4,000 sparse / 2.'),
		tdpWatts: fig('600', MLENG_RTX_PRO, 'Maximum power consumption, configurable.'),
		cloudUsdPerGpuHour: typicalRateFigure('rtx-pro-6000')
		// No published purchase price found.
	}
];
