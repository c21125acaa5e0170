import { describe, expect, it } from 'vitest';
import { isStale, isStaleFigure, periodEnd } from '../../src/lib/catalog/stale';

/** A local calendar day (months 1–12), as the page's `new Date()` would give. */
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12);

describe('periodEnd: a partial date is the last day of its period', () => {
	it.each([
		['2025-05-17', [2025, 5, 17]],
		['2025-05', [2025, 5, 31]],
		['2025-04', [2025, 4, 30]],
		['2024-02', [2024, 2, 29]], // leap year
		['2025-02', [2025, 2, 28]],
		['2025', [2025, 12, 31]],
		[' 2025-01-01 ', [2025, 1, 1]]
	] as const)('%s → %j', (asOf, end) => expect(periodEnd(asOf)).toEqual(end));

	it.each(['', 'unknown', '2025-13', '2025-00', '2025-02-30', '2025-1-5', '25-01-01', '2025/01'])(
		'%j is not a date',
		(asOf) => expect(periodEnd(asOf)).toBeUndefined()
	);
});

describe('isStale: more than six calendar months old', () => {
	it.each([
		// full dates: stale from the day after the six-month mark
		['2026-01-31', day(2026, 7, 31), false],
		['2026-01-31', day(2026, 8, 1), true],
		['2026-05-26', day(2026, 11, 26), false],
		['2026-05-25', day(2026, 11, 26), true],
		// the 31st plus six months is the last day of a shorter month: 2025-08-31 → 2026-02-28
		['2025-08-31', day(2026, 2, 28), false],
		['2025-08-31', day(2026, 3, 1), true],
		// month only: counts as its last day, 2025-05-31 → 2025-11-30
		['2025-05', day(2025, 11, 30), false],
		['2025-05', day(2025, 12, 1), true],
		// year only: counts as 2025-12-31 → 2026-06-30
		['2025', day(2026, 6, 30), false],
		['2025', day(2026, 7, 1), true],
		// across a year end: 2025-09-15 → 2026-03-15
		['2025-09-15', day(2026, 3, 15), false],
		['2025-09-15', day(2026, 3, 16), true],
		// zero age, a future date, and a very old one
		['2026-11-26', day(2026, 11, 26), false],
		['2030-01-01', day(2026, 11, 26), false],
		['1999', day(2026, 11, 26), true],
		// unreadable dates: nothing to say
		['', day(2026, 11, 26), false],
		['circa 2020', day(2026, 11, 26), false]
	] as const)('%j on %s → %s', (asOf, today, stale) => {
		expect(isStale(asOf, today)).toBe(stale);
	});

	it('does not change the date it is given', () => {
		const today = day(2026, 3, 1);
		const before = today.getTime();
		isStale('2025-08-31', today);
		expect(today.getTime()).toBe(before);
	});
});

describe('isStaleFigure: only figures that move with time', () => {
	const old = { asOf: '2024-07-23' };
	const today = day(2026, 11, 26);
	it.each([
		['inputUsdPerMTok', true],
		['cachedInputUsdPerMTok', true],
		['batchDiscount', true],
		['cloudUsdPerGpuHour', true],
		['purchasePriceUsd', true],
		['outputTokensPerSecondPerGpu', true],
		['layers', false],
		['memoryGB', false],
		['totalParams', false]
	] as const)('%s → %s', (field, stale) => expect(isStaleFigure(field, old, today)).toBe(stale));

	it('a recent price is not stale', () =>
		expect(isStaleFigure('inputUsdPerMTok', { asOf: '2026-07-24' }, today)).toBe(false));
});
