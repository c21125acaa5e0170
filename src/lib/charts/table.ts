import type { ChartConfiguration, ChartType, DefaultDataPoint } from 'chart.js';
import type { Decimal } from '../domain/decimal';
import { cellText, figure, type Cell } from '../report/model';

/**
 * A chart's data as formatted text: the text alternative read by screen readers under the chart.
 * Every cell is already formatted (money to the cent, volumes grouped).
 */
export type ChartTable = { caption: string; columns: string[]; rows: string[][] };

/**
 * A chart's data as typed cells (numbers with their units, at the precision the page shows them),
 * which the page's table, the CSV and the XLSX each write their own way.
 */
export type ChartData = { caption: string; columns: string[]; rows: Cell[][] };

/** What every chart builder returns: the Chart.js configuration and the same data as a table. */
export interface ChartResult<
	TType extends ChartType = ChartType,
	TData = DefaultDataPoint<TType>,
	TLabel = unknown
> {
	config: ChartConfiguration<TType, TData, TLabel>;
	table: ChartTable;
}

/** A chart whose table comes from typed cells: the registry's charts, whose data the files write. */
export interface DataChartResult<
	TType extends ChartType = ChartType,
	TData = DefaultDataPoint<TType>,
	TLabel = unknown
> extends ChartResult<TType, TData, TLabel> {
	data: ChartData;
}

/** The page's text of a chart's typed data: the one formatter of the cells (cellText). */
export function tableText(data: ChartData): ChartTable {
	return {
		caption: data.caption,
		columns: data.columns,
		rows: data.rows.map((r) => r.map(cellText))
	};
}

// The figures of a chart table, as precise as the page shows them: whole tokens and requests, cents.
export const tokensCell = (v: Decimal): Cell => figure(v, 'tokens/month', 0);
export const requestsCell = (v: Decimal): Cell => figure(v, 'requests/day', 0);
export const usdMonthCell = (v: Decimal): Cell => figure(v, 'USD/month', 2);
