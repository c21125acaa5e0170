import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, fastToNumber, floorDiv } from '../../src/lib/domain/decimal';

describe('floorDiv: floor(num / den) as a whole number', () => {
	it.each([
		// The doc comment's example: 600e6 / 25.6e6 = 23.4375.
		{ num: '600e6', den: '25.6e6', want: 23 },
		{ num: '10', den: '2', want: 5 }, // exact quotient: the float is an integer, Decimal confirms
		{ num: '0', den: '7', want: 0 }, // zero
		{ num: '6', den: '7', want: 0 }, // below one
		{ num: '7', den: '7', want: 1 },
		// 3 − 1e-30 is 3 as a float; only the Decimal division sees it is below 3.
		{ num: '2.999999999999999999999999999999', den: '1', want: 2 },
		// Nine replicas of 0.1: the float quotient 0.9 / 0.1 is 8.999999999999998.
		{ num: '0.9', den: '0.1', want: 9 },
		// A hair above an integer, closer than the float can tell: still that integer.
		{ num: '4.000000000000000000000000001', den: '1', want: 4 },
		{ num: '-1', den: '3', want: -1 }, // floor, not truncation
		{ num: '-6', den: '3', want: -2 },
		{ num: '1e20', den: '1', want: 1e20 }, // huge but finite: exact
		{ num: '123456789012345', den: '1', want: 123456789012345 },
		// Beyond a float: capped, never Infinity (a count stays a number the caller can compare).
		{ num: '1e400', den: '1', want: Number.MAX_SAFE_INTEGER },
		{ num: '1', den: '1e-400', want: Number.MAX_SAFE_INTEGER },
		{ num: '1', den: '0', want: Number.MAX_SAFE_INTEGER }
	])('floorDiv($num, $den) = $want', ({ num, den, want }) => {
		const n = dec(num);
		const d = dec(den);
		expect(floorDiv(n, d)).toBe(want);
		// Decimals are immutable; the inputs still read the same.
		expect([n.toString(), d.toString()]).toEqual([dec(num).toString(), dec(den).toString()]);
	});

	it('agrees with the exact Decimal floor wherever the float and Decimal paths could differ', () => {
		let near = 0;
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 1_000_000 }),
				fc.integer({ min: 0, max: 100_000 }),
				fc.integer({ min: -3, max: 3 }),
				fc.integer({ min: 0, max: 30 }),
				(den, k, nudge, digits) => {
					// num = k·den ± a nudge of 10^-digits: on, just below or just above a whole quotient.
					const d = dec(den);
					const num = d.mul(k).add(dec(nudge).div(dec(10).pow(digits)));
					if (nudge !== 0 && digits > 12) near += 1;
					expect(floorDiv(num, d)).toBe(num.div(d).floor().toNumber());
				}
			),
			{ numRuns: 500 }
		);
		expect(near, 'cases closer to an integer than a float can tell').toBeGreaterThan(50);
	});
});

describe('fastToNumber: the float toNumber gives, without the string round trip', () => {
	it.each([
		'0',
		'-0',
		'1',
		'-1',
		'3.35',
		'0.1',
		'0.7',
		'2.99',
		'1e22',
		'1e23', // past 10^22: the string path
		'1e-22',
		'1e-23',
		'9007199254740993', // 2^53 + 1: not a float; 16 digits, the string path
		'9007199254740992',
		'123456789012345',
		'0.000000123456789012345',
		'1e400', // Infinity
		'-1e-400', // -0
		'NaN',
		'Infinity',
		'-Infinity'
	])('%s', (x) => {
		const d = dec(x);
		expect(Object.is(fastToNumber(d), d.toNumber())).toBe(true);
	});

	it('agrees with toNumber on random decimals and on 40-digit results', () => {
		let fast = 0; // values short enough for the fast path
		fc.assert(
			fc.property(
				fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
				fc.integer({ min: -40, max: 40 }),
				fc.integer({ min: 1, max: 999_999 }),
				(mantissa, exp, divisor) => {
					const d = dec(`${mantissa}e${exp}`);
					if (d.d.length <= 3 && Math.abs(d.e) <= 22) fast++;
					expect(Object.is(fastToNumber(d), d.toNumber())).toBe(true);
					const q = d.div(divisor); // up to 40 significant digits
					expect(Object.is(fastToNumber(q), q.toNumber())).toBe(true);
				}
			),
			{ numRuns: 3000 }
		);
		expect(fast).toBeGreaterThan(300);
	});
});
