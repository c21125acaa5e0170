/**
 * When a dated figure may be out of date. Prices and measured throughput move (API prices have
 * mostly fallen, engines get faster); a figure older than six months is flagged "possibly stale"
 * so the user checks it before a meeting relies on it.
 */

/** Months after its date at which a figure becomes possibly stale. */
export const STALE_AFTER_MONTHS = 6;

/**
 * Figures that change over time: prices, fees and measured throughput. A model's layer count or a
 * GPU's memory does not go stale, so flagging them would only teach the user to ignore the badge.
 */
export const timeSensitiveFields: ReadonlySet<string> = new Set([
	'inputUsdPerMTok',
	'outputUsdPerMTok',
	'cachedInputUsdPerMTok',
	'batchDiscount',
	'fixedMonthlyUsd',
	'purchasePriceUsd',
	'cloudUsdPerGpuHour',
	'outputTokensPerSecondPerGpu'
]);

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month (month 1–12); month 13 never reaches here. */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The last day covered by an ISO date or partial date, as [year, month, day], or undefined when
 * the text is not 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' (or names no real day).
 * @example periodEnd('2025') → [2025, 12, 31]; periodEnd('2024-02') → [2024, 2, 29]
 */
export function periodEnd(asOf: string): [number, number, number] | undefined {
	const m = DATE_RE.exec(asOf.trim());
	if (!m) return undefined;
	const year = Number(m[1]);
	const month = m[2] === undefined ? 12 : Number(m[2]);
	if (month < 1 || month > 12) return undefined;
	const last = daysIn(year, month);
	const day = m[3] === undefined ? last : Number(m[3]);
	if (day < 1 || day > last) return undefined;
	return [year, month, day];
}

/**
 * True when `asOf` is more than six calendar months before `today` (the local calendar day of
 * `today` is used, as the user sees it).
 *
 * A partial date counts as the END of its period: '2025-05' as 2025-05-31, '2025' as 2025-12-31.
 * The figure may have been read on any day of that period, so only the last day makes "older than
 * six months" certain; taking the first day would flag a figure up to a year early. Six months
 * after the 31st of a month lands on the last day of a shorter month (2025-08-31 → 2026-02-28).
 * Text that is not such a date gives false: there is nothing to say about its age.
 *
 * @example isStale('2025-05', new Date(2025, 11, 1)) → true   (2025-05-31 + 6 months = 2025-11-30)
 * @example isStale('2025-05', new Date(2025, 10, 30)) → false (exactly six months: not yet)
 */
export function isStale(asOf: string, today: Date): boolean {
	const end = periodEnd(asOf);
	if (!end) return false;
	const [y, m, d] = end;
	const months = y * 12 + (m - 1) + STALE_AFTER_MONTHS;
	const limitYear = Math.floor(months / 12);
	const limitMonth = (months % 12) + 1;
	const limitDay = Math.min(d, daysIn(limitYear, limitMonth));
	const limit = limitYear * 10000 + limitMonth * 100 + limitDay;
	const now = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
	return now > limit;
}

/**
 * True when a figure of this field can go out of date and is older than six months.
 * @example isStaleFigure('inputUsdPerMTok', { asOf: '2025-02-08' }, new Date(2026, 0, 1)) → true
 * @example isStaleFigure('layers', { asOf: '2023-07-18' }, new Date(2026, 0, 1)) → false
 */
export function isStaleFigure(field: string, fig: { asOf: string }, today: Date): boolean {
	return timeSensitiveFields.has(field) && isStale(fig.asOf, today);
}
