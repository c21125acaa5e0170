import { Decimal } from './domain/decimal';
import { isUnit, type Unit } from './domain/units';

/**
 * Display formatting. Money is formatted from the Decimal's own digits (exact to the cent, no
 * float detour); only large volumes are shortened with a suffix.
 */

const group = (intPart: string) => intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Group a fixed-point decimal string: "1234567.891" → "1,234,567.891". */
function grouped(fixed: string): string {
	const neg = fixed.startsWith('-');
	const [i, f] = (neg ? fixed.slice(1) : fixed).split('.');
	return `${neg ? '−' : ''}${group(i)}${f !== undefined ? '.' + f : ''}`;
}

/**
 * USD to the cent, rounded half up: 1234.5 → "$1,234.50".
 * @example formatUsd(dec('-0.005')) → "−$0.01"
 */
export function formatUsd(d: Decimal, decimals = 2): string {
	const s = grouped(d.toFixed(decimals, Decimal.ROUND_HALF_UP));
	return s.startsWith('−') ? `−$${s.slice(1)}` : `$${s}`;
}

/** Price per 1M tokens, with enough digits for cheap models: $0.0750. */
export function formatUsdPerMTok(d: Decimal): string {
	return formatUsd(d, d.abs().lt(1) ? 4 : 2);
}

/** A plain number with grouping and a fixed number of decimals. */
export function formatNumber(d: Decimal, decimals = 0): string {
	return grouped(d.toFixed(decimals, Decimal.ROUND_HALF_UP));
}

const SUFFIXES: [string, string][] = [
	['1e15', 'P'],
	['1e12', 'T'],
	['1e9', 'B'],
	['1e6', 'M'],
	['1e3', 'k']
];

/** A volume shortened to 3 significant digits: 9,125,000,000 → "9.13B". */
export function formatCompact(d: Decimal): string {
	for (const [limit, suffix] of SUFFIXES) {
		if (d.abs().gte(limit)) return `${d.div(limit).toSignificantDigits(3).toString()}${suffix}`;
	}
	return d.toSignificantDigits(3).toString();
}

/** A share as a percentage: 0.255 → "25.5%". */
export function formatPercent(d: Decimal, decimals = 1): string {
	return `${d.mul(100).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toString()}%`;
}

/** "1 GPU", "3 GPUs": a count with its noun. */
export function plural(n: number | string, one: string, many = `${one}s`): string {
	return `${n} ${String(n) === '1' ? one : many}`;
}

/**
 * How a unit is written beside its number: money ("$2.00" then `after`: "/month", " per node"),
 * a percentage ("20%" then `after`: " of capex"), a ratio ("1.5×"), a count whose noun is singular
 * at 1 ("1 replica"), or the number then the unit ("96 GB").
 */
export type UnitStyle =
	| { kind: 'usd'; after: string }
	| { kind: 'share'; after: string }
	| { kind: 'times' }
	| { kind: 'count'; one: string }
	| { kind: 'plain' };

const usd = (after = ''): UnitStyle => ({ kind: 'usd', after });
const share = (after = ''): UnitStyle => ({ kind: 'share', after });
const count = (one: string): UnitStyle => ({ kind: 'count', one });
const plain: UnitStyle = { kind: 'plain' };

/** Every unit's style, by lookup: adding a unit to the union without a style fails to compile. */
export const unitStyles: Record<Unit, UnitStyle> = {
	'': plain,
	USD: usd(),
	'USD/month': usd('/month'),
	'USD/year': usd('/year'),
	'USD/kWh': usd('/kWh'),
	'USD/GPU-hour': usd('/GPU-hour'),
	'USD/GPU-month': usd('/GPU-month'),
	'USD/1M tokens': usd('/1M tokens'),
	'USD/token': usd('/token'),
	'USD per GPU': usd(' per GPU'),
	'USD per GPU-month': usd(' per GPU-month'),
	'USD per GPU-hour': usd(' per GPU-hour'),
	'USD per node': usd(' per node'),
	'USD per IT kW-month': usd(' per IT kW-month'),
	share: share(),
	'%': plain,
	'share 0–1': share(),
	'share 0–0.95': share(' 0–0.95'),
	'share off list': share(' off list'),
	'share of capex': share(' of capex'),
	'share of capex per year': share(' of capex per year'),
	'share of TDP': share(' of TDP'),
	'share per month': share(' per month'),
	'share of the dense rate': share(' of the dense rate'),
	'share of the other precisions’ η': share(' of the other precisions’ η'),
	'share per year (−0.3 = 30% cheaper)': share(' per year (−0.3 = 30% cheaper)'),
	'per year, 0–1': share(' per year'),
	'per year, 0–1, or auto': share(' per year, or auto'),
	replicas: count('replica'),
	requests: count('request'),
	GPUs: count('GPU'),
	years: count('year'),
	tokens: count('token'),
	layers: count('layer'),
	heads: count('head'),
	'×': { kind: 'times' },
	'× average': plain,
	'requests/day': plain,
	'requests/s': plain,
	'tokens/month': plain,
	'tokens/s': plain,
	'tokens/s per GPU': plain,
	'tokens/s (0 = no target)': plain,
	'input tokens': plain,
	parameters: plain,
	'values per head': plain,
	experts: plain,
	bytes: plain,
	GB: plain,
	'TB/s': plain,
	TFLOPS: plain,
	W: plain,
	h: plain,
	s: plain,
	months: plain,
	month: plain,
	FTE: plain,
	nodes: plain,
	samples: plain
};

/** A unit's style; a text that is no known unit (read from a file) is written after the number. */
export const unitStyle = (unit: string): UnitStyle => (isUnit(unit) ? unitStyles[unit] : plain);

/**
 * A value with its unit, readably: money with a dollar sign and grouping ("$1,234.56/month";
 * tiny prices to 4 significant digits, "$0.000003/token"), large numbers grouped and whole
 * ("3,909,679,915 tokens/month"), small ones to 4 significant digits ("0.6800 share").
 * @example formatQuantity(dec('3909679915.2'), 'tokens/month') → "3,909,679,915 tokens/month"
 * @example formatQuantity(dec('0'), 'USD/month') → "$0.00/month"
 */
export function formatQuantity(v: Decimal, unit: string): string {
	const style = unitStyle(unit);
	if (style.kind === 'usd') {
		const abs = v.abs();
		const money =
			abs.isZero() || abs.gte('0.01')
				? formatUsd(v)
				: `${v.isNeg() ? '−' : ''}$${abs.toSignificantDigits(4, Decimal.ROUND_HALF_UP).toFixed()}`;
		return money + style.after;
	}
	const abs = v.abs();
	const text =
		abs.gte(1000) || v.isInteger()
			? formatNumber(v)
			: grouped(v.toSignificantDigits(4, Decimal.ROUND_HALF_UP).toFixed());
	return unit ? `${text} ${unit}` : text;
}
