import { describe, expect, it } from 'vitest';
import { apiCost, apiLine, offeringProblem } from '../../src/lib/domain/api-cost';
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
