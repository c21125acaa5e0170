import { dec, type Decimal } from '../domain/decimal';
import type { Unit } from '../domain/units';
import { formatNumber, formatPercent, formatUsd, unitStyles } from '../format';

/**
 * The report model: typed cells (numbers with their units) that each writer formats its own way.
 * The page's tables, PDF and PPTX print them for reading (to the cent, whole tokens), XLSX stores
 * numbers as numbers with a number format, CSV writes plain decimals. Nothing is formatted to
 * text and parsed back.
 */
export type Cell =
	| { kind: 'text'; text: string }
	/**
	 * A figure in its unit (a share is a fraction: 0.25 is 25 %). `places`: the decimals the table
	 * reports it to, which every writer keeps (a chart's table: whole tokens and cents, as on the
	 * page); without it, each writer rounds as its readers need (readingPlaces, filePlaces).
	 */
	| { kind: 'number'; value: Decimal; unit: Unit; places?: number }
	/** No figure, and why: "never", "—", "no figures: …", or '' where nothing applies. */
	| { kind: 'none'; text: string };

export type NumberCell = Extract<Cell, { kind: 'number' }>;

export interface Column {
	label: string;
	/** The unit of the column's numbers, for headers. */
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
export const none = (t: string): Cell => ({ kind: 'none', text: t });
/** A figure with its unit; `places` when the table reports it to a fixed number of decimals. */
export const figure = (value: Decimal, unit: Unit, places?: number): Cell =>
	places === undefined ? { kind: 'number', value, unit } : { kind: 'number', value, unit, places };
/** US dollars; `per` names what the amount is for. */
export const usd = (value: Decimal, per?: 'month' | '1M tokens'): Cell =>
	figure(value, per === 'month' ? 'USD/month' : per === '1M tokens' ? 'USD/1M tokens' : 'USD');
/** Tokens per month. */
export const volume = (value: Decimal): Cell => figure(value, 'tokens/month');
/** A share, 0.25 = 25 %. */
export const share = (value: Decimal): Cell => figure(value, 'share');
/** A whole count with its unit: 3 GPUs. */
export const count = (n: number, unit: Unit): Cell => figure(dec(n), unit);

/**
 * Decimals of a figure printed for reading: the table's own, else cents ($0.0750 for a price per
 * 1M tokens under a dollar), a share to 2 decimals of a percent, anything else whole.
 */
export function readingPlaces(c: NumberCell): number {
	if (c.places !== undefined) return c.places;
	switch (unitStyles[c.unit].kind) {
		case 'usd':
			return c.unit === 'USD/1M tokens' && c.value.abs().lt(1) ? 4 : 2;
		case 'share':
			return 2;
		default:
			return 0;
	}
}

/**
 * Decimals of a figure in a file a program reads (CSV): the table's own, else cents for money,
 * counts whole, a share to 2 decimals of a percent (4 of the fraction), any other figure to 2.
 */
export function filePlaces(c: NumberCell): number {
	const style = unitStyles[c.unit].kind;
	if (style === 'share') return (c.places ?? 2) + 2;
	if (c.places !== undefined) return c.places;
	return style === 'count' ? 0 : 2;
}

/**
 * A cell as exact text for reading, for the page's tables and the PDF and PPTX: "$4,412.35",
 * "$0.0750", "3,909,679,915", "43.84%". The unit lives in the column header.
 */
export function cellText(c: Cell): string {
	if (c.kind !== 'number') return c.text;
	const places = readingPlaces(c);
	switch (unitStyles[c.unit].kind) {
		case 'usd':
			return formatUsd(c.value, places);
		case 'share':
			return formatPercent(c.value, places);
		default:
			return formatNumber(c.value, places);
	}
}

/** A cell as its exact value: decimals with all their digits, no grouping or symbols. */
export function cellPlain(c: Cell): string {
	return c.kind === 'number' ? c.value.toFixed() : c.text;
}

/** A column header with its unit: "Monthly cost at plan (USD/month)". */
export const headerText = (c: Column) => (c.unit ? `${c.label} (${c.unit})` : c.label);
