import type { ChartConfiguration, TooltipItem } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import type { BreakEven } from '../domain/break-even';
import { toNumber, ZERO } from '../domain/decimal';
import type { BaselineResult, CandidateResult, Evaluation, PairResult } from '../domain/evaluate';
import type { EngineInputs } from '../domain/inputs';
import { requestsPerDayAt } from '../domain/workload';
import { none, text, type Cell } from '../report/model';
import {
	axisStyle,
	baseOptions,
	decadeCeil,
	decadeFloor,
	excludedText,
	logTicks,
	planLine,
	requestsAxis,
	volumeText
} from './base';
import { costCurveRange, isHybrid, type BreakEvenKind } from './cost-curve';
import { entityColors, themeColors, type ChartOpts } from './palette';
import {
	requestsCell,
	tableText,
	tokensCell,
	type ChartTable,
	type DataChartResult
} from './table';

export type BreakEvenBarsConfig = ChartConfiguration<'bar', (number | null)[], string[]>;

/** Table columns of the break-even chart: one row per (candidate, API) pair, in chart order. */
export const BREAK_EVEN_COLUMNS = [
	'Candidate',
	'API',
	'Break-even (tokens/month)',
	'Requests/day',
	'Note'
];

/** The word a reader sees, in the category label and the table, where there is no break-even. */
export const NEVER = 'never';

type OkCandidate = Extract<CandidateResult, { ok: true }>;
type OkBaseline = Extract<BaselineResult, { ok: true }>;
type OkPair = Extract<PairResult, { ok: true }>;

/** One (candidate, API) pair: its bar, or why it has none, and its table cells. */
interface PairBar {
	value: number | null;
	tokens: Cell;
	requests: Cell;
	note: string;
	tip: string;
	/** Why there is no bar: 'never', or 'zero' (cheaper from zero volume, no place on a log axis). */
	missing?: 'never' | 'zero';
}

/**
 * Break-even volume per candidate, one bar per API baseline (grouped by candidate), on a log
 * axis. A pair that never breaks even has no bar; the candidate's label gets a line
 * "never vs <API>", and its table row reads "never". A break-even at zero volume (self-hosting is
 * cheaper from the start) has no bar either: label line "from 0 vs <API>", table "0".
 * @example default scenario, 'first': c1's label is ['Llama 3.3 70B … · rent', 'never vs GPT-4o mini'].
 */
export function breakEvenChart(
	ev: Evaluation,
	inputs: EngineInputs,
	opts: ChartOpts,
	which: BreakEvenKind = 'first'
): DataChartResult<'bar', (number | null)[], string[]> {
	const w = inputs.workload;
	const t = themeColors(opts.theme);
	const colors = entityColors(ev, opts.theme);
	const candidates = ev.candidates.filter((c): c is OkCandidate => c.ok);
	const baselines = ev.baselines.filter((b): b is OkBaseline => b.ok);
	const pair = (c: OkCandidate, b: OkBaseline): OkPair | undefined => {
		const p = ev.pairs.get(c.id, b.id);
		return p?.ok ? p : undefined;
	};

	const cell = (be: BreakEven, first: BreakEven, api: string): PairBar => {
		if (be.kind === 'never') {
			const note =
				which === 'sustained' && first.kind === 'volume'
					? 'never: self-hosting is cheaper from the first break-even but dearer again at larger volumes'
					: 'never: self-hosting costs more at every volume';
			return {
				value: null,
				tokens: none(NEVER),
				requests: none(NEVER),
				note,
				tip: `${api}: ${NEVER}`,
				missing: 'never'
			};
		}
		if (!be.volume.gt(0)) {
			const note = 'self-hosting is cheaper from zero volume (no bar on a log axis)';
			return {
				value: null,
				tokens: tokensCell(ZERO),
				requests: requestsCell(ZERO),
				note,
				tip: `${api}: 0, ${note}`,
				missing: 'zero'
			};
		}
		return {
			value: toNumber(be.volume),
			tokens: tokensCell(be.volume),
			requests: requestsCell(requestsPerDayAt(be.volume, w)),
			note: '',
			tip: `${api}: ${volumeText(be.volume, w)}`
		};
	};

	// cells[baseline][candidate], the Chart.js dataset × label layout.
	const cells: PairBar[][] = baselines.map((b) =>
		candidates.map((c) => {
			const p = pair(c, b);
			return p
				? cell(p[which], p.first, b.name)
				: cell({ kind: 'never' }, { kind: 'never' }, b.name);
		})
	);
	// A hybrid (part of its traffic to an overflow API) is marked as such in the label and the table.
	const names = candidates.map((c) => (isHybrid(c) ? `${c.label} (hybrid)` : c.label));
	const labels = candidates.map((c, i) => {
		const lines = [names[i]];
		const vs = (kind: 'never' | 'zero') =>
			baselines.filter((_, j) => cells[j][i].missing === kind).map((b) => b.name);
		const never = vs('never');
		const zero = vs('zero');
		if (never.length) lines.push(`${NEVER} vs ${never.join(', ')}`);
		if (zero.length) lines.push(`from 0 vs ${zero.join(', ')}`);
		return lines;
	});

	const range = costCurveRange(ev);
	const min = decadeFloor(range.min);
	const max = decadeCeil(range.max);
	const annotations: Record<string, AnnotationOptions> = {};
	if (ev.volume.value.gt(0)) annotations.plan = planLine(ev.volume.value, w, opts);
	const top = requestsAxis(min, max, w, opts);
	const what = `${which === 'first' ? 'First' : 'Sustained'} break-even volume`;
	const title = `${what} by candidate and API`;
	const base = baseOptions(title, opts);

	const config: BreakEvenBarsConfig = {
		type: 'bar',
		data: {
			labels,
			datasets: baselines.map((b, j) => ({
				label: b.name,
				data: cells[j].map((x) => x.value),
				backgroundColor: colors.get(`api:${b.id}`),
				borderColor: colors.get(`api:${b.id}`),
				borderWidth: 1
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
					type: 'logarithmic',
					min: toNumber(min),
					max: toNumber(max),
					...axisStyle(`${what} (tokens/month)`, opts),
					ticks: logTicks(opts)
				},
				...(top ? { xRequests: top } : {}),
				y: {
					type: 'category',
					...axisStyle('Self-hosted candidate', opts),
					ticks: { color: t.text }
				}
			},
			plugins: {
				title: base.title,
				legend: base.legend,
				tooltip: {
					callbacks: {
						label: (item: TooltipItem<'bar'>) =>
							cells[item.datasetIndex]?.[item.dataIndex]?.tip ?? ''
					}
				},
				annotation: { annotations }
			}
		}
	};

	const rows = candidates.flatMap((_, i) =>
		baselines.map((b, j) => {
			const x = cells[j][i];
			return [text(names[i]), text(b.name), x.tokens, x.requests, text(x.note)];
		})
	);
	const meaning =
		which === 'first'
			? 'the least volume at which self-hosting costs no more than the API'
			: 'the volume beyond which self-hosting costs no more than the API at every larger volume';
	const data = {
		caption:
			`${title} (tokens/month): ${meaning}. "never" means self-hosting does not break even.` +
			excludedText(ev),
		columns: BREAK_EVEN_COLUMNS,
		rows
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
