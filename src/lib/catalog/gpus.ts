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

const L4_SPEC: Source = {
	source:
		'third-party tables: github winston-zhang-orz/gpu-specs specs.md; simoncblyth/j gpu/data_center_rt.rst',
	asOf: '2026-08',
	verification: 'secondary',
	note: "Dense tensor TFLOPS. NVIDIA's L4 datasheet itself was not retrieved."
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

const COSTNIMBUS: Source = {
	source:
		'https://costnimbus.com/article/gpu-cost-management-ml-teams (H100 per-GPU on-demand survey)',
	asOf: '2026-03',
	verification: 'secondary',
	note: "Lambda on-demand H100 rate from the survey; agrees with an independent '8xH100 SXM5 @ $23.92/hr' quote ($2.99 per GPU). Other providers in the same survey range from $1.49 (Vast.ai) to $6.98 (Azure)."
};

const AWS_CAPACITY_BLOCKS: Source = {
	source: 'copy of aws.amazon.com/ec2/capacityblocks/pricing (sibshop.uat.jiralog.com mirror)',
	asOf: '2024-12',
	verification: 'secondary(mirror of primary)',
	note: 'AWS EC2 Capacity Blocks reservation fee, valid until the scheduled 2025-01-01 update; OS fee extra.'
};

const L4_CLOUD: Source = {
	source: 'costnimbus.com (2026-03); bytesprinttech.com self-host article',
	asOf: '2026',
	verification: 'secondary',
	note: 'Derived: midpoint of the published GCP g2-standard-4 (1x L4) on-demand range $0.70-$0.80 per hour. AWS G6 (L4) is quoted at $0.80-$1.10.'
};

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
		cloudUsdPerGpuHour: fig('2.99', COSTNIMBUS)
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
		cloudUsdPerGpuHour: fig(
			'5.4075',
			AWS_CAPACITY_BLOCKS,
			'Derived: p5e (8x H200) $43.26 per hour / 8 GPUs.'
		)
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
		purchasePriceUsd: fig('40000', AIINFRAMAP_PRICE)
		// No sourced cloud rate: enter your quote.
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
		purchasePriceUsd: fig('11500', MERCATUS_A100)
		// No cloud rate: the AWS p4d figures in the data are for 8x A100 40GB, not 80GB.
	},
	{
		id: 'l40s',
		name: 'NVIDIA L40S 48GB',
		vendor: 'NVIDIA',
		memoryGB: fig('48', MLENG),
		memoryBandwidthTBps: fig('0.86', MLENG),
		denseBf16Tflops: fig('362', MLENG),
		denseFp8Tflops: fig('733', MLENG),
		tdpWatts: fig('350', MLENG)
		// Purchase price: not found in the data. Cloud rate: not found.
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
		cloudUsdPerGpuHour: fig('0.75', L4_CLOUD)
	},
	{
		id: 'mi300x',
		name: 'AMD Instinct MI300X 192GB',
		vendor: 'AMD',
		memoryGB: fig('192', MLENG),
		memoryBandwidthTBps: fig('5.3', MLENG),
		denseBf16Tflops: fig('1300', MLENG),
		denseFp8Tflops: fig('2610', MLENG),
		tdpWatts: fig('750', MLENG, '750 W = typical board power (peak).')
		// Purchase price and cloud rate: not found in the data.
	}
];
