import type { ChartConfiguration, ChartDataset, LegendItem, TooltipItem } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { apiCost } from '../domain/api-cost';
import { dec, dmax, dmin, ONE, toNumber, type Decimal } from '../domain/decimal';
import type { BaselineResult, CandidateResult, Evaluation, PairResult } from '../domain/evaluate';
import type { EngineInputs, WorkloadInputs } from '../domain/inputs';
import {
	curveAt,
	floatCurve,
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

/**
 * Log-spaced volumes strictly between lo and hi (n − 1 of them), as floats for drawing; each is a
 * 15-digit number, so `exactVolume` gives the same volume as an exact Decimal when a table asks.
 */
function logSpaced(lo: number, hi: number, n: number): number[] {
	const a = Math.log10(lo);
	const span = Math.log10(hi) - a;
	const out: number[] = [];
	for (let j = 1; j < n; j++) out.push(Number((10 ** (a + (span * j) / n)).toPrecision(15)));
	return out;
}

/** A sampled volume (a 15-digit float from logSpaced) as the exact Decimal it stands for. */
const exactVolume = (x: number): Decimal => dec(x.toPrecision(15));

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
/** Volumes this close (relative) in floating point are ordered and merged by their exact values. */
const NEAR = 1e-12;
/** Most jumps drawn exactly per series; beyond, the curve is sampled. */
const MAX_EDGES = 200;
/** Log-spaced samples of every self-hosted line (a hybrid's optimum is re-solved at each one). */
const CURVE_SAMPLES = 160;

/**
 * A drawn volume's exact value, made only when read: a Decimal, a 15-digit float from logSpaced,
 * or a jump at k steps (step · k).
 */
type ExactVolume = Decimal | number | { step: Decimal; k: number };

function exactOf(v: ExactVolume): Decimal {
	if (typeof v === 'number') return exactVolume(v);
	return 'step' in v ? v.step.mul(v.k) : v;
}

/** A self-hosted line, shared by its samples: its curve and where its overflow goes. */
interface SelfHostLine {
	curve: SelfHostCurve;
	overflowName?: string;
}

/**
 * One drawn point of a self-hosted line: its pixels (floats) and, made only when a table or a
 * tooltip reads them, its exact volume and the engine's point there.
 */
class Sample implements Figures {
	#volume: Decimal | undefined;
	#point: SelfHostPoint | undefined;
	constructor(
		readonly line: SelfHostLine,
		readonly x: number,
		/** USD/month, for drawing: the engine's cost rounded once at exact volumes, else floatCurve. */
		readonly y: number,
		private readonly exact: ExactVolume,
		/** The value just below (−1) or just above (+1) a jump at this volume, or at it (0). */
		readonly side: -1 | 0 | 1,
		point?: SelfHostPoint
	) {
		this.#point = point;
	}
	get volume(): Decimal {
		return (this.#volume ??= exactOf(this.exact));
	}
	/** The engine's point; at a jump both sides are read a hair away from it, as the edge itself may round either way. */
	get point(): SelfHostPoint {
		const v = this.volume;
		return (this.#point ??= curveAt(
			this.line.curve,
			this.side === 0 ? v : v.mul(this.side > 0 ? ONE.add(JUST_ABOVE) : ONE.sub(JUST_ABOVE))
		));
	}
	get cost(): Decimal {
		return this.point.total;
	}
	get note(): string {
		return sampleNote(this, this.line.overflowName);
	}
	/** The cost just above a jump at this volume (drawn at the same x, after the value at it). */
	get aboveEdge(): boolean {
		return this.side > 0;
	}
}

/** A volume to draw at, before merging: from a float (samples, jumps) or exact (plan, break-evens). */
interface Mark {
	x: number;
	exact: ExactVolume;
	/** A jump of the cost is at this volume. */
	edge: boolean;
	/** The engine's exact point, for exact volumes (drawn at its exact cost). */
	point?: SelfHostPoint;
	/** x is the exact volume's own float (toNumber), not a float product. */
	exactX: boolean;
}

/**
 * Volumes where the self-hosted cost jumps, ascending, within (lo, hi]: a replica added (capacity
 * following volume), the peak or off-peak count stepping up (autoscaled rent), or an overflow fee
 * starting (a fleet). Empty when the jumps are finer than EXACT_STEP_SHARE of the visible log range
 * from lo (they are then sampled instead) or more than MAX_EDGES. Found in floating point (k · step);
 * each jump's exact volume (step · k in Decimal) is made only when read.
 */
function edgesOf(curve: SelfHostCurve, lo: Decimal, hi: Decimal): Mark[] {
	const loF = toNumber(lo);
	const hiF = toNumber(hi);
	const minStep = Math.log10(hiF / loF) * EXACT_STEP_SHARE;
	/** Edges k·step for k ≥ kMin, while they stay wider than minStep apart; stop at fine ones. */
	const series = (step: Decimal, kMin: number): Mark[] => {
		if (!step.gt(0)) return [];
		const stepF = toNumber(step);
		const out: Mark[] = [];
		let k = Math.max(kMin, Math.floor(loF / stepF) + 1);
		for (;;) {
			const x = stepF * k;
			if (x > hiF || out.length >= MAX_EDGES || Math.log10((k + 1) / k) < minStep) break;
			if (x > loF) out.push({ x, exact: { step, k }, edge: true, exactX: false });
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
			return [...peak, ...off].sort((a, b) => a.x - b.x).slice(0, MAX_EDGES);
		}
		case 'fleet': {
			// Past C/P the peak overflows: the overflow API's monthly fee starts there.
			if (!curve.overflow || curve.overflow.fixed.isZero()) return [];
			const edge = curve.Ku.mul(curve.active).div(curve.day.P);
			return edge.gt(lo) && edge.lte(hi)
				? [{ x: toNumber(edge), exact: edge, edge: true, exactX: true }]
				: [];
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
 * Marks sorted by volume, with volumes that are equal merged into one group. Floats order them;
 * marks within NEAR of each other are ordered and compared by their exact volumes, so a jump that
 * falls exactly on a break-even is one volume, as in Decimal.
 */
function mergeMarks(marks: Mark[]): Mark[][] {
	marks.sort((a, b) => a.x - b.x);
	const groups: Mark[][] = [];
	let i = 0;
	while (i < marks.length) {
		let j = i + 1;
		while (j < marks.length && marks[j].x - marks[j - 1].x <= NEAR * marks[j].x) j++;
		if (j === i + 1) groups.push([marks[i]]);
		else {
			const exact = new Map(marks.slice(i, j).map((m) => [m, exactOf(m.exact)]));
			const near = [...exact.keys()].sort((a, b) => exact.get(a)!.cmp(exact.get(b)!));
			let last: Mark[] | undefined;
			for (const m of near) {
				if (last && exact.get(last[0])!.eq(exact.get(m)!)) last.push(m);
				else groups.push((last = [m]));
			}
		}
		i = j;
	}
	return groups;
}

/**
 * One self-hosted line across [lo, hi], for a straight-segment line: the jumps where they are wider
 * than a couple of pixels (the value at the jump, then the value just above it at the same volume),
 * log-spaced samples between them to show a sloped step or a kink, and the exact volumes in `exact`
 * (break-evens, the plan, a fleet's kinks). Drawn costs are floats (floatCurve), except at the exact
 * volumes, which are drawn at the engine's cost (curveAt); every point's exact volume and engine
 * point are made only when a table or a tooltip reads them.
 */
function curveSamples(line: SelfHostLine, lo: Decimal, hi: Decimal, exact: Decimal[]): Sample[] {
	const curve = line.curve;
	const inRange = (v: Decimal) => v.gte(lo) && v.lte(hi);
	const exactMarks: Mark[] = [...exact, ...kinksOf(curve)].filter(inRange).map((v) => ({
		x: toNumber(v),
		exact: v,
		edge: false,
		point: curveAt(curve, v),
		exactX: true
	}));
	const drawn = floatCurve(
		curve,
		exactMarks.map((m) => m.point!)
	);
	const loF = toNumber(lo);
	const hiF = toNumber(hi);
	const marks: Mark[] = [
		{ x: loF, exact: lo, edge: false, exactX: true },
		...logSpaced(loF, hiF, CURVE_SAMPLES).map((x) => ({ x, exact: x, edge: false, exactX: true })),
		{ x: hiF, exact: hi, edge: false, exactX: true },
		...edgesOf(curve, lo, hi),
		...exactMarks
	];
	const out: Sample[] = [];
	for (const group of mergeMarks(marks)) {
		const m = group.find((g) => g.exactX) ?? group[0];
		const x = m.x;
		if (group.some((g) => g.edge) && (x < hiF * (1 - NEAR) || exactOf(m.exact).lt(hi))) {
			out.push(
				new Sample(line, x, drawn(x, -1), m.exact, -1),
				new Sample(line, x, drawn(x, 1), m.exact, 1)
			);
			continue;
		}
		const p = group.find((g) => g.point)?.point;
		out.push(
			p
				? new Sample(line, x, toNumber(p.total), m.exact, 0, p)
				: new Sample(line, x, drawn(x), m.exact, 0)
		);
	}
	return out;
}

/** The exact figures behind a drawn point. */
interface Figures {
	readonly volume: Decimal;
	readonly cost: Decimal;
	readonly note: string;
	/** The tooltip line, when it is not "series: $cost/month, note". */
	text?(usd: string): string;
}

/**
 * A point of the chart: its pixels as plain data (x, y), and its tooltip and table texts formatted
 * from the exact figures only when read (a tooltip shown, the table opened, an export written):
 * building the chart on every keystroke must not format hundreds of numbers nobody looks at.
 */
class Point implements CurvePoint {
	declare breakEven?: BreakEvenMark;
	readonly #series: string;
	readonly #w: WorkloadInputs;
	readonly #figures: Figures;
	#usd: string | undefined;
	#perDay: string | undefined;
	#note: string | undefined;
	constructor(
		readonly x: number,
		readonly y: number | null,
		series: string,
		w: WorkloadInputs,
		figures: Figures
	) {
		this.#series = series;
		this.#w = w;
		this.#figures = figures;
	}
	get volumeText(): string {
		return `${formatCompact(this.#figures.volume)} tokens/month (${this.perDay()} requests/day)`;
	}
	get text(): string {
		const f = this.#figures;
		const note = this.note();
		return f.text
			? f.text(this.money())
			: `${this.#series}: ${this.money()}/month${note ? `, ${note}` : ''}`;
	}
	/** The point's row in the chart's table: typed cells, formatted by whoever writes them. */
	row(): Cell[] {
		const volume = this.#figures.volume;
		return [
			textCell(this.#series),
			tokensCell(volume),
			requestsCell(requestsPerDayAt(volume, this.#w)),
			usdMonthCell(this.#figures.cost),
			textCell(this.note())
		];
	}
	private money(): string {
		return (this.#usd ??= formatUsd(this.#figures.cost));
	}
	private perDay(): string {
		return (this.#perDay ??= formatNumber(requestsPerDayAt(this.#figures.volume, this.#w)));
	}
	private note(): string {
		return (this.#note ??= this.#figures.note);
	}
}

/** A point's note: replicas, and where the tokens the fleet does not serve go. */
function sampleNote(s: Sample, overflowName: string | undefined): string {
	const p = s.point;
	const volume = s.volume;
	const n = p.billedReplicas;
	const reps = n.isInteger()
		? `${n.toString()} replica${n.eq(1) ? '' : 's'}`
		: `${formatNumber(n, 2)} replicas on average`;
	const parts = [s.aboveEdge ? `just above this volume (${reps})` : reps];
	const share = (x: Decimal) => formatPercent(x.div(volume));
	if (p.overflow.gt(0) && volume.gt(0))
		parts.push(`${share(p.overflow)} to ${overflowName ?? 'the overflow API'}`);
	if (p.unserved.gt(0) && volume.gt(0)) parts.push(`${share(p.unserved)} not served`);
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
	/** Every point, in dataset order: the table has a row for each. */
	const points: Point[] = [];
	const point = (x: number, y: number | null, series: string, figures: Figures): Point => {
		const p = new Point(x, y, series, w, figures);
		points.push(p);
		return p;
	};

	// API lines are straight (A = F + p·V) and few points: drawn at their exact costs.
	const minF = toNumber(min);
	const maxF = toNumber(max);
	const xs = [minF, ...logSpaced(minF, maxF, API_SAMPLES - 1), maxF];
	const volumes = xs.map((x, j) => (j === 0 ? min : j === xs.length - 1 ? max : exactVolume(x)));
	for (const b of baselines) {
		const label = `${b.name} (API)`;
		datasets.push({
			label,
			data: volumes.map((v, j) => {
				const cost = apiCost(b.line, v);
				return point(xs[j], cost.gt(0) ? toNumber(cost) : null, label, {
					volume: v,
					cost,
					note: ''
				});
			}),
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
		const line: SelfHostLine = { curve: c.curve, overflowName };
		const pts = curveSamples(line, min, max, exact).map((smp) =>
			point(smp.x, smp.y > 0 ? smp.y : null, label, smp)
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
			const cost = apiCost(b.line, be.volume);
			const pt = point(toNumber(be.volume), cost.gt(0) ? toNumber(cost) : null, label, {
				volume: be.volume,
				cost,
				note,
				text
			});
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
			points.map((p) => p.row()),
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
