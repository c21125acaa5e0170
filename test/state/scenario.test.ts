import { describe, expect, it } from 'vitest';
import { ScenarioStore } from '../../src/lib/state/scenario.svelte';

describe('ScenarioStore', () => {
	it('valid text updates the scenario and the results', () => {
		const s = new ScenarioStore();
		s.setField('workload', 'requestsPerDay', '100000');
		expect(s.scenario.workload.requestsPerDay).toBe('100000');
		// 100,000 × 365 × (1,500 + 300) / 12 = 5,475,000,000 tokens/month
		expect(s.evaluation.volume.value.toString()).toBe('5475000000');
		expect(s.errors).toEqual({});
	});

	it('invalid text keeps its message and leaves the last valid scenario and results in place', () => {
		const s = new ScenarioStore();
		s.setField('workload', 'requestsPerDay', '100000');
		const savings = () =>
			s.evaluation.pairs.map((p) => (p.ok ? p.savingAtPlan.toString() : p.reason));
		const before = savings();
		s.setField('workload', 'cachedInputShare', '1.5');
		expect(s.errors['workload.cachedInputShare']).toBe(
			'Cached-input share: 1.5 is outside the allowed range, 0 to 1 share 0–1'
		);
		expect(s.text('workload', 'cachedInputShare')).toBe('1.5');
		expect(s.scenario.workload.cachedInputShare).toBe('0.3');
		expect(savings()).toEqual(before);
		s.setField('workload', 'cachedInputShare', '0.5');
		expect(s.errors).toEqual({});
		expect(s.scenario.workload.cachedInputShare).toBe('0.5');
	});

	it('keeps grouped typing as typed while storing the plain decimal', () => {
		const s = new ScenarioStore();
		s.setField('workload', 'requestsPerDay', '1,000');
		expect(s.scenario.workload.requestsPerDay).toBe('1000');
		expect(s.text('workload', 'requestsPerDay')).toBe('1,000');
	});

	it('overrides a catalog figure and resets it', () => {
		const s = new ScenarioStore();
		s.setOverride('gpus', 'h100-sxm', 'cloudUsdPerGpuHour', '3.5');
		expect(s.scenario.overrides.gpus['h100-sxm']).toEqual({ cloudUsdPerGpuHour: '3.5' });
		s.setOverride('gpus', 'h100-sxm', 'cloudUsdPerGpuHour', '-1');
		expect(s.errors['overrides.gpus.h100-sxm.cloudUsdPerGpuHour']).toMatch(
			/-1 is outside the allowed range/
		);
		expect(s.scenario.overrides.gpus['h100-sxm']).toEqual({ cloudUsdPerGpuHour: '3.5' });
		s.resetOverride('gpus', 'h100-sxm', 'cloudUsdPerGpuHour');
		expect(s.scenario.overrides.gpus).toEqual({});
		expect(s.errors).toEqual({});
	});

	it('adds and removes candidates and baselines with unique ids', () => {
		const s = new ScenarioStore();
		s.addCandidate('qwen-2.5-72b', 'h200', 'fp8', 'rent');
		s.addCandidate('qwen-2.5-72b', 'h200', 'fp8', 'buy');
		const ids = s.scenario.candidates.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		s.removeCandidate('c1');
		expect(s.scenario.candidates.some((c) => c.id === 'c1')).toBe(false);
		s.addBaseline('openai/gpt-4o-mini'); // already there: no duplicate
		expect(s.scenario.baselines.filter((b) => b.offeringId === 'openai/gpt-4o-mini')).toHaveLength(
			1
		);
		s.removeBaseline('openai/gpt-4o-mini');
		expect(s.evaluation.baselines.map((b) => b.id)).not.toContain('openai/gpt-4o-mini');
	});
});

describe('ScenarioStore: rental rate and negotiated discount', () => {
	it('a candidate rents at the chosen rate: default c1 (H100, rent) at $1.49 → $1,087.70 per GPU-month', () => {
		const s = new ScenarioStore();
		s.setCandidateRate('c1', 'h100-sxm/vastai-marketplace');
		expect(s.scenario.candidates[0].rate).toBe('h100-sxm/vastai-marketplace');
		const c = s.evaluation.candidates[0];
		if (!c.ok) throw new Error(c.reason);
		expect(c.cost.perGpu.hardware.toString()).toBe('1087.7'); // 1.49 × 730
		s.setCandidateRate('c1', undefined);
		expect('rate' in s.scenario.candidates[0]).toBe(false);
	});

	it('a baseline takes a discount; a discount of 1 keeps its message and changes nothing', () => {
		const s = new ScenarioStore();
		s.setBaselineDiscount('openai/gpt-4o-mini', '0.2');
		expect(s.scenario.baselines[0]).toEqual({ offeringId: 'openai/gpt-4o-mini', discount: '0.2' });
		expect(s.evaluation.baselines[0].name).toBe('GPT-4o mini (list −20%)');
		s.setBaselineDiscount('openai/gpt-4o-mini', '1');
		expect(s.errors['baselines.openai/gpt-4o-mini.discount']).toBe(
			'negotiated discount: 1 is outside the allowed range, 0 to 0.95 share off list'
		);
		expect(s.scenario.baselines[0].discount).toBe('0.2');
		s.setBaselineDiscount('openai/gpt-4o-mini', '');
		expect(s.scenario.baselines[0]).toEqual({ offeringId: 'openai/gpt-4o-mini' });
		expect(s.errors).toEqual({});
	});
});
