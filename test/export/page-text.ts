/**
 * The plain decimal behind a number as the page shows it ("$1,234.50" → "1234.50", "−$0.01" →
 * "-0.01", "12,345" → "12345"), or undefined for text ("never", a label, ""). Exact: the digits
 * are kept, only the grouping, the $ and the typographic minus go. The tests read the page's
 * tables with it, to check that the CSV and the XLSX say what the page says; the exports
 * themselves write typed cells and parse nothing.
 */
export function plainNumber(text: string): string | undefined {
	const m = /^([−-])?\$?(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?$/.exec(text);
	if (!m) return undefined;
	const digits = m[2].replace(/,/g, '') + (m[3] ?? '');
	return m[1] && /[1-9]/.test(digits) ? `-${digits}` : digits;
}
