import DecimalJs from 'decimal.js';

/**
 * The one decimal constructor of the app. 40 significant digits keeps a price per token
 * (about 3e-6 USD) exact through every product and sum the engine makes; rounding happens
 * only for display. Never use the global `Decimal.set`.
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** Build a Decimal from a decimal string or an integer; floats are refused so no binary noise gets in. */
export function dec(value: string | number | Decimal): Decimal {
	if (typeof value === 'number' && !Number.isInteger(value)) {
		throw new Error(`dec(): build decimals from strings, not from the float ${value}`);
	}
	return new Decimal(value);
}

export const ZERO = dec(0);
export const ONE = dec(1);

/** The smaller of two decimals. */
export const dmin = (a: Decimal, b: Decimal): Decimal => (a.lte(b) ? a : b);
/** The larger of two decimals. */
export const dmax = (a: Decimal, b: Decimal): Decimal => (a.gte(b) ? a : b);

/**
 * Convert to a float for chart pixels and formatting only.
 * Throws when the value cannot be represented, rather than drawing a wrong point.
 */
export function toNumber(value: Decimal): number {
	const n = value.toNumber();
	if (!Number.isFinite(n)) throw new RangeError(`${value.toString()} does not fit in a number`);
	return n;
}

/**
 * floor(num / den) for den > 0, as a plain integer: computed in floating point, and exactly in
 * Decimal only when the float quotient is too close to an integer to trust. Counts (batch sizes,
 * replicas) come out exact without paying for a 40-digit division each time. A caller that holds
 * the floats already (floatOf) passes them: num.toNumber() and den.toNumber(), or floats within
 * 1e-12 (relative) of them, far inside the 1e-9 margin. `num` and `den` may be functions that
 * compute them, called only when the float quotient cannot be trusted (figures computed float-first).
 * @example floorDiv(dec('600e6'), dec('25.6e6')) → 23
 */
export function floorDiv(
	num: Decimal | (() => Decimal),
	den: Decimal | (() => Decimal),
	numFloat = (typeof num === 'function' ? num() : num).toNumber(),
	denFloat = (typeof den === 'function' ? den() : den).toNumber()
): number {
	const f = floatFloorDiv(numFloat, denFloat);
	if (f !== undefined) return f;
	return (typeof num === 'function' ? num() : num)
		.div(typeof den === 'function' ? den() : den)
		.floor()
		.toNumber();
}

/**
 * floorDiv's float half: floor(num / den) from the floats when the quotient is not within 1e-9
 * (relative) of an integer (or is not finite: MAX_SAFE_INTEGER above, its floor below); undefined
 * when only the exact quotient can tell.
 * @example floatFloorDiv(600e6, 25.6e6) → 23; floatFloorDiv(0.9, 0.1) → undefined
 */
export function floatFloorDiv(numFloat: number, denFloat: number): number | undefined {
	const q = numFloat / denFloat;
	if (!Number.isFinite(q)) return q > 0 ? Number.MAX_SAFE_INTEGER : Math.floor(q);
	const f = Math.floor(q);
	if (q - f > 1e-9 * Math.max(1, Math.abs(q)) && f + 1 - q > 1e-9 * Math.max(1, Math.abs(q)))
		return f;
	return undefined;
}

/** 10^0 … 10^22: every one exactly a float. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * d.toNumber(), the same float, without its string round trip when d has at most 15 significant
 * digits and a small exponent: the digits then make an integer M < 2^53 and the value is M × 10^k
 * or M / 10^-k with |k| ≤ 22, both exact floats, so the one rounding of that product or quotient
 * is the correctly rounded value, as the string conversion gives (Clinger's fast path). Other
 * values (40-digit results, huge or tiny exponents) go through d.toNumber().
 * @example fastToNumber(dec('3.35')) === 3.35
 */
export function fastToNumber(d: Decimal): number {
	const limbs = d.d;
	// Base 1e7 limbs, the first holding 1–7 digits: at most three make 15 digits at most 2^53.
	if (!limbs || limbs.length > 3) return d.toNumber();
	let m = limbs[0];
	let digits =
		m >= 1e6 ? 7 : m >= 1e5 ? 6 : m >= 1e4 ? 5 : m >= 1e3 ? 4 : m >= 100 ? 3 : m >= 10 ? 2 : 1;
	for (let i = 1; i < limbs.length; i++) {
		m = m * 1e7 + limbs[i];
		digits += 7;
	}
	if (m > 2 ** 53) return d.toNumber();
	// The value is 0.<digits> × 10^(e + 1): M × 10^(e − digits + 1).
	const k = d.e - digits + 1;
	if (k > 22 || k < -22) return d.toNumber();
	const v = k >= 0 ? m * EXACT_POWERS[k] : m / EXACT_POWERS[-k];
	return d.s < 0 ? -v : v;
}

const floats = new WeakMap<Decimal, number>();
/**
 * d.toNumber(), remembered per Decimal instance like floatOf, but never throwing: for the float
 * side of a float-first decision (floorDiv) that handles a non-finite value itself.
 */
export function numberOf(d: Decimal): number {
	let f = floats.get(d);
	if (f === undefined) {
		f = fastToNumber(d);
		if (Number.isFinite(f)) floats.set(d, f);
	}
	return f;
}
/**
 * A decimal as a float, remembered per Decimal instance: figures shared by many candidates (a
 * GPU's bandwidth, a model's parameters) are converted once. For floating-point ranking and
 * pixels only, like toNumber.
 */
export function floatOf(d: Decimal): number {
	let f = floats.get(d);
	if (f === undefined) {
		f = fastToNumber(d);
		if (!Number.isFinite(f)) throw new RangeError(`${d.toString()} does not fit in a number`);
		floats.set(d, f);
	}
	return f;
}
