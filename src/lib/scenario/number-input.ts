import { Decimal } from '../domain/decimal';

/**
 * The one parser of numbers a person types or writes in a scenario file: the page's fields, the
 * scenario validator (files and links) and the command line all call `parseNumberInput`, through
 * `checkField` in fields.ts. It reads the way finance writes figures and refuses, with a message
 * saying how to write it, anything it could misread.
 */

export type NumberInput = { ok: true; value: string } | { ok: false; message: string };

/** Suffixes for thousands, millions, billions and trillions, as written in finance. */
const MULTIPLIERS: Record<string, string> = {
	k: '1e3',
	m: '1e6',
	mn: '1e6',
	b: '1e9',
	bn: '1e9',
	t: '1e12'
};

const PLAIN = /^(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** Thousands grouped with commas, optionally with decimals after a dot: "1,500", "32,000.50". */
const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * Read one number: "2B", "200k", "1.5M", "40%", "$32,000", "1,500", "−0.3", "1e6".
 * Commas group thousands only; a comma that could be a decimal comma ("0,4", "65.753,5",
 * "1,5") is refused with the way to write it. A percentage is divided by 100 ("40%" → "0.4")
 * unless `percentIsUnit` (a field already in percent). The value is a plain decimal string,
 * never in exponent notation, so a scenario stays readable.
 * @example parseNumberInput('2B') → { ok: true, value: '2000000000' }
 * @example parseNumberInput('0,4') → { ok: false, message: '"0,4": write 0.4 …' }
 */
export function parseNumberInput(
	raw: string | number,
	opts: { percentIsUnit?: boolean } = {}
): NumberInput {
	if (typeof raw === 'number') {
		if (!Number.isFinite(raw)) return { ok: false, message: `${raw} is not a number` };
		raw = String(raw);
	}
	const shown = raw.trim();
	// Spaces, thin and no-break spaces and underscores group digits too ("1 500", "1_500").
	let s = shown.replace(/[\s\u00a0\u202f_]/g, '');
	let negative = false;
	const sign = () => {
		if (/^[-−]/.test(s)) {
			negative = !negative;
			s = s.slice(1);
		} else if (s.startsWith('+')) s = s.slice(1);
	};
	sign();
	// A currency sign or code before or after the number: "$32,000", "US$5", "5 USD".
	const currency = /^(us\$|\$|usd)/i.exec(s);
	if (currency) {
		s = s.slice(currency[0].length);
		if (!negative) sign();
	}
	s = s.replace(/(usd|\$)$/i, '');
	let percent = false;
	if (s.endsWith('%')) {
		percent = true;
		s = s.slice(0, -1);
	}
	let multiplier: string | undefined;
	const suffix = /^(.*?\d)(k|mn|m|bn|b|t)$/i.exec(s);
	if (suffix) {
		s = suffix[1];
		multiplier = MULTIPLIERS[suffix[2].toLowerCase()];
	}
	if (s.includes(',')) {
		if (GROUPED.test(s)) s = s.replace(/,/g, '');
		else return { ok: false, message: decimalCommaMessage(shown, s) };
	} else if ((s.match(/\./g) ?? []).length > 1) {
		return {
			ok: false,
			message: `"${shown}" has more than one dot; write thousands with commas or nothing (1,500,000 or 1500000) and decimals with one dot`
		};
	}
	if (!PLAIN.test(s)) return { ok: false, message: `"${shown}" is not a number` };
	let d = new Decimal(s);
	if (multiplier) d = d.mul(multiplier);
	if (percent && !opts.percentIsUnit) d = d.div(100);
	if (negative) d = d.neg();
	// A plain entry is kept as typed ("0.30" stays "0.30"); anything rewritten is normalised.
	const plain = !multiplier && !(percent && !opts.percentIsUnit);
	const value = plain ? `${negative && !d.isZero() ? '-' : ''}${s}` : d.toFixed();
	return { ok: true, value: value === '-0' ? '0' : value };
}

/** How to write a number whose comma could be a decimal comma: "0,4" → "0.4"; "65.753,5" → "65753.5". */
function decimalCommaMessage(shown: string, body: string): string {
	const european = body.replace(/\./g, '').replace(',', '.');
	const hint = /^\d*\.?\d+$/.test(european)
		? `if you mean ${european}, write ${european}`
		: 'write decimals with a dot';
	return `"${shown}" is ambiguous: the comma could be a decimal comma. ${hint[0].toUpperCase()}${hint.slice(1)} (a dot for decimals; commas only between thousands, as in 1,500)`;
}
