import type { BreakEven } from './break-even';
import { dec, dmax, dmin, ONE, ZERO, type Decimal } from './decimal';
import { evaluate, type PairResult } from './evaluate';
import type { CandidateInputs, EngineInputs } from './inputs';
import { quantity, type Quantity } from './quantity';
import {
	baselineKeys,
	findPair,
	inputLabel,
	inputValue,
	PairUnavailableError,
	sensitivityKeys,
	type InputKey,
	type SensitivityKey
} from './pair-inputs';
import { candidateGroups, type PairIds } from './timeline';

export type { PairIds } from './timeline';

/**
 * Sensitivity (DESIGN.md §2 "Uncertainty"): each main input moved to a low and a high value, the
 * pair re-evaluated, and the change in first break-even volume and in monthly saving at the
 * planned volume reported per input, largest swing first: the data of a tornado chart.
 */

// A moved input keeps its unit: a price per 1M tokens set or scaled is still one (V names it).
const set = <V extends Decimal>(q: Quantity<V>, value: Decimal): Quantity<V> => ({
	...q,
	value: value as V
});
const scale = <V extends Decimal>(q: Quantity<V>, k: Decimal): Quantity<V> => ({
	...q,
	value: q.value.mul(k) as V
});

/**
 * New inputs with one input of the pair set to `value` (unit of inputLabel); the inputs given are
 * not changed. Notes on the less direct inputs:
 * - throughput k: the candidate's throughput multiplier (CandidateInputs.throughputScale) is
 *   multiplied by k, so its replica's requests/s is multiplied by k on either path (roofline or
 *   benchmark), with the batch and sizing (memory) untouched: what scaling the GPU's bandwidth
 *   and FLOP/s, the matching benchmarks and the per-user speed target by k gives, since every
 *   step then takes 1/k the time and the same batch meets the target. Only the pair's own
 *   candidate is changed.
 * - apiInputPrice: the cached-input price moves with the input price (a cache price is quoted as a
 *   discount on it), so the cache discount keeps its share.
 * @example withInput(inputs, 'c', 'api', 'electricityPrice', dec('0.1')) → inputs with $0.10/kWh
 */
export function withInput(
	inputs: EngineInputs,
	candidateId: string,
	baselineId: string,
	key: InputKey,
	value: Decimal
): EngineInputs {
	const { c, b } = findPair(inputs, candidateId, baselineId);
	const cands = (f: (c: CandidateInputs) => CandidateInputs) =>
		inputs.candidates.map((x) => (x === c ? f(x) : x));
	switch (key) {
		case 'requestsPerDay':
			return {
				...inputs,
				workload: { ...inputs.workload, requestsPerDay: set(inputs.workload.requestsPerDay, value) }
			};
		case 'gpuPrice': {
			const field =
				c.acquisition === 'buy'
					? 'purchasePriceUsd'
					: c.gpu.cloudUsdPerGpuHour
						? 'cloudUsdPerGpuHour'
						: 'cloudUsdPerGpuMonth';
			const q = c.gpu[field];
			if (!q) return inputs;
			return {
				...inputs,
				candidates: cands((x) => ({ ...x, gpu: { ...x.gpu, [field]: set(q, value) } }))
			};
		}
		case 'throughput': {
			if (value.eq(ONE)) return inputs;
			return {
				...inputs,
				candidates: cands((x) => ({
					...x,
					throughputScale: x.throughputScale
						? scale(x.throughputScale, value)
						: quantity('throughput multiplier', value, '×', 'uncertainty')
				}))
			};
		}
		case 'targetUtilization': {
			const own = c.serving?.targetUtilization;
			if (own)
				return {
					...inputs,
					candidates: cands((x) => ({
						...x,
						serving: { ...x.serving, targetUtilization: set(own, value) }
					}))
				};
			return {
				...inputs,
				serving: {
					...inputs.serving,
					targetUtilization: set(inputs.serving.targetUtilization, value)
				}
			};
		}
		case 'electricityPrice':
		case 'loadedStaffCost': {
			const field = key === 'electricityPrice' ? 'electricityUsdPerKwh' : 'loadedAnnualCostUsd';
			return {
				...inputs,
				finance: { ...inputs.finance, [field]: set(inputs.finance[field], value) }
			};
		}
		case 'apiInputPrice':
		case 'apiOutputPrice': {
			// The input side moves every input price (cached, cache write, long-context) in proportion,
			// the output side both output prices: a long prompt feels the move too.
			const base = key === 'apiOutputPrice' ? b.outputUsdPerMTok : b.inputUsdPerMTok;
			const k = base.value.isZero() ? undefined : value.div(base.value);
			const by = <Q extends Quantity | undefined>(q: Q): Q => (q && k ? scale(q, k) : q) as Q;
			const lc = b.longContext;
			const o =
				key === 'apiOutputPrice'
					? {
							...b,
							outputUsdPerMTok: set(b.outputUsdPerMTok, value),
							...(lc ? { longContext: { ...lc, outputUsdPerMTok: by(lc.outputUsdPerMTok) } } : {})
						}
					: {
							...b,
							inputUsdPerMTok: set(b.inputUsdPerMTok, value),
							cachedInputUsdPerMTok: by(b.cachedInputUsdPerMTok),
							cacheWriteUsdPerMTok: by(b.cacheWriteUsdPerMTok),
							...(lc
								? {
										longContext: {
											...lc,
											inputUsdPerMTok: by(lc.inputUsdPerMTok),
											cachedInputUsdPerMTok: by(lc.cachedInputUsdPerMTok),
											cacheWriteUsdPerMTok: by(lc.cacheWriteUsdPerMTok)
										}
									}
								: {})
						};
			// A candidate that overflows to this offering pays the moved price on its overflow too.
			return {
				...inputs,
				baselines: inputs.baselines.map((x) => (x === b ? o : x)),
				candidates: inputs.candidates.map((x) =>
					x.overflow?.id === b.id ? { ...x, overflow: o } : x
				)
			};
		}
		case 'cachedInputShare':
			return {
				...inputs,
				workload: {
					...inputs.workload,
					cachedInputShare: set(inputs.workload.cachedInputShare, value)
				}
			};
	}
}

/**
 * The range an input may take: shares stay within [0, 1] (utilisation above 0), everything else
 * at or above 0; throughput above 0.
 * @example clampInput('targetUtilization', dec('1.08')) → { value: 1, clamped: true }
 */
export function clampInput(key: InputKey, value: Decimal): { value: Decimal; clamped: boolean } {
	let v = dmax(value, ZERO);
	if (key === 'targetUtilization' || key === 'cachedInputShare') v = dmin(v, ONE);
	return { value: v, clamped: !v.eq(value) };
}

/** One input's range for the tornado: relative changes, −0.2 = 20 % below the scenario's value. */
export interface SensitivityInput {
	key: SensitivityKey;
	/** Relative change to the low side, above −1; default −0.2. */
	low?: Decimal;
	/** Relative change to the high side, above −1; default +0.2. */
	high?: Decimal;
}

export const DEFAULT_SENSITIVITY_CHANGE = dec('0.2');

/**
 * Every sensitivity input at the default ±20 %.
 * @example defaultSensitivityInputs() → [{ key: 'requestsPerDay' }, { key: 'gpuPrice' }, …] (9 inputs)
 */
export const defaultSensitivityInputs = (): SensitivityInput[] =>
	sensitivityKeys.map((key) => ({ key }));

/** How a side's first break-even volume compares with the scenario's. */
export type BreakEvenChange =
	| { kind: 'volume'; /** tokens/month, side − scenario */ change: Decimal }
	| { kind: 'still-never' }
	/** The scenario breaks even; this side never does. */
	| { kind: 'now-never' }
	/** The scenario never breaks even; this side does (its volume is in breakEven). */
	| { kind: 'now-breaks-even' };

export type TornadoSide = {
	/** The relative change applied. */
	change: Decimal;
	/** The input's value on this side, after clamping, in the bar's unit. */
	value: Decimal;
	/** True when the change took the input past its valid range and it was held at the limit. */
	clamped: boolean;
} & (
	| {
			ok: true;
			/** First break-even volume, tokens/month. */
			breakEven: BreakEven;
			breakEvenChange: BreakEvenChange;
			/** Monthly saving at the planned volume (API − self-hosted), USD/month. */
			saving: Decimal;
			/** saving − the scenario's saving, USD/month. */
			savingChange: Decimal;
	  }
	| { ok: false; reason: string }
);

export interface TornadoBar {
	key: SensitivityKey;
	label: string;
	unit: string;
	/** The scenario's value, in `unit`. */
	base: Decimal;
	low: TornadoSide;
	high: TornadoSide;
	/** |saving(high) − saving(low)|, USD/month; a side that failed counts at the scenario's saving. */
	savingSwing: Decimal;
	/** |break-even(high) − break-even(low)|, tokens/month; 'unbounded' when one side never breaks even and the other does. */
	breakEvenSwing: Decimal | 'unbounded';
}

type OkPair = Extract<PairResult, { ok: true }>;

const okOr = (p: PairResult): OkPair | string => (p.ok ? p : p.reason);

function breakEvenChange(base: BreakEven, side: BreakEven): BreakEvenChange {
	if (base.kind === 'never')
		return side.kind === 'never' ? { kind: 'still-never' } : { kind: 'now-breaks-even' };
	if (side.kind === 'never') return { kind: 'now-never' };
	return { kind: 'volume', change: side.volume.sub(base.volume) };
}

function swingOf(a: BreakEven, b: BreakEven): Decimal | 'unbounded' {
	if (a.kind === 'never' && b.kind === 'never') return ZERO;
	if (a.kind === 'never' || b.kind === 'never') return 'unbounded';
	return a.volume.sub(b.volume).abs();
}

const swingKey = (s: Decimal | 'unbounded') => (s === 'unbounded' ? Infinity : s.toNumber());

/** The refusal of a change at or below −1, if any. */
function rangeProblem(ranges: SensitivityInput[]): RangeError | undefined {
	for (const r of ranges) {
		for (const [side, ch] of [
			['low', r.low],
			['high', r.high]
		] as const) {
			if (ch && !(ch.isFinite() && ch.gt(-1)))
				return new RangeError(`${r.key}: the ${side} change ${ch.toString()} must be above −1`);
		}
	}
	return undefined;
}

/**
 * Tornado of one (candidate, baseline) pair: for each range, the input moved to base × (1 + low)
 * and base × (1 + high) (clamped to its valid range), the pair re-evaluated, and the change in
 * first break-even volume (tokens/month) and in monthly saving at plan (USD/month) reported.
 * Bars are sorted by swing, largest first: by saving swing (`sortBy` 'saving', the default) or by
 * break-even swing ('breakEven', 'unbounded' first), the other swing breaking ties, then the order
 * of sensitivityKeys. A zero input (say a cached share of 0) does not move under a relative change.
 * Throws PairUnavailableError when the pair itself cannot be evaluated, RangeError for a change
 * at or below −1.
 * @example API output price $10 → $8 and $12 (±20 %) with i:o = 4:1 moves the blended API price by
 *          ±0.2 × 0.2 × $10 = ±$0.40 per 1M tokens; at 1e9 tokens/month the saving moves by ±$400,
 *          a swing of $800/month
 */
export function tornado(
	inputs: EngineInputs,
	candidateId: string,
	baselineId: string,
	ranges: SensitivityInput[],
	sortBy: 'saving' | 'breakEven' = 'saving'
): TornadoBar[] {
	const [bars] = tornadoes(inputs, [{ candidateId, baselineId }], ranges, sortBy);
	if (bars instanceof Error) throw bars;
	return bars;
}

/**
 * tornado() of many pairs: per pair its bars, or the error tornado() throws for it. The same bars
 * as one tornado() a pair, for less work, as a candidate's pairs share its evaluations (a side's
 * evaluation is mostly the candidate's sizing and throughput): every side of an input that is not
 * a baseline's own (baselineKeys) is one evaluation of the candidate against all its baselines,
 * and every side of an API price one for the baselines it moves, as that move leaves the
 * candidate as it is (unless the candidate overflows to the baseline: then that pair alone).
 * @example the default scenario's 9 pairs (3 candidates × 3 APIs, 9 inputs): 3 × (1 + 18)
 *          evaluations against 9 × (1 + 18)
 */
export function tornadoes(
	inputs: EngineInputs,
	pairs: readonly PairIds[],
	ranges: SensitivityInput[],
	sortBy: 'saving' | 'breakEven' = 'saving'
): (TornadoBar[] | Error)[] {
	const problem = rangeProblem(ranges);
	const out = new Array<TornadoBar[] | Error>(pairs.length);
	for (const { candidateId, inputs: g, pairs: at, baseline } of candidateGroups(inputs, pairs)) {
		const own = g ? candidateTornadoesAlone(g, ranges, sortBy, problem) : [];
		at.forEach((i, k) => {
			const r = own[baseline[k]];
			out[i] =
				baseline[k] < 0
					? new PairUnavailableError(
							`no candidate ${candidateId} or baseline ${pairs[i].baselineId}`
						)
					: Array.isArray(r)
						? [...r] // a pair asked for twice gets an array of its own
						: r;
		});
	}
	return out;
}

/**
 * candidateTornadoes, where an evaluation that throws (none is known to) costs only the pairs
 * that throw when on their own, as with one tornado() a pair; one pair alone throws.
 */
function candidateTornadoesAlone(
	g: EngineInputs,
	ranges: SensitivityInput[],
	sortBy: 'saving' | 'breakEven',
	problem: RangeError | undefined
): (TornadoBar[] | Error)[] {
	try {
		return candidateTornadoes(g, ranges, sortBy, problem);
	} catch (e) {
		if (g.baselines.length === 1) throw e;
		return g.baselines.map((b) => {
			try {
				return candidateTornadoes({ ...g, baselines: [b] }, ranges, sortBy, problem)[0];
			} catch (e) {
				return e instanceof Error ? e : new Error(String(e));
			}
		});
	}
}

/** The tornadoes of a candidate group's one candidate against each of its baselines (see tornadoes). */
function candidateTornadoes(
	g: EngineInputs,
	ranges: SensitivityInput[],
	sortBy: 'saving' | 'breakEven',
	problem: RangeError | undefined
): (TornadoBar[] | Error)[] {
	const cand = g.candidates[0];
	const candidateId = cand.id;
	const bs = g.baselines;
	const baseEv = evaluate(g);
	const base = bs.map((_, j) => okOr(baseEv.pairs.at(j)));
	const live = bs.map((_, j) => j).filter((j) => typeof base[j] !== 'string');
	const bars: TornadoBar[][] = bs.map(() => []);
	for (const r of problem ? [] : ranges) {
		const baseValues = bs.map((b) => inputValue(g, candidateId, b.id, r.key));
		// A pair with no price to move would not have evaluated.
		const js = live.filter((j) => baseValues[j]);
		if (!js.length) continue;
		const sides = (change: Decimal): TornadoSide[] => {
			const moved = js.map((j) => clampInput(r.key, baseValues[j]!.mul(ONE.add(change))));
			const results = movedPairs(
				g,
				candidateId,
				r.key,
				js,
				moved.map((m) => m.value)
			);
			return js.map((j, k): TornadoSide => {
				const { value, clamped } = moved[k];
				const res = results[k];
				const b = base[j] as OkPair;
				if (typeof res === 'string') return { change, value, clamped, ok: false, reason: res };
				return {
					change,
					value,
					clamped,
					ok: true,
					breakEven: res.first,
					breakEvenChange: breakEvenChange(b.first, res.first),
					saving: res.savingAtPlan,
					savingChange: res.savingAtPlan.sub(b.savingAtPlan)
				};
			});
		};
		const lows = sides(r.low ?? DEFAULT_SENSITIVITY_CHANGE.neg());
		const highs = sides(r.high ?? DEFAULT_SENSITIVITY_CHANGE);
		js.forEach((j, k) => {
			const b = base[j] as OkPair;
			const [low, high] = [lows[k], highs[k]];
			const saving = (s: TornadoSide) => (s.ok ? s.saving : b.savingAtPlan);
			const be = (s: TornadoSide) => (s.ok ? s.breakEven : b.first);
			bars[j].push({
				key: r.key,
				...inputLabel(r.key, cand),
				base: baseValues[j]!,
				low,
				high,
				savingSwing: saving(high).sub(saving(low)).abs(),
				breakEvenSwing: swingOf(be(low), be(high))
			});
		});
	}
	return bs.map((_, j) => {
		const b = base[j];
		if (typeof b === 'string') return new PairUnavailableError(b);
		return problem ?? sortBars(bars[j], sortBy);
	});
}

/**
 * The candidate's pair with each baseline js[k] of g after withInput moved `key` to values[k] for
 * that pair. An input not a baseline's own has one value for every pair (pair-inputs.ts) and one
 * move: one evaluation. An API price's move makes a new baseline; where it leaves everything else
 * the same objects, the moved baselines are evaluated together.
 */
function movedPairs(
	g: EngineInputs,
	candidateId: string,
	key: SensitivityKey,
	js: number[],
	values: Decimal[]
): (OkPair | string)[] {
	const bs = g.baselines;
	if (!baselineKeys.includes(key)) {
		const ev = evaluate(withInput(g, candidateId, bs[js[0]].id, key, values[0]));
		return js.map((j) => okOr(ev.pairs.at(j)));
	}
	const out = new Array<OkPair | string>(js.length);
	const together = [...bs];
	const shared: number[] = [];
	js.forEach((j, k) => {
		const m = withInput(g, candidateId, bs[j].id, key, values[k]);
		if (onlyBaselineMoved(g, m, j)) {
			together[j] = m.baselines[j];
			shared.push(k);
		} else out[k] = okOr(evaluate({ ...m, baselines: [m.baselines[j]] }).pairs.at(0));
	});
	if (shared.length) {
		const ev = evaluate({ ...g, baselines: together });
		for (const k of shared) out[k] = okOr(ev.pairs.at(js[k]));
	}
	return out;
}

/** True when `m` differs from `g` in baseline j alone: every other part is the same object. */
function onlyBaselineMoved(g: EngineInputs, m: EngineInputs, j: number): boolean {
	return (Object.keys(g) as (keyof EngineInputs)[]).every((k) =>
		k === 'baselines'
			? m.baselines.every((b, i) => i === j || b === g.baselines[i])
			: k === 'candidates'
				? m.candidates.every((c, i) => c === g.candidates[i])
				: m[k] === g[k]
	);
}

/** Largest swing first (see tornado). */
function sortBars(bars: TornadoBar[], sortBy: 'saving' | 'breakEven'): TornadoBar[] {
	const order = (k: SensitivityKey) => sensitivityKeys.indexOf(k);
	const bySaving = (a: TornadoBar, b: TornadoBar) => b.savingSwing.cmp(a.savingSwing);
	const byBreakEven = (a: TornadoBar, b: TornadoBar) => {
		const x = swingKey(a.breakEvenSwing);
		const y = swingKey(b.breakEvenSwing);
		if (x === y) {
			if (a.breakEvenSwing === 'unbounded' || b.breakEvenSwing === 'unbounded') return 0;
			return b.breakEvenSwing.cmp(a.breakEvenSwing);
		}
		return y > x ? 1 : -1;
	};
	const [first, second] = sortBy === 'saving' ? [bySaving, byBreakEven] : [byBreakEven, bySaving];
	return bars.sort((a, b) => first(a, b) || second(a, b) || order(a.key) - order(b.key));
}
