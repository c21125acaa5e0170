import type { ChartConfiguration, ChartDataset, LegendItem, TooltipItem } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { apiCost } from '../domain/api-cost';
import { dec, dmax, dmin, ONE, toNumber, type Decimal } from '../domain/decimal';
import type { BaselineResult, CandidateResult, Evaluation, PairResult } from '../domain/evaluate';
import type { EngineInputs, WorkloadInputs } from '../domain/inputs';
import {
	curveAt,
	type CurvePoint as SelfHostPoint,
	type SelfHostCurve
} from '../domain/self-host-curve';
import { requestsPerDayAt } from '../domain/workload';
// `text` is a point's tooltip line below: the cell constructor goes by textCell here.
import { text as textCell, type Cell } from '../report/model';
import { formatCompact, formatNumber, formatPercent, formatUsd } from '../format';
import { axisStyle, baseOptions, excludedText, logTicks, planLine, volumeText } from './base';
import { API_DASH, SELF_HOST_DASH, entityColors, themeColors, type ChartOpts } from './palette';
import {
	requestsCell,
	tableText,
	tokensCell,
	usdMonthCell,
	type ChartData,
	type ChartTable,
	type DataChartResult
} from './table';

/**
 * Samples of each API line, log-spaced across the x range. A line with no fee is straight on
 * log–log axes and a fee bends it only near V = fee / price, so 48 points draw it smoothly.
 */
export const API_SAMPLES = 48;
/** No series of the cost curve has more points than this, whatever the volume. */
export const MAX_POINTS_PER_SERIES = 600;
/** A staircase step narrower than this share of the visible log range is sampled, not drawn edge by edge. */
const EXACT_STEP_SHARE = 1 / 400;
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

/** How far right of a jump the cost just above it is read: far below a float's resolution. */
const JUST_ABOVE = dec('1e-25');
/** Most jumps drawn exactly per series; beyond, the curve is sampled. */
const MAX_EDGES = 200;
/** Log-spaced samples of every self-hosted line (a hybrid's optimum is re-solved at each one). */
const CURVE_SAMPLES = 160;

/** One sampled volume of a self-hosted line: the engine's point there. */
interface Sample {
	volume: Decimal;
	point: SelfHostPoint;
	/** The cost just above a jump at this volume (drawn at the same x, after the value at it). */
	aboveEdge: boolean;
}

/**
 * Volumes where the self-hosted cost jumps, ascending, within (lo, hi]: a replica added (capacity
 * following volume), the peak or off-peak count stepping up (autoscaled rent), or an overflow fee
 * starting (a fleet). Empty when the jumps are finer than EXACT_STEP_SHARE of the visible log range
 * from lo (they are then sampled instead) or more than MAX_EDGES.
 */
function edgesOf(curve: SelfHostCurve, lo: Decimal, hi: Decimal): Decimal[] {
	const range = Math.log10(toNumber(hi.div(lo)));
	const minStep = range * EXACT_STEP_SHARE;
	/** Edges k·step for k ≥ kMin, while they stay wider than minStep apart; stop at fine ones. */
	const series = (step: Decimal, kMin: number): Decimal[] => {
		if (!step.gt(0)) return [];
		const out: Decimal[] = [];
		let k = Math.max(kMin, toNumber(lo.div(step).floor()) + 1);
		for (;;) {
			const edge = step.mul(k);
			if (edge.gt(hi) || out.length >= MAX_EDGES || Math.log10((k + 1) / k) < minStep) break;
			if (edge.gt(lo)) out.push(edge);
			k++;
		}
		return out;
	};
	switch (curve.kind) {
		case 'follow':
			return series(curve.stair.s.volumePerReplica, Math.max(1, curve.stair.s.minActive));
		case 'autoscaled': {
			const { Ku, day } = curve;
			const s = curve.stair.s;
			const peak = series(Ku.div(day.P), Math.max(1, s.minActive));
			const off = day.L.isZero() ? [] : series(Ku.div(day.L), Math.max(1, curve.minOffPeak));
			return [...peak, ...off].sort((a, b) => a.cmp(b)).slice(0, MAX_EDGES);
		}
		case 'fleet': {
			// Past C/P the peak overflows: the overflow API's monthly fee starts there.
			if (!curve.overflow || curve.overflow.fixed.isZero()) return [];
			const edge = curve.Ku.mul(curve.active).div(curve.day.P);
			return edge.gt(lo) && edge.lte(hi) ? [edge] : [];
		}
		case 'hybrid':
			return [];
	}
}

/** Volumes where a fleet's cost changes slope: the peak starts to overflow (C/P), then off-peak (C/L). */
function kinksOf(curve: SelfHostCurve): Decimal[] {
	if (curve.kind !== 'fleet') return [];
	const C = curve.Ku.mul(curve.active);
	return [C.div(curve.day.P), ...(curve.day.L.gt(0) ? [C.div(curve.day.L)] : [])];
}

/**
 * The engine's cost of one self-hosted line across [lo, hi], for a straight-segment line: the exact
 * jumps where they are wider than a couple of pixels (the value at the jump, then the value just
 * above it at the same volume), log-spaced samples between them to show a sloped step or a kink,
 * and the exact volumes in `exact` (break-evens, the plan, a fleet's kinks). Every cost is
 * `curveAt(curve, V)`: capacity following volume with power per token served, a fixed fleet and
 * its overflow, the hybrid optimum, or autoscaled rent.
 */
function curveSamples(curve: SelfHostCurve, lo: Decimal, hi: Decimal, exact: Decimal[]): Sample[] {
	// At a jump both sides are read a hair away from it: the edge itself, a product of 40-digit
	// decimals, may round to either side.
	const at = (v: Decimal, side: 'at' | 'below' | 'above' = 'at'): Sample => ({
		volume: v,
		point: curveAt(
			curve,
			side === 'at' ? v : v.mul(side === 'above' ? ONE.add(JUST_ABOVE) : ONE.sub(JUST_ABOVE))
		),
		aboveEdge: side === 'above'
	});
	const edges = edgesOf(curve, lo, hi);
	const inRange = (v: Decimal) => v.gte(lo) && v.lte(hi);
	const volumes = [
		lo,
		...logSpaced(lo, hi, CURVE_SAMPLES),
		hi,
		...edges,
		...[...exact, ...kinksOf(curve)].filter(inRange)
	].sort((a, b) => a.cmp(b));
	const out: Sample[] = [];
	let e = 0;
	for (let i = 0; i < volumes.length; i++) {
		const v = volumes[i];
		if (i > 0 && v.eq(volumes[i - 1])) continue;
		while (e < edges.length && edges[e].lt(v)) e++;
		if (e < edges.length && edges[e].eq(v) && v.lt(hi)) out.push(at(v, 'below'), at(v, 'above'));
		else out.push(at(v));
	}
	return out;
}

/** A point's note: replicas, and where the tokens the fleet does not serve go. */
function sampleNote(s: Sample, overflowName: string | undefined): string {
	const p = s.point;
	const n = p.billedReplicas;
	const reps = n.isInteger()
		? `${n.toString()} replica${n.eq(1) ? '' : 's'}`
		: `${formatNumber(n, 2)} replicas on average`;
	const parts = [s.aboveEdge ? `just above this volume (${reps})` : reps];
	const share = (x: Decimal) => formatPercent(x.div(s.volume));
	if (p.overflow.gt(0) && s.volume.gt(0))
		parts.push(`${share(p.overflow)} to ${overflowName ?? 'the overflow API'}`);
	if (p.unserved.gt(0) && s.volume.gt(0)) parts.push(`${share(p.unserved)} not served`);
	return parts.join(', ');
}

/** Whether a candidate sends what its fleet does not serve to an overflow API. */
export function isHybrid(c: OkCandidate): boolean {
	return c.curve.kind === 'hybrid' || (c.curve.kind === 'fleet' && c.curve.overflow !== undefined);
}

/** A candidate's series name: "(hybrid)" when an overflow API takes part of its traffic. */
export function seriesLabel(c: OkCandidate): string {
	return `${c.label} (${isHybrid(c) ? 'hybrid' : 'self-hosted'})`;
}

/** The overflow API's name of a fleet with overflow (a hybrid names it in its summary). */
function overflowNameOf(c: OkCandidate, inputs: EngineInputs): string | undefined {
	return inputs.candidates.find((x) => x.id === c.id)?.overflow?.name;
}

/**
 * Monthly cost (USD/month) against monthly volume (tokens/month), both axes logarithmic: one dashed
 * line per API baseline, one solid line per self-hosted candidate following its own cost curve
 * (capacity following volume: the staircase with power per token; a fixed fleet with its overflow or
 * unserved volume; the hybrid optimum, labelled "(hybrid)"; autoscaled rent), a marker at every
 * first and sustained break-even (on the API line, y = A(V)), and the planned volume as a vertical
 * line. Costs come from the engine (apiCost, curveAt) and become numbers only for pixels.
 * @example the default scenario gives 3 API lines, 3 staircases, 2 marker datasets and a plan line
 *          at 10,950,000,000 tokens/month.
 */
export function costCurveChart(
	ev: Evaluation,
	inputs: EngineInputs,
	opts: ChartOpts
): DataChartResult<'line', CurvePoint[]> {
	const w = inputs.workload;
	const t = themeColors(opts.theme);
	const colors = entityColors(ev, opts.theme);
	const { min, max } = costCurveRange(ev);
	const baselines = ev.baselines.filter((b): b is OkBaseline => b.ok);
	const candidates = ev.candidates.filter((c): c is OkCandidate => c.ok);
	const pairs = ev.pairs.filter((p): p is OkPair => p.ok);

	const datasets: ChartDataset<'line', CurvePoint[]>[] = [];
	// Labels and table rows are made only when read (a tooltip shown, the table opened, an export
	// written): building the chart on every keystroke must not format hundreds of numbers nobody
	// looks at.
	const rows: (() => Cell[])[] = [];
	const point = (
		series: string,
		volume: Decimal,
		cost: Decimal,
		noteOf: string | (() => string),
		text?: (usd: string) => string
	): CurvePoint => {
		let usd: string | undefined;
		let rpd: Decimal | undefined;
		let rpdText: string | undefined;
		let noteText: string | undefined;
		const money = () => (usd ??= formatUsd(cost));
		const requests = () => (rpd ??= requestsPerDayAt(volume, w));
		const perDay = () => (rpdText ??= formatNumber(requests()));
		const noteNow = () => (noteText ??= typeof noteOf === 'string' ? noteOf : noteOf());
		rows.push(() => [
			textCell(series),
			tokensCell(volume),
			requestsCell(requests()),
			usdMonthCell(cost),
			textCell(noteNow())
		]);
		return {
			x: toNumber(volume),
			y: cost.gt(0) ? toNumber(cost) : null,
			get volumeText() {
				return `${formatCompact(volume)} tokens/month (${perDay()} requests/day)`;
			},
			get text() {
				const note = noteNow();
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
	const fleetLimits: (() => string)[] = [];
	for (const c of candidates) {
		const label = seriesLabel(c);
		const exact: Decimal[] = [ev.volume.value];
		for (const p of pairs) {
			if (p.candidateId !== c.id) continue;
			for (const be of [p.first, p.sustained]) if (be.kind === 'volume') exact.push(be.volume);
			if (p.servesUpTo) exact.push(p.servesUpTo);
		}
		if (c.curve.kind === 'fleet' && !c.curve.overflow) {
			const upTo = c.curve.Ku.mul(c.curve.active).div(c.curve.day.P);
			fleetLimits.push(
				() =>
					`${c.label} serves every token up to ${formatCompact(upTo)} tokens/month; above, part of the volume is not served (no overflow API)`
			);
		}
		const overflowName = c.hybrid?.overflowName ?? overflowNameOf(c, inputs);
		const pts = curveSamples(c.curve, min, max, exact).map((smp) =>
			point(label, smp.volume, smp.point.total, () => sampleNote(smp, overflowName))
		);
		datasets.push({
			label,
			data: pts,
			stepped: false,
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
	let data: ChartData | undefined;
	let table: ChartTable | undefined;
	const dataNow = () =>
		(data ??= costCurveData(
			rows.map((r) => r()),
			notPlotted,
			fleetLimits.map((f) => f()),
			ev,
			w
		));
	return {
		config,
		get data() {
			return dataNow();
		},
		get table() {
			return (table ??= tableText(dataNow()));
		}
	};
}

function costCurveData(
	rows: Cell[][],
	notPlotted: string[],
	fleetLimits: string[],
	ev: Evaluation,
	w: WorkloadInputs
): ChartData {
	const plan = ev.volume.value.gt(0)
		? ` Planned volume: ${volumeText(ev.volume.value, w)}.`
		: ' Planned volume: 0 tokens/month (not drawn on a log axis).';
	const skipped = notPlotted.length ? ` Not plotted: ${notPlotted.join('; ')}.` : '';
	const limits = fleetLimits.map((l) => ` ${l}.`).join('');
	return {
		caption:
			'Monthly cost (USD/month) by monthly volume (tokens/month) for each API and self-hosted ' +
			`option, with break-even volumes.${plan}${skipped}${limits}${excludedText(ev)}`,
		columns: COST_CURVE_COLUMNS,
		rows
	};
}
