import type { ChartConfiguration, ChartType, DefaultDataPoint } from 'chart.js';

/**
 * A chart's data as formatted text: the text alternative read by screen readers and the rows a
 * CSV export writes. Every cell is already formatted (money to the cent, volumes grouped).
 */
export type ChartTable = { caption: string; columns: string[]; rows: string[][] };

/** What every chart builder returns: the Chart.js configuration and the same data as a table. */
export interface ChartResult<
	TType extends ChartType = ChartType,
	TData = DefaultDataPoint<TType>,
	TLabel = unknown
> {
	config: ChartConfiguration<TType, TData, TLabel>;
	table: ChartTable;
}
