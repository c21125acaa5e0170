import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { dec, toNumber, type Decimal } from '../domain/decimal';
import type { Evaluation } from '../domain/evaluate';
import type { WorkloadInputs } from '../domain/inputs';
import { requestsPerDayAt } from '../domain/workload';
import { formatCompact, formatNumber } from '../format';
import { PLAN_DASH, themeColors, type ChartOpts } from './palette';

/** "6.6B tokens/month (120,472 requests/day)": every volume is shown in both units. */
export function volumeText(volume: Decimal, w: WorkloadInputs): string {
	const rpd = formatNumber(requestsPerDayAt(volume, w));
	return `${formatCompact(volume)} tokens/month (${rpd} requests/day)`;
}

const SUFFIXES: [number, string][] = [
	[1e15, 'P'],
	[1e12, 'T'],
	[1e9, 'B'],
	[1e6, 'M'],
	[1e3, 'k']
];

/** A tick value shortened like formatCompact: 2e9 → "2B". Display only: ticks are pixels. */
export function compactTick(value: number): string {
	for (const [limit, suffix] of SUFFIXES) {
		if (Math.abs(value) >= limit) return `${Number((value / limit).toPrecision(3))}${suffix}`;
	}
	return `${Number(value.toPrecision(3))}`;
}

/**
 * Log-axis tick label: 1, 2 and 5 of each decade are labelled, only the powers of ten when the
 * axis spans more than four decades; the other ticks stay blank, and minor-grid.ts draws only their
 * grid lines.
 */
export function logTick(
	value: number | string,
	index?: number,
	ticks: { value: number }[] = []
): string {
	const v = Number(value);
	if (!(v > 0)) return '';
	const lo = ticks[0]?.value;
	const hi = ticks[ticks.length - 1]?.value;
	const wide = lo > 0 && hi > 0 && Math.log10(hi / lo) > 4;
	const mantissa = v / 10 ** Math.floor(Math.log10(v) + 1e-12);
	const m = Math.round(mantissa);
	if (Math.abs(mantissa - m) > 1e-6) return '';
	return m === 1 || (!wide && (m === 2 || m === 5)) ? compactTick(v) : '';
}

/** USD-axis tick label on a log axis: "$20k". */
export function usdLogTick(
	value: number | string,
	index?: number,
	ticks: { value: number }[] = []
): string {
	const t = logTick(value, index, ticks);
	return t && `$${t}`;
}

/** Ticks of a log axis: labelled by logTick, never rotated; blank ticks make autoSkip pointless. */
export function logTicks(opts: ChartOpts, usd = false) {
	return {
		color: themeColors(opts.theme).text,
		autoSkip: false,
		maxRotation: 0,
		callback: usd ? usdLogTick : logTick
	};
}

/** USD-axis tick label on a linear axis. */
export function usdTick(value: number | string): string {
	const v = Number(value);
	return v < 0 ? `−$${compactTick(-v)}` : `$${compactTick(v)}`;
}

/** Options every chart shares: instant redraws, a title, themed text. */
export function baseOptions(title: string, opts: ChartOpts) {
	const t = themeColors(opts.theme);
	return {
		responsive: true,
		maintainAspectRatio: false,
		animation: false as const,
		color: t.text,
		title: { display: true, text: title, color: t.text, font: { size: 16 } },
		legend: { display: true, labels: { color: t.text } }
	};
}

/** A scale's title, tick and grid colours. */
export function axisStyle(title: string, opts: ChartOpts) {
	const t = themeColors(opts.theme);
	return {
		title: { display: true, text: title, color: t.text },
		grid: { color: t.grid },
		border: { color: t.grid }
	};
}

/** Smallest power of ten ≤ a positive number, as an exact Decimal. */
export function decadeFloor(v: Decimal): Decimal {
	return dec(`1e${v.log(10).floor().toString()}`);
}

/** Smallest power of ten ≥ a positive number, as an exact Decimal. */
export function decadeCeil(v: Decimal): Decimal {
	const d = decadeFloor(v);
	return d.equals(v) ? d : d.mul(10);
}

/**
 * The requests/day axis drawn above a tokens/month log axis: the same range converted at the
 * scenario's tokens per request, so both axes line up. Undefined when a request has no tokens.
 */
export function requestsAxis(lo: Decimal, hi: Decimal, w: WorkloadInputs, opts: ChartOpts) {
	const rLo = requestsPerDayAt(lo, w);
	const rHi = requestsPerDayAt(hi, w);
	if (!rLo.gt(0)) return undefined;
	const t = themeColors(opts.theme);
	return {
		type: 'logarithmic' as const,
		position: 'top' as const,
		min: toNumber(rLo),
		max: toNumber(rHi),
		title: { display: true, text: 'Requests per day (requests/day)', color: t.text },
		grid: { drawOnChartArea: false, color: t.grid },
		border: { color: t.grid },
		ticks: logTicks(opts)
	};
}

/** The planned volume as a vertical (or, for horizontal bars, still value-axis) line. */
export function planLine(
	volume: Decimal,
	w: WorkloadInputs,
	opts: ChartOpts,
	scaleID = 'x'
): AnnotationOptions<'line'> {
	const t = themeColors(opts.theme);
	return {
		type: 'line',
		scaleID,
		value: toNumber(volume),
		borderColor: t.plan,
		borderWidth: 1.5,
		borderDash: PLAN_DASH,
		label: {
			display: true,
			content: `Planned: ${volumeText(volume, w)}`,
			position: 'start',
			color: t.background,
			backgroundColor: t.plan,
			font: { size: 11 }
		}
	};
}

/** "Not shown: c3 (reason); API x (reason)." for captions, or '' when everything evaluated. */
export function excludedText(ev: Evaluation): string {
	const out = [
		...ev.candidates.flatMap((c) => (c.ok ? [] : [`${c.label} (${c.reason})`])),
		...ev.baselines.flatMap((b) => (b.ok ? [] : [`${b.name} (${b.reason})`]))
	];
	return out.length ? ` Not shown: ${out.join('; ')}.` : '';
}
