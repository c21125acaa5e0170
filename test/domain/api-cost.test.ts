import { describe, expect, it } from 'vitest';
import {
	apiCost,
	apiLine,
	defaultCacheWriteShare,
	offeringProblem
} from '../../src/lib/domain/api-cost';
import { findOffering } from '../../src/lib/catalog';
import type { WorkloadInputs } from '../../src/lib/domain/inputs';
import { resolveOffering } from '../../src/lib/scenario/resolve';
import { dec } from '../../src/lib/domain/decimal';
import { monthlyVolume, requestsPerDayAt } from '../../src/lib/domain/workload';
import { offering, workload } from '../fixtures';

describe('monthly volume', () => {
	it.each([
		// requests/day × 365/12 × (i + o)
		{ rpd: '10000', i: '1000', o: '250', v: '380208333.3333333333333333333333333333333' }, // 10,000 × 30.41666… × 1,250
		{ rpd: '12', i: '700', o: '300', v: '365000' }, // 12 × 30.41666… × 1,000 = 365,000 exactly
		{ rpd: '0', i: '1000', o: '250', v: '0' }
	])('$rpd requests/day × ($i + $o) tokens → $v tokens/month', ({ rpd, i, o, v }) => {
		const w = workload({
			requestsPerDay: rpd,
			inputTokensPerRequest: i,
			outputTokensPerRequest: o
		});
		expect(monthlyVolume(w).value.toString()).toBe(v);
	});

	it('converts back to requests/day exactly', () => {
		const w = workload({
			requestsPerDay: '12',
			inputTokensPerRequest: '700',
			outputTokensPerRequest: '300'
		});
		expect(requestsPerDayAt(dec('365000'), w).toString()).toBe('12');
	});
});

describe('API cost', () => {
	// i = 1000, o = 250 → f_in = 0.8, f_out = 0.2; prices $2.50 in, $1.25 cached, $10 out per 1M.
	it.each([
		{ name: 'no cache, no batch', h: '0', b: '0', perM: '4' }, // 0.8·2.5 + 0.2·10 = 2 + 2
		{ name: '20% cached', h: '0.2', b: '0', perM: '3.8' }, // 0.8·(0.8·2.5 + 0.2·1.25) + 2 = 0.8·2.25 + 2
		{ name: '20% cached, half batch at 50% off', h: '0.2', b: '0.5', perM: '2.85' }, // 3.8 · (1 − 0.25)
		{ name: '100% cached', h: '1', b: '0', perM: '3' }, // 0.8·1.25 + 2
		{ name: 'all batch', h: '0', b: '1', perM: '2' } // 4 · 0.5
	])('$name → $perM USD per 1M tokens', ({ h, b, perM }) => {
		const w = workload({ cachedInputShare: h, batchShare: b });
		const line = apiLine(offering(), w);
		expect(line.pricePerTokenExplained.value.toString()).toBe(perM);
		expect(line.pricePerToken.mul(1_000_000).toString()).toBe(perM);
	});

	it('adds the fixed fee and is linear in volume', () => {
		const line = apiLine(offering({ fixed: '100' }), workload());
		expect(apiCost(line, dec('1e9')).toString()).toBe('4100'); // 100 + 1e9 × 4e-6
		expect(apiCost(line, dec(0)).toString()).toBe('100');
	});

	it('a free API costs nothing at any volume', () => {
		const line = apiLine(offering({ input: '0', output: '0', cached: '0' }), workload());
		expect(apiCost(line, dec('1e15')).isZero()).toBe(true);
	});

	it('refuses a negative price or a discount above 1, naming the figure', () => {
		expect(offeringProblem(offering({ input: '-1' }))).toMatch(/input is negative/);
		expect(offeringProblem(offering({ batch: '1.5' }))).toMatch(/batch discount 1.5/);
		expect(offeringProblem(offering())).toBeUndefined();
	});

	it('does not mutate its inputs', () => {
		const o = offering();
		const w = workload({ cachedInputShare: '0.2' });
		const before = JSON.stringify([o, w]);
		apiLine(o, w);
		expect(JSON.stringify([o, w])).toBe(before);
	});
});

describe('price rules (catalog offerings, hand-computed)', () => {
	const catalogOffering = (id: string, discount?: string) => {
		const o = findOffering(id);
		if (!o) throw new Error(`no offering ${id}`);
		return resolveOffering(o, undefined, false, discount);
	};
	const perM = (id: string, w: WorkloadInputs, discount?: string) =>
		apiLine(catalogOffering(id, discount), w).pricePerTokenExplained.value;
	const long = workload({ inputTokensPerRequest: '250000', outputTokensPerRequest: '1000' });

	it('a 250k-token prompt pays the long-context prices on the whole request', () => {
		// Gemini 2.5 Pro above 200k: $2.50 in, $15 out. (250,000 × 2.5 + 1,000 × 15) / 251,000
		// = 640,000 / 251,000 = 2.549800796812749… per 1M (list below 200k: $1.25 / $10 → 1.285)
		expect(perM('google/gemini-2.5-pro', long).toDecimalPlaces(12).toString()).toBe(
			'2.549800796813'
		);
		// Claude Sonnet 4.5 above 200k: $6 / $22.50. (1,500,000 + 22,500) / 251,000 = 6.0657370517928…
		expect(perM('anthropic/claude-sonnet-4-5', long).toDecimalPlaces(12).toString()).toBe(
			'6.065737051793'
		);
		const line = apiLine(catalogOffering('google/gemini-2.5-pro'), long);
		expect(line.rules).toContain(
			'above 200k tokens: $2.5 input, $15 output per 1M (prompt of 250000 tokens)'
		);
		expect(line.pricePerTokenExplained.formula).toContain('above 200k tokens: $2.5 input');
	});

	it('a prompt of exactly 200k tokens stays on the list prices', () => {
		// (200,000 × 1.25 + 1,000 × 10) / 201,000 = 260,000 / 201,000 = 1.2935323383084…
		const w = workload({ inputTokensPerRequest: '200000', outputTokensPerRequest: '1000' });
		expect(perM('google/gemini-2.5-pro', w).toDecimalPlaces(12).toString()).toBe('1.293532338308');
		expect(apiLine(catalogOffering('google/gemini-2.5-pro'), w).rules).toEqual([]);
	});

	it('batch share at half price on an Anthropic and a Google offering', () => {
		// i = 1,000, o = 250 (f_in 0.8), 40% of traffic batched at 50% off: × (1 − 0.4 × 0.5) = × 0.8
		const w = workload({ batchShare: '0.4' });
		// Claude Haiku 4.5: (0.8 × 1 + 0.2 × 5) × 0.8 = 1.8 × 0.8 = 1.44
		expect(perM('anthropic/claude-haiku-4-5', w).toString()).toBe('1.44');
		// Gemini 2.5 Flash: (0.8 × 0.3 + 0.2 × 2.5) × 0.8 = 0.74 × 0.8 = 0.592
		expect(perM('google/gemini-2.5-flash', w).toString()).toBe('0.592');
	});

	it('cache writes at the write price for the share of cached input written', () => {
		// Claude Sonnet 4.5: input $3, cache read $0.30, cache write $3.75, output $15; h = 0.5.
		// c = 0.1: cached = 0.9 × 0.3 + 0.1 × 3.75 = 0.645; input = 0.5 × 3 + 0.5 × 0.645 = 1.8225;
		// 0.8 × 1.8225 + 0.2 × 15 = 1.458 + 3 = 4.458
		const w = workload({ cachedInputShare: '0.5' });
		const c = { ...w.cachedInputShare, label: 'cache-write share', value: dec('0.1') };
		expect(perM('anthropic/claude-sonnet-4-5', { ...w, cacheWriteShare: c }).toString()).toBe(
			'4.458'
		);
		// Default from the workload: 28,800 requests/day → one write per 5-minute lifetime:
		// c = 288 / 28,800 = 0.01; cached = 0.99 × 0.3 + 0.01 × 3.75 = 0.3345;
		// input = 1.5 + 0.5 × 0.3345 = 1.66725; 0.8 × 1.66725 + 3 = 4.3338
		const busy = workload({ cachedInputShare: '0.5', requestsPerDay: '28800' });
		expect(defaultCacheWriteShare(busy).value.toString()).toBe('0.01');
		expect(perM('anthropic/claude-sonnet-4-5', busy).toString()).toBe('4.3338');
		// No write price published (GPT-4o): the write share changes nothing, 0.8 × (0.5 × 2.5 + 0.5 × 1.25) + 2 = 3.5
		expect(perM('openai/gpt-4o', { ...w, cacheWriteShare: c }).toString()).toBe('3.5');
	});

	it('bills hidden reasoning tokens as output, per visible token of volume', () => {
		// o3: $2 in, $8 out; i = 1,000, o = 250, r = 750 hidden tokens per request:
		// (1,000 × 2 + (250 + 750) × 8) / 1,250 = 10,000 / 1,250 = 8 per 1M (3.2 without reasoning)
		const o = catalogOffering('openai/o3');
		expect(apiLine(o, workload()).pricePerTokenExplained.value.toString()).toBe('3.2');
		const r = { ...o, reasoningTokensPerRequest: { ...o.outputUsdPerMTok, value: dec('750') } };
		const line = apiLine(r, workload());
		expect(line.pricePerTokenExplained.value.toString()).toBe('8');
		expect(line.rules).toContain('reasoning: 750 hidden output tokens per request');
		// The catalog states the default and why: 0, no published typical count.
		expect(o.reasoningTokensPerRequest?.value.toString()).toBe('0');
		expect(o.reasoningTokensPerRequest?.source).toContain('No published typical count');
	});

	it('takes a negotiated discount off every price, shown as "list −20%"', () => {
		// offering(): $2.50 / $10, i = 1,000, o = 250 → 4 per 1M at list; × (1 − 0.2) = 3.2; fee 100 → 80
		const o = offering({ fixed: '100' });
		const k = { ...o.batchDiscount, label: 'negotiated discount', value: dec('0.2') };
		const line = apiLine({ ...o, negotiatedDiscount: k }, workload());
		expect(line.pricePerTokenExplained.value.toString()).toBe('3.2');
		expect(apiCost(line, dec('1e9')).toString()).toBe('3280'); // 80 + 1e9 × 3.2e-6
		expect(line.rules).toContain('list −20%');
		// From the catalog through a baseline's discount: GPT-4o mini (0.8 × 0.15 + 0.2 × 0.6) × 0.8 = 0.192
		expect(perM('openai/gpt-4o-mini', workload(), '0.2').toString()).toBe('0.192');
		expect(catalogOffering('openai/gpt-4o-mini', '0.2').name).toBe('GPT-4o mini (list −20%)');
	});

	it('refuses a discount of 1 or negative reasoning tokens, naming the figure', () => {
		const o = offering();
		const q = (label: string, v: string) => ({ ...o.batchDiscount, label, value: dec(v) });
		expect(offeringProblem({ ...o, negotiatedDiscount: q('negotiated discount', '1') })).toBe(
			'negotiated discount 1 is outside 0 to 0.95'
		);
		expect(
			offeringProblem({ ...o, reasoningTokensPerRequest: q('o3: reasoning tokens', '-5') })
		).toMatch(/^o3: reasoning tokens is negative \(-5/);
	});
});
