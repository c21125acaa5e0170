import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { toNumber, type Decimal } from '../domain/decimal';
import type { BaselineResult, CandidateResult, Evaluation } from '../domain/evaluate';
import { costCategories, type CostCategory } from '../domain/self-host-cost';
import { formatCompact, formatNumber, formatUsd } from '../format';
import { none, text } from '../report/model';
import { axisStyle, baseOptions, excludedText, usdTick } from './base';
import { CATEGORY_COLORS, themeColors, type ChartOpts } from './palette';
import { tableText, usdMonthCell, type ChartTable, type DataChartResult } from './table';

export type BreakdownConfig = ChartConfiguration<'bar', (number | null)[], string[]>;

/** Display names of the stacked categories, self-hosting's and the API's. */
export const CATEGORY_LABELS: Record<CostCategory | 'api', string> = {
	hardware: 'Hardware',
	power: 'Power',
	hosting: 'Hosting',
	staff: 'Staff',
	other: 'Other',
	api: 'API usage'
};

/** Table columns of the breakdown: one row per bar. Empty cells: the category does not apply. */
export const BREAKDOWN_COLUMNS = [
	'Option',
	'Kind',
	...costCategories.map((k) => CATEGORY_LABELS[k]),
	CATEGORY_LABELS.api,
	'Total (USD/month)'
];

type OkCandidate = Extract<CandidateResult, { ok: true }>;
type OkBaseline = Extract<BaselineResult, { ok: true }>;

interface Bar {
	label: string;
	kind: 'self-hosted' | 'hybrid' | 'API';
	/** Per category; undefined where the category does not apply to this option. */
	parts: Partial<Record<CostCategory | 'api', Decimal>>;
	total: Decimal;
}

/**
 * Monthly cost at the planned volume, one stacked bar per option: self-hosted candidates stacked
 * by hardware, power, hosting, staff and other (the engine's atPlan.breakdown), a hybrid's overflow
 * API bill as its "API usage" segment (atPlan.split.overflowCost), API baselines as a single
 * "API usage" segment (atPlan). Each bar's label carries its total.
 * @example default scenario: c1 (rent) stacks hardware $… + staff $… = $17,314.13.
 */
export function breakdownChart(
	ev: Evaluation,
	opts: ChartOpts
): DataChartResult<'bar', (number | null)[], string[]> {
	const t = themeColors(opts.theme);
	const bars: Bar[] = [
		...ev.candidates
			.filter((c): c is OkCandidate => c.ok)
			.map((c): Bar => {
				// A hybrid's overflow API bill is its 'api' part, next to the self-hosted categories.
				const overflow = c.atPlan.split.overflowCost;
				return {
					label: overflow.gt(0) ? `${c.label} (hybrid)` : c.label,
					kind: overflow.gt(0) ? 'hybrid' : 'self-hosted',
					parts: { ...c.atPlan.breakdown, ...(overflow.gt(0) ? { api: overflow } : {}) },
					total: c.atPlan.total.value
				};
			}),
		...ev.baselines
			.filter((b): b is OkBaseline => b.ok)
			.map((b): Bar => ({
				label: `${b.name} (API)`,
				kind: 'API',
				parts: { api: b.atPlan.value },
				total: b.atPlan.value
			}))
	];
	const keys = [...costCategories, 'api'] as const;
	const tips = keys.map((k) =>
		bars.map((bar) => {
			const v = bar.parts[k];
			return v ? `${CATEGORY_LABELS[k]}: ${formatUsd(v)}/month` : '';
		})
	);
	const totals = bars.map((b) => `Total: ${formatUsd(b.total)}/month`);
	const volume = `${formatCompact(ev.volume.value)} tokens/month, ${formatNumber(ev.requestsPerDay)} requests/day`;
	const title = `Monthly cost at the planned volume (${volume})`;
	const base = baseOptions(title, opts);

	const config: BreakdownConfig = {
		type: 'bar',
		data: {
			labels: bars.map((b) => [b.label, `${formatUsd(b.total)}/month`]),
			datasets: keys.map((k) => ({
				label: CATEGORY_LABELS[k],
				data: bars.map((b) => {
					const v = b.parts[k];
					return v ? toNumber(v) : null;
				}),
				backgroundColor: CATEGORY_COLORS[k],
				borderColor: t.background,
				borderWidth: 1,
				stack: 'cost'
			}))
		},
		options: {
			indexAxis: 'y',
			responsive: base.responsive,
			maintainAspectRatio: base.maintainAspectRatio,
			animation: base.animation,
			color: base.color,
			scales: {
				x: {
					type: 'linear',
					stacked: true,
					beginAtZero: true,
					...axisStyle('Monthly cost (USD/month)', opts),
					ticks: { color: t.text, callback: usdTick }
				},
				y: {
					type: 'category',
					stacked: true,
					...axisStyle('Option', opts),
					ticks: { color: t.text }
				}
			},
			plugins: {
				title: base.title,
				legend: base.legend,
				tooltip: {
					callbacks: {
						label: (item: TooltipItem<'bar'>) => tips[item.datasetIndex]?.[item.dataIndex] ?? '',
						footer: (items: TooltipItem<'bar'>[]) =>
							items.length ? totals[items[0].dataIndex] : ''
					}
				}
			}
		}
	};

	// A category that does not apply to an option is an empty cell.
	const part = (v: Decimal | undefined) => (v ? usdMonthCell(v) : none(''));
	const data = {
		caption:
			`Monthly cost (USD/month) at the planned volume (${volume}), by category.` + excludedText(ev),
		columns: BREAKDOWN_COLUMNS,
		rows: bars.map((b) => [
			text(b.label),
			text(b.kind),
			...keys.map((k) => part(b.parts[k])),
			usdMonthCell(b.total)
		])
	};
	let table: ChartTable | undefined;
	return {
		config,
		data,
		get table() {
			return (table ??= tableText(data));
		}
	};
}
