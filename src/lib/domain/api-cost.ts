import { dec, ONE, type Decimal } from './decimal';
import type { OfferingInputs, WorkloadInputs } from './inputs';
import { explained, type Explained } from './quantity';
import { inputShare } from './workload';

const MILLION = dec(1_000_000);

/** An API offering's cost line A(V) = fixedMonthly + V × pricePerToken. */
export interface ApiLine {
	fixedMonthly: Decimal;
	/** USD per token, blended over the workload's input/output, cache and batch mix. */
	pricePerToken: Decimal;
	pricePerTokenExplained: Explained;
}

/**
 * Blended price per token for a workload:
 * [ f_in·((1−h)·p_in + h·p_cached) + f_out·p_out ] · (1 − b·d) / 1e6, prices per 1M tokens.
 * @example i=1000, o=250, h=0, b=0, $2.50/$10.00 per 1M → (0.8·2.5 + 0.2·10)/1e6 = $0.000004/token
 */
export function apiLine(o: OfferingInputs, w: WorkloadInputs): ApiLine {
	const fIn = inputShare(w);
	const fOut = ONE.sub(fIn);
	const h = w.cachedInputShare.value;
	const b = w.batchShare.value;
	const d = o.batchDiscount.value;
	const inputBlend = ONE.sub(h)
		.mul(o.inputUsdPerMTok.value)
		.add(h.mul(o.cachedInputUsdPerMTok.value));
	const perMTok = fIn
		.mul(inputBlend)
		.add(fOut.mul(o.outputUsdPerMTok.value))
		.mul(ONE.sub(b.mul(d)));
	const pricePerToken = perMTok.div(MILLION);
	return {
		fixedMonthly: o.fixedMonthlyUsd.value,
		pricePerToken,
		pricePerTokenExplained: explained(
			`${o.name}: blended price`,
			perMTok,
			'USD/1M tokens',
			'[ f_in·((1−h)·p_in + h·p_cached) + f_out·p_out ] · (1 − b·d), f_in = i/(i+o)',
			[
				w.inputTokensPerRequest,
				w.outputTokensPerRequest,
				w.cachedInputShare,
				w.batchShare,
				o.inputUsdPerMTok,
				o.cachedInputUsdPerMTok,
				o.outputUsdPerMTok,
				o.batchDiscount
			]
		)
	};
}

/**
 * API cost per month at volume V (tokens/month).
 * @example fixed $0, $0.000004/token, V = 1e9 → $4,000.00
 */
export function apiCost(line: ApiLine, volume: Decimal): Decimal {
	return line.fixedMonthly.add(volume.mul(line.pricePerToken));
}

/** Problems that make an offering unusable, or undefined. Prices must be ≥ 0, the discount in [0, 1]. */
export function offeringProblem(o: OfferingInputs): string | undefined {
	for (const q of [
		o.inputUsdPerMTok,
		o.outputUsdPerMTok,
		o.cachedInputUsdPerMTok,
		o.fixedMonthlyUsd
	]) {
		if (q.value.isNeg())
			return `${q.label} is negative (${q.value.toString()} ${q.unit}); prices must be ≥ 0`;
	}
	const d = o.batchDiscount.value;
	if (d.isNeg() || d.gt(1)) return `batch discount ${d.toString()} is outside 0 to 1`;
	return undefined;
}
