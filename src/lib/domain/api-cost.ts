import { dec, ONE, ZERO, type Decimal } from './decimal';
import type { OfferingInputs, TokenShape, WorkloadInputs } from './inputs';
import { level } from './memo';
import { explained, type Explained, type Quantity } from './quantity';
import { perTokenOf, usdPerMTok, type UsdPerToken } from './units';
import { inputShare, tokenShape, tokensPerRequest } from './workload';

/** An API offering's cost line A(V) = fixedMonthly + V × pricePerToken. */
export interface ApiLine {
	fixedMonthly: Decimal;
	/** USD per token, blended over the workload's input/output, cache and batch mix. */
	pricePerToken: UsdPerToken;
	pricePerTokenExplained: Explained;
	/** The price rules applied, in words: "above 200k tokens: $2.5 in, $15 out per 1M", "list −20%". */
	rules: string[];
}

/** Minutes a prompt-cache entry lives unless read again (Anthropic's default cache lifetime). */
const CACHE_LIFETIME_MINUTES = 5;
const MINUTES_PER_DAY = 1440;

/**
 * The share of cached input written per request when the scenario does not set it: one write per
 * 5-minute cache lifetime, the rest reads, so c = min(1, 288 / requests per day). An upper bound:
 * each read also extends the lifetime, so steady traffic writes less often.
 * @example 28,800 requests/day → 288 / 28,800 = 0.01 (one request in a hundred writes the cache)
 */
export function defaultCacheWriteShare(w: WorkloadInputs): Explained {
	const perDay = dec(MINUTES_PER_DAY).div(CACHE_LIFETIME_MINUTES);
	const r = w.requestsPerDay.value;
	const v = r.lte(perDay) ? ONE : perDay.div(r);
	return explained(
		'Cache-write share of cached input',
		v,
		'share 0–1',
		'min(1, (1,440 min/day ÷ 5-min cache lifetime) / requests per day): one cache write per lifetime',
		[w.requestsPerDay]
	);
}

/** "$2.5" for a price per 1M tokens. */
const usd = (d: Decimal) => `$${d.toString()}`;
/** "200k" for a token count. */
const tokensText = (d: Decimal) =>
	d.gte(1000) && d.mod(1000).isZero() ? `${d.div(1000).toString()}k` : d.toString();

/**
 * Blended price per token for a workload, per request of i input and o visible output tokens:
 * [ f_in·((1−h)·p_in + h·((1−c)·p_cached + c·p_write)) + (f_out + r/(i+o))·p_out ] · (1 − b·d) · (1 − k) / 1e6,
 * f_in = i/(i+o), prices per 1M tokens. A prompt longer than the offering's long-context threshold
 * pays the long-context prices for all its tokens; r hidden reasoning tokens are billed as output;
 * k is the negotiated discount off list. Volume counts the visible tokens i + o only.
 * @example i=1000, o=250, h=0, b=0, $2.50/$10.00 per 1M → (0.8·2.5 + 0.2·10)/1e6 = $0.000004/token
 * @example i=250,000, o=1,000, Gemini 2.5 Pro above 200k ($2.5/$15) → (250·2.5 + 15)/251 = $2.5498… per 1M
 */
export function apiLine(o: OfferingInputs, w: WorkloadInputs): ApiLine {
	// Remembered by the figures it reads, not by the workload object: a new volume is a new workload
	// whose token mix is the same figures, and every offering is priced again for it. The volume
	// counts only through the default cache-write share, for an offering with a write price.
	const writes = o.cacheWriteUsdPerMTok || o.longContext?.cacheWriteUsdPerMTok;
	const byMix = level(level(level(lines, o), tokenShape(w)), w.batchShare);
	const key = w.cacheWriteShare ?? (writes ? w.requestsPerDay : NO_WRITES);
	let line = byMix.get(key);
	if (!line) byMix.set(key, (line = computeApiLine(o, w)));
	return line;
}
const lines = new WeakMap<
	OfferingInputs,
	WeakMap<TokenShape, WeakMap<Quantity, WeakMap<object, ApiLine>>>
>();
/** The key of an offering with no cache-write price, which reads neither figure. */
const NO_WRITES = {};

function computeApiLine(o: OfferingInputs, w: WorkloadInputs): ApiLine {
	const i = w.inputTokensPerRequest.value;
	const t = tokensPerRequest(w);
	const fIn = inputShare(w);
	const fOut = ONE.sub(fIn);
	const h = w.cachedInputShare.value;
	const b = w.batchShare.value;
	const d = o.batchDiscount.value;
	const rules: string[] = [];
	const lc = o.longContext;
	const long = lc !== undefined && i.gt(lc.thresholdTokens.value);
	const pIn = long ? lc.inputUsdPerMTok : o.inputUsdPerMTok;
	const pOut = long ? lc.outputUsdPerMTok : o.outputUsdPerMTok;
	const pCached = long ? lc.cachedInputUsdPerMTok : o.cachedInputUsdPerMTok;
	// No published write price: writing costs what reading does, and the write share drops out.
	const pWrite = (long ? lc.cacheWriteUsdPerMTok : o.cacheWriteUsdPerMTok) ?? pCached;
	if (long) {
		rules.push(
			`above ${tokensText(lc.thresholdTokens.value)} tokens: ${usd(pIn.value)} input, ${usd(pOut.value)} output per 1M (prompt of ${i.toString()} tokens)`
		);
	}
	const written = o.cacheWriteUsdPerMTok || (long && lc.cacheWriteUsdPerMTok);
	// Only an offering with a write price reads the write share (and derives its default).
	const c = written ? (w.cacheWriteShare ?? defaultCacheWriteShare(w)) : undefined;
	const cEff = c ? c.value : ZERO;
	if (c && h.gt(0)) {
		rules.push(
			`cache writes: ${cEff.mul(100).toString()}% of cached input at ${usd(pWrite.value)} per 1M`
		);
	}
	const r = o.reasoningTokensPerRequest?.value ?? ZERO;
	if (r.gt(0)) rules.push(`reasoning: ${r.toString()} hidden output tokens per request`);
	const k = o.negotiatedDiscount?.value ?? ZERO;
	if (k.gt(0)) rules.push(`list −${k.mul(100).toString()}%`);
	const cachedBlend = ONE.sub(cEff).mul(pCached.value).add(cEff.mul(pWrite.value));
	const inputBlend = ONE.sub(h).mul(pIn.value).add(h.mul(cachedBlend));
	const outShare = t.isZero() ? fOut : fOut.add(r.div(t));
	const perMTok = usdPerMTok(
		fIn
			.mul(inputBlend)
			.add(outShare.mul(pOut.value))
			.mul(ONE.sub(b.mul(d)))
			.mul(ONE.sub(k))
	);
	const pricePerToken = perTokenOf(perMTok);
	const inputs: Quantity[] = [
		w.inputTokensPerRequest,
		w.outputTokensPerRequest,
		w.cachedInputShare,
		w.batchShare,
		pIn,
		pCached,
		pOut,
		o.batchDiscount
	];
	if (long) inputs.push(lc.thresholdTokens);
	if (c) inputs.push(pWrite, c);
	if (o.reasoningTokensPerRequest) inputs.push(o.reasoningTokensPerRequest);
	if (o.negotiatedDiscount) inputs.push(o.negotiatedDiscount);
	const extra = rules.length ? `; ${rules.join('; ')}` : '';
	return {
		fixedMonthly: o.fixedMonthlyUsd.value.mul(ONE.sub(k)),
		pricePerToken,
		rules,
		pricePerTokenExplained: explained(
			`${o.name}: blended price`,
			perMTok,
			'USD/1M tokens',
			'[ f_in·((1−h)·p_in + h·((1−c)·p_cached + c·p_write)) + (f_out + r/(i+o))·p_out ] · (1 − b·d) · (1 − k), f_in = i/(i+o)' +
				extra,
			inputs
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

/**
 * Problems that make an offering unusable, or undefined. Prices and reasoning tokens must be ≥ 0,
 * the batch discount in [0, 1], the negotiated discount in [0, 0.95].
 */
export function offeringProblem(o: OfferingInputs): string | undefined {
	const lc = o.longContext;
	for (const q of [
		o.inputUsdPerMTok,
		o.outputUsdPerMTok,
		o.cachedInputUsdPerMTok,
		o.fixedMonthlyUsd,
		o.cacheWriteUsdPerMTok,
		o.reasoningTokensPerRequest,
		lc?.thresholdTokens,
		lc?.inputUsdPerMTok,
		lc?.outputUsdPerMTok,
		lc?.cachedInputUsdPerMTok,
		lc?.cacheWriteUsdPerMTok
	]) {
		if (q?.value.isNeg())
			return `${q.label} is negative (${q.value.toString()} ${q.unit}); it must be ≥ 0`;
	}
	const d = o.batchDiscount.value;
	if (d.isNeg() || d.gt(1)) return `batch discount ${d.toString()} is outside 0 to 1`;
	const k = o.negotiatedDiscount?.value;
	if (k && (k.isNeg() || k.gt('0.95')))
		return `negotiated discount ${k.toString()} is outside 0 to 0.95`;
	return undefined;
}
