import type { ChartConfiguration, ChartDataset, LegendItem, TooltipItem } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { apiCost } from '../domain/api-cost';
import { activeAt, stepCost, staircaseCost, type Staircase } from '../domain/break-even';
import { dec, dmax, dmin, toNumber, type Decimal } from '../domain/decimal';
import type { BaselineResult, CandidateResult, Evaluation, PairResult } from '../domain/evaluate';
import type { EngineInputs, WorkloadInputs } from '../domain/inputs';
import { requestsPerDayAt } from '../domain/workload';
import { formatCompact, formatNumber, formatUsd } from '../format';
import { axisStyle, baseOptions, excludedText, logTicks, planLine, volumeText } from './base';
import { API_DASH, SELF_HOST_DASH, entityColors, themeColors, type ChartOpts } from './palette';
import type { ChartResult, ChartTable } from './table';

/**
 * Samples of each API line, log-spaced across the x range. A line with no fee is straight on
 * log–log axes and a fee bends it only near V = fee / price, so 48 points draw it smoothly.
 */
export const API_SAMPLES = 48;
/** No series of the cost curve has more points than this, whatever the volume. */
export const MAX_POINTS_PER_SERIES = 600;
/** A staircase step narrower than this share of the visible log range is sampled, not drawn edge by edge. */
const EXACT_STEP_SHARE = 1 / 400;
/** Samples spread over the part of the range where steps are finer than that. */
const FINE_SAMPLES = 180;
/** Volumes shown when the plan is zero and nothing breaks even (no scale to anchor on). */
const FALLBACK_VOLUME = dec('1e9');

export type BreakEvenKind = 'first' | 'sustained';

/** A break-even drawn on the cost curve, identified for tooltips, tables and tests. */
export interface BreakEvenMark {
	kind: BreakEvenKind;
	candidateId: string;
	baselineId: string;
}

/** One point of the cost curve, with its tooltip text precomputed from the exact Decimals. */
export interface CurvePoint {
	/** Tokens/month. */
	x: number;
	/** USD/month; null where the cost is zero, which has no place on a log axis. */
	y: number | null;
	/** Tooltip title: the volume in tokens/month and requests/day. */
	volumeText: string;
	/** Tooltip line: the series and its cost. */
	text: string;
	breakEven?: BreakEvenMark;
}

export type CostCurveConfig = ChartConfiguration<'line', CurvePoint[]>;

/** Table columns of the cost curve: one row per plotted point, in dataset order. */
export const COST_CURVE_COLUMNS = ['Series', 'Tokens/month', 'Requests/day', 'USD/month', 'Note'];

type OkCandidate = Extract<CandidateResult, { ok: true }>;
type OkBaseline = Extract<BaselineResult, { ok: true }>;
type OkPair = Extract<PairResult, { ok: true }>;

/** Log-spaced volumes strictly between lo and hi (n − 1 of them), exact Decimals from 15-digit strings. */
function logSpaced(lo: Decimal, hi: Decimal, n: number): Decimal[] {
	const a = Math.log10(toNumber(lo));
	const span = Math.log10(toNumber(hi)) - a;
	const out: Decimal[] = [];
	for (let j = 1; j < n; j++) out.push(dec((10 ** (a + (span * j) / n)).toPrecision(15)));
	return out;
}

/**
 * The x range: a decade either side of the plan and every finite, non-zero break-even. A break-even
 * at 0 (self-hosting cheaper from the start) has no place on a log axis and does not stretch it.
 */
export function costCurveRange(ev: Evaluation): { min: Decimal; max: Decimal } {
	const anchors: Decimal[] = [];
	if (ev.volume.value.gt(0)) anchors.push(ev.volume.value);
	for (const p of ev.pairs) {
		if (!p.ok) continue;
		for (const be of [p.first, p.sustained]) {
			if (be.kind === 'volume' && be.volume.gt(0)) anchors.push(be.volume);
		}
	}
	if (anchors.length === 0) {
		// Nothing to anchor on: centre the chart on one replica's volume, or a billion tokens.
		const reps = ev.candidates.flatMap((c) => (c.ok ? [c.capacity.volumePerReplica.value] : []));
		anchors.push(reps.length ? reps.reduce(dmin) : FALLBACK_VOLUME);
	}
	return { min: anchors.reduce(dmin).div(10), max: anchors.reduce(dmax).mul(10) };
}

/**
 * Volumes and costs of a staircase across [lo, hi], for a `stepped: 'after'` line. Where a step is
 * at least 1/400 of the visible log range wide, the points are its exact edges k·Vrep, each with
 * the cost just above the edge (k + 1 active replicas); beyond that, steps are finer than a couple
 * of pixels and the staircase is sampled at log-spaced volumes. At most ~1 + 400 + 180 points.
 */
function staircasePoints(
	s: Staircase,
	lo: Decimal,
	hi: Decimal
): { volume: Decimal; cost: Decimal; replicas: number; aboveEdge: boolean }[] {
	const at = (v: Decimal) => ({
		volume: v,
		cost: staircaseCost(s, v),
		replicas: activeAt(s, v) + s.redundancy,
		aboveEdge: false
	});
	const out = [at(lo)];
	const range = Math.log10(toNumber(hi.div(lo)));
	const minStep = range * EXACT_STEP_SHARE;
	let last = lo;
	// Whether steps finer than a couple of pixels remain between `last` and hi.
	let fine = !s.volumePerReplica.gt(0);
	if (!fine) {
		// Edges exist at k·Vrep for k ≥ minActive: above it, k + 1 replicas are active.
		let k = Math.max(s.minActive, toNumber(lo.div(s.volumePerReplica).floor()) + 1);
		let edges = 0;
		for (;;) {
			const edge = s.volumePerReplica.mul(k);
			if (edge.gt(hi)) break;
			if (edges >= 1 / EXACT_STEP_SHARE || Math.log10((k + 1) / k) < minStep) {
				fine = true;
				break;
			}
			out.push({
				volume: edge,
				cost: stepCost(s, k + 1),
				replicas: k + 1 + s.redundancy,
				aboveEdge: true
			});
			last = edge;
			k++;
			edges++;
		}
	}
	if (fine && last.lt(hi)) {
		const share = Math.log10(toNumber(hi.div(last))) / range;
		const n = Math.max(1, Math.ceil(FINE_SAMPLES * share));
		for (const v of logSpaced(last, hi, n)) out.push(at(v));
	}
	if (last.lt(hi)) out.push(at(hi));
	return out;
}

/**
 * Monthly cost (USD/month) against monthly volume (tokens/month), both axes logarithmic: one dashed
 * line per API baseline, one solid staircase per self-hosted candidate, a marker at every first and
 * sustained break-even (on the API line, y = A(V)), and the planned volume as a vertical line.
 * Costs come from the engine (apiCost, staircaseCost, stepCost) and become numbers only for pixels.
 * @example the default scenario gives 3 API lines, 3 staircases, 2 marker datasets and a plan line
 *          at 10,950,000,000 tokens/month.
 */
export function costCurveChart(
	ev: Evaluation,
	inputs: EngineInputs,
	opts: ChartOpts
): ChartResult<'line', CurvePoint[]> {
	const w = inputs.workload;
	const t = themeColors(opts.theme);
	const colors = entityColors(ev, opts.theme);
	const { min, max } = costCurveRange(ev);
	const baselines = ev.baselines.filter((b): b is OkBaseline => b.ok);
	const candidates = ev.candidates.filter((c): c is OkCandidate => c.ok);
	const pairs = ev.pairs.filter((p): p is OkPair => p.ok);

	const datasets: ChartDataset<'line', CurvePoint[]>[] = [];
	// Labels are formatted only when read (a tooltip shown, the table opened, an export written):
	// building the chart on every keystroke must not format hundreds of numbers nobody looks at.
	const rows: (() => string[])[] = [];
	const point = (
		series: string,
		volume: Decimal,
		cost: Decimal,
		note: string,
		text?: (usd: string) => string
	): CurvePoint => {
		let usd: string | undefined;
		let rpd: string | undefined;
		const money = () => (usd ??= formatUsd(cost));
		const perDay = () => (rpd ??= formatNumber(requestsPerDayAt(volume, w)));
		rows.push(() => [series, formatNumber(volume), perDay(), money(), note]);
		return {
			x: toNumber(volume),
			y: cost.gt(0) ? toNumber(cost) : null,
			get volumeText() {
				return `${formatCompact(volume)} tokens/month (${perDay()} requests/day)`;
			},
			get text() {
				return text ? text(money()) : `${series}: ${money()}/month${note ? `, ${note}` : ''}`;
			}
		};
	};

	const volumes = [min, ...logSpaced(min, max, API_SAMPLES - 1), max];
	for (const b of baselines) {
		const label = `${b.name} (API)`;
		datasets.push({
			label,
			data: volumes.map((v) => point(label, v, apiCost(b.line, v), '')),
			borderColor: colors.get(`api:${b.id}`),
			backgroundColor: colors.get(`api:${b.id}`),
			borderDash: API_DASH,
			borderWidth: 2,
			pointRadius: 0,
			pointHitRadius: 4
		});
	}
	for (const c of candidates) {
		const label = `${c.label} (self-hosted)`;
		const replicas = (n: number) => `${n} replica${n === 1 ? '' : 's'}`;
		const pts = staircasePoints(c.staircase.s, min, max).map((p) =>
			point(
				label,
				p.volume,
				p.cost,
				p.aboveEdge ? `just above this volume (${replicas(p.replicas)})` : replicas(p.replicas)
			)
		);
		datasets.push({
			label,
			data: pts,
			stepped: 'after',
			borderColor: colors.get(`self:${c.id}`),
			backgroundColor: colors.get(`self:${c.id}`),
			borderDash: SELF_HOST_DASH,
			borderWidth: 2,
			pointRadius: 0,
			pointHitRadius: 4
		});
	}

	const notPlotted: string[] = [];
	for (const kind of ['first', 'sustained'] as const) {
		const label = `Break-even (${kind})`;
		const data: CurvePoint[] = [];
		for (const p of pairs) {
			const be = p[kind];
			const b = baselines.find((x) => x.id === p.baselineId);
			const c = candidates.find((x) => x.id === p.candidateId);
			if (!b || !c) continue;
			const who = `${c.label} vs ${b.name}`;
			if (be.kind === 'never') {
				notPlotted.push(`${who} (${kind}): never`);
				continue;
			}
			if (!be.volume.gt(0)) {
				notPlotted.push(`${who} (${kind}): self-hosting is cheaper from zero volume`);
				continue;
			}
			const note = `${kind} break-even, ${who}`;
			const text = (usd: string) => `${kind} break-even, ${who}: API ${usd}/month`;
			const pt = point(label, be.volume, apiCost(b.line, be.volume), note, text);
			pt.breakEven = {
				kind,
				candidateId: c.id,
				baselineId: b.id
			};
			data.push(pt);
		}
		if (data.length === 0) continue;
		datasets.push({
			label,
			data,
			showLine: false,
			pointStyle: kind === 'first' ? 'circle' : 'rectRot',
			pointRadius: kind === 'first' ? 5 : 8,
			pointHoverRadius: kind === 'first' ? 7 : 10,
			pointBorderWidth: 2,
			// Each marker takes its candidate's colour, so markers on the same API line can be told apart;
			// the legend swatch stays neutral (filled = first, hollow = sustained).
			borderColor: t.text,
			backgroundColor: kind === 'first' ? t.text : 'rgba(0, 0, 0, 0)',
			pointBorderColor: data.map((pt) =>
				kind === 'first' ? t.text : (colors.get(`self:${pt.breakEven?.candidateId}`) ?? t.text)
			),
			pointBackgroundColor: data.map((pt) =>
				kind === 'first'
					? (colors.get(`self:${pt.breakEven?.candidateId}`) ?? t.text)
					: 'rgba(0, 0, 0, 0)'
			),
			order: -1
		});
	}

	const annotations: Record<string, AnnotationOptions> = {};
	if (ev.volume.value.gt(0)) annotations.plan = planLine(ev.volume.value, w, opts);
	const base = baseOptions('Monthly cost by monthly volume: API against self-hosting', opts);

	const config: CostCurveConfig = {
		type: 'line',
		data: { datasets },
		options: {
			// Points are already { x, y } numbers: skip Chart.js's parsing on every update.
			parsing: false,
			responsive: base.responsive,
			maintainAspectRatio: base.maintainAspectRatio,
			animation: base.animation,
			color: base.color,
			interaction: { mode: 'nearest', intersect: false },
			scales: {
				x: {
					type: 'logarithmic',
					min: toNumber(min),
					max: toNumber(max),
					...axisStyle('Monthly volume (tokens/month)', opts),
					ticks: logTicks(opts)
				},
				y: {
					type: 'logarithmic',
					...axisStyle('Monthly cost (USD/month)', opts),
					ticks: logTicks(opts, true)
				}
			},
			plugins: {
				title: base.title,
				// Markers are drawn on top (order −1) but listed last, after the lines they sit on.
				legend: {
					...base.legend,
					labels: {
						...base.legend.labels,
						sort: (a: LegendItem, b: LegendItem) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0)
					}
				},
				tooltip: {
					callbacks: {
						title: (items: TooltipItem<'line'>[]) =>
							items.length ? (items[0].raw as CurvePoint).volumeText : '',
						label: (item: TooltipItem<'line'>) => (item.raw as CurvePoint).text
					}
				},
				annotation: { annotations }
			}
		}
	};
	let table: ChartTable | undefined;
	return {
		config,
		get table() {
			return (table ??= costCurveTable(
				rows.map((r) => r()),
				notPlotted,
				ev,
				w
			));
		}
	};
}

function costCurveTable(
	rows: string[][],
	notPlotted: string[],
	ev: Evaluation,
	w: WorkloadInputs
): ChartTable {
	const plan = ev.volume.value.gt(0)
		? ` Planned volume: ${volumeText(ev.volume.value, w)}.`
		: ' Planned volume: 0 tokens/month (not drawn on a log axis).';
	const skipped = notPlotted.length ? ` Not plotted: ${notPlotted.join('; ')}.` : '';
	return {
		caption:
			'Monthly cost (USD/month) by monthly volume (tokens/month) for each API and self-hosted ' +
			`option, with break-even volumes.${plan}${skipped}${excludedText(ev)}`,
		columns: COST_CURVE_COLUMNS,
		rows
	};
}
