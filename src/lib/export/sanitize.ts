/* eslint-disable no-control-regex -- this module exists to find control characters */
/**
 * The one sanitiser for user text going into an exported file (CSV, XLSX, PPTX, PDF, PNG).
 * Scenario names, notes, labels and the user's own catalog entries are free text: they may hold
 * control characters that break XML parts, or start like a formula a spreadsheet would run.
 */

// C0 controls except tab and line breaks, DEL, C1 controls, and the XML non-characters.
const CONTROLS_KEEP_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;
const CONTROLS_ALL = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text with the control characters and lone surrogates removed. Tab and line breaks are kept where
 * the format allows them (`multiline`); elsewhere every control becomes a space.
 * @example cleanText('Plan\u0000A\u0007') → 'Plan A '
 * @example cleanText('a\r\nb\u0000', { multiline: true }) → 'a\r\nb'
 */
export function cleanText(text: string, o: { multiline?: boolean } = {}): string {
	const s = text.replace(LONE_SURROGATE, '');
	return o.multiline ? s.replace(CONTROLS_KEEP_BREAKS, '') : s.replace(CONTROLS_ALL, ' ');
}

/**
 * Characters XML 1.0 does not allow, even escaped (`&#0;` is as invalid as a raw NUL), in a
 * part's text: everything below U+0020 except tab, LF and CR, lone surrogates, U+FFFE and U+FFFF.
 * C1 controls are allowed by XML but removed too: no office suite shows them.
 * @example xmlSafe('<a:t>A\u0000B</a:t>') → '<a:t>AB</a:t>'
 */
export function xmlSafe(xml: string): string {
	return xml
		.replace(/&#(x[0-9a-f]+|\d+);/gi, (ref, n: string) => {
			const code = n[0].toLowerCase() === 'x' ? parseInt(n.slice(1), 16) : parseInt(n, 10);
			return xmlAllowed(code) ? ref : '';
		})
		.replace(LONE_SURROGATE, '')
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g, '');
}

const xmlAllowed = (c: number) =>
	c === 0x9 ||
	c === 0xa ||
	c === 0xd ||
	(c >= 0x20 && c <= 0x7e) ||
	(c >= 0xa0 && c <= 0xd7ff) ||
	(c >= 0xe000 && c <= 0xfffd) ||
	(c >= 0x10000 && c <= 0x10ffff);

// A spreadsheet runs a cell as a formula when it starts with = + - @ (OWASP's "CSV injection"
// list, with tab and carriage return), also after leading spaces or controls, and LibreOffice
// also reads the full-width forms (＝ ＋ － ＠) as formula signs.
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
const LEADING_BLANKS = /^[\s\u0000-\u001f\u007f-\u009f\u3000\ufeff]+/;

/**
 * A text cell for a spreadsheet: controls removed, and a single quote in front when what is left,
 * after any leading spaces and controls, starts like a formula.
 * @example spreadsheetText('\u0000=HYPERLINK("x")') → `'=HYPERLINK("x")`
 * @example spreadsheetText(' ＝1+1') → `' ＝1+1`
 */
export function spreadsheetText(text: string): string {
	const s = cleanText(text, { multiline: true });
	return FORMULA_START.test(s.replace(LEADING_BLANKS, '')) || FORMULA_START.test(s) ? `'${s}` : s;
}

/**
 * Shorten text to at most `max` characters (whole code points), ending in an ellipsis.
 * @example ellipsis('A long scenario name', 10) → 'A long sc…'
 */
export function ellipsis(text: string, max: number): string {
	const chars = [...text];
	return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
