import type { BreakEven } from './break-even';
import { dec, numberOf, type Decimal } from './decimal';
import { evaluate } from './evaluate';
import type { EngineInputs } from './inputs';
import { createRandom, triangularQuantile } from './random';
import {
	PairUnavailableError,
	uncertainFields,
	type InputKey,
	type UncertainField,
	type UncertainRange
} from './pair-inputs';
import { withInput } from './sensitivity';
import {
	cashCrossover,
	defaultTimelineSettings,
	pairInputs,
	validateTimelineSettings,
	type TimelineSettings
} from './timeline';

/**
 * Monte Carlo (DESIGN.md §2 "Uncertainty"): inputs drawn from triangular ranges, the pair
 * re-evaluated by the Decimal engine for every sample, and percentiles of first break-even volume,
 * saving at plan and crossover month reported. Floats are used only to draw inputs and to order
 * and bin the samples; every percentile is one sample's exact Decimal result (nearest rank, no
 * interpolation), so a run of zero-width ranges reproduces the deterministic figures exactly.
 */

const fieldLabel: Record<UncertainField, string> = {
	throughput: 'throughput multiplier',
	targetUtilization: 'target utilisation',
	gpuPrice: 'GPU price or rental rate',
	electricityPrice: 'electricity price',
	apiPriceChangePerYear: 'API price change per year',
	monthlyGrowth: 'monthly growth'
};

/**
 * Problems with a set of ranges, one message each, naming the field; [] when they are usable.
 * Checks: low ≤ most likely ≤ high, finite values, prices ≥ 0, throughput multiplier > 0,
 * utilisation within (0, 1], growth and price change above −1, each field at most once.
 * @example [{ field: 'gpuPrice', low: 30000, mode: 25000, high: 40000 }]
 *          → ['gpuPrice (GPU price or rental rate): low 30000 is above most likely 25000']
 */
export function validateRanges(ranges: UncertainRange[]): string[] {
	const out: string[] = [];
	const seen = new Set<UncertainField>();
	for (const r of ranges) {
		const name = `${r.field} (${fieldLabel[r.field] ?? 'unknown field'})`;
		if (!(r.field in fieldLabel)) {
			out.push(`${name}: not an input the Monte Carlo can draw`);
			continue;
		}
		if (seen.has(r.field)) out.push(`${name}: given more than once`);
		seen.add(r.field);
		if (![r.low, r.mode, r.high].every((v) => v.isFinite())) {
			out.push(`${name}: low, most likely and high must be finite numbers`);
			continue;
		}
		if (r.low.gt(r.mode))
			out.push(`${name}: low ${r.low.toString()} is above most likely ${r.mode.toString()}`);
		if (r.mode.gt(r.high))
			out.push(`${name}: most likely ${r.mode.toString()} is above high ${r.high.toString()}`);
		const min = r.low.lt(r.mode) ? r.low : r.mode;
		const max = r.high.gt(r.mode) ? r.high : r.mode;
		switch (r.field) {
			case 'gpuPrice':
			case 'electricityPrice':
				if (min.isNeg()) out.push(`${name}: ${min.toString()} is negative; a price must be ≥ 0`);
				break;
			case 'throughput':
				if (!min.gt(0)) out.push(`${name}: ${min.toString()} must be above 0`);
				break;
			case 'targetUtilization':
				if (!min.gt(0) || max.gt(1)) out.push(`${name}: values must lie within (0, 1]`);
				break;
			case 'apiPriceChangePerYear':
			case 'monthlyGrowth':
				if (!min.gt(-1)) out.push(`${name}: ${min.toString()} must be above −1`);
				break;
		}
	}
	return out;
}

/** Ranges or options a Monte Carlo refuses; `messages` name the fields. */
export class InvalidRangesError extends Error {
	constructor(readonly messages: string[]) {
		super(messages.join('; '));
		this.name = 'InvalidRangesError';
	}
}

export interface MonteCarloOptions {
	/** Samples to draw, an integer from 1 to 1,000,000. */
	samples: number;
	/** The PRNG seed (a 32-bit integer): the same seed and inputs give the same result. */
	seed: number;
	/** Called after each chunk of samples with the number done so far. */
	onProgress?: (done: number) => void;
	/** Checked between chunks; true ends the run early with the samples done (at least one chunk). */
	shouldStop?: () => boolean;
	/** The timeline for the crossover month; default defaultTimelineSettings(inputs). Growth and API price change are then drawn when ranges give them. */
	timeline?: TimelineSettings;
	/** Bins of the saving histogram, 1 to 200; default 20. */
	bins?: number;
}

/** Nearest-rank percentiles: each is one sample's value. */
export interface Percentiles<T> {
	p10: T;
	p50: T;
	p90: T;
}

/** Equal-width bins: counts[i] samples in [edges[i], edges[i+1]) (the last bin includes its right edge). */
export interface Histogram {
	/** USD/month; counts.length + 1 edges. */
	edges: number[];
	counts: number[];
}

export interface MonteCarloResult {
	/** Samples drawn (fewer than asked when stopped). */
	samples: number;
	stopped: boolean;
	/** Samples the engine could not evaluate, left out of the statistics, and the first one's reason. */
	failed: number;
	failureReason?: string;
	/** The scenario's own results, for reference beside the percentiles. */
	deterministic: {
		breakEven: BreakEven;
		/** USD/month. */
		saving: Decimal;
		crossoverMonth: number | 'never';
	};
	/** First break-even volume, tokens/month; 'never' ranks above every volume. */
	breakEven: Percentiles<BreakEven> & { neverShare: number };
	/** Saving at the planned volume (API − self-hosted), USD/month. */
	saving: Percentiles<Decimal>;
	/** Crossover month of cumulative cash costs; 'never' ranks above every month. */
	crossoverMonth: Percentiles<number | 'never'> & { neverShare: number };
	/** Of saving at plan. */
	histogram: Histogram;
	/** Share of samples whose saving at plan is above 0. */
	probabilitySelfHostWins: number;
}

/**
 * 0-based index of the nearest-rank p-quantile of n sorted values: ceil(p·n) − 1, at least 0.
 * @example nearestRankIndex(0.1, 10000) → 999; nearestRankIndex(0.5, 3) → 1; nearestRankIndex(0.9, 1) → 0
 */
export function nearestRankIndex(p: number, n: number): number {
	return Math.min(n - 1, Math.max(0, Math.ceil(p * n - 1e-9) - 1));
}

/**
 * Equal-width histogram of values over [min, max]; a single bin [v, v] when all values are equal.
 * @example histogram([0, 1, 2, 3], 2) → { edges: [0, 1.5, 3], counts: [2, 2] }
 */
export function histogram(values: number[], bins: number): Histogram {
	if (!values.length) return { edges: [], counts: [] };
	let min = Infinity;
	let max = -Infinity;
	for (const v of values) {
		if (v < min) min = v;
		if (v > max) max = v;
	}
	if (min === max) return { edges: [min, max], counts: [values.length] };
	const width = (max - min) / bins;
	const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
	const counts = new Array<number>(bins).fill(0);
	for (const v of values) counts[Math.min(bins - 1, Math.floor((v - min) / width))]++;
	return { edges, counts };
}

/** Percentiles of items ordered by a float key, ties broken exactly. */
function percentiles<T>(
	items: T[],
	key: (t: T) => number,
	tie: (a: T, b: T) => number
): Percentiles<T> {
	// Each key once, not once per comparison: a Decimal's float is a string conversion.
	const keyed = items.map((item) => ({ item, k: key(item) }));
	keyed.sort((a, b) => a.k - b.k || tie(a.item, b.item));
	const at = (p: number) => keyed[nearestRankIndex(p, keyed.length)].item;
	return { p10: at(0.1), p50: at(0.5), p90: at(0.9) };
}

const beKey = (b: BreakEven) => (b.kind === 'never' ? Infinity : b.volume.toNumber());
const beTie = (a: BreakEven, b: BreakEven) =>
	a.kind === 'volume' && b.kind === 'volume' ? a.volume.cmp(b.volume) : 0;
const monthKey = (m: number | 'never') => (m === 'never' ? Infinity : m);

/** A float draw as a Decimal: 15 significant digits, so no binary noise reaches the engine. */
const fromFloat = (x: number): Decimal => dec(x.toPrecision(15));

const CHUNK = 100;

/**
 * Monte Carlo of one (candidate, baseline) pair. Each sample draws every given range (triangular,
 * by inverse CDF, one uniform draw a range in the order of uncertainFields), evaluates the pair
 * with the Decimal engine, and runs the cash timeline for the crossover month. Returns P10/P50/P90
 * of first break-even volume, saving at plan and crossover month, a histogram of saving at plan
 * and the probability that self-hosting saves money at the planned volume.
 * A zero-width range (low = most likely = high) uses its Decimal value as given, so with every
 * range zero-width at the scenario's values each percentile is the deterministic result exactly.
 * Throws InvalidRangesError (messages naming the fields) for invalid ranges, options or timeline
 * settings, PairUnavailableError when the pair cannot be evaluated. Synchronous: run it in a worker;
 * onProgress can post messages from inside the run, and shouldStop can read a shared flag.
 * @example ranges [{ field: 'gpuPrice', low: 25000, mode: 30000, high: 40000 }], 10,000 samples,
 *          seed 1 → saving P10 < P50 < P90, the same numbers on every run with seed 1
 */
export function monteCarlo(
	inputs: EngineInputs,
	candidateId: string,
	baselineId: string,
	ranges: UncertainRange[],
	opts: MonteCarloOptions
): MonteCarloResult {
	const settings = opts.timeline ?? defaultTimelineSettings(inputs);
	const bins = opts.bins ?? 20;
	const problems = [
		...validateRanges(ranges),
		...validateTimelineSettings(settings).map((m) => `timeline ${m}`)
	];
	if (!Number.isInteger(opts.samples) || opts.samples < 1 || opts.samples > 1_000_000)
		problems.push(`samples: ${opts.samples} is not a whole number from 1 to 1,000,000`);
	if (!Number.isFinite(opts.seed)) problems.push(`seed: ${opts.seed} is not a number`);
	if (!Number.isInteger(bins) || bins < 1 || bins > 200)
		problems.push(`bins: ${bins} is not a whole number from 1 to 200`);
	if (problems.length) throw new InvalidRangesError(problems);

	const pair = pairInputs(inputs, candidateId, baselineId);
	if (!pair)
		throw new PairUnavailableError(`no candidate ${candidateId} or baseline ${baselineId}`);
	const run = (inp: EngineInputs, t: TimelineSettings) => {
		const ev = evaluate(inp);
		const p = ev.pairs.at(0);
		const c = ev.candidates[0];
		const b = ev.baselines[0];
		if (!p.ok || !c.ok || !b.ok) return p.ok ? 'unavailable' : p.reason;
		return { first: p.first, saving: p.savingAtPlan, crossover: cashCrossover(inp, c, b, t) };
	};
	const det = run(pair, settings);
	if (typeof det === 'string') throw new PairUnavailableError(det);

	const drawn = uncertainFields
		.map((f) => ranges.find((r) => r.field === f))
		.filter((r): r is UncertainRange => r !== undefined)
		.map((r) => ({
			...r,
			fixed: r.low.eq(r.high),
			f: { low: r.low.toNumber(), mode: r.mode.toNumber(), high: r.high.toNumber() }
		}));
	const random = createRandom(opts.seed);
	const breakEvens: BreakEven[] = [];
	const savings: Decimal[] = [];
	const crossovers: (number | 'never')[] = [];
	let failed = 0;
	let failureReason: string | undefined;
	let done = 0;
	let stopped = false;
	while (done < opts.samples) {
		if (done > 0 && opts.shouldStop?.()) {
			stopped = true;
			break;
		}
		const end = Math.min(opts.samples, done + CHUNK);
		for (; done < end; done++) {
			let inp = pair;
			let t = settings;
			for (const r of drawn) {
				const u = random();
				const v = r.fixed ? r.mode : fromFloat(triangularQuantile(u, r.f.low, r.f.mode, r.f.high));
				if (r.field === 'monthlyGrowth') t = { ...t, monthlyGrowth: v };
				else if (r.field === 'apiPriceChangePerYear') t = { ...t, apiPriceChangePerYear: v };
				else inp = withInput(inp, candidateId, baselineId, r.field satisfies InputKey, v);
			}
			const s = run(inp, t);
			if (typeof s === 'string') {
				failed++;
				failureReason ??= s;
				continue;
			}
			breakEvens.push(s.first);
			savings.push(s.saving);
			crossovers.push(s.crossover);
		}
		opts.onProgress?.(done);
	}
	if (!savings.length)
		throw new PairUnavailableError(
			`no sample could be evaluated: ${failureReason ?? 'none drawn'}`
		);

	const n = savings.length;
	const savingFloats = savings.map(numberOf);
	let wins = 0;
	for (const s of savings) if (s.gt(0)) wins++;
	return {
		samples: done,
		stopped,
		failed,
		failureReason,
		deterministic: { breakEven: det.first, saving: det.saving, crossoverMonth: det.crossover },
		breakEven: {
			...percentiles(breakEvens, beKey, beTie),
			neverShare: breakEvens.filter((b) => b.kind === 'never').length / n
		},
		saving: percentiles(savings, numberOf, (a, b) => a.cmp(b)),
		crossoverMonth: {
			...percentiles(crossovers, monthKey, () => 0),
			neverShare: crossovers.filter((m) => m === 'never').length / n
		},
		histogram: histogram(savingFloats, bins),
		probabilitySelfHostWins: wins / n
	};
}
