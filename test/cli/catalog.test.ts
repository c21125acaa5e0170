import { describe, expect, it } from 'vitest';
import { runTco } from './harness';

const tco = (files: Record<string, string>, ...argv: string[]) => runTco(argv, files);

interface Listed {
	id: string;
	gpuId?: string;
	own?: boolean;
	longContextThresholdTokens?: { value: string };
	batchDiscount?: { value: string };
	channel?: string;
	rateSpread?: { count: number; minUsdPerGpuHour: string; maxUsdPerGpuHour: string };
}

describe('tco catalog --json', () => {
	const r = tco({}, 'catalog', '--json');
	const json = JSON.parse(r.out) as Record<string, Listed[]>;

	it('prints one object with the five arrays, at the sizes the catalog promises', () => {
		expect(r.code).toBe(0);
		expect(json.models.length).toBeGreaterThanOrEqual(30);
		expect(json.gpus.length).toBeGreaterThanOrEqual(13);
		expect(json.offerings.length).toBeGreaterThanOrEqual(60);
		expect(json.benchmarks.length).toBeGreaterThan(0);
		for (const gpu of ['b300', 'gb200', 'mi325x', 'mi355x', 'rtx-pro-6000'])
			expect(json.gpus.map((g) => g.id)).toContain(gpu);
	});

	it('lists 3 or more rental rates each for H100 SXM, H200, B200 and A100 80GB, each naming its GPU', () => {
		const count = (id: string) => json.rates.filter((x) => x.gpuId === id).length;
		for (const id of ['h100-sxm', 'h200', 'b200', 'a100-80gb'])
			expect(count(id), id).toBeGreaterThanOrEqual(3);
		const gpuIds = new Set(json.gpus.map((g) => g.id));
		for (const x of json.rates) expect(gpuIds.has(x.gpuId ?? ''), x.id).toBe(true);
		// The GPU carries the spread of its rates: A100 80GB from $0.86 (spot) to $5.04
		const a100 = json.gpus.find((g) => g.id === 'a100-80gb');
		expect(a100?.rateSpread).toMatchObject({
			count: 5,
			minUsdPerGpuHour: '0.86',
			maxUsdPerGpuHour: '5.04'
		});
	});

	it('carries long-context tiers, batch prices and the three cloud channels', () => {
		const gemini = json.offerings.find((o) => o.id === 'google/gemini-2.5-pro');
		expect(gemini?.longContextThresholdTokens?.value).toBe('200000');
		expect(gemini?.batchDiscount?.value).toBe('0.5');
		const channels = new Set(json.offerings.map((o) => o.channel));
		for (const c of ['Azure OpenAI', 'AWS Bedrock', 'Vertex AI'])
			expect(channels.has(c), c).toBe(true);
	});

	it('one section alone, and the scenario’s own entries marked as such', () => {
		const scenario = JSON.stringify({
			version: 1,
			custom: {
				offerings: [
					{
						id: 'mine/negotiated',
						provider: 'mine',
						model: 'x',
						name: 'Negotiated X',
						inputUsdPerMTok: { value: '1', source: 'our contract', asOf: '2026-11' },
						outputUsdPerMTok: { value: '2', source: 'our contract', asOf: '2026-11' }
					}
				]
			}
		});
		const own = tco(
			{ 's.json': scenario },
			'catalog',
			'offerings',
			'--json',
			'--scenario',
			's.json'
		);
		expect(own.code).toBe(0);
		const parsed = JSON.parse(own.out) as Record<string, Listed[]>;
		expect(Object.keys(parsed).sort()).toEqual(['catalogAsOf', 'offerings']);
		expect(parsed.offerings.find((o) => o.id === 'mine/negotiated')?.own).toBe(true);
		expect(parsed.offerings.find((o) => o.id === 'openai/gpt-4o')?.own).toBeUndefined();
	});
});

describe('tco catalog (text)', () => {
	it('prints each figure with its source and date', () => {
		const r = tco({}, 'catalog', 'rates');
		expect(r.code).toBe(0);
		expect(r.out).toContain('h100-sxm/vastai-marketplace  Vast.ai, marketplace');
		expect(r.out).toMatch(/rental rate: 1\.49 USD\/GPU-hour +\(Cost Nimbus.*; as of 2026-03\)/);
	});

	it('refuses an unknown section (usage, exit 2) and an invalid scenario (exit 1)', () => {
		const bad = tco({}, 'catalog', 'cars');
		expect(bad.code).toBe(2);
		expect(bad.err).toContain('unknown catalog section "cars"');
		const invalid = tco(
			{ 'bad.json': '{"version": 1, "baselines": [{"offeringId": "x", "discount": "1"}]}' },
			'catalog',
			'--scenario',
			'bad.json'
		);
		expect(invalid.code).toBe(1);
		expect(invalid.err).toContain('baselines[0].discount: 1 is outside the allowed range');
	});
});
