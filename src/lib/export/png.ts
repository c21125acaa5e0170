import { buildChart } from '../charts/registry';
import type { ExportFile, ExportOptions, ReportContext } from './types';
import { chartFootnote } from './footnote';
import {
	CHART_HEIGHT,
	CHART_WIDTH,
	defaultCanvasFactory,
	renderChart,
	type CanvasFactory
} from './render-chart';

/**
 * One chart as a PNG, for a slide or a document: 1200 × 675 (16:9) at 1×, 2× or 3×, on white or
 * transparent, with the key assumptions and the catalog date under the chart.
 * @example render(ctx, { chart: 'breakdown', scale: 2 }) → a 2400 × 1350 PNG on white
 */
export async function render(
	ctx: ReportContext,
	opts: ExportOptions = {},
	createCanvas?: CanvasFactory
): Promise<ExportFile> {
	const { config } = buildChart(opts.chart ?? 'cost-curve', ctx.ev, ctx.inputs);
	const bytes = await renderChart(
		config,
		{
			width: CHART_WIDTH,
			height: CHART_HEIGHT,
			scale: opts.scale ?? 2,
			background: opts.background ?? 'white',
			footnote: chartFootnote(ctx)
		},
		createCanvas ?? (await defaultCanvasFactory())
	);
	return { bytes, mime: 'image/png', extension: 'png' };
}
