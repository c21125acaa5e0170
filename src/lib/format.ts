import { Decimal } from './domain/decimal';

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
 * A value with its unit, readably: money with a dollar sign and grouping ("$1,234.56/month";
 * tiny prices to 4 significant digits, "$0.000003/token"), large numbers grouped and whole
 * ("3,909,679,915 tokens/month"), small ones to 4 significant digits ("0.6800 share").
 * @example formatQuantity(dec('3909679915.2'), 'tokens/month') → "3,909,679,915 tokens/month"
 * @example formatQuantity(dec('0'), 'USD/month') → "$0.00/month"
 */
export function formatQuantity(v: Decimal, unit: string): string {
	if (unit.startsWith('USD')) {
		const rest = unit.slice(3).trim();
		const abs = v.abs();
		const money =
			abs.isZero() || abs.gte('0.01')
				? formatUsd(v)
				: `${v.isNeg() ? '−' : ''}$${abs.toSignificantDigits(4, Decimal.ROUND_HALF_UP).toFixed()}`;
		return rest ? `${money}${rest.startsWith('/') ? rest : ` ${rest}`}` : money;
	}
	const abs = v.abs();
	const text =
		abs.gte(1000) || v.isInteger()
			? formatNumber(v)
			: grouped(v.toSignificantDigits(4, Decimal.ROUND_HALF_UP).toFixed());
	return unit ? `${text} ${unit}` : text;
}
