import type { BreakEven } from '../domain/break-even';
import type { Decimal } from '../domain/decimal';
import type { BaselineResult, CandidateResult, PairResult } from '../domain/evaluate';
import type { Quantity } from '../domain/quantity';
import { requestsPerDayAt } from '../domain/workload';
import { formatNumber, formatPercent, formatUsd, unitStyle } from '../format';
import type { ReportContext } from './types';
import { modeLabel } from './modes';

/**
 * The words that travel with an exported chart or report: the footnote under a chart, the
 * summary in sentences, the assumptions with their sources, the break-even matrix as rows.
 * Formatting only: every number is the engine's, rounded here for display. Shared by the PNG,
 * PPTX and PDF exports so the three say the same thing.
 */

type OkCandidate = Extract<CandidateResult, { ok: true }>;
type OkBaseline = Extract<BaselineResult, { ok: true }>;
type OkPair = Extract<PairResult, { ok: true }>;

/** A local calendar date, "2026-07-24": what a report is dated with. */
export function isoDate(d: Date): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** "1,792,000,000 tokens/month (29,458 requests/day)", "never", or "0 (cheaper from zero volume)". */
export function breakEvenText(be: BreakEven, ctx: ReportContext): string {
	if (be.kind === 'never') return 'never';
	if (!be.volume.gt(0)) return '0 (self-hosting is cheaper from zero volume)';
	const rpd = formatNumber(requestsPerDayAt(be.volume, ctx.inputs.workload));
	return `${formatNumber(be.volume)} tokens/month (${rpd} requests/day)`;
}

/** The planned volume in both units. */
export function planText(ctx: ReportContext): string {
	return `${formatNumber(ctx.ev.volume.value)} tokens/month (${formatNumber(ctx.ev.requestsPerDay)} requests/day)`;
}

/**
 * The line under every exported chart: the assumptions a reader needs to trust it, and the
 * catalog's date.
 * @example "Planned volume 6,083,333,333 tokens/month (100,000 requests/day) · 1,000 input +
 *          1,000 output tokens per request · cached input 0% · … · Catalog as of 2026-08"
 */
export function chartFootnote(ctx: ReportContext): string {
	const w = ctx.inputs.workload;
	const f = ctx.inputs.finance;
	const parts = [
		`Planned volume ${planText(ctx)}`,
		`${formatNumber(w.inputTokensPerRequest.value)} input + ${formatNumber(w.outputTokensPerRequest.value)} output tokens per request`,
		`cached input ${formatPercent(w.cachedInputShare.value)}`,
		`batch ${formatPercent(w.batchShare.value)}`,
		`peak/average ${w.peakToAverage.value.toString()}×`,
		`${formatNumber(f.hoursPerMonth.value)} hours/month`,
		`Catalog as of ${ctx.catalogAsOf}`,
		`LLM TCO, ${isoDate(ctx.generatedAt)}: "${ctx.scenario.name}"`
	];
	return parts.join(' · ');
}

/** The cheapest option at plan among those with figures (a comparison of engine results). */
export function cheapestAtPlan(
	ctx: ReportContext
): { name: string; cost: Decimal; kind: 'self-hosted' | 'API' } | undefined {
	const options = [
		...ctx.ev.candidates.flatMap((c) =>
			// A fleet that leaves tokens unserved is not an option that serves the plan.
			c.ok && c.atPlan.split.unserved.isZero()
				? [{ name: c.label, cost: c.atPlan.total.value, kind: 'self-hosted' as const }]
				: []
		),
		...ctx.ev.baselines.flatMap((b) =>
			b.ok ? [{ name: b.name, cost: b.atPlan.value, kind: 'API' as const }] : []
		)
	];
	return options.reduce<(typeof options)[number] | undefined>(
		(best, o) => (!best || o.cost.lt(best.cost) ? o : best),
		undefined
	);
}

function pairSentence(p: OkPair, c: OkCandidate, b: OkBaseline, ctx: ReportContext): string {
	const who = `${c.label} against ${b.name}`;
	let be: string;
	if (p.first.kind === 'never') be = 'never breaks even: self-hosting costs more at every volume';
	else {
		be = `breaks even at ${breakEvenText(p.first, ctx)}`;
		const same =
			p.sustained.kind === 'volume' && p.sustained.volume.equals(p.first.volume)
				? ' and stays cheaper at every larger volume'
				: p.sustained.kind === 'never'
					? ', but is dearer again at larger volumes (no sustained break-even)'
					: `; it stays cheaper from ${breakEvenText(p.sustained, ctx)}`;
		be += same;
	}
	const costs = `self-hosted ${formatUsd(p.selfHostAtPlan)} against API ${formatUsd(p.apiAtPlan)} a month`;
	const at =
		p.cheaperAtPlan === 'self-host'
			? `At the planned volume self-hosting saves ${formatUsd(p.savingAtPlan)}/month (${costs}).`
			: p.cheaperAtPlan === 'api'
				? `At the planned volume self-hosting costs ${formatUsd(p.savingAtPlan.abs())}/month more (${costs}).`
				: `At the planned volume both cost the same (${costs}).`;
	return `${who}: ${be}. ${at}`;
}

/** Candidates and APIs that have no figures, each with its reason: shown, never dropped. */
export function notEvaluated(ctx: ReportContext): string[] {
	return [
		...ctx.ev.candidates.flatMap((c) =>
			c.ok ? [] : [`${c.label} (self-hosted) has no figures: ${c.reason}`]
		),
		...ctx.ev.baselines.flatMap((b) =>
			b.ok ? [] : [`${b.name} (API) has no figures: ${b.reason}`]
		)
	];
}

/**
 * The executive summary as plain sentences: the plan, the cheapest option, every pair's
 * break-even and saving at plan, and every candidate or API that could not be evaluated.
 */
export function summarySentences(ctx: ReportContext): string[] {
	const out = [`Planned volume: ${planText(ctx)}.`];
	const best = cheapestAtPlan(ctx);
	out.push(
		best
			? `Cheapest at the planned volume: ${best.name} (${best.kind}) at ${formatUsd(best.cost)}/month.`
			: 'No option could be evaluated, so there is no cheapest option.'
	);
	for (const p of ctx.ev.pairs) {
		if (!p.ok) continue;
		const c = ctx.ev.candidates.find((x): x is OkCandidate => x.ok && x.id === p.candidateId);
		const b = ctx.ev.baselines.find((x): x is OkBaseline => x.ok && x.id === p.baselineId);
		if (c && b) out.push(pairSentence(p, c, b, ctx));
	}
	for (const c of ctx.ev.candidates) {
		if (c.ok) for (const w of c.warnings) out.push(`${c.label}: note: ${w}.`);
	}
	for (const s of notEvaluated(ctx)) out.push(`${s}.`);
	return out;
}

/** Columns of the break-even matrix in the exports: one row per (candidate, API) pair. */
export const MATRIX_COLUMNS = [
	'Candidate',
	'API',
	'First break-even',
	'Sustained break-even',
	'Self-hosted at plan (USD/month)',
	'API at plan (USD/month)',
	'Saving at plan (USD/month)'
] as const;

/** The break-even matrix as rows of text. A pair without figures carries its reason. */
export function matrixRows(ctx: ReportContext): string[][] {
	const name = (id: string, list: { id: string }[], key: 'label' | 'name') =>
		String((list.find((x) => x.id === id) as Record<string, unknown> | undefined)?.[key] ?? id);
	return ctx.ev.pairs.map((p) => {
		const cand = ctx.ev.candidates.find((x) => x.id === p.candidateId);
		// Hybrids, fleets and autoscaled rent are marked: "… (hybrid)", "… (fleet of 3)".
		const mode = cand?.ok && cand.curve.kind !== 'follow' ? ` (${modeLabel(cand)})` : '';
		const c = name(p.candidateId, ctx.ev.candidates, 'label') + mode;
		const b = name(p.baselineId, ctx.ev.baselines, 'name');
		if (!p.ok) return [c, b, `no figures: ${p.reason}`, '', '', '', ''];
		return [
			c,
			b,
			breakEvenText(p.first, ctx),
			breakEvenText(p.sustained, ctx),
			formatUsd(p.selfHostAtPlan),
			formatUsd(p.apiAtPlan),
			formatUsd(p.savingAtPlan)
		];
	});
}

export interface AssumptionRow {
	group: string;
	label: string;
	value: string;
	/** 1-based number of the source in `sources`. */
	source: number;
}

export interface Assumptions {
	rows: AssumptionRow[];
	/** Numbered sources, each once: "[1] scenario input". */
	sources: string[];
}

const decimalsOf = (v: Decimal, max = 6) => Math.min(v.decimalPlaces(), max);

/** A quantity's value with its unit, for reading: "$2.00 USD/GPU-hour" is "$2.00/GPU-hour". */
export function quantityText(q: Quantity): string {
	const v = q.value;
	const style = unitStyle(q.unit);
	if (style.kind === 'usd') return formatUsd(v, Math.max(2, decimalsOf(v))) + style.after;
	if (style.kind === 'share') return formatPercent(v, Math.max(0, decimalsOf(v) - 2)) + style.after;
	const n = formatNumber(v, decimalsOf(v));
	if (style.kind === 'times') return `${n}×`;
	// "1 replica", not "1 replicas".
	if (style.kind === 'count') return `${n} ${v.equals(1) ? style.one : q.unit}`;
	return q.unit ? `${n} ${q.unit}` : n;
}

function isQuantity(x: unknown): x is Quantity {
	if (typeof x !== 'object' || x === null) return false;
	const o = x as Record<string, unknown>;
	return typeof o.label === 'string' && typeof o.unit === 'string' && typeof o.source === 'string';
}

const KEY_FINANCE = new Set(['hoursPerMonth', 'loadedAnnualCostUsd', 'baseFte', 'ftePer100Gpus']);
const KEY_BUY = new Set([
	'depreciationYears',
	'costOfCapital',
	'electricityUsdPerKwh',
	'pue',
	'colocationUsdPerKwMonth'
]);
const KEY_SERVING = new Set(['targetUtilization', 'redundancy']);
const KEY_WORKLOAD = new Set([
	'requestsPerDay',
	'inputTokensPerRequest',
	'outputTokensPerRequest',
	'cachedInputShare',
	'batchShare',
	'peakToAverage'
]);

/**
 * The inputs behind the numbers, each with its source. 'key' is what fits a slide: the workload,
 * the money facts the candidates use, the GPU and API prices, and where each throughput came
 * from. 'all' adds every other setting and catalog figure in use.
 */
export function assumptions(ctx: ReportContext, scope: 'key' | 'all'): Assumptions {
	const rows: AssumptionRow[] = [];
	const sources: string[] = [];
	const seen = new Set<string>();
	const sourceNumber = (text: string) => {
		const i = sources.indexOf(text);
		if (i >= 0) return i + 1;
		sources.push(text);
		return sources.length;
	};
	const add = (group: string, q: Quantity, label = q.label) => {
		const key = `${label}|${q.value.toString()}`;
		if (seen.has(key)) return;
		seen.add(key);
		const src = q.asOf ? `${q.source} (as of ${q.asOf})` : q.source;
		rows.push({ group, label, value: quantityText(q), source: sourceNumber(src) });
	};
	const section = (group: string, o: object, keep: (k: string) => boolean) => {
		for (const [k, v] of Object.entries(o)) if (isQuantity(v) && keep(k)) add(group, v);
	};
	const all = scope === 'all';
	const buys = ctx.inputs.candidates.some((c) => c.acquisition === 'buy');
	const rents = ctx.inputs.candidates.some((c) => c.acquisition === 'rent');

	section('Workload', ctx.inputs.workload, (k) => all || KEY_WORKLOAD.has(k));
	section(
		'Finance',
		ctx.inputs.finance,
		(k) =>
			all || KEY_FINANCE.has(k) || (buys && KEY_BUY.has(k)) || (rents && k === 'commitmentDiscount')
	);
	section('Serving', ctx.inputs.serving, (k) => all || KEY_SERVING.has(k));
	for (const c of ctx.inputs.candidates) {
		section('GPU', c.gpu, (k) =>
			all
				? true
				: (c.acquisition === 'rent' && k === 'cloudUsdPerGpuHour') ||
					(c.acquisition === 'buy' && (k === 'purchasePriceUsd' || k === 'tdpWatts'))
		);
		if (all) section('Model', c.model, () => true);
	}
	const w = ctx.inputs.workload;
	// The cache price and batch discount matter only when some traffic uses them; a fee when set.
	const apiKey = (k: string, b: (typeof ctx.inputs.baselines)[number]) =>
		k === 'inputUsdPerMTok' ||
		k === 'outputUsdPerMTok' ||
		(k === 'cachedInputUsdPerMTok' && w.cachedInputShare.value.gt(0)) ||
		(k === 'batchDiscount' && w.batchShare.value.gt(0)) ||
		(k === 'fixedMonthlyUsd' && !b.fixedMonthlyUsd.value.isZero());
	for (const b of ctx.inputs.baselines) section('API', b, (k) => all || apiKey(k, b));
	for (const c of ctx.ev.candidates) {
		if (!c.ok) continue;
		const tps = c.throughput.outputTokensPerSecond.value;
		rows.push({
			group: 'Throughput',
			label: `${c.label}: throughput (${c.throughput.path === 'benchmark' ? 'measured' : 'estimated'})`,
			value: `${formatNumber(tps, tps.isInteger() ? 0 : 1)} output tokens/s per replica`,
			source: sourceNumber(c.throughput.label)
		});
	}
	return { rows, sources };
}
