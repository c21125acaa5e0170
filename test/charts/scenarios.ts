import { evaluate, type Evaluation } from '../../src/lib/domain/evaluate';
import type { EngineInputs } from '../../src/lib/domain/inputs';
import { defaultScenario, type Scenario } from '../../src/lib/scenario/document';
import { resolveScenario } from '../../src/lib/scenario/resolve';

/** A real evaluation of the default scenario, edited first. */
export function scenario(edit: (s: Scenario) => void = () => {}): {
	inputs: EngineInputs;
	ev: Evaluation;
} {
	const s = defaultScenario();
	edit(s);
	const inputs = resolveScenario(s);
	return { inputs, ev: evaluate(inputs) };
}

export const GPT_4O_MINI = 'openai/gpt-4o-mini';
export const GPT_41 = 'openai/gpt-4.1';

/** Named scenarios, the zero, huge and degenerate cases every chart must survive. */
export const SCENARIOS: Record<string, (s: Scenario) => void> = {
	default: () => {},
	'huge volume (1e9 requests/day)': (s) => {
		s.workload.requestsPerDay = '1e9';
	},
	'largest volume allowed (1e12 requests/day)': (s) => {
		s.workload.requestsPerDay = '1e12';
	},
	'zero volume': (s) => {
		s.workload.requestsPerDay = '0';
	},
	// A $20,000 monthly fee: self-hosting is cheaper from zero traffic against GPT-4o mini.
	'API with a fixed fee': (s) => {
		s.overrides.offerings[GPT_4O_MINI] = { fixedMonthlyUsd: '20000' };
	},
	// Almost free APIs and no traffic: nothing breaks even and nothing anchors the range.
	'free-ish APIs, zero volume': (s) => {
		s.workload.requestsPerDay = '0';
		for (const b of s.baselines) {
			s.overrides.offerings[b.offeringId] = {
				inputUsdPerMTok: '0.0001',
				outputUsdPerMTok: '0.0001',
				cachedInputUsdPerMTok: '0.0001',
				cacheWriteUsdPerMTok: '0.0001'
			};
		}
	},
	// One candidate and one baseline that cannot be evaluated: an L4 has no purchase price, and a
	// negative price is refused.
	'a failing candidate and baseline': (s) => {
		s.candidates.push({
			id: 'c4',
			modelId: 'llama-3.1-8b',
			gpuId: 'l4',
			precision: 'fp8',
			acquisition: 'buy'
		});
		s.overrides.offerings[GPT_41] = { inputUsdPerMTok: '-1' };
	},
	// One request at a time on the roofline: small replicas, many steps, first ≠ sustained.
	'slow replicas (batch 1)': (s) => {
		s.serving.maxBatch = '1';
		s.serving.useBenchmarks = false;
	},
	// Two replicas minimum and one spare, 2-GPU nodes: nodes and redundancy shape the steps.
	'redundancy and small nodes': (s) => {
		s.serving.minReplicas = '2';
		s.serving.redundancy = '1';
		s.finance.gpusPerNode = '2';
	}
};
