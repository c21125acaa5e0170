import { Decimal } from '../domain/decimal';
import type { Figure, RentalRate, RentalTerm, Source } from './types';

/**
 * Published rental rates per GPU: provider, term, region where it matters, price per GPU-hour, each
 * with its source and date. A rented candidate uses its GPU's typical rate unless it names another
 * (`"rate": "<rate id>"`); the figures panel shows the spread of each GPU's rates.
 */

/** A sourced figure; `note` is appended to the source's own note. */
function fig(value: string, src: Source, note?: string): Figure {
	const joined = [src.note, note].filter(Boolean).join(' ');
	return { ...src, value, ...(joined ? { note: joined } : {}) };
}

const COSTNIMBUS: Source = {
	source:
		'Cost Nimbus, "GPU cost management for ML teams" (costnimbus.com/article/gpu-cost-management-ml-teams), H100 per-GPU on-demand survey',
	asOf: '2026-03',
	verification: 'secondary',
	note: "A survey of providers' published on-demand prices per H100 GPU-hour (secondary: compare with the provider's own page for a contract)."
};

const TECHBYTES: Source = {
	source:
		'TechBytes, "Serverless GPU Pricing Matrix [2026 Developer Cheat Sheet]" (techbytes.app/posts/serverless-gpu-pricing-matrix-modal-replicate-lambda-2026), prices verified by the author from the vendor pricing pages on 2026-05-07',
	asOf: '2026-05-07',
	verification: 'secondary'
};

const RUNPOD_SERVERLESS: Source = {
	source:
		'Runpod documentation, "Serverless pricing" (docs.runpod.io/serverless/pricing), GPU pricing table',
	asOf: '2026-11',
	verification: 'primary',
	note: 'The page is undated: read in November 2026. Per-second prices × 3,600 s. Flex workers scale to zero and bill per second of work; active workers run 24/7 at a 20-30% discount.'
};

const SPHERON_BLACKWELL: Source = {
	source:
		'Spheron, "NVIDIA H200 vs B200 vs GB200: Which GPU to Rent for AI in 2026?" (spheron.network/blog/nvidia-h200-vs-b200-vs-gb200)',
	asOf: '2026-03-17',
	verification: 'primary (the provider’s own prices)',
	note: 'Spheron on-demand prices as of 17 March 2026; GB200 is priced per Superchip (1 Grace CPU + 2 Blackwell GPUs).'
};

const PACKET_AI: Source = {
	source:
		'packet.ai, "GPU Pricing Models Compared 2026: On-Demand vs Reserved vs Spot" (packet.ai/blog/gpu-pricing-models-compared)',
	asOf: '2026-06',
	verification: 'primary (the provider’s own prices)',
	note: 'packet.ai on-demand prices, no minimum commitment, as stated in the article (tracked as of June 2026).'
};

const SEMIANALYSIS_RESERVED: Source = {
	source:
		'TechReader Daily, "H100 Reserved Capacity Hits $2.35/Hour Floor in 2026" (techreaderdaily.com), citing SemiAnalysis data published 2026-04-02',
	asOf: '2026-03',
	verification: 'secondary',
	note: 'One-year reserved H100 80GB at a neocloud or tier-2 provider, not a hyperscaler list price; up 38% from the October 2025 trough of $1.70.'
};

const AIAPIPLAYBOOK: Source = {
	source:
		'AI API Playbook, "GPU Cloud Pricing 2026: A100 vs H100 vs Serverless Compared" (aiapiplaybook.com/blog/gpu-cloud-pricing-2026-a100-vs-h100-vs-serverless-inference-compared)',
	asOf: '2026-01-15',
	verification: 'secondary'
};

const L4_CLOUD: Source = {
	source:
		'Cost Nimbus (costnimbus.com/article/gpu-cost-management-ml-teams), L4 and A10G per-GPU on-demand prices',
	asOf: '2026-03',
	verification: 'secondary',
	note: 'Derived: midpoint of the published GCP g2-standard-4 (1x L4) on-demand range $0.70-$0.80 per hour. AWS G6 (L4) is quoted at $0.80-$1.10.'
};

function rate(
	id: string,
	gpuId: string,
	provider: string,
	term: RentalTerm,
	value: string,
	src: Source,
	note?: string,
	extra: Partial<Pick<RentalRate, 'region' | 'typical'>> = {}
): RentalRate {
	return { id, gpuId, provider, term, usdPerGpuHour: fig(value, src, note), ...extra };
}

const TYPICAL_NEOCLOUD =
	'Typical: a neocloud on-demand rate, between the marketplace floor and hyperscaler list prices; inference fleets run steadily on such capacity. Pick a committed or hyperscaler rate to match your contract.';

export const rates: RentalRate[] = [
	// NVIDIA H100 SXM 80GB
	rate(
		'h100-sxm/lambda-on-demand-2026-03',
		'h100-sxm',
		'Lambda',
		'on-demand',
		'2.99',
		COSTNIMBUS,
		"Agrees with an independent '8x H100 SXM5 at $23.92/hr' quote ($2.99 per GPU).",
		{ typical: TYPICAL_NEOCLOUD }
	),
	rate(
		'h100-sxm/lambda-on-demand-2026-05',
		'h100-sxm',
		'Lambda',
		'on-demand',
		'3.78',
		TECHBYTES,
		'1x H100 SXM instance.'
	),
	rate(
		'h100-sxm/aws-on-demand',
		'h100-sxm',
		'AWS (P5)',
		'on-demand',
		'3.9',
		COSTNIMBUS,
		undefined,
		{
			region: 'US'
		}
	),
	rate(
		'h100-sxm/gcp-on-demand',
		'h100-sxm',
		'Google Cloud (A3 High)',
		'on-demand',
		'3',
		COSTNIMBUS,
		undefined,
		{
			region: 'US'
		}
	),
	rate(
		'h100-sxm/azure-on-demand',
		'h100-sxm',
		'Azure (NC H100 v5)',
		'on-demand',
		'6.98',
		COSTNIMBUS,
		undefined,
		{ region: 'US' }
	),
	rate('h100-sxm/coreweave-on-demand', 'h100-sxm', 'CoreWeave', 'on-demand', '6.16', COSTNIMBUS),
	rate('h100-sxm/cudo-on-demand', 'h100-sxm', 'Cudo Compute', 'on-demand', '1.8', COSTNIMBUS),
	rate(
		'h100-sxm/runpod-community',
		'h100-sxm',
		'Runpod (Community Cloud)',
		'marketplace',
		'1.99',
		COSTNIMBUS
	),
	rate(
		'h100-sxm/vastai-marketplace',
		'h100-sxm',
		'Vast.ai',
		'marketplace',
		'1.49',
		COSTNIMBUS,
		'Low end of the published $1.49-$1.87 range.'
	),
	rate(
		'h100-sxm/runpod-serverless-flex',
		'h100-sxm',
		'Runpod Serverless (flex)',
		'on-demand',
		'4.176',
		RUNPOD_SERVERLESS,
		'Derived: H100 PRO $0.00116 per second × 3,600.'
	),
	rate(
		'h100-sxm/runpod-serverless-active',
		'h100-sxm',
		'Runpod Serverless (active)',
		'on-demand',
		'3.348',
		RUNPOD_SERVERLESS,
		'Derived: H100 PRO $0.00093 per second × 3,600.'
	),
	rate(
		'h100-sxm/neocloud-1-year',
		'h100-sxm',
		'Neocloud / tier-2 providers',
		'1-year',
		'2.35',
		SEMIANALYSIS_RESERVED
	),
	// NVIDIA H200 SXM 141GB
	rate(
		'h200/spheron-on-demand',
		'h200',
		'Spheron',
		'on-demand',
		'4.54',
		SPHERON_BLACKWELL,
		undefined,
		{ typical: TYPICAL_NEOCLOUD }
	),
	rate('h200/packet-on-demand', 'h200', 'packet.ai', 'on-demand', '2.25', PACKET_AI, 'H200 SXM.'),
	rate(
		'h200/runpod-serverless-flex',
		'h200',
		'Runpod Serverless (flex)',
		'on-demand',
		'5.58',
		RUNPOD_SERVERLESS,
		'Derived: H200 PRO $0.00155 per second × 3,600.'
	),
	rate(
		'h200/runpod-serverless-active',
		'h200',
		'Runpod Serverless (active)',
		'on-demand',
		'4.464',
		RUNPOD_SERVERLESS,
		'Derived: H200 PRO $0.00124 per second × 3,600.'
	),
	// NVIDIA B200 SXM 180GB
	rate(
		'b200/spheron-on-demand',
		'b200',
		'Spheron',
		'on-demand',
		'6.03',
		SPHERON_BLACKWELL,
		undefined,
		{ typical: TYPICAL_NEOCLOUD }
	),
	rate('b200/packet-on-demand', 'b200', 'packet.ai', 'on-demand', '3.75', PACKET_AI, 'B200 SXM.'),
	rate(
		'b200/runpod-serverless-flex',
		'b200',
		'Runpod Serverless (flex)',
		'on-demand',
		'8.64',
		RUNPOD_SERVERLESS,
		'Derived: B200 $0.00240 per second × 3,600.'
	),
	rate(
		'b200/runpod-serverless-active',
		'b200',
		'Runpod Serverless (active)',
		'on-demand',
		'6.84',
		RUNPOD_SERVERLESS,
		'Derived: B200 $0.00190 per second × 3,600.'
	),
	// NVIDIA GB200 (per GPU, in NVL72)
	rate(
		'gb200/spheron-on-demand',
		'gb200',
		'Spheron',
		'on-demand',
		'4.54',
		SPHERON_BLACKWELL,
		'Derived: $9.08 per GB200 Superchip per hour / 2 Blackwell GPUs per Superchip.',
		{ typical: 'Typical: the only published per-GPU rate in the catalog.' }
	),
	// NVIDIA A100 SXM 80GB
	rate(
		'a100-80gb/modal-serverless',
		'a100-80gb',
		'Modal',
		'on-demand',
		'2.4984',
		TECHBYTES,
		'Serverless, billed per second of work.',
		{ typical: 'Typical: the middle of the catalog’s A100 80GB rates.' }
	),
	rate(
		'a100-80gb/runpod-serverless-flex',
		'a100-80gb',
		'Runpod Serverless (flex)',
		'on-demand',
		'2.736',
		RUNPOD_SERVERLESS,
		'Derived: A100 80GB $0.00076 per second × 3,600.'
	),
	rate(
		'a100-80gb/runpod-serverless-active',
		'a100-80gb',
		'Runpod Serverless (active)',
		'on-demand',
		'2.16',
		RUNPOD_SERVERLESS,
		'Derived: A100 80GB $0.00060 per second × 3,600.'
	),
	rate(
		'a100-80gb/replicate',
		'a100-80gb',
		'Replicate',
		'on-demand',
		'5.04',
		TECHBYTES,
		'Hosted deployments bill setup and idle time as well.'
	),
	rate(
		'a100-80gb/spot-2026-01',
		'a100-80gb',
		'Spot market (several providers)',
		'spot',
		'0.86',
		AIAPIPLAYBOOK,
		'A100 80GB spot price quoted in the report; interruptible.'
	),
	// NVIDIA L40S
	rate(
		'l40s/modal-serverless',
		'l40s',
		'Modal',
		'on-demand',
		'1.9512',
		TECHBYTES,
		'Serverless, billed per second of work.',
		{ typical: 'Typical: the lower of the two published serverless rates.' }
	),
	rate('l40s/replicate', 'l40s', 'Replicate', 'on-demand', '3.51', TECHBYTES),
	// NVIDIA L4
	rate(
		'l4/gcp-g2-on-demand',
		'l4',
		'Google Cloud (g2-standard-4)',
		'on-demand',
		'0.75',
		L4_CLOUD,
		undefined,
		{
			region: 'US',
			typical: 'Typical: a hyperscaler on-demand rate for a single-GPU instance.'
		}
	),
	rate(
		'l4/modal-serverless',
		'l4',
		'Modal',
		'on-demand',
		'0.7992',
		TECHBYTES,
		'Serverless, billed per second of work.'
	),
	// NVIDIA RTX PRO 6000 Blackwell
	rate(
		'rtx-pro-6000/packet-on-demand',
		'rtx-pro-6000',
		'packet.ai',
		'on-demand',
		'0.66',
		PACKET_AI,
		'RTX 6000 Pro.',
		{ typical: 'Typical: the only published rate in the catalog.' }
	)
];

export const findRate = (id: string): RentalRate | undefined => rates.find((r) => r.id === id);

/** The catalog's rates of a GPU, cheapest first. */
export function ratesOf(gpuId: string): RentalRate[] {
	return rates
		.filter((r) => r.gpuId === gpuId)
		.sort((a, b) => new Decimal(a.usdPerGpuHour.value).cmp(b.usdPerGpuHour.value));
}

/** The GPU's typical rate: the default of a rented candidate. */
export const typicalRate = (gpuId: string): RentalRate | undefined =>
	rates.find((r) => r.gpuId === gpuId && r.typical);

/** "Lambda, on-demand" or "AWS (P5), on-demand, US". */
export const rateLabel = (r: RentalRate): string =>
	[r.provider, r.term, r.region].filter(Boolean).join(', ');

/** Min, median and max of a GPU's rates, USD per GPU-hour; undefined when it has none. */
export interface RateSpread {
	count: number;
	min: Decimal;
	median: Decimal;
	max: Decimal;
}

/**
 * The spread of a GPU's published rates.
 * @example rates $1.49, $2.99, $3.90, $6.98 → min 1.49, median (2.99 + 3.90) / 2 = 3.445, max 6.98
 */
export function rateSpread(list: readonly RentalRate[]): RateSpread | undefined {
	if (list.length === 0) return undefined;
	const v = list.map((r) => new Decimal(r.usdPerGpuHour.value)).sort((a, b) => a.cmp(b));
	const mid = Math.floor(v.length / 2);
	const median = v.length % 2 ? v[mid] : v[mid - 1].add(v[mid]).div(2);
	return { count: v.length, min: v[0], median, max: v[v.length - 1] };
}

/** The GPU's typical rate as its cloud price figure, the source naming the rate and why. */
export function typicalRateFigure(gpuId: string): Figure | undefined {
	const r = typicalRate(gpuId);
	if (!r) return undefined;
	const note = [r.usdPerGpuHour.note, r.typical].filter(Boolean).join(' ');
	return {
		...r.usdPerGpuHour,
		source: `${rateLabel(r)} (rate ${r.id}): ${r.usdPerGpuHour.source}`,
		...(note ? { note } : {})
	};
}
