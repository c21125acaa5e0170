import type { Decimal } from '../domain/decimal';
import { monteCarlo, type MonteCarloResult } from '../domain/monte-carlo';
import type { SensitivityKey, UncertainField, UncertainRange } from '../domain/pair-inputs';
import { tornado, type TornadoBar } from '../domain/sensitivity';
import { timeline, type Payback, type Timeline, type TimelineSettings } from '../domain/timeline';
import { formatCompact, formatNumber, formatPercent, formatUsd } from '../format';
import { timelineSettings } from '../scenario/resolve';
import type { Evaluation } from '../domain/evaluate';
import type { ReportContext } from './types';
import {
	analysedPair,
	analysisRanges,
	samplesOf,
	seedOf,
	sensitivityInputs,
	type AnalysedPair,
	type AnalysisRange,
	type TimelineView,
	type TornadoMetric
} from '../scenario/analysis';

/**
 * The finance timeline, the sensitivity tornado and a Monte Carlo summary for the exports (PDF,
 * PPTX, XLSX): which pair is reported, the Monte Carlo's default ranges, and the words and table
 * rows the three formats share. Formatting only: every number is the engine's.
 */

export { defaultRange, defaultRanges } from '../scenario/default-ranges';

/** The pair the exports report: the analysed pair on the page (scenario.analysis). */
export type ReportPair = AnalysedPair;

export function reportPair(ctx: ReportContext): ReportPair | undefined {
	return analysedPair(ctx.ev, ctx.scenario.analysis);
}

type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

function attempt<T>(f: () => T): Outcome<T> {
	try {
		return { ok: true, value: f() };
	} catch (e) {
		return { ok: false, reason: (e as Error).message };
	}
}

/** Everything the exports say over time for the reported pair, computed once. */
export interface OverTimeReport {
	pair: ReportPair;
	settings: TimelineSettings;
	view: TimelineView;
	/** What the tornado shows: the saving or the first break-even, as on the page. */
	metric: TornadoMetric;
	timeline: Timeline;
	bars: Outcome<TornadoBar[]>;
	/** The tornado's change per input, in percent. */
	changes: Record<SensitivityKey, string>;
	ranges: AnalysisRange[];
	mc: Outcome<MonteCarloResult>;
	samples: number;
	seed: number;
}

/**
 * The timeline, tornado and Monte Carlo of the analysed pair with the analysis's own settings
 * (its ± per input, ranges, samples and seed), exactly as on the page; the page's Monte Carlo
 * result is reused when the context carries it. Undefined when no candidate or API has figures.
 */
export function overTimeReport(ctx: ReportContext): OverTimeReport | undefined {
	// The page's own run is reported as it is: nothing to share.
	if (ctx.monteCarlo) return makeOverTimeReport(ctx);
	// Otherwise made once per evaluation and scenario, however many formats are written, from one
	// context or from several (the page makes one per export, on the evaluation it shows): the
	// Monte Carlo takes seconds. The scenario is compared by its text, as its object may be edited
	// in place; the evaluation is the engine's, never changed once made.
	let byScenario = reports.get(ctx.ev);
	if (!byScenario) reports.set(ctx.ev, (byScenario = new Map()));
	const key = JSON.stringify(ctx.scenario);
	if (!byScenario.has(key)) byScenario.set(key, makeOverTimeReport(ctx));
	return byScenario.get(key);
}
const reports = new WeakMap<Evaluation, Map<string, OverTimeReport | undefined>>();

function makeOverTimeReport(ctx: ReportContext): OverTimeReport | undefined {
	const pair = reportPair(ctx);
	if (!pair) return undefined;
	const { candidateId: c, baselineId: b } = pair;
	const a = ctx.scenario.analysis;
	const settings = timelineSettings(ctx.scenario);
	const samples = samplesOf(a);
	const seed = seedOf(a);
	const ranges = analysisRanges(ctx.inputs, ctx.scenario, pair);
	return {
		pair,
		settings,
		view: a.view,
		metric: a.tornadoMetric,
		timeline: timeline(ctx.inputs, c, b, settings),
		bars: attempt(() => tornado(ctx.inputs, c, b, sensitivityInputs(a))),
		changes: a.sensitivity,
		ranges,
		mc: ctx.monteCarlo
			? { ok: true, value: ctx.monteCarlo }
			: attempt(() => monteCarlo(ctx.inputs, c, b, ranges, { samples, seed, timeline: settings })),
		samples,
		seed
	};
}

// ——— Words and rows ———

/** "Llama 3.3 70B · H100 SXM · rent against GPT-4o mini (the pair analysed on the page)". */
export function pairText(r: OverTimeReport): string {
	return `${r.pair.candidate} against ${r.pair.baseline} (the pair analysed on the page)`;
}

/**
 * How the tornado moved its inputs: "Each input moved 20% down and up" or, when the user set
 * different changes, each input's own.
 */
export function changeText(r: OverTimeReport): string {
	const entries = Object.entries(r.changes);
	const first = entries[0]?.[1];
	if (entries.every(([, v]) => v === first)) return `Each input moved ${first}% down and up`;
	const label = (k: string) =>
		r.bars.ok ? (r.bars.value.find((b) => b.key === k)?.label ?? k) : k;
	return `Each input moved down and up by its own change (${entries.map(([k, v]) => `${label(k)} ±${v}%`).join(', ')})`;
}

/** The tornado's bars in the page's order: by the swing of the metric shown. */
export function tornadoBars(r: OverTimeReport): TornadoBar[] {
	if (!r.bars.ok) return [];
	if (r.metric === 'saving') return r.bars.value;
	const rank = (b: TornadoBar) =>
		b.breakEvenSwing === 'unbounded' ? Infinity : b.breakEvenSwing.toNumber();
	return [...r.bars.value].sort((a, b) => rank(b) - rank(a));
}

/** "the monthly saving at plan" or "the first break-even volume". */
export const metricText = (r: OverTimeReport) =>
	r.metric === 'saving'
		? 'the change in the monthly saving at plan'
		: 'the change in the first break-even volume';

/** "month 3" or "never". */
export const monthText = (m: number | 'never') => (m === 'never' ? 'never' : `month ${m}`);

/** "month 2", "never" or "no capex (rented)". */
export const paybackText = (p: Payback) =>
	p === 'no-capex' ? 'no capex (rented)' : p === 'never' ? 'never' : `month ${p}`;

const signedPercent = (d: Decimal) => `${d.gt(0) ? '+' : ''}${formatPercent(d, 1)}`;

/** The timeline settings as [label, value] rows. */
export function settingsRows(s: TimelineSettings): [string, string][] {
	return [
		['Horizon', `${s.horizonMonths} months`],
		['Monthly volume growth', signedPercent(s.monthlyGrowth)],
		['API price change per year', signedPercent(s.apiPriceChangePerYear)],
		['Hardware lead time', `${s.leadTimeMonths} months`],
		['Discount rate (a year)', formatPercent(s.discountRate, 1)]
	];
}

type OkTimeline = Extract<Timeline, { ok: true }>;

/** NPV, crossover and payback as [label, value] rows. */
export function kpiRows(tl: OkTimeline): [string, string][] {
	return [
		['NPV of the API', formatUsd(tl.npv.api)],
		['NPV of self-hosting', formatUsd(tl.npv.selfHost)],
		['NPV saving (API - self-hosting)', formatUsd(tl.npv.saving)],
		['Crossover (cash)', monthText(tl.crossoverMonth)],
		['Crossover (P&L)', monthText(tl.crossoverMonthPnl)],
		['Payback of the capex', paybackText(tl.payback)]
	];
}

export const YEARLY_COLUMNS = [
	'Year',
	'API cost',
	'Self-hosting capex (net of residual)',
	'Self-hosting opex',
	'Cumulative difference (API - self-hosted cash)'
] as const;

/** The yearly table as text, as on the page: capex net of the residual value recovered. */
export function yearlyRows(tl: OkTimeline): string[][] {
	return tl.years.map((y) => [
		`${y.year}${y.months < 12 ? ` (${y.months} months)` : ''}`,
		formatUsd(y.api),
		formatUsd(y.capex.sub(y.residualRecovered)),
		formatUsd(y.opex),
		formatUsd(y.cumulativeDifference)
	]);
}

export const TORNADO_COLUMNS = ['Input', 'Low', 'High', 'Swing (USD/month)'] as const;

/** The tornado as text: per input, each side's value and change in saving, and the swing. */
export function tornadoRows(bars: TornadoBar[]): string[][] {
	const n = (d: Decimal) => formatNumber(d, Math.min(d.decimalPlaces(), 4));
	const side = (s: TornadoBar['low']) =>
		s.ok
			? `${n(s.value)}${s.clamped ? ' (clamped)' : ''}: saving ${s.savingChange.gte(0) ? '+' : ''}${formatUsd(s.savingChange)}`
			: `${n(s.value)}: no figures (${s.reason})`;
	return bars.map((b) => [
		`${b.label} (${b.unit}; scenario ${n(b.base)})`,
		side(b.low),
		side(b.high),
		formatUsd(b.savingSwing)
	]);
}

export const MC_COLUMNS = ['', 'P10', 'P50', 'P90', 'Scenario'] as const;

const beText = (b: MonteCarloResult['breakEven']['p10']) =>
	b.kind === 'never' ? 'never' : `${formatCompact(b.volume)} tokens/month`;

/** The Monte Carlo percentiles as text: first break-even, saving at plan and crossover month. */
export function monteCarloRows(mc: MonteCarloResult): string[][] {
	return [
		[
			'First break-even',
			beText(mc.breakEven.p10),
			beText(mc.breakEven.p50),
			beText(mc.breakEven.p90),
			beText(mc.deterministic.breakEven)
		],
		[
			'Saving at plan (USD/month)',
			formatUsd(mc.saving.p10),
			formatUsd(mc.saving.p50),
			formatUsd(mc.saving.p90),
			formatUsd(mc.deterministic.saving)
		],
		[
			'Crossover month (cash)',
			monthText(mc.crossoverMonth.p10),
			monthText(mc.crossoverMonth.p50),
			monthText(mc.crossoverMonth.p90),
			monthText(mc.deterministic.crossoverMonth)
		]
	];
}

/** A share of samples as a percentage, to a tenth: "37.5%". */
export const shareText = (x: number) => `${(Math.round(x * 1000) / 10).toString()}%`;

/** The Monte Carlo in sentences: how it was run and what it found. */
export function monteCarloSentences(r: OverTimeReport, mc: MonteCarloResult): string[] {
	const out = [
		`${mc.samples.toLocaleString('en-US')} samples, seed ${r.seed} (xoshiro128**): the same scenario, ranges, samples and seed give the same figures. Percentiles are nearest-rank.`,
		`Self-hosting wins (saving at plan above 0) in ${shareText(mc.probabilitySelfHostWins)} of samples.`,
		`Never breaks even in ${shareText(mc.breakEven.neverShare)} of samples; no cash crossover within the horizon in ${shareText(mc.crossoverMonth.neverShare)}.`
	];
	if (mc.failed)
		out.push(
			`${mc.failed.toLocaleString('en-US')} samples could not be evaluated and are left out: ${mc.failureReason ?? ''}`
		);
	return out;
}

const RANGE_LABELS: Record<UncertainField, string> = {
	throughput: 'Throughput (multiplier of the estimate)',
	targetUtilization: 'Target utilisation (share)',
	gpuPrice: 'GPU price (USD) or rental rate (USD/GPU-hour)',
	electricityPrice: 'Electricity (USD/kWh)',
	apiPriceChangePerYear: 'API price change per year (share)',
	monthlyGrowth: 'Monthly volume growth (share)'
};

/** "Electricity (USD/kWh)": an uncertain input's label with its unit. */
export const rangeLabel = (f: UncertainField) => RANGE_LABELS[f];

export const RANGE_COLUMNS = ['Input', 'Low', 'Most likely', 'High'] as const;

/** The triangular ranges as text rows. */
export function rangeRows(ranges: (UncertainRange & { edited?: boolean })[]): string[][] {
	const n = (d: Decimal) => formatNumber(d, Math.min(d.decimalPlaces(), 6));
	return ranges.map((r) => [
		`${RANGE_LABELS[r.field]}${r.edited ? ' (entered by the user)' : ''}`,
		n(r.low),
		n(r.mode),
		n(r.high)
	]);
}
