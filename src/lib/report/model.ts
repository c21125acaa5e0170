import type { Decimal } from '../domain/decimal';
import { formatNumber, formatUsd, formatUsdPerMTok } from '../format';

/**
 * The report model: typed cells (numbers with their units) that each writer formats its own way.
 * PDF and PPTX print them exactly (to the cent, whole tokens), XLSX stores numbers as numbers with
 * a number format, CSV writes plain decimals. Nothing is formatted to text and parsed back.
 */
export type Cell =
	| { kind: 'text'; text: string }
	/** US dollars; `per` names what the amount is for ("month", "1M tokens"). */
	| { kind: 'usd'; value: Decimal; per?: 'month' | '1M tokens' }
	/** Tokens per month. */
	| { kind: 'volume'; value: Decimal }
	/** A share, 0.25 = 25 %. */
	| { kind: 'share'; value: Decimal }
	/** A plain count with its unit ("GPUs", "months"). */
	| { kind: 'count'; value: number; unit: string }
	/** No figure, and why: "never", "—", "no figures: …". */
	| { kind: 'none'; text: string };

export interface Column {
	label: string;
	/** The unit of the column's numbers, for headers and spreadsheet formats. */
	unit?: string;
	/** Numbers align right. */
	numeric?: boolean;
}

export interface ReportTable {
	title: string;
	columns: Column[];
	rows: Cell[][];
	/** A sentence under the table: what the figures mean. */
	caption?: string;
}

export const text = (t: string): Cell => ({ kind: 'text', text: t });
export const usd = (value: Decimal, per?: 'month' | '1M tokens'): Cell => ({
	kind: 'usd',
	value,
	per
});
export const volume = (value: Decimal): Cell => ({ kind: 'volume', value });
export const none = (t: string): Cell => ({ kind: 'none', text: t });

/**
 * A cell as exact text, for the PDF and PPTX tables: "$4,412.35", "$0.0750", "3,909,679,915".
 * The unit lives in the column header.
 */
export function cellText(c: Cell): string {
	switch (c.kind) {
		case 'text':
		case 'none':
			return c.text;
		case 'usd':
			return c.per === '1M tokens' ? formatUsdPerMTok(c.value) : formatUsd(c.value);
		case 'volume':
			return formatNumber(c.value);
		case 'share':
			return `${c.value.mul(100).toDecimalPlaces(2).toString()}%`;
		case 'count':
			return `${c.value.toLocaleString('en-US')}`;
	}
}

/** A cell as a plain value for CSV: decimals as their exact digits, no grouping or symbols. */
export function cellPlain(c: Cell): string {
	switch (c.kind) {
		case 'text':
		case 'none':
			return c.text;
		case 'usd':
		case 'volume':
		case 'share':
			return c.value.toFixed();
		case 'count':
			return String(c.value);
	}
}

/** A column header with its unit: "Monthly cost at plan (USD/month)". */
export const headerText = (c: Column) => (c.unit ? `${c.label} (${c.unit})` : c.label);
