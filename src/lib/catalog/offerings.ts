import type { ApiOffering, Figure, Source } from './types';

/** A sourced figure; `note` is appended to the source's own note. */
function fig(value: string, src: Source, note?: string): Figure {
	const joined = [src.note, note].filter(Boolean).join(' ');
	return { ...src, value, ...(joined ? { note: joined } : {}) };
}

// API prices per 1M tokens: api_price records of /work/shared/data/reference-figures.json, taken from
// LiteLLM's model_prices_and_context_window.json at dated snapshots.

const LITELLM =
	'BerriAI/litellm model_prices_and_context_window.json, as mirrored verbatim by github RoCry/llm-api-price (pulls raw BerriAI main)';

const LITELLM_2026_07: Source = {
	source: `${LITELLM} @8442b939 (synced 2026-07-24 18:23 UTC)`,
	asOf: '2026-07-24',
	verification: 'verified-primary'
};

const LITELLM_2025_05: Source = {
	source: `${LITELLM} @9716a8b8 (synced 2025-05-31)`,
	asOf: '2025-05-31',
	verification: 'verified-primary'
};

const LITELLM_2025_02: Source = {
	source: `${LITELLM} @734cc9bf (synced 2025-02-08)`,
	asOf: '2025-02-08',
	verification: 'verified-primary'
};

export const offerings: ApiOffering[] = [
	{
		id: 'openai/gpt-4o',
		provider: 'OpenAI',
		model: 'gpt-4o',
		name: 'GPT-4o',
		inputUsdPerMTok: fig(
			'2.5',
			LITELLM_2026_07,
			'Same values in 2025-02-08 and 2025-05-31 snapshots.'
		),
		outputUsdPerMTok: fig(
			'10',
			LITELLM_2026_07,
			'Same values in 2025-02-08 and 2025-05-31 snapshots.'
		),
		cachedInputUsdPerMTok: fig('1.25', LITELLM_2026_07, 'Cached (prompt-cache read) input.'),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Derived: 1 - batch input / input = 1 - 1.25 / 2.5; batch output agrees (1 - 5 / 10).'
		)
	},
	{
		id: 'openai/gpt-4o-mini',
		provider: 'OpenAI',
		model: 'gpt-4o-mini',
		name: 'GPT-4o mini',
		inputUsdPerMTok: fig(
			'0.15',
			LITELLM_2026_07,
			'Same in 2025-02-08 snapshot. Spot-checked against BerriAI/litellm@00035b69 (gpt-4o-mini-search-preview entry: 1.5e-07/6e-07, batch 7.5e-08).'
		),
		outputUsdPerMTok: fig(
			'0.6',
			LITELLM_2026_07,
			'Same in 2025-02-08 snapshot. Spot-checked against BerriAI/litellm@00035b69 (gpt-4o-mini-search-preview entry: 1.5e-07/6e-07, batch 7.5e-08).'
		),
		cachedInputUsdPerMTok: fig('0.075', LITELLM_2026_07, 'Cached (prompt-cache read) input.'),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Derived: 1 - batch input / input = 1 - 0.075 / 0.15; batch output agrees (1 - 0.3 / 0.6).'
		)
	},
	{
		id: 'openai/gpt-4.1',
		provider: 'OpenAI',
		model: 'gpt-4.1',
		name: 'GPT-4.1',
		inputUsdPerMTok: fig('2', LITELLM_2026_07),
		outputUsdPerMTok: fig('8', LITELLM_2026_07),
		cachedInputUsdPerMTok: fig('0.5', LITELLM_2026_07, 'Cached (prompt-cache read) input.'),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Derived: 1 - batch input / input = 1 - 1 / 2; batch output agrees (1 - 4 / 8).'
		)
	},
	{
		id: 'openai/gpt-4.1-mini',
		provider: 'OpenAI',
		model: 'gpt-4.1-mini',
		name: 'GPT-4.1 mini',
		inputUsdPerMTok: fig('0.4', LITELLM_2026_07),
		outputUsdPerMTok: fig('1.6', LITELLM_2026_07),
		cachedInputUsdPerMTok: fig('0.1', LITELLM_2026_07, 'Cached (prompt-cache read) input.'),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Derived: 1 - batch input / input = 1 - 0.2 / 0.4; batch output agrees (1 - 0.8 / 1.6).'
		)
	},
	{
		id: 'openai/gpt-4.1-nano',
		provider: 'OpenAI',
		model: 'gpt-4.1-nano',
		name: 'GPT-4.1 nano',
		inputUsdPerMTok: fig('0.1', LITELLM_2026_07),
		outputUsdPerMTok: fig('0.4', LITELLM_2026_07),
		cachedInputUsdPerMTok: fig('0.025', LITELLM_2026_07, 'Cached (prompt-cache read) input.'),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Derived: 1 - batch input / input = 1 - 0.05 / 0.1; batch output agrees (1 - 0.2 / 0.4).'
		)
	},
	{
		id: 'openai/o3',
		provider: 'OpenAI',
		model: 'o3',
		name: 'o3',
		inputUsdPerMTok: fig('2', LITELLM_2026_07, 'No batch fields in litellm entry.'),
		outputUsdPerMTok: fig('8', LITELLM_2026_07, 'No batch fields in litellm entry.'),
		cachedInputUsdPerMTok: fig('0.5', LITELLM_2026_07, 'Cached (prompt-cache read) input.')
	},
	{
		id: 'openai/o3-mini',
		provider: 'OpenAI',
		model: 'o3-mini',
		name: 'o3-mini',
		inputUsdPerMTok: fig('1.1', LITELLM_2026_07),
		outputUsdPerMTok: fig('4.4', LITELLM_2026_07),
		cachedInputUsdPerMTok: fig('0.55', LITELLM_2026_07, 'Cached (prompt-cache read) input.')
	},
	{
		id: 'openai/o4-mini',
		provider: 'OpenAI',
		model: 'o4-mini',
		name: 'o4-mini',
		inputUsdPerMTok: fig('1.1', LITELLM_2026_07),
		outputUsdPerMTok: fig('4.4', LITELLM_2026_07),
		cachedInputUsdPerMTok: fig('0.275', LITELLM_2026_07, 'Cached (prompt-cache read) input.')
	},
	{
		id: 'openai/o1',
		provider: 'OpenAI',
		model: 'o1',
		name: 'o1',
		inputUsdPerMTok: fig('15', LITELLM_2026_07),
		outputUsdPerMTok: fig('60', LITELLM_2026_07),
		cachedInputUsdPerMTok: fig('7.5', LITELLM_2026_07, 'Cached (prompt-cache read) input.')
	},
	{
		id: 'openai/gpt-5',
		provider: 'OpenAI',
		model: 'gpt-5',
		name: 'GPT-5',
		inputUsdPerMTok: fig('1.25', LITELLM_2026_07),
		outputUsdPerMTok: fig('10', LITELLM_2026_07),
		cachedInputUsdPerMTok: fig('0.125', LITELLM_2026_07, 'Cached (prompt-cache read) input.')
	},
	{
		id: 'openai/gpt-5-mini',
		provider: 'OpenAI',
		model: 'gpt-5-mini',
		name: 'GPT-5 mini',
		inputUsdPerMTok: fig('0.25', LITELLM_2026_07),
		outputUsdPerMTok: fig('2', LITELLM_2026_07),
		cachedInputUsdPerMTok: fig('0.025', LITELLM_2026_07, 'Cached (prompt-cache read) input.')
	},
	{
		id: 'anthropic/claude-3-5-sonnet-20241022',
		provider: 'Anthropic',
		model: 'claude-3-5-sonnet-20241022',
		name: 'Claude 3.5 Sonnet (2024-10-22)',
		inputUsdPerMTok: fig(
			'3',
			LITELLM_2025_05,
			'Removed from 2026-07 file (deprecated). Batch discount not recorded in litellm.'
		),
		outputUsdPerMTok: fig(
			'15',
			LITELLM_2025_05,
			'Removed from 2026-07 file (deprecated). Batch discount not recorded in litellm.'
		),
		cachedInputUsdPerMTok: fig(
			'0.3',
			LITELLM_2025_05,
			'Cached (prompt-cache read) input. Cache writes cost $3.75 per 1M tokens (not modelled).'
		)
	},
	{
		id: 'anthropic/claude-3-7-sonnet-20250219',
		provider: 'Anthropic',
		model: 'claude-3-7-sonnet-20250219',
		name: 'Claude 3.7 Sonnet',
		inputUsdPerMTok: fig('3', LITELLM_2026_07, 'deprecation_date 2026-02-19'),
		outputUsdPerMTok: fig('15', LITELLM_2026_07, 'deprecation_date 2026-02-19'),
		cachedInputUsdPerMTok: fig(
			'0.3',
			LITELLM_2026_07,
			'Cached (prompt-cache read) input. Cache writes cost $3.75 per 1M tokens (not modelled).'
		)
	},
	{
		id: 'anthropic/claude-sonnet-4-20250514',
		provider: 'Anthropic',
		model: 'claude-sonnet-4-20250514',
		name: 'Claude Sonnet 4',
		inputUsdPerMTok: fig('3', LITELLM_2026_07, '>200k-token prompts: $6 in / $22.5 out.'),
		outputUsdPerMTok: fig('15', LITELLM_2026_07, '>200k-token prompts: $6 in / $22.5 out.'),
		cachedInputUsdPerMTok: fig(
			'0.3',
			LITELLM_2026_07,
			'Cached (prompt-cache read) input. Cache writes cost $3.75 per 1M tokens (not modelled).'
		)
	},
	{
		id: 'anthropic/claude-sonnet-4-5',
		provider: 'Anthropic',
		model: 'claude-sonnet-4-5',
		name: 'Claude Sonnet 4.5',
		inputUsdPerMTok: fig('3', LITELLM_2026_07, '>200k: $6/$22.5'),
		outputUsdPerMTok: fig('15', LITELLM_2026_07, '>200k: $6/$22.5'),
		cachedInputUsdPerMTok: fig(
			'0.3',
			LITELLM_2026_07,
			'Cached (prompt-cache read) input. Cache writes cost $3.75 per 1M tokens (not modelled).'
		)
	},
	{
		id: 'anthropic/claude-3-haiku-20240307',
		provider: 'Anthropic',
		model: 'claude-3-haiku-20240307',
		name: 'Claude 3 Haiku',
		inputUsdPerMTok: fig('0.25', LITELLM_2026_07),
		outputUsdPerMTok: fig('1.25', LITELLM_2026_07),
		cachedInputUsdPerMTok: fig(
			'0.03',
			LITELLM_2026_07,
			'Cached (prompt-cache read) input. Cache writes cost $0.3 per 1M tokens (not modelled).'
		)
	},
	{
		id: 'anthropic/claude-3-5-haiku-20241022',
		provider: 'Anthropic',
		model: 'claude-3-5-haiku-20241022',
		name: 'Claude 3.5 Haiku',
		inputUsdPerMTok: fig(
			'0.8',
			LITELLM_2025_05,
			"The 2025-02-08 snapshot had 1.0/5.0 (cache 0.1/1.25): litellm changed the value between snapshots; 0.8/4.0 matches Anthropic's list price as I recall it (unverified against anthropic.com)."
		),
		outputUsdPerMTok: fig(
			'4',
			LITELLM_2025_05,
			"The 2025-02-08 snapshot had 1.0/5.0 (cache 0.1/1.25): litellm changed the value between snapshots; 0.8/4.0 matches Anthropic's list price as I recall it (unverified against anthropic.com)."
		),
		cachedInputUsdPerMTok: fig(
			'0.08',
			LITELLM_2025_05,
			'Cached (prompt-cache read) input. Cache writes cost $1 per 1M tokens (not modelled).'
		)
	},
	{
		id: 'anthropic/claude-haiku-4-5',
		provider: 'Anthropic',
		model: 'claude-haiku-4-5',
		name: 'Claude Haiku 4.5',
		inputUsdPerMTok: fig('1', LITELLM_2026_07),
		outputUsdPerMTok: fig('5', LITELLM_2026_07),
		cachedInputUsdPerMTok: fig(
			'0.1',
			LITELLM_2026_07,
			'Cached (prompt-cache read) input. Cache writes cost $1.25 per 1M tokens (not modelled).'
		)
	},
	{
		id: 'anthropic/claude-opus-4-20250514',
		provider: 'Anthropic',
		model: 'claude-opus-4-20250514',
		name: 'Claude Opus 4',
		inputUsdPerMTok: fig('15', LITELLM_2026_07),
		outputUsdPerMTok: fig('75', LITELLM_2026_07),
		cachedInputUsdPerMTok: fig(
			'1.5',
			LITELLM_2026_07,
			'Cached (prompt-cache read) input. Cache writes cost $18.75 per 1M tokens (not modelled).'
		)
	},
	{
		id: 'google/gemini-1.5-flash',
		provider: 'Google',
		model: 'gemini-1.5-flash',
		name: 'Gemini 1.5 Flash',
		inputUsdPerMTok: fig(
			'0.075',
			LITELLM_2025_02,
			'>128k: litellm lists $1.0 in (looks like a data error; AI-Studio key says $0.15) / $0.60 out.'
		),
		outputUsdPerMTok: fig(
			'0.3',
			LITELLM_2025_02,
			'>128k: litellm lists $1.0 in (looks like a data error; AI-Studio key says $0.15) / $0.60 out.'
		)
	},
	{
		id: 'google/gemini-1.5-pro',
		provider: 'Google',
		model: 'gemini-1.5-pro',
		name: 'Gemini 1.5 Pro',
		inputUsdPerMTok: fig(
			'1.25',
			LITELLM_2025_02,
			'>128k $2.5/$10. The AI-Studio key gemini/gemini-1.5-pro still lists the old $3.5/$10.5, which is stale. Treat as inconsistent.'
		),
		outputUsdPerMTok: fig(
			'5',
			LITELLM_2025_02,
			'>128k $2.5/$10. The AI-Studio key gemini/gemini-1.5-pro still lists the old $3.5/$10.5, which is stale. Treat as inconsistent.'
		)
	},
	{
		id: 'google/gemini-2.0-flash',
		provider: 'Google',
		model: 'gemini-2.0-flash',
		name: 'Gemini 2.0 Flash',
		inputUsdPerMTok: fig('0.1', LITELLM_2026_07, 'deprecation_date 2026-06-01'),
		outputUsdPerMTok: fig('0.4', LITELLM_2026_07, 'deprecation_date 2026-06-01'),
		cachedInputUsdPerMTok: fig('0.025', LITELLM_2026_07, 'Cached (prompt-cache read) input.')
	},
	{
		id: 'google/gemini-2.5-flash',
		provider: 'Google',
		model: 'gemini-2.5-flash',
		name: 'Gemini 2.5 Flash',
		inputUsdPerMTok: fig('0.3', LITELLM_2026_07),
		outputUsdPerMTok: fig('2.5', LITELLM_2026_07),
		cachedInputUsdPerMTok: fig('0.03', LITELLM_2026_07, 'Cached (prompt-cache read) input.')
	},
	{
		id: 'google/gemini-2.5-flash-lite',
		provider: 'Google',
		model: 'gemini-2.5-flash-lite',
		name: 'Gemini 2.5 Flash-Lite',
		inputUsdPerMTok: fig('0.1', LITELLM_2026_07),
		outputUsdPerMTok: fig('0.4', LITELLM_2026_07),
		cachedInputUsdPerMTok: fig('0.01', LITELLM_2026_07, 'Cached (prompt-cache read) input.')
	},
	{
		id: 'google/gemini-2.5-pro',
		provider: 'Google',
		model: 'gemini-2.5-pro',
		name: 'Gemini 2.5 Pro',
		inputUsdPerMTok: fig('1.25', LITELLM_2026_07, '>200k: $2.5/$15'),
		outputUsdPerMTok: fig('10', LITELLM_2026_07, '>200k: $2.5/$15'),
		cachedInputUsdPerMTok: fig('0.125', LITELLM_2026_07, 'Cached (prompt-cache read) input.')
	},
	{
		id: 'mistral/mistral-large-2411',
		provider: 'Mistral',
		model: 'mistral-large-2411',
		name: 'Mistral Large (2411)',
		inputUsdPerMTok: fig(
			'2',
			LITELLM_2026_07,
			'mistral-large-latest was 2/6 in 2025 snapshots and 0.5/1.5 in 2026-07 (points to mistral-large-2512).'
		),
		outputUsdPerMTok: fig(
			'6',
			LITELLM_2026_07,
			'mistral-large-latest was 2/6 in 2025 snapshots and 0.5/1.5 in 2026-07 (points to mistral-large-2512).'
		)
	},
	{
		id: 'mistral/mistral-large-latest',
		provider: 'Mistral',
		model: 'mistral-large-latest',
		name: 'Mistral Large (latest, 2026)',
		inputUsdPerMTok: fig(
			'0.5',
			LITELLM_2026_07,
			'mistral-large-latest pointed to mistral-large-2512 in the 2026-07 snapshot; it was $2/$6 in 2025 snapshots.'
		),
		outputUsdPerMTok: fig(
			'1.5',
			LITELLM_2026_07,
			'mistral-large-latest pointed to mistral-large-2512 in the 2026-07 snapshot; it was $2/$6 in 2025 snapshots.'
		)
	},
	{
		id: 'mistral/mistral-small-latest',
		provider: 'Mistral',
		model: 'mistral-small-latest',
		name: 'Mistral Small (latest, 2025-05)',
		inputUsdPerMTok: fig(
			'0.1',
			LITELLM_2025_05,
			'2025-02-08 snapshot: 1.0/3.0 (stale); 2026-07-24: 0.06/0.18.'
		),
		outputUsdPerMTok: fig(
			'0.3',
			LITELLM_2025_05,
			'2025-02-08 snapshot: 1.0/3.0 (stale); 2026-07-24: 0.06/0.18.'
		)
	},
	{
		id: 'together/meta-llama-3.1-8b-instruct-turbo',
		provider: 'Together AI',
		model: 'Meta-Llama-3.1-8B-Instruct-Turbo',
		name: 'Meta-Llama-3.1-8B-Instruct-Turbo (Together AI)',
		openModelId: 'llama-3.1-8b',
		inputUsdPerMTok: fig('0.18', LITELLM_2026_07, 'Same in 2025-02 and 2025-05.'),
		outputUsdPerMTok: fig('0.18', LITELLM_2026_07, 'Same in 2025-02 and 2025-05.')
	},
	{
		id: 'together/meta-llama-3.1-70b-instruct-turbo',
		provider: 'Together AI',
		model: 'Meta-Llama-3.1-70B-Instruct-Turbo',
		name: 'Meta-Llama-3.1-70B-Instruct-Turbo (Together AI)',
		openModelId: 'llama-3.1-70b',
		inputUsdPerMTok: fig('0.88', LITELLM_2026_07, 'Same in 2025-02.'),
		outputUsdPerMTok: fig('0.88', LITELLM_2026_07, 'Same in 2025-02.')
	},
	{
		id: 'together/meta-llama-3.1-405b-instruct-turbo',
		provider: 'Together AI',
		model: 'Meta-Llama-3.1-405B-Instruct-Turbo',
		name: 'Meta-Llama-3.1-405B-Instruct-Turbo (Together AI)',
		openModelId: 'llama-3.1-405b',
		inputUsdPerMTok: fig('3.5', LITELLM_2026_07),
		outputUsdPerMTok: fig('3.5', LITELLM_2026_07)
	},
	{
		id: 'together/llama-3.3-70b-instruct-turbo',
		provider: 'Together AI',
		model: 'Llama-3.3-70B-Instruct-Turbo',
		name: 'Llama-3.3-70B-Instruct-Turbo (Together AI)',
		openModelId: 'llama-3.3-70b',
		inputUsdPerMTok: fig('0.88', LITELLM_2026_07),
		outputUsdPerMTok: fig('0.88', LITELLM_2026_07)
	},
	{
		id: 'fireworks/llama-v3p1-8b-instruct',
		provider: 'Fireworks AI',
		model: 'llama-v3p1-8b-instruct',
		name: 'llama-v3p1-8b-instruct (Fireworks AI)',
		openModelId: 'llama-3.1-8b',
		inputUsdPerMTok: fig('0.1', LITELLM_2026_07),
		outputUsdPerMTok: fig('0.1', LITELLM_2026_07)
	},
	{
		id: 'fireworks/llama-v3p1-70b-instruct',
		provider: 'Fireworks AI',
		model: 'llama-v3p1-70b-instruct',
		name: 'llama-v3p1-70b-instruct (Fireworks AI)',
		openModelId: 'llama-3.1-70b',
		inputUsdPerMTok: fig('0.9', LITELLM_2026_07, 'Not present in 2025-02/05 snapshots.'),
		outputUsdPerMTok: fig('0.9', LITELLM_2026_07, 'Not present in 2025-02/05 snapshots.')
	},
	{
		id: 'fireworks/llama-v3p1-405b-instruct',
		provider: 'Fireworks AI',
		model: 'llama-v3p1-405b-instruct',
		name: 'llama-v3p1-405b-instruct (Fireworks AI)',
		openModelId: 'llama-3.1-405b',
		inputUsdPerMTok: fig('3', LITELLM_2026_07, 'Also 3.0 in 2025-05.'),
		outputUsdPerMTok: fig('3', LITELLM_2026_07, 'Also 3.0 in 2025-05.')
	},
	{
		id: 'groq/llama-3.1-8b-instant',
		provider: 'Groq',
		model: 'llama-3.1-8b-instant',
		name: 'llama-3.1-8b-instant (Groq)',
		openModelId: 'llama-3.1-8b',
		inputUsdPerMTok: fig('0.05', LITELLM_2026_07),
		outputUsdPerMTok: fig('0.08', LITELLM_2026_07)
	},
	{
		id: 'groq/llama-3.3-70b-versatile',
		provider: 'Groq',
		model: 'llama-3.3-70b-versatile',
		name: 'llama-3.3-70b-versatile (Groq)',
		openModelId: 'llama-3.3-70b',
		inputUsdPerMTok: fig(
			'0.59',
			LITELLM_2026_07,
			'groq/llama-3.1-70b-versatile was also 0.59/0.79 (2025 snapshots). groq/llama-3.1-405b-reasoning 0.59/0.79 in litellm 2025 looks like a placeholder; do not use.'
		),
		outputUsdPerMTok: fig(
			'0.79',
			LITELLM_2026_07,
			'groq/llama-3.1-70b-versatile was also 0.59/0.79 (2025 snapshots). groq/llama-3.1-405b-reasoning 0.59/0.79 in litellm 2025 looks like a placeholder; do not use.'
		)
	},
	{
		id: 'deepinfra/meta-llama-3.1-8b-instruct',
		provider: 'DeepInfra',
		model: 'Meta-Llama-3.1-8B-Instruct',
		name: 'Meta-Llama-3.1-8B-Instruct (DeepInfra)',
		openModelId: 'llama-3.1-8b',
		inputUsdPerMTok: fig('0.03', LITELLM_2026_07, 'Turbo variant 0.02/0.03.'),
		outputUsdPerMTok: fig('0.05', LITELLM_2026_07, 'Turbo variant 0.02/0.03.')
	},
	{
		id: 'deepinfra/meta-llama-3.1-70b-instruct',
		provider: 'DeepInfra',
		model: 'Meta-Llama-3.1-70B-Instruct',
		name: 'Meta-Llama-3.1-70B-Instruct (DeepInfra)',
		openModelId: 'llama-3.1-70b',
		inputUsdPerMTok: fig(
			'0.4',
			LITELLM_2026_07,
			'Turbo variant 0.10/0.28; Llama-3.3-70B-Turbo 0.13/0.39.'
		),
		outputUsdPerMTok: fig(
			'0.4',
			LITELLM_2026_07,
			'Turbo variant 0.10/0.28; Llama-3.3-70B-Turbo 0.13/0.39.'
		)
	},
	{
		id: 'deepinfra/meta-llama-3.1-405b-instruct',
		provider: 'DeepInfra',
		model: 'Meta-Llama-3.1-405B-Instruct',
		name: 'Meta-Llama-3.1-405B-Instruct (DeepInfra)',
		openModelId: 'llama-3.1-405b',
		inputUsdPerMTok: fig('0.9', LITELLM_2025_05, 'Removed by 2026-07.'),
		outputUsdPerMTok: fig('0.9', LITELLM_2025_05, 'Removed by 2026-07.')
	}
];
