import { figureMeta } from '../catalog/labels';
import { Decimal } from '../domain/decimal';
import { parseNumberInput } from './number-input';

/**
 * Every scalar input of a scenario, in one table: its label, unit, allowed range and default.
 * The validator, the command line and the page's inputs all read this table, so a range or a
 * label is stated once.
 */

export interface FieldSpec {
	key: string;
	label: string;
	unit: string;
	/** Inclusive bounds, as decimal strings. */
	min: string;
	max: string;
	/** Bounds exclusive of min (e.g. utilisation must be above 0). */
	minExclusive?: boolean;
	integer?: boolean;
	/** Default when the scenario leaves the field out, with its source. Absent: from the catalog's assumptions. */
	default?: { value: string; source: string };
	help?: string;
}

/** The roofline's efficiency factors, calibrated against the catalog's benchmarks (see docs/model.md). */
const calibrated = (value: string) => ({
	value,
	source:
		'calibrated so roofline estimates fall within ±30% of the catalog benchmarks (test/domain/calibration.test.ts)'
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
		label: 'GPU power load factor',
		unit: 'share of TDP',
		min: '0',
		max: '1'
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
	}
] as const satisfies readonly FieldSpec[];

export const servingFields = [
	{
		key: 'targetUtilization',
		label: 'Target utilisation at peak',
		unit: 'share 0–1',
		min: '0',
		minExclusive: true,
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
		min: '0',
		minExclusive: true,
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
		min: '0',
		minExclusive: true,
		max: '1',
		default: calibrated('0.68')
	},
	{
		key: 'efficiencyCompute',
		label: 'Compute efficiency η_compute',
		unit: 'share 0–1',
		min: '0',
		minExclusive: true,
		max: '1',
		default: calibrated('0.37')
	},
	{
		key: 'int4BytesPerParam',
		label: 'INT4 bytes per parameter',
		unit: 'bytes',
		min: '0.25',
		max: '1'
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
		default: scenarioDefault('36', 'DESIGN.md: a 36-month horizon by default')
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
		unit: 'per year, 0–1',
		min: '0',
		max: '1',
		default: scenarioDefault('0', 'undiscounted unless entered: enter your company’s rate')
	}
] as const satisfies readonly FieldSpec[];

export type WorkloadKey = (typeof workloadFields)[number]['key'];
export type TimelineKey = (typeof timelineFields)[number]['key'];
export type FinanceKey = (typeof financeFields)[number]['key'];
export type ServingKey = (typeof servingFields)[number]['key'];

export type FieldCheck = { ok: true; value: string } | { ok: false; message: string };

/** The allowed range of a field in words: "0 to 1 share 0–1", "above 0 to 1 share 0–1". */
export const rangeText = (f: FieldSpec) =>
	`${f.minExclusive ? 'above ' : ''}${f.min} to ${f.max} ${f.unit}`.trim();

/**
 * Check one value against its field: a number as `parseNumberInput` reads it ("2B", "40%",
 * "$32,000"), within the range, whole where required. The scenario validator, the page's inputs
 * and the command line all call it, and NaN never reaches the engine.
 * @example checkField(cachedInputShare, '1.5') → { ok: false, message: '1.5 is outside the allowed range, 0 to 1 share 0–1' }
 * @example checkField(cachedInputShare, '40%') → { ok: true, value: '0.4' }
 */
export function checkField(f: FieldSpec, raw: string | number): FieldCheck {
	const range = rangeText(f);
	const parsed = parseNumberInput(raw);
	if (!parsed.ok) return { ok: false, message: `${parsed.message}; allowed: ${range}` };
	const s = parsed.value;
	const d = new Decimal(s);
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
	const meta = figureMeta[field] ?? { label: field, unit: '' };
	return { key: field, label: meta.label, unit: meta.unit, min: '0', max: meta.max ?? '1e18' };
}
