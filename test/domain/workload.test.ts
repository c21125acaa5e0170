import { describe, expect, it } from 'vitest';
import { dec } from '../../src/lib/domain/decimal';
import { evaluate } from '../../src/lib/domain/evaluate';
import { SECONDS_PER_MONTH, withReasoningTokens } from '../../src/lib/domain/workload';
import { parseScenario } from '../../src/lib/scenario/document';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { workload } from '../fixtures';

const tokens = (label: string, v: string) => ({
	label,
	value: dec(v),
	unit: 'tokens' as const,
	source: 'test'
});

describe('withReasoningTokens', () => {
	it('adds hidden reasoning tokens to the output generated per request', () => {
		const w = workload(); // 1,000 in, 250 out
		const load = withReasoningTokens(w, tokens('reasoning tokens per request', '750'));
		expect(load.outputTokensPerRequest.value.toString()).toBe('1000'); // 250 + 750
		expect(load.inputTokensPerRequest).toBe(w.inputTokensPerRequest);
		expect(w.outputTokensPerRequest.value.toString()).toBe('250'); // input not mutated
	});

	it('returns the workload itself without reasoning tokens, and refuses a negative count', () => {
		const w = workload();
		expect(withReasoningTokens(w, undefined)).toBe(w);
		expect(withReasoningTokens(w, tokens('r', '0'))).toBe(w);
		expect(() => withReasoningTokens(w, tokens('R1: reasoning tokens per request', '-1'))).toThrow(
			'R1: reasoning tokens per request is negative (-1); it must be ≥ 0'
		);
	});
});

describe('reasoning tokens on the self-hosted load', () => {
	const run = (outputTokens: string, reasoning?: string) => {
		const r = parseScenario({
			version: 1,
			workload: { inputTokensPerRequest: '1500', outputTokensPerRequest: outputTokens },
			candidates: [
				{
					id: 'c',
					modelId: 'llama-3.1-8b',
					gpuId: 'h100-sxm',
					precision: 'fp8',
					acquisition: 'rent'
				}
			],
			baselines: [{ offeringId: 'openai/gpt-4o-mini' }],
			...(reasoning
				? { overrides: { models: { 'llama-3.1-8b': { reasoningTokensPerRequest: reasoning } } } }
				: {})
		});
		if (!r.ok) throw new Error(r.errors.join('\n'));
		const inputs = resolveScenario(r.scenario);
		const c = evaluate(inputs).candidates[0];
		if (!c.ok) throw new Error(c.reason);
		return { c, inputs };
	};

	it('a replica generating 750 hidden tokens serves as many requests as one generating 1,050 visible tokens, and its volume counts the 1,800 visible ones', () => {
		const thinking = run('300', '750');
		const long = run('1050');
		// Same tokens generated per request: the same requests per second.
		expect(thinking.c.throughput.requestsPerSecond.value.toString()).toBe(
			long.c.throughput.requestsPerSecond.value.toString()
		);
		// Volume per replica counts visible tokens: rps × utilisation × 2,628,000 s × (1,500 + 300) / peak
		const { serving, workload: w } = thinking.inputs;
		const expected = thinking.c.throughput.requestsPerSecond.value
			.mul(serving.targetUtilization.value)
			.mul(SECONDS_PER_MONTH)
			.mul(1800)
			.div(w.peakToAverage.value);
		expect(thinking.c.capacity.volumePerReplica.value.toString()).toBe(expected.toString());
		// … which is the long-output replica's volume × 1,800 / 2,550 (the same requests, fewer counted tokens)
		expect(
			thinking.c.capacity.volumePerReplica.value
				.sub(long.c.capacity.volumePerReplica.value.mul(1800).div(2550))
				.abs()
				.lt('1e-20')
		).toBe(true);
	});

	it('refuses a negative reasoning-token count, naming the field', () => {
		const r = parseScenario({
			version: 1,
			overrides: { models: { 'deepseek-r1': { reasoningTokensPerRequest: '-5' } } }
		});
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(r.errors).toContain(
				'overrides.models.deepseek-r1.reasoningTokensPerRequest: -5 is outside the allowed range, 0 to 1e18'
			);
	});
});
