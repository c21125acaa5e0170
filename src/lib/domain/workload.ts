import { dec, type Decimal } from './decimal';
import { remember } from './memo';
import { explained, type Explained, type Quantity } from './quantity';
import type { WorkloadInputs } from './inputs';

/** Seconds in an average month, for load: 365/12 × 86,400 = 2,628,000. */
export const SECONDS_PER_MONTH: Decimal = dec(365 * 86400).div(12);

/**
 * Tokens per request, i + o.
 * @example 1,000 in + 250 out → 1,250
 */
export function tokensPerRequest(w: WorkloadInputs): Decimal {
	// Asked for per candidate and per replica size: computed once per workload.
	return remember(requestTokens, w, () =>
		w.inputTokensPerRequest.value.add(w.outputTokensPerRequest.value)
	);
}
const requestTokens = new WeakMap<WorkloadInputs, Decimal>();

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
	return {
		...w,
		outputTokensPerRequest: explained(
			'Output tokens generated per request',
			o.value.add(r.value),
			o.unit,
			'visible output tokens + hidden reasoning tokens',
			[o, r]
		)
	};
}
