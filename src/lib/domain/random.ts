/**
 * Seeded randomness for the Monte Carlo: a small, fast generator whose whole state is four 32-bit
 * integers, so a run is reproducible from its seed in the browser, in a worker, in tests and in
 * the command line alike. Plain floats only: these numbers choose inputs, they are never money.
 */

/** A source of uniform floats in [0, 1). */
export type Random = () => number;

/** splitmix32: spreads a seed over the state, so nearby seeds give unrelated streams. */
function splitmix32(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x9e3779b9) >>> 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
}

/**
 * xoshiro128** (Blackman and Vigna, 2018), seeded through splitmix32: period 2^128 − 1, 32 bits a
 * draw. The seed is taken as a 32-bit integer (its fractional part and higher bits are dropped),
 * so seeds 0 to 4,294,967,295 each give their own stream.
 * @example const r = createRandom(42); r() → a float in [0, 1); createRandom(42)() gives the same float
 */
export function createRandom(seed: number): Random {
	const init = splitmix32(Math.trunc(seed));
	let a = init();
	let b = init();
	let c = init();
	let d = init();
	if ((a | b | c | d) === 0) a = 1; // the all-zero state is the one fixed point
	return () => {
		const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
		const t = b << 9;
		c ^= a;
		d ^= b;
		b ^= c;
		a ^= d;
		c ^= t;
		d = rotl(d, 11);
		return result / 4294967296;
	};
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/**
 * The triangular distribution's quantile (inverse CDF) at p in [0, 1], for low ≤ mode ≤ high:
 *   p < F(mode): low + √(p·(high − low)·(mode − low))
 *   otherwise:   high − √((1 − p)·(high − low)·(high − mode)),   F(mode) = (mode − low)/(high − low)
 * A zero-width range (low = high) returns low for every p.
 * @example triangularQuantile(0.5, 0, 0, 1) → 1 − √0.5 = 0.2929 (the median of a right triangle)
 * @example triangularQuantile(0.5, 0, 5, 10) → 5 (symmetric: the median is the mode)
 */
export function triangularQuantile(p: number, low: number, mode: number, high: number): number {
	const width = high - low;
	if (!(width > 0)) return low;
	const split = (mode - low) / width;
	if (p < split) return low + Math.sqrt(p * width * (mode - low));
	// Clamp: rounding must never put a draw outside [low, high].
	return Math.max(low, high - Math.sqrt((1 - p) * width * (high - mode)));
}

/** The mean of a triangular distribution: (low + mode + high) / 3. @example (0, 3, 6) → 3 */
export function triangularMean(low: number, mode: number, high: number): number {
	return (low + mode + high) / 3;
}

/**
 * One draw from the triangular distribution (low, mode, high), by inverse CDF: one uniform draw a
 * sample, always, so a zero-width range consumes its draw too and the other inputs' draws do not
 * shift when one range is collapsed.
 * @example sampleTriangular(createRandom(1), 10, 12, 20) → a float in [10, 20], most often near 12
 */
export function sampleTriangular(random: Random, low: number, mode: number, high: number): number {
	return triangularQuantile(random(), low, mode, high);
}
