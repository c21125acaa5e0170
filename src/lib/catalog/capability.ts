import type { CapabilityClass } from './types';

/**
 * Capability tiers of the catalog's models and API offerings, kept apart from the entries so the
 * catalog's data files stay as published. A rough tier, not a benchmark: "frontier" (the
 * providers' flagship models and the largest open models), "large" (about 30B–120B open models
 * and the providers' mid-priced models), "small" (about 7B–20B open models and the providers'
 * cheapest models). An entry's own `capabilityClass` (a user's entry) wins over this map.
 */
export const CAPABILITY_SOURCE = {
	source:
		'LLM TCO tiering: providers’ price tier for APIs, parameter count for open models (a rough guide, not a benchmark)',
	asOf: '2026-11'
} as const;

const tiers: Record<CapabilityClass, string[]> = {
	frontier: [
		'llama-3.1-405b',
		'qwen-3-235b-a22b',
		'deepseek-v3',
		'deepseek-r1',
		'openai/gpt-4o',
		'openai/gpt-4.1',
		'openai/o3',
		'openai/o1',
		'openai/gpt-5',
		'anthropic/claude-3-5-sonnet-20241022',
		'anthropic/claude-3-7-sonnet-20250219',
		'anthropic/claude-sonnet-4-20250514',
		'anthropic/claude-sonnet-4-5',
		'anthropic/claude-opus-4-20250514',
		'google/gemini-1.5-pro',
		'google/gemini-2.5-pro',
		'mistral/mistral-large-2411',
		'mistral/mistral-large-latest'
	],
	large: [
		'llama-3.1-70b',
		'llama-3.3-70b',
		'llama-2-70b',
		'mixtral-8x22b',
		'qwen-2.5-32b',
		'qwen-2.5-72b',
		'qwen-3-32b',
		'gpt-oss-120b',
		'gemma-2-27b',
		'gemma-3-27b',
		'mistral-small-24b',
		'openai/gpt-4.1-mini',
		'openai/o3-mini',
		'openai/o4-mini',
		'openai/gpt-5-mini',
		'anthropic/claude-haiku-4-5',
		'google/gemini-2.5-flash'
	],
	small: [
		'llama-3.1-8b',
		'mistral-7b',
		'mixtral-8x7b',
		'qwen-2.5-7b',
		'gpt-oss-20b',
		'phi-4',
		'openai/gpt-4o-mini',
		'openai/gpt-4.1-nano',
		'anthropic/claude-3-haiku-20240307',
		'anthropic/claude-3-5-haiku-20241022',
		'google/gemini-1.5-flash',
		'google/gemini-2.0-flash',
		'google/gemini-2.5-flash-lite',
		'mistral/mistral-small-latest'
	]
};

const byId = new Map<string, CapabilityClass>(
	Object.entries(tiers).flatMap(([tier, ids]) => ids.map((id) => [id, tier as CapabilityClass]))
);

/**
 * The tier of a model or an API offering: its own field, else this map; a hosted open model
 * without one takes its model's tier.
 * @example capabilityClassOf({ id: 'openai/gpt-4o-mini' }) → 'small'
 */
export function capabilityClassOf(entry: {
	id: string;
	capabilityClass?: CapabilityClass;
	openModelId?: string;
}): CapabilityClass | undefined {
	return (
		entry.capabilityClass ??
		byId.get(entry.id) ??
		(entry.openModelId ? byId.get(entry.openModelId) : undefined)
	);
}
