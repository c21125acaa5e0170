import type { ChartConfiguration } from 'chart.js';
import type { Evaluation } from '../domain/evaluate';
import type { EngineInputs } from '../domain/inputs';
import { breakEvenChart } from './break-even-bars';
import { breakdownChart } from './breakdown';
import { costCurveChart } from './cost-curve';
import { chartCards, type ChartCard, type ChartId } from './ids';
import type { ChartOpts } from './palette';
import type { ChartData, ChartResult, ChartTable, DataChartResult } from './table';

/**
 * Every chart of a scenario, by id: the page's chart cards, the embed view (`/embed?chart=<id>`),
 * the PNG, PDF and PPTX exports and the CSV's chart tables all read this one list, so adding a
 * chart is an entry here (its id, heading and height in ids.ts). Only builders are imported:
 * Chart.js itself (setup.ts) loads lazily.
 */

export { chartIdOf, chartIds, LEAD_CHART, type ChartId } from './ids';

/**
 * A chart's table under a short title, as the CSV and the XLSX write it: its typed data, and the
 * same as the page's text (formatted only when read).
 */
export interface NamedTable {
	title: string;
	data: ChartData;
	readonly table: ChartTable;
}

const named = (title: string, r: DataChartResult): NamedTable => ({
	title,
	data: r.data,
	get table() {
		return r.table;
	}
});

/** How a deck draws the chart as a native, editable PowerPoint chart. */
export type NativeKind = 'scatter' | 'bars' | 'stacked';

export interface ChartEntry extends ChartCard {
	/** The Chart.js configuration and its data table, from the engine's results. */
	build(ev: Evaluation, inputs: EngineInputs, opts: ChartOpts): ChartResult;
	/**
	 * The chart's data for the CSV and the XLSX: the built table, or one table per variant the
	 * chart can show (the break-even bars: first and sustained). Tables carry no colour, so no theme
	 * is asked.
	 */
	tables(ev: Evaluation, inputs: EngineInputs): NamedTable[];
	/** Native chart kind in the PPTX deck. */
	native: NativeKind;
}

/** The light theme: tables and exports. Slides and paper are light. */
const LIGHT: ChartOpts = { theme: 'light' };

export const charts: Record<ChartId, ChartEntry> = {
	'cost-curve': {
		...chartCards['cost-curve'],
		build: costCurveChart,
		tables: (ev, inputs) => [named('Cost curve', costCurveChart(ev, inputs, LIGHT))],
		native: 'scatter'
	},
	'break-even': {
		...chartCards['break-even'],
		build: (ev, inputs, opts) => breakEvenChart(ev, inputs, opts),
		tables: (ev, inputs) => [
			named('First break-even', breakEvenChart(ev, inputs, LIGHT, 'first')),
			named('Sustained break-even', breakEvenChart(ev, inputs, LIGHT, 'sustained'))
		],
		native: 'bars'
	},
	breakdown: {
		...chartCards.breakdown,
		build: (ev, _inputs, opts) => breakdownChart(ev, opts),
		tables: (ev) => [named('Monthly cost breakdown', breakdownChart(ev, LIGHT))],
		native: 'stacked'
	}
};

/**
 * One chart by its id, from the same builder as the page. Exports use the light theme: slides
 * and paper are light, and a transparent PNG keeps the light theme's dark text.
 */
export function buildChart(
	id: ChartId,
	ev: Evaluation,
	inputs: EngineInputs,
	opts: ChartOpts = LIGHT
): ChartResult {
	return charts[id].build(ev, inputs, opts);
}

/** The title a builder gave its chart (Chart.js title plugin text), as one line. */
export function chartTitle(config: ChartConfiguration): string {
	const text = config.options?.plugins?.title?.text;
	return Array.isArray(text) ? text.join(' ') : (text ?? '');
}
