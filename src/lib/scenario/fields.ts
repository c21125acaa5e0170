import { figureMetaOf } from '../catalog/labels';
import { Decimal } from '../domain/decimal';
import { parseNumberInput } from './number-input';
import type { Unit } from '../domain/units';

/**
 * Every scalar input of a scenario, in one table: its label, unit, allowed range and default.
 * The validator, the command line and the page's inputs all read this table, so a range or a
 * label is stated once.
 */

export interface FieldSpec {
	key: string;
	label: string;
	unit: Unit;
	/** Inclusive bounds, as decimal strings. */
	min: string;
	max: string;
	/** Bounds exclusive of min (e.g. utilisation must be above 0). */
	minExclusive?: boolean;
	integer?: boolean;
	/** Default when the scenario leaves the field out, with its source. Absent: from the catalog's assumptions. */
	default?: { value: string; source: string };
	help?: string;
	/**
	 * A word accepted in place of a number, meaning "follow another figure" (the discount rate's
	 * 'auto': the cost of capital). The resolver gives it its meaning.
	 */
	auto?: string;
}

/** The roofline's efficiency factors, calibrated against the catalog's published benchmarks. */
const calibrated = (value: string) => ({
	value,
	source:
		'Calibrated: with the other calibrated factors, brings the roofline within ±30% of every catalog benchmark that states its token lengths, at its published GPU count and precision (NVIDIA TensorRT-LLM performance overviews v0.17, v0.19 and v1.0: Llama 3.1 8B, 70B and 405B, Llama 3.3 70B, Mixtral 8x7B and Qwen3-235B-A22B on H100, H200 and B200, 1 to 8 GPUs)'
});
const scenarioDefault = (value: string, source = 'LLM TCO example default') => ({ value, source });

export const workloadFields = [
	{
		key: 'requestsPerDay',
		label: 'Requests per day',
		unit: 'requests/day',
		min: '0',
		max: '1e12',
		default: scenarioDefault('200000')
	},
	{
		key: 'inputTokensPerRequest',
		label: 'Input tokens per request',
		unit: 'tokens',
		min: '0',
		max: '10000000',
		integer: true,
		default: scenarioDefault('1500')
	},
	{
		key: 'outputTokensPerRequest',
		label: 'Output tokens per request',
		unit: 'tokens',
		min: '1',
		max: '1000000',
		integer: true,
		default: scenarioDefault('300')
	},
	{
		key: 'cachedInputShare',
		label: 'Cached-input share',
		unit: 'share 0–1',
		min: '0',
		max: '1',
		default: scenarioDefault('0.3'),
		help: 'Share of input tokens served from the provider’s prompt cache.'
	},
	{
		key: 'batchShare',
		label: 'Batch share',
		unit: 'share 0–1',
		min: '0',
		max: '1',
		default: scenarioDefault('0'),
		help: 'Share of traffic that can wait for a batch API (and run off-peak when self-hosted).'
	},
	{
		key: 'peakToAverage',
		label: 'Peak-to-average load',
		unit: '×',
		min: '1',
		max: '100',
		default: scenarioDefault('2')
	},
	{
		key: 'peakHoursPerDay',
		label: 'Peak hours per day',
		unit: 'h',
		min: '0.5',
		max: '24',
		default: {
			value: '9',
			source:
				'Derived from the Azure LLM inference trace 2024 (Azure/AzurePublicDataset, AzureLLMInferenceDataset2024, the DynamoLLM data, commit b469a113, 2025-10-20): the coding service on weekdays is best fitted by 9 peak hours at 1.83 × the daily mean and 0.50 × the rest of the day (the conversation service is flatter: 13 h at 1.13 ×)'
		},
		help: 'The daily shape: peak load lasts this many hours; the rest of the day runs at the level that keeps the average. Sizes autoscaled rent and what overflows to an API first.'
	},
	{
		key: 'monthlyGrowth',
		label: 'Monthly volume growth',
		unit: 'share per month',
		min: '-0.5',
		max: '10',
		default: scenarioDefault('0')
	}
] as const satisfies readonly FieldSpec[];

export const financeFields = [
	{ key: 'hoursPerMonth', label: 'Hours per month', unit: 'h', min: '1', max: '744' },
	{ key: 'depreciationYears', label: 'Depreciation life', unit: 'years', min: '0.5', max: '15' },
	{ key: 'costOfCapital', label: 'Cost of capital', unit: 'per year, 0–1', min: '0', max: '1' },
	{ key: 'residualValue', label: 'Residual value', unit: 'share of capex', min: '0', max: '1' },
	{
		key: 'maintenancePerYear',
		label: 'Maintenance',
		unit: 'share of capex per year',
		min: '0',
		max: '1'
	},
	{
		key: 'nodeCostUsd',
		label: 'Node cost (server without GPUs)',
		unit: 'USD per node',
		min: '0',
		max: '10000000'
	},
	{ key: 'gpusPerNode', label: 'GPUs per node', unit: 'GPUs', min: '1', max: '16', integer: true },
	{ key: 'nodeBaseWatts', label: 'Node base power (non-GPU)', unit: 'W', min: '0', max: '100000' },
	{
		key: 'gpuLoadFactor',
		label: 'GPU power at full load',
		unit: 'share of TDP',
		min: '0',
		max: '1'
	},
	{
		key: 'gpuIdlePowerShare',
		label: 'GPU power when idle',
		unit: 'share of TDP',
		min: '0',
		max: '1',
		help: 'Power follows load between idle and full load, with the fleet’s average utilisation.'
	},
	{ key: 'electricityUsdPerKwh', label: 'Electricity price', unit: 'USD/kWh', min: '0', max: '10' },
	{ key: 'pue', label: 'PUE', unit: '×', min: '1', max: '5' },
	{
		key: 'colocationUsdPerKwMonth',
		label: 'Colocation',
		unit: 'USD per IT kW-month',
		min: '0',
		max: '100000'
	},
	{
		key: 'commitmentDiscount',
		label: 'Committed-use discount',
		unit: 'share 0–1',
		min: '0',
		max: '0.95',
		default: scenarioDefault('0', 'on-demand rate, no commitment')
	},
	{
		key: 'loadedAnnualCostUsd',
		label: 'Loaded cost per engineer',
		unit: 'USD/year',
		min: '0',
		max: '10000000'
	},
	{ key: 'baseFte', label: 'Base staffing', unit: 'FTE', min: '0', max: '1000' },
	{ key: 'ftePer100Gpus', label: 'Staffing per 100 GPUs', unit: 'FTE', min: '0', max: '1000' },
	{
		key: 'otherFixedMonthlyUsd',
		label: 'Other fixed costs',
		unit: 'USD/month',
		min: '0',
		max: '1e9',
		default: scenarioDefault('0', 'none unless entered')
	},
	{
		key: 'licensePerGpuMonthUsd',
		label: 'Software licences per GPU',
		unit: 'USD per GPU-month',
		min: '0',
		max: '1e6',
		default: scenarioDefault('0', 'none unless entered (open-source engines)')
	},
	{
		key: 'oneOffAmortizationMonths',
		label: 'Spread one-off costs over',
		unit: 'months',
		min: '1',
		max: '120',
		integer: true,
		default: scenarioDefault(
			'36',
			'LLM TCO default: the default 36-month horizon of the over-time view (straight line, no interest)'
		),
		help: 'In the monthly view a one-off cost counts as amount / months; the over-time view charges it in its month.'
	}
] as const satisfies readonly FieldSpec[];

export const servingFields = [
	{
		key: 'targetUtilization',
		label: 'Target utilisation at peak',
		unit: 'share 0–1',
		min: '0.01',
		max: '1'
	},
	{
		key: 'minReplicas',
		label: 'Minimum replicas',
		unit: 'replicas',
		min: '1',
		max: '10000',
		integer: true,
		default: scenarioDefault('1', 'one replica: the smallest deployment')
	},
	{
		key: 'redundancy',
		label: 'Redundant replicas',
		unit: 'replicas',
		min: '0',
		max: '10000',
		integer: true,
		default: scenarioDefault('0', 'no spare replica unless entered')
	},
	{
		key: 'tokensPerSecondPerUser',
		label: 'Speed per user',
		unit: 'tokens/s (0 = no target)',
		min: '0',
		max: '10000'
	},
	{
		key: 'maxBatch',
		label: 'Engine batch cap',
		unit: 'requests',
		min: '1',
		max: '100000',
		integer: true
	},
	{
		key: 'memoryUtilization',
		label: 'GPU memory the engine may use',
		unit: 'share 0–1',
		min: '0.01',
		max: '1'
	},
	{
		key: 'runtimeOverheadGBPerGpu',
		label: 'Runtime overhead per GPU',
		unit: 'GB',
		min: '0',
		max: '1000'
	},
	{
		key: 'minUsefulBatch',
		label: 'Smallest useful batch',
		unit: 'requests',
		min: '1',
		max: '100000',
		integer: true
	},
	{
		key: 'efficiencyMemory',
		label: 'Memory-bandwidth efficiency η_mem',
		unit: 'share 0–1',
		min: '0.01',
		max: '1',
		default: calibrated('0.7')
	},
	{
		key: 'efficiencyCompute',
		label: 'Decode compute efficiency η_compute',
		unit: 'share 0–1',
		min: '0.01',
		max: '1',
		default: calibrated('0.58')
	},
	{
		key: 'efficiencyPrefill',
		label: 'Prefill compute efficiency η_prefill',
		unit: 'share 0–1',
		min: '0.01',
		max: '1',
		default: calibrated('0.61')
	},
	{
		key: 'efficiencyMoe',
		label: 'MoE expert compute efficiency',
		unit: 'share of the dense rate',
		min: '0.01',
		max: '1',
		default: calibrated('0.64'),
		help: 'Routed experts compute as many small grouped matrix products, below the dense rate.'
	},
	{
		key: 'efficiencyDep',
		label: 'Attention-data-parallel efficiency η_dep',
		unit: 'share 0–1',
		min: '0.01',
		max: '1',
		default: {
			value: '0.79',
			source:
				'Calibrated: 1 / the median of roofline ÷ measured (1.273) over the 61 attention-data-parallel points (DEPn: DeepSeek-R1, Llama 4 Maverick, Qwen3-235B-A22B and gpt-oss-120b on B200, GB200, H200 and H100, 2 to 8 GPUs) of NVIDIA TensorRT-LLM’s performance overview (github.com/NVIDIA/TensorRT-LLM, docs/source/developer-guide/perf-overview.md at 585c7565, 2026-11), with the other calibrated factors in force. Stands for what the roofline leaves out there: the all-to-all exchange of tokens between GPUs and uneven expert load.'
		},
		help: 'MoE replicas that run attention data parallel with expert parallel (DEP) reach this share of their roofline.'
	},
	{
		key: 'efficiencyFp4',
		label: 'FP4 compute efficiency',
		unit: 'share of the other precisions’ η',
		min: '0.01',
		max: '1',
		default: calibrated('0.54'),
		help: 'Share of the FP4 tensor-core peak reached, relative to what FP8 and BF16 reach.'
	},
	{
		key: 'int4BytesPerParam',
		label: 'INT4 bytes per parameter',
		unit: 'bytes',
		min: '0.25',
		max: '1'
	},
	{
		key: 'fp4BytesPerParam',
		label: 'FP4 bytes per parameter',
		unit: 'bytes',
		min: '0.25',
		max: '1'
	},
	{
		key: 'tpEfficiency2',
		label: 'Tensor-parallel efficiency, 2 GPUs',
		unit: 'share 0–1',
		min: '0.01',
		max: '1',
		default: calibrated('0.82'),
		help: 'Share of the per-GPU rate a replica of 2 GPUs keeps after communication between them.'
	},
	{
		key: 'tpEfficiency4',
		label: 'Tensor-parallel efficiency, 4 GPUs',
		unit: 'share 0–1',
		min: '0.01',
		max: '1',
		default: calibrated('0.74'),
		help: 'Share of the per-GPU rate a replica of 4 GPUs keeps after communication between them.'
	},
	{
		key: 'tpEfficiency8',
		label: 'Tensor-parallel efficiency, 8 GPUs',
		unit: 'share 0–1',
		min: '0.01',
		max: '1',
		default: calibrated('0.52'),
		help: 'Share of the per-GPU rate a replica of 8 GPUs keeps after communication between them.'
	},
	{
		key: 'tpEfficiency16',
		label: 'Tensor-parallel efficiency, 16 GPUs',
		unit: 'share 0–1',
		min: '0.01',
		max: '1',
		help: 'Share of the per-GPU rate a replica of 16 GPUs keeps after communication between them.'
	}
] as const satisfies readonly FieldSpec[];

/** Settings of the finance timeline (growth is the workload's monthly growth). */
export const timelineFields = [
	{
		key: 'horizonMonths',
		label: 'Horizon',
		unit: 'months',
		min: '12',
		max: '120',
		integer: true,
		default: scenarioDefault('36', 'LLM TCO default: a 36-month planning horizon')
	},
	{
		key: 'apiPriceChangePerYear',
		label: 'API price change per year',
		unit: 'share per year (−0.3 = 30% cheaper)',
		min: '-0.9',
		max: '1',
		default: scenarioDefault('0', 'flat API prices unless entered')
	},
	{
		key: 'leadTimeMonths',
		label: 'Hardware lead time',
		unit: 'months',
		min: '0',
		max: '60',
		integer: true,
		default: scenarioDefault('0', 'hardware paid in the month it is needed unless entered')
	},
	{
		key: 'discountRate',
		label: 'Discount rate for NPV',
		unit: 'per year, 0–1, or auto',
		min: '0',
		max: '1',
		auto: 'auto',
		default: scenarioDefault(
			'auto',
			'auto = the cost of capital (finance), undiscounted when that is 0; enter a rate to use your own, 0 for undiscounted'
		),
		help: 'Left at auto, NPV is discounted at the cost of capital (and says so); a number entered here, 0 included, is used as it is.'
	}
] as const satisfies readonly FieldSpec[];

/**
 * The share of cached input written to the prompt cache per request (billed at the cache-write
 * price). Optional: left out, it follows from the workload (one write per 5-minute cache lifetime).
 */
export const cacheWriteShareField: FieldSpec = {
	key: 'cacheWriteShare',
	label: 'Cache-write share of cached input',
	unit: 'share 0–1',
	min: '0',
	max: '1'
};

/** A baseline's negotiated discount off every list price (`"discount": "0.2"`, shown as "list −20%"). */
export const discountField: FieldSpec = {
	key: 'discount',
	label: 'negotiated discount',
	unit: 'share off list',
	min: '0',
	max: '0.95'
};

export type WorkloadKey = (typeof workloadFields)[number]['key'];
export type TimelineKey = (typeof timelineFields)[number]['key'];
export type FinanceKey = (typeof financeFields)[number]['key'];
export type ServingKey = (typeof servingFields)[number]['key'];

/**
 * What the one number parser accepts, whatever the field: the engine is defined and fast on these.
 * A value like 1e-400 or 1e-1000000 is inside a field's range on paper, but would make the engine
 * underflow, crawl or recurse; a number with 50 significant digits is noise. So every number is 0
 * or between NUMBER_MIN_MAGNITUDE and NUMBER_MAX_MAGNITUDE in size, with at most
 * NUMBER_MAX_DIGITS significant digits, and at most NUMBER_MAX_CHARS characters as typed.
 */
export const NUMBER_MIN_MAGNITUDE = '1e-9';
export const NUMBER_MAX_MAGNITUDE = '1e18';
export const NUMBER_MAX_DIGITS = 20;
export const NUMBER_MAX_CHARS = 40;
const LIMITS_TEXT = `0 or between ${NUMBER_MIN_MAGNITUDE} and ${NUMBER_MAX_MAGNITUDE} in size, at most ${NUMBER_MAX_DIGITS} significant digits`;

export type FieldCheck = { ok: true; value: string } | { ok: false; message: string };

/** The allowed range of a field in words: "0 to 1 share 0–1", "above 0 to 1 share 0–1". */
export const rangeText = (f: FieldSpec) =>
	`${f.minExclusive ? 'above ' : ''}${f.min} to ${f.max} ${f.unit}`.trim();

/** Quote typed text in a message, shortened and with control characters shown as "?". */
function quoted(raw: string | number): string {
	// eslint-disable-next-line no-control-regex -- control characters are what is checked
	const s = String(raw).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
	return `"${s.length > 40 ? `${s.slice(0, 40)}…` : s}"`;
}

/** Significant digits of a decimal literal's mantissa ("0.00120" → 3, "1200" → 2). */
function significantDigits(s: string): number {
	const mantissa = s
		.replace(/^-/, '')
		.replace(/[eE].*$/, '')
		.replace('.', '');
	return mantissa.replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * Check one value against its field: a number as `parseNumberInput` reads it ("2B", "40%",
 * "$32,000"), within the parser's limits (see NUMBER_MIN_MAGNITUDE), within the range, whole where
 * required. The scenario validator, the page's inputs and the command line all call it, and NaN
 * never reaches the engine.
 * @example checkField(cachedInputShare, '1.5') → { ok: false, message: '1.5 is outside the allowed range, 0 to 1 share 0–1' }
 * @example checkField(cachedInputShare, '40%') → { ok: true, value: '0.4' }
 * @example checkField(targetUtilization, '1e-400') → { ok: false, message: '"1e-400" is outside … allowed: 0.01 to 1 share 0–1' }
 */
export function checkField(f: FieldSpec, raw: string | number): FieldCheck {
	if (f.auto && typeof raw === 'string' && raw.trim().toLowerCase() === f.auto)
		return { ok: true, value: f.auto };
	const range = rangeText(f) + (f.auto ? `, or ${f.auto}` : '');
	if (typeof raw === 'number' && !Number.isFinite(raw))
		return { ok: false, message: `${quoted(raw)} is not a number; allowed: ${range}` };
	const typed = String(raw).trim();
	if (typed.length > NUMBER_MAX_CHARS)
		return {
			ok: false,
			message: `${quoted(raw)} is too long for a number (at most ${NUMBER_MAX_CHARS} characters); allowed: ${range}`
		};
	// The exponent is bounded before any decimal is built, so "1e-99999999" costs nothing.
	const exponent = /[eE]([-+]?\d+)/.exec(typed)?.[1].replace(/^([-+]?)0+(?=\d)/, '$1') ?? '0';
	if (exponent.replace(/^[-+]/, '').length > 4)
		return {
			ok: false,
			message: `${quoted(raw)} is outside the numbers accepted (${LIMITS_TEXT}); allowed: ${range}`
		};
	const parsed = parseNumberInput(raw);
	if (!parsed.ok) return { ok: false, message: `${parsed.message}; allowed: ${range}` };
	const s = parsed.value;
	if (significantDigits(s) > NUMBER_MAX_DIGITS)
		return {
			ok: false,
			message: `${quoted(raw)} is outside the numbers accepted (${LIMITS_TEXT}); allowed: ${range}`
		};
	const d = new Decimal(s);
	if (!d.isZero() && (d.abs().lt(NUMBER_MIN_MAGNITUDE) || d.abs().gt(NUMBER_MAX_MAGNITUDE)))
		return {
			ok: false,
			message: `${quoted(raw)} is outside the numbers accepted (${LIMITS_TEXT}); allowed: ${range}`
		};
	const belowMin = f.minExclusive ? d.lte(f.min) : d.lt(f.min);
	if (belowMin || d.gt(f.max))
		return { ok: false, message: `${s} is outside the allowed range, ${range}` };
	if (f.integer && !d.isInteger())
		return { ok: false, message: `${s} must be a whole number (${range})` };
	return { ok: true, value: s };
}

/**
 * The field spec of a catalog figure (an override or a figure of the user's own entry): ≥ 0 and,
 * for shares, at most 1. One range for the page, the scenario check and the command line.
 * @example checkField(figureField('batchDiscount'), '5') → '5 is outside the allowed range, 0 to 1 share 0–1'
 */
export function figureField(field: string): FieldSpec {
	const meta = figureMetaOf(field);
	return { key: field, label: meta.label, unit: meta.unit, min: '0', max: meta.max ?? '1e18' };
}
