import type { ChartConfiguration } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { toNumber } from '../domain/decimal';
import type { Histogram, MonteCarloResult } from '../domain/monte-carlo';
import type { TornadoBar } from '../domain/sensitivity';
import type { Timeline } from '../domain/timeline';
import { formatCompact, formatNumber, formatUsd } from '../format';
import { axisStyle, baseOptions, compactTick, usdTick } from './base';
import { API_DASH, OKABE_ITO, themeColors, type ChartOpts } from './palette';
import type { ChartResult, ChartTable } from './table';

type OkTimeline = Extract<Timeline, { ok: true }>;

/**
 * Cumulative cost of the API and of self-hosting, month by month, with the crossover month marked.
 * `view` chooses cash (capex when paid) or P&L (depreciation and cost of capital).
 */
export function cumulativeChart(
	tl: OkTimeline,
	names: { candidate: string; baseline: string },
	view: 'cash' | 'pnl',
	opts: ChartOpts
): ChartResult<'line'> {
	const t = themeColors(opts.theme);
	const self = tl.months.map((m) => (view === 'cash' ? m.cumulativeCash : m.cumulativePnl));
	const crossover = view === 'cash' ? tl.crossoverMonth : tl.crossoverMonthPnl;
	const annotations: Record<string, AnnotationOptions> = {};
	if (crossover !== 'never') {
		annotations.crossover = {
			type: 'line',
			scaleID: 'x',
			value: crossover,
			borderColor: t.plan,
			borderWidth: 1.5,
			borderDash: [2, 3],
			label: {
				display: true,
				content: `Crossover: month ${crossover}`,
				position: 'start',
				color: t.background,
				backgroundColor: t.plan,
				font: { size: 11 }
			}
		};
	}
	const base = baseOptions(
		`Cumulative cost over ${tl.months.length} months (${view === 'cash' ? 'cash' : 'P&L'})`,
		opts
	);
	const config: ChartConfiguration<'line'> = {
		type: 'line',
		data: {
			datasets: [
				{
					label: `${names.baseline} (API)`,
					data: tl.months.map((m) => ({ x: m.month, y: toNumber(m.cumulativeApi) })),
					borderColor: OKABE_ITO.blue,
					backgroundColor: OKABE_ITO.blue,
					borderDash: API_DASH,
					pointRadius: 0
				},
				{
					label: `${names.candidate} (self-hosted, ${view === 'cash' ? 'cash' : 'P&L'})`,
					data: tl.months.map((m, i) => ({ x: m.month, y: toNumber(self[i]) })),
					borderColor: OKABE_ITO.vermillion,
					backgroundColor: OKABE_ITO.vermillion,
					pointRadius: 0
				}
			]
		},
		options: {
			responsive: base.responsive,
			maintainAspectRatio: base.maintainAspectRatio,
			animation: base.animation,
			color: base.color,
			parsing: false,
			scales: {
				x: { type: 'linear', min: 1, max: tl.months.length, ...axisStyle('Month', opts) },
				y: {
					type: 'linear',
					...axisStyle('Cumulative cost (USD)', opts),
					ticks: { color: t.text, callback: usdTick }
				}
			},
			plugins: { title: base.title, legend: base.legend, annotation: { annotations } }
		}
	};
	const table: ChartTable = {
		caption: `Cumulative cost by month; crossover ${crossover === 'never' ? 'never within the horizon' : `in month ${crossover}`}.`,
		columns: [
			'Month',
			'API, cumulative (USD)',
			`Self-hosted ${view === 'cash' ? 'cash' : 'P&L'}, cumulative (USD)`
		],
		rows: tl.months.map((m, i) => [String(m.month), formatUsd(m.cumulativeApi), formatUsd(self[i])])
	};
	return { config, table };
}

/**
 * A tornado: for each input moved low and high, the change in monthly saving at plan (USD/month)
 * or in first break-even volume (tokens/month), as a bar from zero to each side's change; in the
 * order of `bars` (largest swing first). A side where break-even appears or disappears has no bar
 * and says so in its label and in the table.
 */
export function tornadoChart(
	bars: TornadoBar[],
	opts: ChartOpts,
	metric: 'saving' | 'breakEven' = 'saving'
): ChartResult<'bar'> {
	const change = (side: TornadoBar['low']): number | null => {
		if (!side.ok) return null;
		if (metric === 'saving') return toNumber(side.savingChange);
		return side.breakEvenChange.kind === 'volume' ? toNumber(side.breakEvenChange.change) : null;
	};
	const shift = (side: TornadoBar['low']): string => {
		if (!side.ok) return 'no figures';
		const c = side.breakEvenChange;
		if (c.kind === 'volume') return formatCompact(c.change);
		return c.kind === 'now-never'
			? 'never breaks even'
			: c.kind === 'now-breaks-even'
				? 'now breaks even'
				: 'still never';
	};
	const labels = bars.map((b) => {
		if (metric === 'saving') return b.label;
		const odd = [b.low, b.high].filter((x) => !x.ok || x.breakEvenChange.kind !== 'volume');
		return odd.length ? `${b.label} (low: ${shift(b.low)}; high: ${shift(b.high)})` : b.label;
	});
	const title =
		metric === 'saving'
			? 'Change in monthly saving at plan, each input low and high'
			: 'Change in first break-even volume, each input low and high';
	const base = baseOptions(title, opts);
	const t = themeColors(opts.theme);
	const tick = metric === 'saving' ? usdTick : (v: number | string) => compactTick(Number(v));
	const config: ChartConfiguration<'bar'> = {
		type: 'bar',
		data: {
			labels,
			datasets: [
				{
					label: 'Input low',
					data: bars.map((b) => [0, change(b.low) ?? 0] as [number, number]),
					backgroundColor: OKABE_ITO.skyBlue
				},
				{
					label: 'Input high',
					data: bars.map((b) => [0, change(b.high) ?? 0] as [number, number]),
					backgroundColor: OKABE_ITO.orange
				}
			]
		},
		options: {
			responsive: base.responsive,
			maintainAspectRatio: base.maintainAspectRatio,
			animation: base.animation,
			color: base.color,
			plugins: { title: base.title, legend: base.legend },
			indexAxis: 'y',
			scales: {
				x: {
					...axisStyle(
						metric === 'saving'
							? 'Change in saving (USD/month)'
							: 'Change in break-even (tokens/month)',
						opts
					),
					ticks: { color: t.text, callback: tick }
				},
				y: { stacked: true, ...axisStyle('', opts), ticks: { color: t.text } }
			}
		}
	};
	const sideText = (s: TornadoBar['low']) =>
		s.ok
			? `${metric === 'saving' ? formatUsd(s.savingChange) : shift(s)} (at ${formatNumber(s.value, 4)}${s.clamped ? ', clamped' : ''})`
			: `no figures: ${s.reason}`;
	const table: ChartTable = {
		caption:
			metric === 'saving'
				? 'Sensitivity of the monthly saving at plan; rows sorted by swing.'
				: 'Sensitivity of the first break-even volume; rows sorted by swing.',
		columns: [
			'Input',
			'Scenario value',
			'Low',
			'High',
			'Saving swing (USD/month)',
			'Break-even swing (tokens/month)'
		],
		rows: bars.map((b) => [
			`${b.label} (${b.unit})`,
			formatNumber(b.base, 4),
			sideText(b.low),
			sideText(b.high),
			formatUsd(b.savingSwing),
			b.breakEvenSwing === 'unbounded'
				? 'unbounded (one side never breaks even)'
				: formatCompact(b.breakEvenSwing)
		])
	};
	return { config, table };
}

/** Histogram of the Monte Carlo's monthly saving at plan, with zero marked. */
export function histogramChart(
	h: Histogram,
	mc: MonteCarloResult,
	opts: ChartOpts
): ChartResult<'bar'> {
	const labels = h.counts.map((_, i) => `${usdTick(h.edges[i])} to ${usdTick(h.edges[i + 1])}`);
	// Display only: a share of samples, rounded to a tenth of a percent.
	const share = Math.round(mc.probabilitySelfHostWins * 1000) / 10;
	const base = baseOptions(
		`Monthly saving at plan: self-hosting wins in ${share}% of ${mc.samples.toLocaleString('en-US')} samples`,
		opts
	);
	const t = themeColors(opts.theme);
	const config: ChartConfiguration<'bar'> = {
		type: 'bar',
		data: {
			labels,
			datasets: [
				{
					label: 'Samples',
					data: h.counts,
					backgroundColor: h.counts.map((_, i) =>
						h.edges[i + 1] <= 0 ? OKABE_ITO.skyBlue : OKABE_ITO.vermillion
					)
				}
			]
		},
		options: {
			responsive: base.responsive,
			maintainAspectRatio: base.maintainAspectRatio,
			animation: base.animation,
			color: base.color,
			plugins: { title: base.title, legend: { display: false } },
			scales: {
				x: {
					...axisStyle('Saving (USD/month); blue: the API is cheaper', opts),
					ticks: { color: t.text, maxRotation: 60 }
				},
				y: { ...axisStyle('Samples', opts), ticks: { color: t.text } }
			}
		}
	};
	const table: ChartTable = {
		caption: 'Distribution of the monthly saving at plan over the Monte Carlo samples.',
		columns: ['Saving from (USD/month)', 'to', 'Samples'],
		rows: h.counts.map((c, i) => [usdTick(h.edges[i]), usdTick(h.edges[i + 1]), String(c)])
	};
	return { config, table };
}
