import { describe, expect, it } from 'vitest';
import { rateSpread, ratesOf, typicalRate } from '../../src/lib/catalog/rates';
import { evaluate } from '../../src/lib/domain/evaluate';
import { parseScenario } from '../../src/lib/scenario/document';
import { resolveScenario } from '../../src/lib/scenario/resolve';

const candidate = (extra: Record<string, string> = {}) => ({
	id: 'c',
	modelId: 'llama-3.1-8b',
	gpuId: 'h100-sxm',
	precision: 'fp8',
	acquisition: 'rent',
	...extra
});

function evaluated(doc: object) {
	const r = parseScenario({ version: 1, ...doc });
	if (!r.ok) throw new Error(r.errors.join('\n'));
	const inputs = resolveScenario(r.scenario);
	return { inputs, ev: evaluate(inputs) };
}

function errors(doc: object): string[] {
	const r = parseScenario({ version: 1, ...doc });
	return r.ok ? [] : r.errors;
}

describe('a candidate priced from a chosen rental rate', () => {
	it('rents at the chosen rate: $1.49 × 730 h = $1,087.70 per GPU-month', () => {
		const { inputs, ev } = evaluated({
			candidates: [candidate({ rate: 'h100-sxm/vastai-marketplace' })]
		});
		const rate = inputs.candidates[0].gpu.cloudUsdPerGpuHour;
		expect(rate?.value.toString()).toBe('1.49');
		expect(inputs.candidates[0].label).toBe(
			'Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent (Vast.ai, marketplace)'
		);
		expect(rate?.source).toMatch(
			/^rental rate h100-sxm\/vastai-marketplace \(Vast.ai, marketplace\)/
		);
		const c = ev.candidates[0];
		if (!c.ok) throw new Error(c.reason);
		// hours/month 730, no commitment discount by default
		expect(c.cost.perGpu.hardware.toString()).toBe('1087.7');
	});

	it("without a choice, rents at the GPU's typical rate: $2.99 × 730 h = $2,182.70", () => {
		const { inputs, ev } = evaluated({ candidates: [candidate()] });
		expect(typicalRate('h100-sxm')?.id).toBe('h100-sxm/lambda-on-demand-2026-03');
		expect(inputs.candidates[0].gpu.cloudUsdPerGpuHour?.value.toString()).toBe('2.99');
		const c = ev.candidates[0];
		if (!c.ok) throw new Error(c.reason);
		expect(c.cost.perGpu.hardware.toString()).toBe('2182.7');
	});

	it('two candidates on one GPU keep their own rates', () => {
		const { inputs } = evaluated({
			candidates: [
				candidate({ id: 'a', rate: 'h100-sxm/azure-on-demand' }),
				candidate({ id: 'b', rate: 'h100-sxm/neocloud-1-year' })
			]
		});
		expect(inputs.candidates.map((c) => c.gpu.cloudUsdPerGpuHour?.value.toString())).toEqual([
			'6.98',
			'2.35'
		]);
	});

	it('refuses a rate id the GPU does not have, naming the field and the GPU’s rates', () => {
		const e = errors({ candidates: [candidate({ rate: 'b200/spheron-on-demand' })] });
		expect(e).toHaveLength(1);
		expect(e[0]).toMatch(
			/^candidates\[0\]\.rate: "b200\/spheron-on-demand" is not a rental rate of GPU "h100-sxm"; its rates: /
		);
		expect(e[0]).toContain('h100-sxm/vastai-marketplace');
		expect(errors({ candidates: [candidate({ rate: 'no-such-rate' })] })[0]).toMatch(
			/^candidates\[0\]\.rate: "no-such-rate" is not a rental rate/
		);
	});

	it('the spread of a GPU’s rates: min, median, max', () => {
		// A100 80GB: 0.86, 2.16, 2.4984, 2.736, 5.04 → median is the third, 2.4984
		const s = rateSpread(ratesOf('a100-80gb'));
		expect([s?.count, s?.min.toString(), s?.median.toString(), s?.max.toString()]).toEqual([
			5,
			'0.86',
			'2.4984',
			'5.04'
		]);
		// An even count takes the mean of the middle two: H200 2.25, 4.464, 4.54, 5.58 → (4.464 + 4.54) / 2
		expect(rateSpread(ratesOf('h200'))?.median.toString()).toBe('4.502');
		expect(rateSpread([])).toBeUndefined();
	});
});

describe('a negotiated discount on a baseline', () => {
	it('takes 20% off every price and shows "list −20%"', () => {
		// GPT-4o mini, default workload i = 1,500, o = 300, cached share 0.3:
		// (1,500 × (0.7 × 0.15 + 0.3 × 0.075) + 300 × 0.6) / 1,800 = (191.25 + 180) / 1,800 = 0.20625 at list;
		// × (1 − 0.2) = 0.165
		const [list] = evaluated({ baselines: [{ offeringId: 'openai/gpt-4o-mini' }] }).ev.baselines;
		const [negotiated] = evaluated({
			baselines: [{ offeringId: 'openai/gpt-4o-mini', discount: '0.2' }]
		}).ev.baselines;
		if (!list.ok || !negotiated.ok) throw new Error('not evaluated');
		expect(list.line.pricePerTokenExplained.value.toString()).toBe('0.20625');
		expect(negotiated.line.pricePerTokenExplained.value.toString()).toBe('0.165');
		expect(negotiated.name).toBe('GPT-4o mini (list −20%)');
	});

	it('refuses the same offering listed twice', () => {
		expect(
			errors({
				baselines: [
					{ offeringId: 'openai/gpt-4o-mini' },
					{ offeringId: 'openai/gpt-4o-mini', discount: '0.2' }
				]
			})
		).toEqual([
			'baselines[1].offeringId: "openai/gpt-4o-mini" is listed twice; each offering is a baseline once'
		]);
	});

	it('refuses a discount of 1, naming the field and the range', () => {
		expect(errors({ baselines: [{ offeringId: 'openai/gpt-4o-mini', discount: '1' }] })).toEqual([
			'baselines[0].discount: 1 is outside the allowed range, 0 to 0.95 share off list'
		]);
	});
});

describe('the share of cached input written per request', () => {
	it('is set in the workload, or follows from it', () => {
		// Claude Sonnet 4.5 (input 3, cache read 0.3, cache write 3.75, output 15), i = 1,500, o = 300,
		// cached share 0.5, c = 0.1: cached = 0.9 × 0.3 + 0.1 × 3.75 = 0.645; input = 1.5 + 0.3225 = 1.8225;
		// (1,500 × 1.8225 + 300 × 15) / 1,800 = (2,733.75 + 4,500) / 1,800 = 4.01875
		const price = (workload: Record<string, string>) => {
			const b = evaluated({
				workload: { cachedInputShare: '0.5', ...workload },
				baselines: [{ offeringId: 'anthropic/claude-sonnet-4-5' }]
			}).ev.baselines[0];
			if (!b.ok) throw new Error(b.reason);
			return b.line.pricePerTokenExplained.value.toDecimalPlaces(20).toString(); // f_in = 5/6 rounds at 40 digits
		};
		expect(price({ cacheWriteShare: '0.1' })).toBe('4.01875');
		// Left out, at 28,800 requests/day: c = 288 / 28,800 = 0.01; cached = 0.3345;
		// input = 1.5 + 0.16725 = 1.66725; (1,500 × 1.66725 + 4,500) / 1,800 = 3.889375
		expect(price({ requestsPerDay: '28800' })).toBe('3.889375');
	});

	it('is refused outside 0 to 1, naming the field', () => {
		expect(errors({ workload: { cacheWriteShare: '1.5' } })).toEqual([
			'workload.cacheWriteShare: 1.5 is outside the allowed range, 0 to 1 share 0–1'
		]);
	});
});
