import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import type { Evaluation } from '../domain/evaluate';
import type { EngineInputs } from '../domain/inputs';
import { formatCompact } from '../format';
import { planLine } from './base';
import { costCurveChart, type CostCurveConfig, type CurvePoint } from './cost-curve';
import { seriesColor, type ChartOpts } from './palette';
import type { ChartResult, ChartTable } from './table';

/** Line style per scenario: solid, dashed, dotted, dash-dot. */
export const SCENARIO_DASHES: number[][] = [[], [8, 4], [2, 3], [10, 3, 2, 3]];

export interface CompareItem {
	name: string;
	ev: Evaluation;
	inputs: EngineInputs;
}

/**
 * The cost-against-volume chart of 2–4 scenarios overlaid: each scenario's series come from
 * costCurveChart (the chart on the calculator page), drawn in that scenario's colour and labelled
 * with its name: each option (candidate or API) in its own colour, the same in every scenario, and
 * each scenario in its own line style (SCENARIO_DASHES). The x range covers all.
 */
export function compareCurveChart(
	items: CompareItem[],
	opts: ChartOpts
): ChartResult<'line', CurvePoint[]> {
	const parts = items.map((it) => costCurveChart(it.ev, it.inputs, opts));
	const datasets: CostCurveConfig['data']['datasets'] = [];
	const annotations: Record<string, AnnotationOptions> = {};
	let min = Infinity;
	let max = -Infinity;
	const rows: string[][] = [];
	// Colour by option (the same candidate or API has one colour in every scenario, and candidates
	// differ within a scenario); line style by scenario (solid, dashed, dotted, dash-dot).
	const optionColour = new Map<string, string>();
	const colourOf = (label: string) => {
		if (!optionColour.has(label))
			optionColour.set(label, seriesColor(optionColour.size, opts.theme));
		return optionColour.get(label)!;
	};
	parts.forEach((part, i) => {
		const scenarioColour = seriesColor(i, opts.theme);
		const dash = SCENARIO_DASHES[i % SCENARIO_DASHES.length];
		const name = items[i].name;
		for (const d of part.config.data.datasets) {
			const marker = d.label?.startsWith('Break-even');
			const colour = marker ? scenarioColour : colourOf(String(d.label ?? ''));
			datasets.push({
				...d,
				label: `${name}: ${d.label}`,
				borderColor: colour,
				backgroundColor: colour,
				...(marker
					? {
							pointBorderColor: colour,
							pointBackgroundColor: d.label?.includes('first') ? colour : 'rgba(0, 0, 0, 0)'
						}
					: { borderDash: dash })
			});
		}
		const colour = scenarioColour;
		const x = part.config.options?.scales?.x as { min?: number; max?: number } | undefined;
		if (x?.min !== undefined) min = Math.min(min, x.min);
		if (x?.max !== undefined) max = Math.max(max, x.max);
		const v = items[i].ev.volume.value;
		if (v.gt(0)) {
			const line = planLine(v, items[i].inputs.workload, opts);
			annotations[`plan${i}`] = {
				...line,
				borderColor: colour,
				label: {
					...line.label,
					content: `${name}: planned ${formatCompact(v)} tokens/month`,
					backgroundColor: colour,
					position: i % 2 ? 'end' : 'start'
				}
			};
		}
		for (const r of part.table.rows) rows.push([name, ...r]);
	});
	const base = parts[0]?.config;
	const config: CostCurveConfig = {
		type: 'line',
		data: { datasets },
		options: {
			...base?.options,
			scales: {
				...base?.options?.scales,
				x: {
					...base?.options?.scales?.x,
					min: Number.isFinite(min) ? min : undefined,
					max: Number.isFinite(max) ? max : undefined
				},
				// The requests/day axis depends on each scenario's token mix: not shared.
				xRequests: { display: false }
			},
			plugins: {
				...base?.options?.plugins,
				title: {
					...base?.options?.plugins?.title,
					text: `Monthly cost by monthly volume: ${items.map((i) => i.name).join(' vs ')}`
				},
				annotation: { annotations }
			}
		}
	};
	const table: ChartTable = {
		caption: `Monthly cost by monthly volume, ${items.length} scenarios`,
		columns: ['Scenario', ...(parts[0]?.table.columns ?? [])],
		rows
	};
	return { config, table };
}
