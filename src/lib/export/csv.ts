import type { BreakEven } from '../domain/break-even';
import { Decimal } from '../domain/decimal';
import { breakEvenRequestsPerDay } from '../domain/evaluate';
import { filePlaces, type Cell } from '../report/model';
import { chartTables } from './chart-data';
import type { ExportFile, ExportOptions, ReportContext } from './types';
import { spreadsheetText } from './sanitize';
import { modeLabel } from './modes';

/**
 * The CSV export: one RFC 4180 file (CRLF line ends, quoted fields where needed, UTF-8 with a BOM
 * so Excel reads the accents and the dashes), in sections that each start with a title line and
 * end with a blank line:
 *   1. the scenario: name, notes, catalog date, generation time, planned volume;
 *   2. the break-even matrix, one row per (candidate, API) pair, numbers as plain decimals;
 *   3. the data of every chart, taken from the same builders as the charts on screen.
 */

/** A CSV cell: text (guarded against formula injection), or a number written as a plain decimal. */
export type CsvCell = string | { number: string };

/** The word written where there is no break-even, as on screen. */
export const NEVER = 'never';

/** Decimals of every number in the matrix: tokens/month and requests/day to 2, USD to the cent. */
const DECIMALS = 2;

/**
 * Neutralise a text cell a spreadsheet would run as a formula (a single quote in front), after
 * removing control characters: the shared sanitiser of every export (sanitize.ts).
 * @example guardText('\u0000=HYPERLINK("x")') → `'=HYPERLINK("x")`
 */
export const guardText = spreadsheetText;

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvField(cell: CsvCell): string {
	const s = typeof cell === 'string' ? guardText(cell) : cell.number;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Lines of cells as CSV text: CRLF after every line. */
export function csvText(lines: CsvCell[][]): string {
	return lines.map((cells) => cells.map(csvField).join(',') + '\r\n').join('');
}

/**
 * A decimal as a plain fixed-point number cell, rounded half up: no grouping, no suffix, ASCII minus.
 * @example fixed(dec('1792000000')) → { number: '1792000000.00' }
 */
export function fixed(d: Decimal, decimals = DECIMALS): { number: string } {
	const s = d.toFixed(decimals, Decimal.ROUND_HALF_UP);
	// −0.001 rounds to "-0.00": no sign on a zero.
	return { number: /^-0(\.0*)?$/.test(s) ? s.slice(1) : s };
}

/**
 * A report cell as a CSV cell: a figure as a plain decimal in its unit (a share as a fraction), to
 * the decimals its table reports or else filePlaces' (cents for money); text and "no figure" as text.
 * @example csvCell(usd(dec('30416.6666'), 'month')) → { number: '30416.67' }
 */
export function csvCell(c: Cell): CsvCell {
	return c.kind === 'number' ? fixed(c.value, filePlaces(c)) : c.text;
}

export const MATRIX_COLUMNS = [
	'Candidate',
	'API',
	'First break-even (tokens/month)',
	'First break-even (requests/day)',
	'Sustained break-even (tokens/month)',
	'Sustained break-even (requests/day)',
	'Self-hosted (USD/month at plan)',
	'API (USD/month at plan)',
	'Saving (USD/month at plan)',
	'Cheaper at plan',
	'Note',
	'Capacity',
	'Served in-house at plan (% of tokens)',
	'Overflow API (USD/month at plan)',
	'Not served (tokens/month at plan)',
	'Serves in full up to (tokens/month)'
];

/** The break-even matrix: one row per (candidate, API) pair, in the engine's order. */
export function matrixRows(ctx: ReportContext): CsvCell[][] {
	const { ev, inputs } = ctx;
	const volume = (be: BreakEven): CsvCell => (be.kind === 'never' ? NEVER : fixed(be.volume));
	const requests = (be: BreakEven): CsvCell => {
		const rpd = breakEvenRequestsPerDay(be, inputs);
		return rpd ? fixed(rpd) : NEVER;
	};
	return ev.pairs.map((p) => {
		const c = ev.candidates.find((x) => x.id === p.candidateId);
		const b = ev.baselines.find((x) => x.id === p.baselineId);
		const head = [c?.label ?? p.candidateId, b?.name ?? p.baselineId];
		if (!p.ok) return [...head, '', '', '', '', '', '', '', '', p.reason, '', '', '', '', ''];
		const sp = c?.ok ? c.atPlan.split : undefined;
		const V = ev.volume.value;
		const note =
			p.first.kind === 'volume' && p.first.volume.isZero()
				? 'self-hosting is cheaper from zero volume'
				: p.servesUpTo
					? 'a fleet with no overflow API: compared only up to the volume it serves in full'
					: p.first.kind === 'volume' && p.sustained.kind === 'never'
						? 'cheaper from the first break-even, but dearer again at larger volumes'
						: '';
		return [
			...head,
			volume(p.first),
			requests(p.first),
			volume(p.sustained),
			requests(p.sustained),
			fixed(p.selfHostAtPlan),
			fixed(p.apiAtPlan),
			fixed(p.savingAtPlan),
			p.cheaperAtPlan === 'api' ? 'API' : p.cheaperAtPlan,
			note,
			c?.ok ? modeLabel(c) : '',
			sp && V.gt(0) ? fixed(sp.served.div(V).mul(100)) : '',
			sp ? fixed(sp.overflowCost) : '',
			sp ? fixed(sp.unserved) : '',
			p.servesUpTo ? fixed(p.servesUpTo) : ''
		];
	});
}

/** The whole CSV document as lines of cells (before quoting). */
export function csvLines(ctx: ReportContext): CsvCell[][] {
	const { scenario, ev } = ctx;
	const lines: CsvCell[][] = [
		['LLM TCO: self-hosting against API pricing'],
		['Scenario', scenario.name]
	];
	if (scenario.notes) lines.push(['Notes', scenario.notes]);
	lines.push(
		['Catalog as of', ctx.catalogAsOf],
		['Generated', ctx.generatedAt.toISOString()],
		['Planned volume (tokens/month)', fixed(ev.volume.value)],
		['Planned requests/day', fixed(ev.requestsPerDay)],
		[],
		['Break-even matrix'],
		MATRIX_COLUMNS,
		...matrixRows(ctx)
	);
	for (const { title, data } of chartTables(ctx)) {
		lines.push(
			[],
			[`Chart data: ${title}`],
			[data.caption],
			data.columns,
			...data.rows.map((r) => r.map(csvCell))
		);
	}
	return lines;
}

/** The CSV file of a scenario's results. */
export async function render(ctx: ReportContext, _opts?: ExportOptions): Promise<ExportFile> {
	void _opts;
	const text = '\uFEFF' + csvText(csvLines(ctx));
	return {
		bytes: new TextEncoder().encode(text),
		mime: 'text/csv;charset=utf-8',
		extension: 'csv'
	};
}
