import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/lib/scenario/resolve';
import { defaultScenario } from '../../src/lib/scenario/document';
import { answer } from '../../src/lib/report/answer';

describe('the answer paragraph', () => {
	it('a hybrid whose best split today is all API is not described as "on 0 GPUs"', () => {
		const s = defaultScenario();
		s.workload.requestsPerDay = '1000';
		s.candidates = [
			{
				id: 'c1',
				modelId: 'llama-3.1-8b',
				gpuId: 'h100-sxm',
				precision: 'fp8',
				acquisition: 'rent',
				overflow: 'openai/gpt-4o-mini'
			}
		];
		s.baselines = [{ offeringId: 'openai/gpt-4o-mini' }];
		const { inputs, evaluation } = evaluateScenario(s);
		const c = evaluation.candidates[0];
		expect(c.ok && c.hybrid !== undefined && c.atPlan.gpus).toBe(0);
		const { paragraph } = answer(s, inputs, evaluation, undefined, false);
		expect(paragraph).not.toMatch(/\bon 0\b/);
		expect(paragraph).toContain('rented NVIDIA H100');
		expect(paragraph).toContain("(hybrid; at today's volume all of it goes to GPT-4o mini)");
	});
});
