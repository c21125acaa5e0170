import { chartIds, charts, type NamedTable } from '../charts/registry';
import type { ReportContext } from './types';

/**
 * The tables of every registered chart, built by the same configuration builders as the page, in
 * the order the page shows the charts, as typed cells: the CSV and the XLSX write them. The
 * break-even chart comes in its two variants.
 */
export function chartTables(ctx: ReportContext): NamedTable[] {
	return chartIds.flatMap((id) => charts[id].tables(ctx.ev, ctx.inputs));
}
