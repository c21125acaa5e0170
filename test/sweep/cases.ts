import { Decimal } from '../../src/lib/domain/decimal';
import { checkField, NUMBER_MIN_MAGNITUDE, type FieldSpec } from '../../src/lib/scenario/fields';

/** Values of the sweep of issue 14, shared by the library and command-line sweeps. */
export const HOSTILE = [
	'1e-400',
	'-1e-400',
	'1e-100000',
	'1e-1000000',
	'1e-99999999',
	'1e400',
	'NaN',
	'Infinity',
	'-0',
	'0x10',
	'\u0000=1',
	' 20 ',
	'1'.repeat(60),
	'',
	'١٢',
	'1e',
	'--1'
];

/** Min, max, and the smallest and largest the parser accepts in the field's range. */
export function extremes(f: FieldSpec): string[] {
	const out = new Set([f.min, f.max]);
	const min = new Decimal(f.min);
	if (!f.integer && min.isZero()) out.add(NUMBER_MIN_MAGNITUDE);
	// The largest below the maximum with 20 significant digits (for a share: 0.99999999999999999999).
	const max = new Decimal(f.max);
	const below = max.minus(max.abs().times('1e-19')).toSignificantDigits(20, Decimal.ROUND_DOWN);
	if (!f.integer && below.gt(min)) out.add(below.toString());
	if (min.isNegative())
		out.add(min.plus(min.abs().times('1e-19')).toSignificantDigits(20).toString());
	return [...out].filter((v) => checkField(f, v).ok);
}

/** Every number and decimal string in a value is finite; the path of the first that is not. */
export function nonFinite(value: unknown, path = ''): string | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path}: ${value}`;
	if (typeof value === 'string')
		return /^-?(NaN|Infinity)$/.test(value) ? `${path}: ${value}` : undefined;
	if (value instanceof Decimal) return value.isFinite() ? undefined : `${path}: ${value}`;
	if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			const bad = nonFinite(v, `${path}.${k}`);
			if (bad) return bad;
		}
	}
	return undefined;
}
