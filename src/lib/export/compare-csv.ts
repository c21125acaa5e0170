import { compareTables, type ComparedScenario } from '../report/compare';
import { headerText } from '../report/model';
import { csvCell, csvText, type CsvCell } from './csv';
import type { ExportFile } from './types';

/**
 * The comparison page as CSV (RFC 4180, UTF-8 with a BOM): the report's two tables (compareTables,
 * as the PDF and the deck have them), the key figures of every candidate in every scenario against
 * each API (numbers as plain decimals), then the inputs that differ, by name and value. Text goes
 * through csvText's formula guard.
 */
export function compareCsv(items: ComparedScenario[]): ExportFile {
	const lines: CsvCell[][] = [['LLM TCO: comparison of scenarios'], []];
	for (const [i, t] of compareTables(items).entries()) {
		if (i) lines.push([]);
		lines.push([t.title], t.columns.map(headerText), ...t.rows.map((r) => r.map(csvCell)));
	}
	const text = '\ufeff' + csvText(lines);
	return { bytes: new TextEncoder().encode(text), mime: 'text/csv', extension: 'csv' };
}
