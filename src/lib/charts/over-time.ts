import type { ChartConfiguration } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { toNumber } from '../domain/decimal';
import type { Histogram, MonteCarloResult } from '../domain/monte-carlo';
import type { TornadoBar } from '../domain/sensitivity';
import type { Timeline } from '../domain/timeline';
import { formatCompact, formatNumber, formatUsd } from '../format';
import { axisStyle, baseOptions, usdTick } from './base';
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
 * A tornado: for each input moved low and high, the change in monthly saving at plan (USD/month),
 * as a floating bar from the low side's change to the high side's; sorted by swing, largest first
 * (the order of `bars`).
 */
export function tornadoChart(bars: TornadoBar[], opts: ChartOpts): ChartResult<'bar'> {
	const change = (side: TornadoBar['low']) => (side.ok ? toNumber(side.savingChange) : 0);
	const labels = bars.map((b) => b.label);
	const base = baseOptions('Change in monthly saving at plan, each input low and high', opts);
	const t = themeColors(opts.theme);
	const config: ChartConfiguration<'bar'> = {
		type: 'bar',
		data: {
			labels,
			datasets: [
				{
					label: 'Input low',
					data: bars.map((b) => [0, change(b.low)] as [number, number]),
					backgroundColor: OKABE_ITO.skyBlue
				},
				{
					label: 'Input high',
					data: bars.map((b) => [0, change(b.high)] as [number, number]),
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
					...axisStyle('Change in saving (USD/month)', opts),
					ticks: { color: t.text, callback: usdTick }
				},
				y: { stacked: true, ...axisStyle('', opts), ticks: { color: t.text } }
			}
		}
	};
	const sideText = (s: TornadoBar['low']) =>
		s.ok
			? `${formatUsd(s.savingChange)} (at ${formatNumber(s.value, 4)}${s.clamped ? ', clamped' : ''})`
			: `no figures: ${s.reason}`;
	const table: ChartTable = {
		caption: 'Sensitivity of the monthly saving at plan; rows sorted by swing.',
		columns: [
			'Input',
			'Scenario value',
			'Low',
			'High',
			'Swing (USD/month)',
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
