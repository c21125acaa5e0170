import { dec, type Decimal } from './decimal';
import { level, remember } from './memo';
import { explained, type Explained, type Quantity } from './quantity';
import type { TokenShape, WorkloadInputs } from './inputs';

/** Seconds in an average month, for load: 365/12 × 86,400 = 2,628,000. */
export const SECONDS_PER_MONTH: Decimal = dec(365 * 86400).div(12);

/**
 * Tokens per request, i + o.
 * @example 1,000 in + 250 out → 1,250
 */
export function tokensPerRequest(w: Lengths): Decimal {
	// Asked for per candidate and per replica size: computed once per workload.
	return remember(requestTokens, w, () =>
		w.inputTokensPerRequest.value.add(w.outputTokensPerRequest.value)
	);
}
const requestTokens = new WeakMap<Lengths, Decimal>();
type Lengths = Pick<WorkloadInputs, 'inputTokensPerRequest' | 'outputTokensPerRequest'>;

/**
 * The workload's token shape as one object per set of figures (the input and output token figures
 * and the cached-input share): a new volume, a new workload object, has the same shape object, so
 * what sizing and throughput remember by it (throughput.ts) is found again. Resolving a scenario
 * hands out the same figure objects while their values are unchanged (scenario/resolve.ts).
 */
export function tokenShape(w: TokenShape): TokenShape {
	let s = shapeOf.get(w);
	if (s) return s;
	const byOutput = level(level(shapes, w.inputTokensPerRequest), w.outputTokensPerRequest);
	s = byOutput.get(w.cachedInputShare);
	if (!s) {
		s = {
			inputTokensPerRequest: w.inputTokensPerRequest,
			outputTokensPerRequest: w.outputTokensPerRequest,
			cachedInputShare: w.cachedInputShare
		};
		byOutput.set(w.cachedInputShare, s);
		shapeOf.set(s, s);
	}
	shapeOf.set(w, s);
	return s;
}
const shapes = new WeakMap<Quantity, WeakMap<Quantity, WeakMap<Quantity, TokenShape>>>();
/** Each object already asked about (a workload, or a shape itself), with its shape. */
const shapeOf = new WeakMap<TokenShape, TokenShape>();

/**
 * Monthly volume V in tokens/month: requests/day × 365/12 × (i + o).
 * @example 10,000 requests/day × 1,250 tokens → 380,208,333.33… tokens/month
 */
export function monthlyVolume(w: WorkloadInputs): Explained {
	// Asked for by every evaluation and timeline of a workload (a Monte Carlo's thousands): once.
	return remember(volumes, w, () => {
		// Divide last, so a whole result stays whole: 12 requests/day × 1,000 tokens → 365,000 exactly.
		const v = w.requestsPerDay.value.mul(365).mul(tokensPerRequest(w)).div(12);
		return explained('Monthly volume', v, 'tokens/month', 'requests/day × 365/12 × (i + o)', [
			w.requestsPerDay,
			w.inputTokensPerRequest,
			w.outputTokensPerRequest
		]);
	});
}
const volumes = new WeakMap<WorkloadInputs, Explained>();

/**
 * Requests per day that make a monthly volume at the scenario's i:o mix (the inverse of monthlyVolume).
 * @example 380,208,333.33… tokens/month at 1,250 tokens/request → 10,000 requests/day
 */
export function requestsPerDayAt(volume: Decimal, w: WorkloadInputs): Decimal {
	const t = tokensPerRequest(w);
	return t.isZero() ? dec(0) : volume.mul(12).div(t.mul(365));
}

/** Input-token share f_in = i / (i + o). */
export function inputShare(w: WorkloadInputs): Decimal {
	const t = tokensPerRequest(w);
	return t.isZero() ? dec(0) : w.inputTokensPerRequest.value.div(t);
}

/**
 * The serving load of a reasoning model: the workload with its hidden reasoning tokens added to the
 * output tokens per request, since the replica generates them like any other output. Volume and
 * prices stay counted in visible tokens; only sizing and throughput read this. No reasoning
 * tokens (absent or 0): the workload itself.
 * @example 1,000 in + 250 out with 750 reasoning tokens → 1,000 in + 1,000 out generated
 */
export function withReasoningTokens(
	w: WorkloadInputs,
	reasoningTokensPerRequest: Quantity | undefined
): WorkloadInputs {
	const r = reasoningTokensPerRequest;
	if (!r || r.value.isZero()) return w;
	if (r.value.isNeg())
		throw new RangeError(`${r.label} is negative (${r.value.toString()}); it must be ≥ 0`);
	const o = w.outputTokensPerRequest;
	// One figure per pair of figures, so a new volume keeps the token shape (tokenShape).
	const generated = remember(level(generatedOutputs, o), r, () =>
		explained(
			'Output tokens generated per request',
			o.value.add(r.value),
			o.unit,
			'visible output tokens + hidden reasoning tokens',
			[o, r]
		)
	);
	return { ...w, outputTokensPerRequest: generated };
}
const generatedOutputs = new WeakMap<Quantity, WeakMap<Quantity, Explained>>();
