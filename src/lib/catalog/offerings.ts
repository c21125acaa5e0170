import type { ApiOffering, Figure, Source } from './types';

/** A sourced figure; `note` is appended to the source's own note. */
function fig(value: string, src: Source, note?: string): Figure {
	const joined = [src.note, note].filter(Boolean).join(' ');
	return { ...src, value, ...(joined ? { note: joined } : {}) };
}

// API prices per 1M tokens from LiteLLM's community price file (prices per token × 1,000,000), at
// dated copies of the file; each figure names its entry. Long-context tiers, batch prices and
// prompt-cache prices come from the same entry where it carries them; batch discounts that the
// file does not carry come from the provider's own documentation.

const LITELLM =
	"github RoCry/llm-api-price model_prices_and_context_window.json, a verbatim daily copy of BerriAI/litellm's price file of the same name";

const LITELLM_2026_07: Source = {
	source: `${LITELLM}, @8442b939a6ead479f7995b5d74d8dce488bd0966 (synced 2026-07-24 18:23 UTC)`,
	asOf: '2026-07-24',
	verification: 'verified-primary'
};

const LITELLM_2025_05: Source = {
	source: `${LITELLM}, @9716a8b880e3d3d28d25665d7d0cb46cc931a3dc (synced 2025-05-31)`,
	asOf: '2025-05-31',
	verification: 'verified-primary'
};

const LITELLM_2025_02: Source = {
	source: `${LITELLM}, @734cc9bffb4e388f6cf3cd5b397a0574dd4778ab (synced 2025-02-08)`,
	asOf: '2025-02-08',
	verification: 'verified-primary'
};

/** Anthropic's Message Batches API: half price on every token. */
const ANTHROPIC_BATCH: Figure = {
	value: '0.5',
	source:
		"Anthropic, Claude Platform Docs, 'Batch processing' (platform.claude.com/docs/en/build-with-claude/batch-processing): the Message Batches API is 'cutting costs by 50 percent'",
	asOf: '2026-11',
	verification: 'primary',
	note: 'The page is undated: read in November 2026. Applies to input, output and prompt-cache tokens of batched requests.'
};

/** Google's batch inference for Gemini on Vertex AI: half price. */
const VERTEX_BATCH: Figure = {
	value: '0.5',
	source:
		"Google Cloud, Vertex AI documentation, 'Batch inference with Gemini' (docs.cloud.google.com/vertex-ai/generative-ai/docs/multimodal/batch-prediction-gemini): 'Batch processing is offered at a 50% discounted rate compared to real-time inference'",
	asOf: '2026-11',
	verification: 'primary',
	note: "The page is undated: read in November 2026. The page adds that cache and batch discounts don't stack: cached tokens keep the cache price."
};

/** A reasoning model whose typical hidden-token count nobody publishes. */
const REASONING_UNPUBLISHED: Figure = {
	value: '0',
	source:
		'No published typical count of reasoning tokens per request for this model (catalog default)',
	asOf: '2026-11-29',
	verification: 'assumption',
	note: "A reasoning model (the price file's supports_reasoning flag): its hidden reasoning tokens are billed as output tokens. They vary with the task and the reasoning-effort setting, so the default is 0: enter your measured average per request (the API reports it as reasoning tokens in each response's usage)."
};

export const offerings: ApiOffering[] = [
	{
		id: 'openai/gpt-4o',
		provider: 'OpenAI',
		model: 'gpt-4o',
		name: 'GPT-4o',
		inputUsdPerMTok: fig('2.5', LITELLM_2026_07, 'Entry "gpt-4o".'),
		outputUsdPerMTok: fig('10', LITELLM_2026_07, 'Entry "gpt-4o".'),
		cachedInputUsdPerMTok: fig('1.25', LITELLM_2026_07, 'Entry "gpt-4o". Prompt-cache read.'),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "gpt-4o". Derived: 1 - batch input / input = 1 - 1.25 / 2.5; batch output agrees (1 - 5 / 10).'
		)
	},
	{
		id: 'openai/gpt-4o-mini',
		provider: 'OpenAI',
		model: 'gpt-4o-mini',
		name: 'GPT-4o mini',
		inputUsdPerMTok: fig('0.15', LITELLM_2026_07, 'Entry "gpt-4o-mini".'),
		outputUsdPerMTok: fig('0.6', LITELLM_2026_07, 'Entry "gpt-4o-mini".'),
		cachedInputUsdPerMTok: fig('0.075', LITELLM_2026_07, 'Entry "gpt-4o-mini". Prompt-cache read.'),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "gpt-4o-mini". Derived: 1 - batch input / input = 1 - 0.075 / 0.15; batch output agrees (1 - 0.3 / 0.6).'
		)
	},
	{
		id: 'openai/gpt-4.1',
		provider: 'OpenAI',
		model: 'gpt-4.1',
		name: 'GPT-4.1',
		inputUsdPerMTok: fig('2', LITELLM_2026_07, 'Entry "gpt-4.1".'),
		outputUsdPerMTok: fig('8', LITELLM_2026_07, 'Entry "gpt-4.1".'),
		cachedInputUsdPerMTok: fig('0.5', LITELLM_2026_07, 'Entry "gpt-4.1". Prompt-cache read.'),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "gpt-4.1". Derived: 1 - batch input / input = 1 - 1 / 2; batch output agrees (1 - 4 / 8).'
		)
	},
	{
		id: 'openai/gpt-4.1-mini',
		provider: 'OpenAI',
		model: 'gpt-4.1-mini',
		name: 'GPT-4.1 mini',
		inputUsdPerMTok: fig('0.4', LITELLM_2026_07, 'Entry "gpt-4.1-mini".'),
		outputUsdPerMTok: fig('1.6', LITELLM_2026_07, 'Entry "gpt-4.1-mini".'),
		cachedInputUsdPerMTok: fig('0.1', LITELLM_2026_07, 'Entry "gpt-4.1-mini". Prompt-cache read.'),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "gpt-4.1-mini". Derived: 1 - batch input / input = 1 - 0.2 / 0.4; batch output agrees (1 - 0.8 / 1.6).'
		)
	},
	{
		id: 'openai/gpt-4.1-nano',
		provider: 'OpenAI',
		model: 'gpt-4.1-nano',
		name: 'GPT-4.1 nano',
		inputUsdPerMTok: fig('0.1', LITELLM_2026_07, 'Entry "gpt-4.1-nano".'),
		outputUsdPerMTok: fig('0.4', LITELLM_2026_07, 'Entry "gpt-4.1-nano".'),
		cachedInputUsdPerMTok: fig(
			'0.025',
			LITELLM_2026_07,
			'Entry "gpt-4.1-nano". Prompt-cache read.'
		),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "gpt-4.1-nano". Derived: 1 - batch input / input = 1 - 0.05 / 0.1; batch output agrees (1 - 0.2 / 0.4).'
		)
	},
	{
		id: 'openai/o3',
		provider: 'OpenAI',
		model: 'o3',
		name: 'o3',
		inputUsdPerMTok: fig('2', LITELLM_2026_07, 'Entry "o3".'),
		outputUsdPerMTok: fig('8', LITELLM_2026_07, 'Entry "o3".'),
		cachedInputUsdPerMTok: fig('0.5', LITELLM_2026_07, 'Entry "o3". Prompt-cache read.'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'openai/o3-mini',
		provider: 'OpenAI',
		model: 'o3-mini',
		name: 'o3-mini',
		inputUsdPerMTok: fig('1.1', LITELLM_2026_07, 'Entry "o3-mini".'),
		outputUsdPerMTok: fig('4.4', LITELLM_2026_07, 'Entry "o3-mini".'),
		cachedInputUsdPerMTok: fig('0.55', LITELLM_2026_07, 'Entry "o3-mini". Prompt-cache read.'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'openai/o4-mini',
		provider: 'OpenAI',
		model: 'o4-mini',
		name: 'o4-mini',
		inputUsdPerMTok: fig('1.1', LITELLM_2026_07, 'Entry "o4-mini".'),
		outputUsdPerMTok: fig('4.4', LITELLM_2026_07, 'Entry "o4-mini".'),
		cachedInputUsdPerMTok: fig('0.275', LITELLM_2026_07, 'Entry "o4-mini". Prompt-cache read.'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'openai/o1',
		provider: 'OpenAI',
		model: 'o1',
		name: 'o1',
		inputUsdPerMTok: fig('15', LITELLM_2026_07, 'Entry "o1".'),
		outputUsdPerMTok: fig('60', LITELLM_2026_07, 'Entry "o1".'),
		cachedInputUsdPerMTok: fig('7.5', LITELLM_2026_07, 'Entry "o1". Prompt-cache read.'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'openai/gpt-5',
		provider: 'OpenAI',
		model: 'gpt-5',
		name: 'GPT-5',
		inputUsdPerMTok: fig('1.25', LITELLM_2026_07, 'Entry "gpt-5".'),
		outputUsdPerMTok: fig('10', LITELLM_2026_07, 'Entry "gpt-5".'),
		cachedInputUsdPerMTok: fig('0.125', LITELLM_2026_07, 'Entry "gpt-5". Prompt-cache read.'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'openai/gpt-5-mini',
		provider: 'OpenAI',
		model: 'gpt-5-mini',
		name: 'GPT-5 mini',
		inputUsdPerMTok: fig('0.25', LITELLM_2026_07, 'Entry "gpt-5-mini".'),
		outputUsdPerMTok: fig('2', LITELLM_2026_07, 'Entry "gpt-5-mini".'),
		cachedInputUsdPerMTok: fig('0.025', LITELLM_2026_07, 'Entry "gpt-5-mini". Prompt-cache read.'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'openai/gpt-5-nano',
		provider: 'OpenAI',
		model: 'gpt-5-nano',
		name: 'GPT-5 nano',
		inputUsdPerMTok: fig('0.05', LITELLM_2026_07, 'Entry "gpt-5-nano".'),
		outputUsdPerMTok: fig('0.4', LITELLM_2026_07, 'Entry "gpt-5-nano".'),
		cachedInputUsdPerMTok: fig('0.005', LITELLM_2026_07, 'Entry "gpt-5-nano". Prompt-cache read.'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'openai/gpt-5.1',
		provider: 'OpenAI',
		model: 'gpt-5.1',
		name: 'GPT-5.1',
		inputUsdPerMTok: fig('1.25', LITELLM_2026_07, 'Entry "gpt-5.1".'),
		outputUsdPerMTok: fig('10', LITELLM_2026_07, 'Entry "gpt-5.1".'),
		cachedInputUsdPerMTok: fig('0.125', LITELLM_2026_07, 'Entry "gpt-5.1". Prompt-cache read.'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'openai/gpt-5.2',
		provider: 'OpenAI',
		model: 'gpt-5.2',
		name: 'GPT-5.2',
		inputUsdPerMTok: fig('1.75', LITELLM_2026_07, 'Entry "gpt-5.2".'),
		outputUsdPerMTok: fig('14', LITELLM_2026_07, 'Entry "gpt-5.2".'),
		cachedInputUsdPerMTok: fig('0.175', LITELLM_2026_07, 'Entry "gpt-5.2". Prompt-cache read.'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'openai/gpt-5.4',
		provider: 'OpenAI',
		model: 'gpt-5.4',
		name: 'GPT-5.4',
		inputUsdPerMTok: fig('2.5', LITELLM_2026_07, 'Entry "gpt-5.4".'),
		outputUsdPerMTok: fig('15', LITELLM_2026_07, 'Entry "gpt-5.4".'),
		cachedInputUsdPerMTok: fig('0.25', LITELLM_2026_07, 'Entry "gpt-5.4". Prompt-cache read.'),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "gpt-5.4". Derived: 1 - batch input / input = 1 - 1.25 / 2.5; batch output agrees (1 - 7.5 / 15).'
		),
		longContextThresholdTokens: fig(
			'272000',
			LITELLM_2026_07,
			'Entry "gpt-5.4". Prompts above 272k tokens (fields *_above_272k_tokens) pay the long-context prices for the whole request.'
		),
		longContextInputUsdPerMTok: fig('5', LITELLM_2026_07, 'Entry "gpt-5.4".'),
		longContextOutputUsdPerMTok: fig('22.5', LITELLM_2026_07, 'Entry "gpt-5.4".'),
		longContextCachedInputUsdPerMTok: fig('0.5', LITELLM_2026_07, 'Entry "gpt-5.4".'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'openai/gpt-5.4-mini',
		provider: 'OpenAI',
		model: 'gpt-5.4-mini',
		name: 'GPT-5.4 mini',
		inputUsdPerMTok: fig('0.75', LITELLM_2026_07, 'Entry "gpt-5.4-mini".'),
		outputUsdPerMTok: fig('4.5', LITELLM_2026_07, 'Entry "gpt-5.4-mini".'),
		cachedInputUsdPerMTok: fig(
			'0.075',
			LITELLM_2026_07,
			'Entry "gpt-5.4-mini". Prompt-cache read.'
		),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "gpt-5.4-mini". Derived: 1 - batch input / input = 1 - 0.375 / 0.75; batch output agrees (1 - 2.25 / 4.5).'
		),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'openai/gpt-5.4-nano',
		provider: 'OpenAI',
		model: 'gpt-5.4-nano',
		name: 'GPT-5.4 nano',
		inputUsdPerMTok: fig('0.2', LITELLM_2026_07, 'Entry "gpt-5.4-nano".'),
		outputUsdPerMTok: fig('1.25', LITELLM_2026_07, 'Entry "gpt-5.4-nano".'),
		cachedInputUsdPerMTok: fig('0.02', LITELLM_2026_07, 'Entry "gpt-5.4-nano". Prompt-cache read.'),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "gpt-5.4-nano". Derived: 1 - batch input / input = 1 - 0.1 / 0.2; batch output agrees (1 - 0.625 / 1.25).'
		),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'openai/gpt-5.5',
		provider: 'OpenAI',
		model: 'gpt-5.5',
		name: 'GPT-5.5',
		inputUsdPerMTok: fig('5', LITELLM_2026_07, 'Entry "gpt-5.5".'),
		outputUsdPerMTok: fig('30', LITELLM_2026_07, 'Entry "gpt-5.5".'),
		cachedInputUsdPerMTok: fig('0.5', LITELLM_2026_07, 'Entry "gpt-5.5". Prompt-cache read.'),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "gpt-5.5". Derived: 1 - batch input / input = 1 - 2.5 / 5; batch output agrees (1 - 15 / 30).'
		),
		longContextThresholdTokens: fig(
			'272000',
			LITELLM_2026_07,
			'Entry "gpt-5.5". Prompts above 272k tokens (fields *_above_272k_tokens) pay the long-context prices for the whole request.'
		),
		longContextInputUsdPerMTok: fig('10', LITELLM_2026_07, 'Entry "gpt-5.5".'),
		longContextOutputUsdPerMTok: fig('45', LITELLM_2026_07, 'Entry "gpt-5.5".'),
		longContextCachedInputUsdPerMTok: fig('1', LITELLM_2026_07, 'Entry "gpt-5.5".'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'anthropic/claude-3-5-sonnet-20241022',
		provider: 'Anthropic',
		model: 'claude-3-5-sonnet-20241022',
		name: 'Claude 3.5 Sonnet (2024-10-22)',
		inputUsdPerMTok: fig('3', LITELLM_2025_05, 'Entry "claude-3-5-sonnet-20241022".'),
		outputUsdPerMTok: fig('15', LITELLM_2025_05, 'Entry "claude-3-5-sonnet-20241022".'),
		cachedInputUsdPerMTok: fig(
			'0.3',
			LITELLM_2025_05,
			'Entry "claude-3-5-sonnet-20241022". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'3.75',
			LITELLM_2025_05,
			'Entry "claude-3-5-sonnet-20241022". Prompt-cache write (5-minute cache).'
		),
		batchDiscount: ANTHROPIC_BATCH,
		retired: {
			...LITELLM_2025_05,
			asOf: '2025-10-01',
			note: 'Deprecation date 2025-10-01 in the price file (Entry "claude-3-5-sonnet-20241022"): retired; choose a current model.'
		}
	},
	{
		id: 'anthropic/claude-3-7-sonnet-20250219',
		provider: 'Anthropic',
		model: 'claude-3-7-sonnet-20250219',
		name: 'Claude 3.7 Sonnet',
		inputUsdPerMTok: fig('3', LITELLM_2026_07, 'Entry "claude-3-7-sonnet-20250219".'),
		outputUsdPerMTok: fig('15', LITELLM_2026_07, 'Entry "claude-3-7-sonnet-20250219".'),
		cachedInputUsdPerMTok: fig(
			'0.3',
			LITELLM_2026_07,
			'Entry "claude-3-7-sonnet-20250219". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'3.75',
			LITELLM_2026_07,
			'Entry "claude-3-7-sonnet-20250219". Prompt-cache write (5-minute cache).'
		),
		batchDiscount: ANTHROPIC_BATCH,
		reasoningTokensPerRequest: REASONING_UNPUBLISHED,
		retired: {
			...LITELLM_2026_07,
			asOf: '2026-02-19',
			note: 'Deprecation date 2026-02-19 in the price file (Entry "claude-3-7-sonnet-20250219"): retired; choose a current model.'
		}
	},
	{
		id: 'anthropic/claude-sonnet-4-20250514',
		provider: 'Anthropic',
		model: 'claude-sonnet-4-20250514',
		name: 'Claude Sonnet 4',
		inputUsdPerMTok: fig('3', LITELLM_2026_07, 'Entry "claude-sonnet-4-20250514".'),
		outputUsdPerMTok: fig('15', LITELLM_2026_07, 'Entry "claude-sonnet-4-20250514".'),
		cachedInputUsdPerMTok: fig(
			'0.3',
			LITELLM_2026_07,
			'Entry "claude-sonnet-4-20250514". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'3.75',
			LITELLM_2026_07,
			'Entry "claude-sonnet-4-20250514". Prompt-cache write (5-minute cache).'
		),
		batchDiscount: ANTHROPIC_BATCH,
		longContextThresholdTokens: fig(
			'200000',
			LITELLM_2026_07,
			'Entry "claude-sonnet-4-20250514". Prompts above 200k tokens (fields *_above_200k_tokens) pay the long-context prices for the whole request.'
		),
		longContextInputUsdPerMTok: fig('6', LITELLM_2026_07, 'Entry "claude-sonnet-4-20250514".'),
		longContextOutputUsdPerMTok: fig('22.5', LITELLM_2026_07, 'Entry "claude-sonnet-4-20250514".'),
		longContextCachedInputUsdPerMTok: fig(
			'0.6',
			LITELLM_2026_07,
			'Entry "claude-sonnet-4-20250514".'
		),
		longContextCacheWriteUsdPerMTok: fig(
			'7.5',
			LITELLM_2026_07,
			'Entry "claude-sonnet-4-20250514".'
		),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED,
		retired: {
			...LITELLM_2026_07,
			asOf: '2026-05-14',
			note: 'Deprecation date 2026-05-14 in the price file (Entry "claude-sonnet-4-20250514"): retired; choose a current model.'
		}
	},
	{
		id: 'anthropic/claude-sonnet-4-5',
		provider: 'Anthropic',
		model: 'claude-sonnet-4-5',
		name: 'Claude Sonnet 4.5',
		inputUsdPerMTok: fig('3', LITELLM_2026_07, 'Entry "claude-sonnet-4-5".'),
		outputUsdPerMTok: fig('15', LITELLM_2026_07, 'Entry "claude-sonnet-4-5".'),
		cachedInputUsdPerMTok: fig(
			'0.3',
			LITELLM_2026_07,
			'Entry "claude-sonnet-4-5". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'3.75',
			LITELLM_2026_07,
			'Entry "claude-sonnet-4-5". Prompt-cache write (5-minute cache).'
		),
		batchDiscount: ANTHROPIC_BATCH,
		longContextThresholdTokens: fig(
			'200000',
			LITELLM_2026_07,
			'Entry "claude-sonnet-4-5". Prompts above 200k tokens (fields *_above_200k_tokens) pay the long-context prices for the whole request.'
		),
		longContextInputUsdPerMTok: fig('6', LITELLM_2026_07, 'Entry "claude-sonnet-4-5".'),
		longContextOutputUsdPerMTok: fig('22.5', LITELLM_2026_07, 'Entry "claude-sonnet-4-5".'),
		longContextCachedInputUsdPerMTok: fig('0.6', LITELLM_2026_07, 'Entry "claude-sonnet-4-5".'),
		longContextCacheWriteUsdPerMTok: fig('7.5', LITELLM_2026_07, 'Entry "claude-sonnet-4-5".'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'anthropic/claude-3-haiku-20240307',
		provider: 'Anthropic',
		model: 'claude-3-haiku-20240307',
		name: 'Claude 3 Haiku',
		inputUsdPerMTok: fig('0.25', LITELLM_2026_07, 'Entry "claude-3-haiku-20240307".'),
		outputUsdPerMTok: fig('1.25', LITELLM_2026_07, 'Entry "claude-3-haiku-20240307".'),
		cachedInputUsdPerMTok: fig(
			'0.03',
			LITELLM_2026_07,
			'Entry "claude-3-haiku-20240307". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'0.3',
			LITELLM_2026_07,
			'Entry "claude-3-haiku-20240307". Prompt-cache write (5-minute cache).'
		),
		batchDiscount: ANTHROPIC_BATCH
	},
	{
		id: 'anthropic/claude-3-5-haiku-20241022',
		provider: 'Anthropic',
		model: 'claude-3-5-haiku-20241022',
		name: 'Claude 3.5 Haiku',
		inputUsdPerMTok: fig('0.8', LITELLM_2025_05, 'Entry "claude-3-5-haiku-20241022".'),
		outputUsdPerMTok: fig('4', LITELLM_2025_05, 'Entry "claude-3-5-haiku-20241022".'),
		cachedInputUsdPerMTok: fig(
			'0.08',
			LITELLM_2025_05,
			'Entry "claude-3-5-haiku-20241022". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'1',
			LITELLM_2025_05,
			'Entry "claude-3-5-haiku-20241022". Prompt-cache write (5-minute cache).'
		),
		batchDiscount: ANTHROPIC_BATCH,
		retired: {
			...LITELLM_2025_05,
			asOf: '2025-10-01',
			note: 'Deprecation date 2025-10-01 in the price file (Entry "claude-3-5-haiku-20241022"): retired; choose a current model.'
		}
	},
	{
		id: 'anthropic/claude-haiku-4-5',
		provider: 'Anthropic',
		model: 'claude-haiku-4-5',
		name: 'Claude Haiku 4.5',
		inputUsdPerMTok: fig('1', LITELLM_2026_07, 'Entry "claude-haiku-4-5".'),
		outputUsdPerMTok: fig('5', LITELLM_2026_07, 'Entry "claude-haiku-4-5".'),
		cachedInputUsdPerMTok: fig(
			'0.1',
			LITELLM_2026_07,
			'Entry "claude-haiku-4-5". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'1.25',
			LITELLM_2026_07,
			'Entry "claude-haiku-4-5". Prompt-cache write (5-minute cache).'
		),
		batchDiscount: ANTHROPIC_BATCH,
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'anthropic/claude-opus-4-20250514',
		provider: 'Anthropic',
		model: 'claude-opus-4-20250514',
		name: 'Claude Opus 4',
		inputUsdPerMTok: fig('15', LITELLM_2026_07, 'Entry "claude-opus-4-20250514".'),
		outputUsdPerMTok: fig('75', LITELLM_2026_07, 'Entry "claude-opus-4-20250514".'),
		cachedInputUsdPerMTok: fig(
			'1.5',
			LITELLM_2026_07,
			'Entry "claude-opus-4-20250514". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'18.75',
			LITELLM_2026_07,
			'Entry "claude-opus-4-20250514". Prompt-cache write (5-minute cache).'
		),
		batchDiscount: ANTHROPIC_BATCH,
		reasoningTokensPerRequest: REASONING_UNPUBLISHED,
		retired: {
			...LITELLM_2026_07,
			asOf: '2026-05-14',
			note: 'Deprecation date 2026-05-14 in the price file (Entry "claude-opus-4-20250514"): retired; choose a current model.'
		}
	},
	{
		id: 'anthropic/claude-opus-4-1',
		provider: 'Anthropic',
		model: 'claude-opus-4-1',
		name: 'Claude Opus 4.1',
		inputUsdPerMTok: fig('15', LITELLM_2026_07, 'Entry "claude-opus-4-1".'),
		outputUsdPerMTok: fig('75', LITELLM_2026_07, 'Entry "claude-opus-4-1".'),
		cachedInputUsdPerMTok: fig(
			'1.5',
			LITELLM_2026_07,
			'Entry "claude-opus-4-1". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'18.75',
			LITELLM_2026_07,
			'Entry "claude-opus-4-1". Prompt-cache write (5-minute cache).'
		),
		batchDiscount: ANTHROPIC_BATCH,
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'anthropic/claude-sonnet-4-6',
		provider: 'Anthropic',
		model: 'claude-sonnet-4-6',
		name: 'Claude Sonnet 4.6',
		inputUsdPerMTok: fig('3', LITELLM_2026_07, 'Entry "claude-sonnet-4-6".'),
		outputUsdPerMTok: fig('15', LITELLM_2026_07, 'Entry "claude-sonnet-4-6".'),
		cachedInputUsdPerMTok: fig(
			'0.3',
			LITELLM_2026_07,
			'Entry "claude-sonnet-4-6". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'3.75',
			LITELLM_2026_07,
			'Entry "claude-sonnet-4-6". Prompt-cache write (5-minute cache).'
		),
		batchDiscount: ANTHROPIC_BATCH,
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'anthropic/claude-opus-4-8',
		provider: 'Anthropic',
		model: 'claude-opus-4-8',
		name: 'Claude Opus 4.8',
		inputUsdPerMTok: fig('5', LITELLM_2026_07, 'Entry "claude-opus-4-8".'),
		outputUsdPerMTok: fig('25', LITELLM_2026_07, 'Entry "claude-opus-4-8".'),
		cachedInputUsdPerMTok: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "claude-opus-4-8". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'6.25',
			LITELLM_2026_07,
			'Entry "claude-opus-4-8". Prompt-cache write (5-minute cache).'
		),
		batchDiscount: ANTHROPIC_BATCH,
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'anthropic/claude-sonnet-5',
		provider: 'Anthropic',
		model: 'claude-sonnet-5',
		name: 'Claude Sonnet 5',
		inputUsdPerMTok: fig('2', LITELLM_2026_07, 'Entry "claude-sonnet-5".'),
		outputUsdPerMTok: fig('10', LITELLM_2026_07, 'Entry "claude-sonnet-5".'),
		cachedInputUsdPerMTok: fig(
			'0.2',
			LITELLM_2026_07,
			'Entry "claude-sonnet-5". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'2.5',
			LITELLM_2026_07,
			'Entry "claude-sonnet-5". Prompt-cache write (5-minute cache).'
		),
		batchDiscount: ANTHROPIC_BATCH,
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'anthropic/claude-opus-5',
		provider: 'Anthropic',
		model: 'claude-opus-5',
		name: 'Claude Opus 5',
		inputUsdPerMTok: fig('5', LITELLM_2026_07, 'Entry "claude-opus-5".'),
		outputUsdPerMTok: fig('25', LITELLM_2026_07, 'Entry "claude-opus-5".'),
		cachedInputUsdPerMTok: fig('0.5', LITELLM_2026_07, 'Entry "claude-opus-5". Prompt-cache read.'),
		cacheWriteUsdPerMTok: fig(
			'6.25',
			LITELLM_2026_07,
			'Entry "claude-opus-5". Prompt-cache write (5-minute cache).'
		),
		batchDiscount: ANTHROPIC_BATCH,
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'google/gemini-1.5-flash',
		provider: 'Google',
		model: 'gemini-1.5-flash',
		name: 'Gemini 1.5 Flash',
		channel: 'Vertex AI',
		inputUsdPerMTok: fig('0.075', LITELLM_2025_02, 'Entry "gemini-1.5-flash".'),
		outputUsdPerMTok: fig('0.3', LITELLM_2025_02, 'Entry "gemini-1.5-flash".'),
		retired: {
			...LITELLM_2026_07,
			note: 'No longer listed in the 2026-07-24 price file: treat as retired.'
		}
	},
	{
		id: 'google/gemini-1.5-pro',
		provider: 'Google',
		model: 'gemini-1.5-pro',
		name: 'Gemini 1.5 Pro',
		channel: 'Vertex AI',
		inputUsdPerMTok: fig('1.25', LITELLM_2025_02, 'Entry "gemini-1.5-pro".'),
		outputUsdPerMTok: fig('5', LITELLM_2025_02, 'Entry "gemini-1.5-pro".'),
		longContextThresholdTokens: fig(
			'128000',
			LITELLM_2025_02,
			'Entry "gemini-1.5-pro". Prompts above 128k tokens (fields *_above_128k_tokens) pay the long-context prices for the whole request.'
		),
		longContextInputUsdPerMTok: fig('2.5', LITELLM_2025_02, 'Entry "gemini-1.5-pro".'),
		longContextOutputUsdPerMTok: fig('10', LITELLM_2025_02, 'Entry "gemini-1.5-pro".'),
		retired: {
			...LITELLM_2026_07,
			note: 'No longer listed in the 2026-07-24 price file: treat as retired.'
		}
	},
	{
		id: 'google/gemini-2.0-flash',
		provider: 'Google',
		model: 'gemini-2.0-flash',
		name: 'Gemini 2.0 Flash',
		channel: 'Vertex AI',
		inputUsdPerMTok: fig('0.1', LITELLM_2026_07, 'Entry "gemini-2.0-flash".'),
		outputUsdPerMTok: fig('0.4', LITELLM_2026_07, 'Entry "gemini-2.0-flash".'),
		cachedInputUsdPerMTok: fig(
			'0.025',
			LITELLM_2026_07,
			'Entry "gemini-2.0-flash". Prompt-cache read.'
		),
		batchDiscount: VERTEX_BATCH,
		retired: {
			...LITELLM_2026_07,
			asOf: '2026-06-01',
			note: 'Deprecation date 2026-06-01 in the price file (Entry "gemini-2.0-flash"): retired; choose a current model.'
		}
	},
	{
		id: 'google/gemini-2.5-flash',
		provider: 'Google',
		model: 'gemini-2.5-flash',
		name: 'Gemini 2.5 Flash',
		channel: 'Vertex AI',
		inputUsdPerMTok: fig('0.3', LITELLM_2026_07, 'Entry "gemini-2.5-flash".'),
		outputUsdPerMTok: fig('2.5', LITELLM_2026_07, 'Entry "gemini-2.5-flash".'),
		cachedInputUsdPerMTok: fig(
			'0.03',
			LITELLM_2026_07,
			'Entry "gemini-2.5-flash". Prompt-cache read.'
		),
		batchDiscount: VERTEX_BATCH,
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'google/gemini-2.5-flash-lite',
		provider: 'Google',
		model: 'gemini-2.5-flash-lite',
		name: 'Gemini 2.5 Flash-Lite',
		channel: 'Vertex AI',
		inputUsdPerMTok: fig('0.1', LITELLM_2026_07, 'Entry "gemini-2.5-flash-lite".'),
		outputUsdPerMTok: fig('0.4', LITELLM_2026_07, 'Entry "gemini-2.5-flash-lite".'),
		cachedInputUsdPerMTok: fig(
			'0.01',
			LITELLM_2026_07,
			'Entry "gemini-2.5-flash-lite". Prompt-cache read.'
		),
		batchDiscount: VERTEX_BATCH,
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'google/gemini-2.5-pro',
		provider: 'Google',
		model: 'gemini-2.5-pro',
		name: 'Gemini 2.5 Pro',
		channel: 'Vertex AI',
		inputUsdPerMTok: fig('1.25', LITELLM_2026_07, 'Entry "gemini-2.5-pro".'),
		outputUsdPerMTok: fig('10', LITELLM_2026_07, 'Entry "gemini-2.5-pro".'),
		cachedInputUsdPerMTok: fig(
			'0.125',
			LITELLM_2026_07,
			'Entry "gemini-2.5-pro". Prompt-cache read.'
		),
		batchDiscount: VERTEX_BATCH,
		longContextThresholdTokens: fig(
			'200000',
			LITELLM_2026_07,
			'Entry "gemini-2.5-pro". Prompts above 200k tokens (fields *_above_200k_tokens) pay the long-context prices for the whole request.'
		),
		longContextInputUsdPerMTok: fig('2.5', LITELLM_2026_07, 'Entry "gemini-2.5-pro".'),
		longContextOutputUsdPerMTok: fig('15', LITELLM_2026_07, 'Entry "gemini-2.5-pro".'),
		longContextCachedInputUsdPerMTok: fig('0.25', LITELLM_2026_07, 'Entry "gemini-2.5-pro".'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'google/gemini-3.1-pro-preview',
		provider: 'Google',
		model: 'gemini-3.1-pro-preview',
		name: 'Gemini 3.1 Pro (preview)',
		channel: 'Vertex AI',
		inputUsdPerMTok: fig('2', LITELLM_2026_07, 'Entry "gemini-3.1-pro-preview".'),
		outputUsdPerMTok: fig('12', LITELLM_2026_07, 'Entry "gemini-3.1-pro-preview".'),
		cachedInputUsdPerMTok: fig(
			'0.2',
			LITELLM_2026_07,
			'Entry "gemini-3.1-pro-preview". Prompt-cache read.'
		),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "gemini-3.1-pro-preview". Derived: 1 - batch input / input = 1 - 1 / 2; batch output agrees (1 - 6 / 12).'
		),
		longContextThresholdTokens: fig(
			'200000',
			LITELLM_2026_07,
			'Entry "gemini-3.1-pro-preview". Prompts above 200k tokens (fields *_above_200k_tokens) pay the long-context prices for the whole request.'
		),
		longContextInputUsdPerMTok: fig('4', LITELLM_2026_07, 'Entry "gemini-3.1-pro-preview".'),
		longContextOutputUsdPerMTok: fig('18', LITELLM_2026_07, 'Entry "gemini-3.1-pro-preview".'),
		longContextCachedInputUsdPerMTok: fig(
			'0.4',
			LITELLM_2026_07,
			'Entry "gemini-3.1-pro-preview".'
		),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'google/gemini-3.1-flash-lite',
		provider: 'Google',
		model: 'gemini-3.1-flash-lite',
		name: 'Gemini 3.1 Flash-Lite',
		channel: 'Vertex AI',
		inputUsdPerMTok: fig('0.25', LITELLM_2026_07, 'Entry "gemini-3.1-flash-lite".'),
		outputUsdPerMTok: fig('1.5', LITELLM_2026_07, 'Entry "gemini-3.1-flash-lite".'),
		cachedInputUsdPerMTok: fig(
			'0.025',
			LITELLM_2026_07,
			'Entry "gemini-3.1-flash-lite". Prompt-cache read.'
		),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "gemini-3.1-flash-lite". Derived: 1 - batch input / input = 1 - 0.125 / 0.25; batch output agrees (1 - 0.75 / 1.5).'
		),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'google/gemini-3.5-flash',
		provider: 'Google',
		model: 'gemini-3.5-flash',
		name: 'Gemini 3.5 Flash',
		channel: 'Vertex AI',
		inputUsdPerMTok: fig('1.5', LITELLM_2026_07, 'Entry "gemini-3.5-flash".'),
		outputUsdPerMTok: fig('9', LITELLM_2026_07, 'Entry "gemini-3.5-flash".'),
		cachedInputUsdPerMTok: fig(
			'0.15',
			LITELLM_2026_07,
			'Entry "gemini-3.5-flash". Prompt-cache read.'
		),
		batchDiscount: VERTEX_BATCH,
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'google/gemini-3.6-flash',
		provider: 'Google',
		model: 'gemini-3.6-flash',
		name: 'Gemini 3.6 Flash',
		channel: 'Vertex AI',
		inputUsdPerMTok: fig('1.5', LITELLM_2026_07, 'Entry "gemini-3.6-flash".'),
		outputUsdPerMTok: fig('7.5', LITELLM_2026_07, 'Entry "gemini-3.6-flash".'),
		cachedInputUsdPerMTok: fig(
			'0.15',
			LITELLM_2026_07,
			'Entry "gemini-3.6-flash". Prompt-cache read.'
		),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "gemini-3.6-flash". Derived: 1 - batch input / input = 1 - 0.75 / 1.5; batch output agrees (1 - 3.75 / 7.5).'
		),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'mistral/mistral-large-2411',
		provider: 'Mistral',
		model: 'mistral-large-2411',
		name: 'Mistral Large (2411)',
		inputUsdPerMTok: fig('2', LITELLM_2026_07, 'Entry "mistral/mistral-large-2411".'),
		outputUsdPerMTok: fig('6', LITELLM_2026_07, 'Entry "mistral/mistral-large-2411".')
	},
	{
		id: 'mistral/mistral-large-latest',
		provider: 'Mistral',
		model: 'mistral-large-latest',
		name: 'Mistral Large (latest, 2026)',
		inputUsdPerMTok: fig('0.5', LITELLM_2026_07, 'Entry "mistral/mistral-large-latest".'),
		outputUsdPerMTok: fig('1.5', LITELLM_2026_07, 'Entry "mistral/mistral-large-latest".')
	},
	{
		id: 'mistral/mistral-small-latest',
		provider: 'Mistral',
		model: 'mistral-small-latest',
		name: 'Mistral Small (latest, 2026)',
		inputUsdPerMTok: fig('0.06', LITELLM_2026_07, 'Entry "mistral/mistral-small-latest".'),
		outputUsdPerMTok: fig('0.18', LITELLM_2026_07, 'Entry "mistral/mistral-small-latest".')
	},
	{
		id: 'together/meta-llama-3.1-8b-instruct-turbo',
		provider: 'Together AI',
		model: 'Meta-Llama-3.1-8B-Instruct-Turbo',
		name: 'Meta-Llama-3.1-8B-Instruct-Turbo (Together AI)',
		openModelId: 'llama-3.1-8b',
		inputUsdPerMTok: fig(
			'0.18',
			LITELLM_2026_07,
			'Entry "together_ai/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo".'
		),
		outputUsdPerMTok: fig(
			'0.18',
			LITELLM_2026_07,
			'Entry "together_ai/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo".'
		)
	},
	{
		id: 'together/meta-llama-3.1-70b-instruct-turbo',
		provider: 'Together AI',
		model: 'Meta-Llama-3.1-70B-Instruct-Turbo',
		name: 'Meta-Llama-3.1-70B-Instruct-Turbo (Together AI)',
		openModelId: 'llama-3.1-70b',
		inputUsdPerMTok: fig(
			'0.88',
			LITELLM_2026_07,
			'Entry "together_ai/meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo".'
		),
		outputUsdPerMTok: fig(
			'0.88',
			LITELLM_2026_07,
			'Entry "together_ai/meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo".'
		)
	},
	{
		id: 'together/meta-llama-3.1-405b-instruct-turbo',
		provider: 'Together AI',
		model: 'Meta-Llama-3.1-405B-Instruct-Turbo',
		name: 'Meta-Llama-3.1-405B-Instruct-Turbo (Together AI)',
		openModelId: 'llama-3.1-405b',
		inputUsdPerMTok: fig(
			'3.5',
			LITELLM_2026_07,
			'Entry "together_ai/meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo".'
		),
		outputUsdPerMTok: fig(
			'3.5',
			LITELLM_2026_07,
			'Entry "together_ai/meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo".'
		)
	},
	{
		id: 'together/llama-3.3-70b-instruct-turbo',
		provider: 'Together AI',
		model: 'Llama-3.3-70B-Instruct-Turbo',
		name: 'Llama-3.3-70B-Instruct-Turbo (Together AI)',
		openModelId: 'llama-3.3-70b',
		inputUsdPerMTok: fig(
			'0.88',
			LITELLM_2026_07,
			'Entry "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo".'
		),
		outputUsdPerMTok: fig(
			'0.88',
			LITELLM_2026_07,
			'Entry "together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo".'
		)
	},
	{
		id: 'fireworks/llama-v3p1-8b-instruct',
		provider: 'Fireworks AI',
		model: 'llama-v3p1-8b-instruct',
		name: 'llama-v3p1-8b-instruct (Fireworks AI)',
		openModelId: 'llama-3.1-8b',
		inputUsdPerMTok: fig(
			'0.1',
			LITELLM_2026_07,
			'Entry "fireworks_ai/accounts/fireworks/models/llama-v3p1-8b-instruct".'
		),
		outputUsdPerMTok: fig(
			'0.1',
			LITELLM_2026_07,
			'Entry "fireworks_ai/accounts/fireworks/models/llama-v3p1-8b-instruct".'
		)
	},
	{
		id: 'fireworks/llama-v3p1-70b-instruct',
		provider: 'Fireworks AI',
		model: 'llama-v3p1-70b-instruct',
		name: 'llama-v3p1-70b-instruct (Fireworks AI)',
		openModelId: 'llama-3.1-70b',
		inputUsdPerMTok: fig(
			'0.9',
			LITELLM_2026_07,
			'Entry "fireworks_ai/accounts/fireworks/models/llama-v3p1-70b-instruct".'
		),
		outputUsdPerMTok: fig(
			'0.9',
			LITELLM_2026_07,
			'Entry "fireworks_ai/accounts/fireworks/models/llama-v3p1-70b-instruct".'
		)
	},
	{
		id: 'fireworks/llama-v3p1-405b-instruct',
		provider: 'Fireworks AI',
		model: 'llama-v3p1-405b-instruct',
		name: 'llama-v3p1-405b-instruct (Fireworks AI)',
		openModelId: 'llama-3.1-405b',
		inputUsdPerMTok: fig(
			'3',
			LITELLM_2026_07,
			'Entry "fireworks_ai/accounts/fireworks/models/llama-v3p1-405b-instruct".'
		),
		outputUsdPerMTok: fig(
			'3',
			LITELLM_2026_07,
			'Entry "fireworks_ai/accounts/fireworks/models/llama-v3p1-405b-instruct".'
		)
	},
	{
		id: 'groq/llama-3.1-8b-instant',
		provider: 'Groq',
		model: 'llama-3.1-8b-instant',
		name: 'llama-3.1-8b-instant (Groq)',
		openModelId: 'llama-3.1-8b',
		inputUsdPerMTok: fig('0.05', LITELLM_2026_07, 'Entry "groq/llama-3.1-8b-instant".'),
		outputUsdPerMTok: fig('0.08', LITELLM_2026_07, 'Entry "groq/llama-3.1-8b-instant".')
	},
	{
		id: 'groq/llama-3.3-70b-versatile',
		provider: 'Groq',
		model: 'llama-3.3-70b-versatile',
		name: 'llama-3.3-70b-versatile (Groq)',
		openModelId: 'llama-3.3-70b',
		inputUsdPerMTok: fig('0.59', LITELLM_2026_07, 'Entry "groq/llama-3.3-70b-versatile".'),
		outputUsdPerMTok: fig('0.79', LITELLM_2026_07, 'Entry "groq/llama-3.3-70b-versatile".')
	},
	{
		id: 'deepinfra/meta-llama-3.1-8b-instruct',
		provider: 'DeepInfra',
		model: 'Meta-Llama-3.1-8B-Instruct',
		name: 'Meta-Llama-3.1-8B-Instruct (DeepInfra)',
		openModelId: 'llama-3.1-8b',
		inputUsdPerMTok: fig(
			'0.03',
			LITELLM_2026_07,
			'Entry "deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct".'
		),
		outputUsdPerMTok: fig(
			'0.05',
			LITELLM_2026_07,
			'Entry "deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct".'
		)
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
			'Entry "deepinfra/meta-llama/Meta-Llama-3.1-70B-Instruct".'
		),
		outputUsdPerMTok: fig(
			'0.4',
			LITELLM_2026_07,
			'Entry "deepinfra/meta-llama/Meta-Llama-3.1-70B-Instruct".'
		)
	},
	{
		id: 'deepinfra/meta-llama-3.1-405b-instruct',
		provider: 'DeepInfra',
		model: 'Meta-Llama-3.1-405B-Instruct',
		name: 'Meta-Llama-3.1-405B-Instruct (DeepInfra)',
		openModelId: 'llama-3.1-405b',
		inputUsdPerMTok: fig(
			'0.9',
			LITELLM_2025_05,
			'Entry "deepinfra/meta-llama/Meta-Llama-3.1-405B-Instruct".'
		),
		outputUsdPerMTok: fig(
			'0.9',
			LITELLM_2025_05,
			'Entry "deepinfra/meta-llama/Meta-Llama-3.1-405B-Instruct".'
		),
		retired: {
			...LITELLM_2026_07,
			note: 'No longer listed in the 2026-07-24 price file: treat as retired.'
		}
	},
	{
		id: 'azure/gpt-4o',
		provider: 'Azure OpenAI',
		model: 'gpt-4o',
		name: 'GPT-4o (Azure OpenAI)',
		channel: 'Azure OpenAI',
		inputUsdPerMTok: fig('2.5', LITELLM_2026_07, 'Entry "azure/gpt-4o".'),
		outputUsdPerMTok: fig('10', LITELLM_2026_07, 'Entry "azure/gpt-4o".'),
		cachedInputUsdPerMTok: fig('1.25', LITELLM_2026_07, 'Entry "azure/gpt-4o". Prompt-cache read.')
	},
	{
		id: 'azure/gpt-4o-mini',
		provider: 'Azure OpenAI',
		model: 'gpt-4o-mini',
		name: 'GPT-4o mini (Azure OpenAI)',
		channel: 'Azure OpenAI',
		inputUsdPerMTok: fig('0.165', LITELLM_2026_07, 'Entry "azure/gpt-4o-mini".'),
		outputUsdPerMTok: fig('0.66', LITELLM_2026_07, 'Entry "azure/gpt-4o-mini".'),
		cachedInputUsdPerMTok: fig(
			'0.075',
			LITELLM_2026_07,
			'Entry "azure/gpt-4o-mini". Prompt-cache read.'
		)
	},
	{
		id: 'azure/gpt-4.1',
		provider: 'Azure OpenAI',
		model: 'gpt-4.1',
		name: 'GPT-4.1 (Azure OpenAI)',
		channel: 'Azure OpenAI',
		inputUsdPerMTok: fig('2', LITELLM_2026_07, 'Entry "azure/gpt-4.1".'),
		outputUsdPerMTok: fig('8', LITELLM_2026_07, 'Entry "azure/gpt-4.1".'),
		cachedInputUsdPerMTok: fig('0.5', LITELLM_2026_07, 'Entry "azure/gpt-4.1". Prompt-cache read.'),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "azure/gpt-4.1". Derived: 1 - batch input / input = 1 - 1 / 2; batch output agrees (1 - 4 / 8).'
		)
	},
	{
		id: 'azure/gpt-4.1-mini',
		provider: 'Azure OpenAI',
		model: 'gpt-4.1-mini',
		name: 'GPT-4.1 mini (Azure OpenAI)',
		channel: 'Azure OpenAI',
		inputUsdPerMTok: fig('0.4', LITELLM_2026_07, 'Entry "azure/gpt-4.1-mini".'),
		outputUsdPerMTok: fig('1.6', LITELLM_2026_07, 'Entry "azure/gpt-4.1-mini".'),
		cachedInputUsdPerMTok: fig(
			'0.1',
			LITELLM_2026_07,
			'Entry "azure/gpt-4.1-mini". Prompt-cache read.'
		),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "azure/gpt-4.1-mini". Derived: 1 - batch input / input = 1 - 0.2 / 0.4; batch output agrees (1 - 0.8 / 1.6).'
		)
	},
	{
		id: 'azure/o3',
		provider: 'Azure OpenAI',
		model: 'o3',
		name: 'o3 (Azure OpenAI)',
		channel: 'Azure OpenAI',
		inputUsdPerMTok: fig('2', LITELLM_2026_07, 'Entry "azure/o3".'),
		outputUsdPerMTok: fig('8', LITELLM_2026_07, 'Entry "azure/o3".'),
		cachedInputUsdPerMTok: fig('0.5', LITELLM_2026_07, 'Entry "azure/o3". Prompt-cache read.'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'azure/o4-mini',
		provider: 'Azure OpenAI',
		model: 'o4-mini',
		name: 'o4-mini (Azure OpenAI)',
		channel: 'Azure OpenAI',
		inputUsdPerMTok: fig('1.1', LITELLM_2026_07, 'Entry "azure/o4-mini".'),
		outputUsdPerMTok: fig('4.4', LITELLM_2026_07, 'Entry "azure/o4-mini".'),
		cachedInputUsdPerMTok: fig(
			'0.275',
			LITELLM_2026_07,
			'Entry "azure/o4-mini". Prompt-cache read.'
		),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'azure/gpt-5',
		provider: 'Azure OpenAI',
		model: 'gpt-5',
		name: 'GPT-5 (Azure OpenAI)',
		channel: 'Azure OpenAI',
		inputUsdPerMTok: fig('1.25', LITELLM_2026_07, 'Entry "azure/gpt-5".'),
		outputUsdPerMTok: fig('10', LITELLM_2026_07, 'Entry "azure/gpt-5".'),
		cachedInputUsdPerMTok: fig('0.125', LITELLM_2026_07, 'Entry "azure/gpt-5". Prompt-cache read.'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'azure/gpt-5-mini',
		provider: 'Azure OpenAI',
		model: 'gpt-5-mini',
		name: 'GPT-5 mini (Azure OpenAI)',
		channel: 'Azure OpenAI',
		inputUsdPerMTok: fig('0.25', LITELLM_2026_07, 'Entry "azure/gpt-5-mini".'),
		outputUsdPerMTok: fig('2', LITELLM_2026_07, 'Entry "azure/gpt-5-mini".'),
		cachedInputUsdPerMTok: fig(
			'0.025',
			LITELLM_2026_07,
			'Entry "azure/gpt-5-mini". Prompt-cache read.'
		),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'azure/gpt-5.4',
		provider: 'Azure OpenAI',
		model: 'gpt-5.4',
		name: 'GPT-5.4 (Azure OpenAI)',
		channel: 'Azure OpenAI',
		inputUsdPerMTok: fig('2.5', LITELLM_2026_07, 'Entry "azure/gpt-5.4".'),
		outputUsdPerMTok: fig('15', LITELLM_2026_07, 'Entry "azure/gpt-5.4".'),
		cachedInputUsdPerMTok: fig(
			'0.25',
			LITELLM_2026_07,
			'Entry "azure/gpt-5.4". Prompt-cache read.'
		),
		longContextThresholdTokens: fig(
			'272000',
			LITELLM_2026_07,
			'Entry "azure/gpt-5.4". Prompts above 272k tokens (fields *_above_272k_tokens) pay the long-context prices for the whole request.'
		),
		longContextInputUsdPerMTok: fig('5', LITELLM_2026_07, 'Entry "azure/gpt-5.4".'),
		longContextOutputUsdPerMTok: fig('22.5', LITELLM_2026_07, 'Entry "azure/gpt-5.4".'),
		longContextCachedInputUsdPerMTok: fig('0.5', LITELLM_2026_07, 'Entry "azure/gpt-5.4".'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'azure/gpt-5.5',
		provider: 'Azure OpenAI',
		model: 'gpt-5.5',
		name: 'GPT-5.5 (Azure OpenAI)',
		channel: 'Azure OpenAI',
		inputUsdPerMTok: fig('5', LITELLM_2026_07, 'Entry "azure/gpt-5.5".'),
		outputUsdPerMTok: fig('30', LITELLM_2026_07, 'Entry "azure/gpt-5.5".'),
		cachedInputUsdPerMTok: fig('0.5', LITELLM_2026_07, 'Entry "azure/gpt-5.5". Prompt-cache read.'),
		longContextThresholdTokens: fig(
			'272000',
			LITELLM_2026_07,
			'Entry "azure/gpt-5.5". Prompts above 272k tokens (fields *_above_272k_tokens) pay the long-context prices for the whole request.'
		),
		longContextInputUsdPerMTok: fig('10', LITELLM_2026_07, 'Entry "azure/gpt-5.5".'),
		longContextOutputUsdPerMTok: fig('45', LITELLM_2026_07, 'Entry "azure/gpt-5.5".'),
		longContextCachedInputUsdPerMTok: fig('1', LITELLM_2026_07, 'Entry "azure/gpt-5.5".'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'bedrock/claude-sonnet-4-5',
		provider: 'AWS Bedrock',
		model: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
		name: 'Claude Sonnet 4.5 (AWS Bedrock)',
		channel: 'AWS Bedrock',
		inputUsdPerMTok: fig(
			'3',
			LITELLM_2026_07,
			'Entry "anthropic.claude-sonnet-4-5-20250929-v1:0".'
		),
		outputUsdPerMTok: fig(
			'15',
			LITELLM_2026_07,
			'Entry "anthropic.claude-sonnet-4-5-20250929-v1:0".'
		),
		cachedInputUsdPerMTok: fig(
			'0.3',
			LITELLM_2026_07,
			'Entry "anthropic.claude-sonnet-4-5-20250929-v1:0". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'3.75',
			LITELLM_2026_07,
			'Entry "anthropic.claude-sonnet-4-5-20250929-v1:0". Prompt-cache write (5-minute cache).'
		),
		longContextThresholdTokens: fig(
			'200000',
			LITELLM_2026_07,
			'Entry "anthropic.claude-sonnet-4-5-20250929-v1:0". Prompts above 200k tokens (fields *_above_200k_tokens) pay the long-context prices for the whole request.'
		),
		longContextInputUsdPerMTok: fig(
			'6',
			LITELLM_2026_07,
			'Entry "anthropic.claude-sonnet-4-5-20250929-v1:0".'
		),
		longContextOutputUsdPerMTok: fig(
			'22.5',
			LITELLM_2026_07,
			'Entry "anthropic.claude-sonnet-4-5-20250929-v1:0".'
		),
		longContextCachedInputUsdPerMTok: fig(
			'0.6',
			LITELLM_2026_07,
			'Entry "anthropic.claude-sonnet-4-5-20250929-v1:0".'
		),
		longContextCacheWriteUsdPerMTok: fig(
			'7.5',
			LITELLM_2026_07,
			'Entry "anthropic.claude-sonnet-4-5-20250929-v1:0".'
		),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'bedrock/us.claude-sonnet-4-5',
		provider: 'AWS Bedrock',
		model: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
		name: 'Claude Sonnet 4.5 (AWS Bedrock, US cross-region)',
		channel: 'AWS Bedrock',
		inputUsdPerMTok: fig(
			'3.3',
			LITELLM_2026_07,
			'Entry "us.anthropic.claude-sonnet-4-5-20250929-v1:0".'
		),
		outputUsdPerMTok: fig(
			'16.5',
			LITELLM_2026_07,
			'Entry "us.anthropic.claude-sonnet-4-5-20250929-v1:0".'
		),
		cachedInputUsdPerMTok: fig(
			'0.33',
			LITELLM_2026_07,
			'Entry "us.anthropic.claude-sonnet-4-5-20250929-v1:0". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'4.125',
			LITELLM_2026_07,
			'Entry "us.anthropic.claude-sonnet-4-5-20250929-v1:0". Prompt-cache write (5-minute cache).'
		),
		longContextThresholdTokens: fig(
			'200000',
			LITELLM_2026_07,
			'Entry "us.anthropic.claude-sonnet-4-5-20250929-v1:0". Prompts above 200k tokens (fields *_above_200k_tokens) pay the long-context prices for the whole request.'
		),
		longContextInputUsdPerMTok: fig(
			'6.6',
			LITELLM_2026_07,
			'Entry "us.anthropic.claude-sonnet-4-5-20250929-v1:0".'
		),
		longContextOutputUsdPerMTok: fig(
			'24.75',
			LITELLM_2026_07,
			'Entry "us.anthropic.claude-sonnet-4-5-20250929-v1:0".'
		),
		longContextCachedInputUsdPerMTok: fig(
			'0.66',
			LITELLM_2026_07,
			'Entry "us.anthropic.claude-sonnet-4-5-20250929-v1:0".'
		),
		longContextCacheWriteUsdPerMTok: fig(
			'8.25',
			LITELLM_2026_07,
			'Entry "us.anthropic.claude-sonnet-4-5-20250929-v1:0".'
		),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'bedrock/claude-sonnet-4-6',
		provider: 'AWS Bedrock',
		model: 'anthropic.claude-sonnet-4-6',
		name: 'Claude Sonnet 4.6 (AWS Bedrock)',
		channel: 'AWS Bedrock',
		inputUsdPerMTok: fig('3', LITELLM_2026_07, 'Entry "anthropic.claude-sonnet-4-6".'),
		outputUsdPerMTok: fig('15', LITELLM_2026_07, 'Entry "anthropic.claude-sonnet-4-6".'),
		cachedInputUsdPerMTok: fig(
			'0.3',
			LITELLM_2026_07,
			'Entry "anthropic.claude-sonnet-4-6". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'3.75',
			LITELLM_2026_07,
			'Entry "anthropic.claude-sonnet-4-6". Prompt-cache write (5-minute cache).'
		),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'bedrock/claude-haiku-4-5',
		provider: 'AWS Bedrock',
		model: 'anthropic.claude-haiku-4-5-20251001-v1:0',
		name: 'Claude Haiku 4.5 (AWS Bedrock)',
		channel: 'AWS Bedrock',
		inputUsdPerMTok: fig('1', LITELLM_2026_07, 'Entry "anthropic.claude-haiku-4-5-20251001-v1:0".'),
		outputUsdPerMTok: fig(
			'5',
			LITELLM_2026_07,
			'Entry "anthropic.claude-haiku-4-5-20251001-v1:0".'
		),
		cachedInputUsdPerMTok: fig(
			'0.1',
			LITELLM_2026_07,
			'Entry "anthropic.claude-haiku-4-5-20251001-v1:0". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'1.25',
			LITELLM_2026_07,
			'Entry "anthropic.claude-haiku-4-5-20251001-v1:0". Prompt-cache write (5-minute cache).'
		),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'bedrock/claude-opus-4-5',
		provider: 'AWS Bedrock',
		model: 'anthropic.claude-opus-4-5-20251101-v1:0',
		name: 'Claude Opus 4.5 (AWS Bedrock)',
		channel: 'AWS Bedrock',
		inputUsdPerMTok: fig('5', LITELLM_2026_07, 'Entry "anthropic.claude-opus-4-5-20251101-v1:0".'),
		outputUsdPerMTok: fig(
			'25',
			LITELLM_2026_07,
			'Entry "anthropic.claude-opus-4-5-20251101-v1:0".'
		),
		cachedInputUsdPerMTok: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "anthropic.claude-opus-4-5-20251101-v1:0". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'6.25',
			LITELLM_2026_07,
			'Entry "anthropic.claude-opus-4-5-20251101-v1:0". Prompt-cache write (5-minute cache).'
		),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'bedrock/llama-3.3-70b-instruct',
		provider: 'AWS Bedrock',
		model: 'meta.llama3-3-70b-instruct-v1:0',
		name: 'Llama 3.3 70B Instruct (AWS Bedrock)',
		channel: 'AWS Bedrock',
		openModelId: 'llama-3.3-70b',
		inputUsdPerMTok: fig('0.72', LITELLM_2026_07, 'Entry "meta.llama3-3-70b-instruct-v1:0".'),
		outputUsdPerMTok: fig('0.72', LITELLM_2026_07, 'Entry "meta.llama3-3-70b-instruct-v1:0".')
	},
	{
		id: 'bedrock/llama-3.1-8b-instruct',
		provider: 'AWS Bedrock',
		model: 'meta.llama3-1-8b-instruct-v1:0',
		name: 'Llama 3.1 8B Instruct (AWS Bedrock)',
		channel: 'AWS Bedrock',
		openModelId: 'llama-3.1-8b',
		inputUsdPerMTok: fig('0.22', LITELLM_2026_07, 'Entry "meta.llama3-1-8b-instruct-v1:0".'),
		outputUsdPerMTok: fig('0.22', LITELLM_2026_07, 'Entry "meta.llama3-1-8b-instruct-v1:0".')
	},
	{
		id: 'bedrock/llama-3.1-70b-instruct',
		provider: 'AWS Bedrock',
		model: 'meta.llama3-1-70b-instruct-v1:0',
		name: 'Llama 3.1 70B Instruct (AWS Bedrock)',
		channel: 'AWS Bedrock',
		openModelId: 'llama-3.1-70b',
		inputUsdPerMTok: fig('0.99', LITELLM_2026_07, 'Entry "meta.llama3-1-70b-instruct-v1:0".'),
		outputUsdPerMTok: fig('0.99', LITELLM_2026_07, 'Entry "meta.llama3-1-70b-instruct-v1:0".')
	},
	{
		id: 'bedrock/llama-3.1-405b-instruct',
		provider: 'AWS Bedrock',
		model: 'meta.llama3-1-405b-instruct-v1:0',
		name: 'Llama 3.1 405B Instruct (AWS Bedrock)',
		channel: 'AWS Bedrock',
		openModelId: 'llama-3.1-405b',
		inputUsdPerMTok: fig('5.32', LITELLM_2026_07, 'Entry "meta.llama3-1-405b-instruct-v1:0".'),
		outputUsdPerMTok: fig('16', LITELLM_2026_07, 'Entry "meta.llama3-1-405b-instruct-v1:0".')
	},
	{
		id: 'bedrock/llama-4-maverick',
		provider: 'AWS Bedrock',
		model: 'meta.llama4-maverick-17b-instruct-v1:0',
		name: 'Llama 4 Maverick (AWS Bedrock)',
		channel: 'AWS Bedrock',
		openModelId: 'llama-4-maverick',
		inputUsdPerMTok: fig(
			'0.24',
			LITELLM_2026_07,
			'Entry "meta.llama4-maverick-17b-instruct-v1:0".'
		),
		outputUsdPerMTok: fig(
			'0.97',
			LITELLM_2026_07,
			'Entry "meta.llama4-maverick-17b-instruct-v1:0".'
		),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "meta.llama4-maverick-17b-instruct-v1:0". Derived: 1 - batch input / input = 1 - 0.12 / 0.24; batch output agrees (1 - 0.485 / 0.97).'
		)
	},
	{
		id: 'bedrock/llama-4-scout',
		provider: 'AWS Bedrock',
		model: 'meta.llama4-scout-17b-instruct-v1:0',
		name: 'Llama 4 Scout (AWS Bedrock)',
		channel: 'AWS Bedrock',
		openModelId: 'llama-4-scout',
		inputUsdPerMTok: fig('0.17', LITELLM_2026_07, 'Entry "meta.llama4-scout-17b-instruct-v1:0".'),
		outputUsdPerMTok: fig('0.66', LITELLM_2026_07, 'Entry "meta.llama4-scout-17b-instruct-v1:0".'),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "meta.llama4-scout-17b-instruct-v1:0". Derived: 1 - batch input / input = 1 - 0.085 / 0.17; batch output agrees (1 - 0.33 / 0.66).'
		)
	},
	{
		id: 'bedrock/gpt-oss-120b',
		provider: 'AWS Bedrock',
		model: 'openai.gpt-oss-120b-1:0',
		name: 'gpt-oss-120b (AWS Bedrock)',
		channel: 'AWS Bedrock',
		openModelId: 'gpt-oss-120b',
		inputUsdPerMTok: fig('0.15', LITELLM_2026_07, 'Entry "openai.gpt-oss-120b-1:0".'),
		outputUsdPerMTok: fig('0.6', LITELLM_2026_07, 'Entry "openai.gpt-oss-120b-1:0".'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'bedrock/gpt-oss-20b',
		provider: 'AWS Bedrock',
		model: 'openai.gpt-oss-20b-1:0',
		name: 'gpt-oss-20b (AWS Bedrock)',
		channel: 'AWS Bedrock',
		openModelId: 'gpt-oss-20b',
		inputUsdPerMTok: fig('0.07', LITELLM_2026_07, 'Entry "openai.gpt-oss-20b-1:0".'),
		outputUsdPerMTok: fig('0.3', LITELLM_2026_07, 'Entry "openai.gpt-oss-20b-1:0".'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'bedrock/qwen3-235b-a22b-2507',
		provider: 'AWS Bedrock',
		model: 'qwen.qwen3-235b-a22b-2507-v1:0',
		name: 'Qwen3 235B A22B 2507 (AWS Bedrock)',
		channel: 'AWS Bedrock',
		openModelId: 'qwen-3-235b-a22b-2507',
		inputUsdPerMTok: fig('0.22', LITELLM_2026_07, 'Entry "qwen.qwen3-235b-a22b-2507-v1:0".'),
		outputUsdPerMTok: fig('0.88', LITELLM_2026_07, 'Entry "qwen.qwen3-235b-a22b-2507-v1:0".'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'bedrock/qwen3-32b',
		provider: 'AWS Bedrock',
		model: 'qwen.qwen3-32b-v1:0',
		name: 'Qwen3 32B (AWS Bedrock)',
		channel: 'AWS Bedrock',
		openModelId: 'qwen-3-32b',
		inputUsdPerMTok: fig('0.15', LITELLM_2026_07, 'Entry "qwen.qwen3-32b-v1:0".'),
		outputUsdPerMTok: fig('0.6', LITELLM_2026_07, 'Entry "qwen.qwen3-32b-v1:0".'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'bedrock/qwen3-coder-480b',
		provider: 'AWS Bedrock',
		model: 'qwen.qwen3-coder-480b-a35b-v1:0',
		name: 'Qwen3 Coder 480B A35B (AWS Bedrock)',
		channel: 'AWS Bedrock',
		inputUsdPerMTok: fig('0.22', LITELLM_2026_07, 'Entry "qwen.qwen3-coder-480b-a35b-v1:0".'),
		outputUsdPerMTok: fig('1.8', LITELLM_2026_07, 'Entry "qwen.qwen3-coder-480b-a35b-v1:0".'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'bedrock/qwen3-next-80b-a3b',
		provider: 'AWS Bedrock',
		model: 'qwen.qwen3-next-80b-a3b',
		name: 'Qwen3 Next 80B A3B (AWS Bedrock)',
		channel: 'AWS Bedrock',
		inputUsdPerMTok: fig('0.15', LITELLM_2026_07, 'Entry "qwen.qwen3-next-80b-a3b".'),
		outputUsdPerMTok: fig('1.2', LITELLM_2026_07, 'Entry "qwen.qwen3-next-80b-a3b".')
	},
	{
		id: 'bedrock/deepseek-r1',
		provider: 'AWS Bedrock',
		model: 'us.deepseek.r1-v1:0',
		name: 'DeepSeek-R1 (AWS Bedrock, US)',
		channel: 'AWS Bedrock',
		openModelId: 'deepseek-r1',
		inputUsdPerMTok: fig('1.35', LITELLM_2026_07, 'Entry "us.deepseek.r1-v1:0".'),
		outputUsdPerMTok: fig('5.4', LITELLM_2026_07, 'Entry "us.deepseek.r1-v1:0".'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'bedrock/deepseek-v3.2',
		provider: 'AWS Bedrock',
		model: 'deepseek.v3.2',
		name: 'DeepSeek-V3.2 (AWS Bedrock)',
		channel: 'AWS Bedrock',
		inputUsdPerMTok: fig('0.62', LITELLM_2026_07, 'Entry "deepseek.v3.2".'),
		outputUsdPerMTok: fig('1.85', LITELLM_2026_07, 'Entry "deepseek.v3.2".'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'bedrock/kimi-k2-thinking',
		provider: 'AWS Bedrock',
		model: 'moonshot.kimi-k2-thinking',
		name: 'Kimi K2 Thinking (AWS Bedrock)',
		channel: 'AWS Bedrock',
		inputUsdPerMTok: fig('0.6', LITELLM_2026_07, 'Entry "moonshot.kimi-k2-thinking".'),
		outputUsdPerMTok: fig('2.5', LITELLM_2026_07, 'Entry "moonshot.kimi-k2-thinking".'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'bedrock/glm-4.7',
		provider: 'AWS Bedrock',
		model: 'zai.glm-4.7',
		name: 'GLM-4.7 (AWS Bedrock)',
		channel: 'AWS Bedrock',
		inputUsdPerMTok: fig('0.6', LITELLM_2026_07, 'Entry "zai.glm-4.7".'),
		outputUsdPerMTok: fig('2.2', LITELLM_2026_07, 'Entry "zai.glm-4.7".'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'bedrock/mistral-large-3',
		provider: 'AWS Bedrock',
		model: 'mistral.mistral-large-3-675b-instruct',
		name: 'Mistral Large 3 (AWS Bedrock)',
		channel: 'AWS Bedrock',
		inputUsdPerMTok: fig('0.5', LITELLM_2026_07, 'Entry "mistral.mistral-large-3-675b-instruct".'),
		outputUsdPerMTok: fig('1.5', LITELLM_2026_07, 'Entry "mistral.mistral-large-3-675b-instruct".')
	},
	{
		id: 'vertex/claude-sonnet-4-5',
		provider: 'Vertex AI',
		model: 'claude-sonnet-4-5',
		name: 'Claude Sonnet 4.5 (Vertex AI)',
		channel: 'Vertex AI',
		inputUsdPerMTok: fig('3', LITELLM_2026_07, 'Entry "vertex_ai/claude-sonnet-4-5".'),
		outputUsdPerMTok: fig('15', LITELLM_2026_07, 'Entry "vertex_ai/claude-sonnet-4-5".'),
		cachedInputUsdPerMTok: fig(
			'0.3',
			LITELLM_2026_07,
			'Entry "vertex_ai/claude-sonnet-4-5". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'3.75',
			LITELLM_2026_07,
			'Entry "vertex_ai/claude-sonnet-4-5". Prompt-cache write (5-minute cache).'
		),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "vertex_ai/claude-sonnet-4-5". Derived: 1 - batch input / input = 1 - 1.5 / 3; batch output agrees (1 - 7.5 / 15).'
		),
		longContextThresholdTokens: fig(
			'200000',
			LITELLM_2026_07,
			'Entry "vertex_ai/claude-sonnet-4-5". Prompts above 200k tokens (fields *_above_200k_tokens) pay the long-context prices for the whole request.'
		),
		longContextInputUsdPerMTok: fig('6', LITELLM_2026_07, 'Entry "vertex_ai/claude-sonnet-4-5".'),
		longContextOutputUsdPerMTok: fig(
			'22.5',
			LITELLM_2026_07,
			'Entry "vertex_ai/claude-sonnet-4-5".'
		),
		longContextCachedInputUsdPerMTok: fig(
			'0.6',
			LITELLM_2026_07,
			'Entry "vertex_ai/claude-sonnet-4-5".'
		),
		longContextCacheWriteUsdPerMTok: fig(
			'7.5',
			LITELLM_2026_07,
			'Entry "vertex_ai/claude-sonnet-4-5".'
		),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'vertex/claude-opus-4-1',
		provider: 'Vertex AI',
		model: 'claude-opus-4-1',
		name: 'Claude Opus 4.1 (Vertex AI)',
		channel: 'Vertex AI',
		inputUsdPerMTok: fig('15', LITELLM_2026_07, 'Entry "vertex_ai/claude-opus-4-1".'),
		outputUsdPerMTok: fig('75', LITELLM_2026_07, 'Entry "vertex_ai/claude-opus-4-1".'),
		cachedInputUsdPerMTok: fig(
			'1.5',
			LITELLM_2026_07,
			'Entry "vertex_ai/claude-opus-4-1". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'18.75',
			LITELLM_2026_07,
			'Entry "vertex_ai/claude-opus-4-1". Prompt-cache write (5-minute cache).'
		),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "vertex_ai/claude-opus-4-1". Derived: 1 - batch input / input = 1 - 7.5 / 15; batch output agrees (1 - 37.5 / 75).'
		)
	},
	{
		id: 'vertex/claude-haiku-4-5',
		provider: 'Vertex AI',
		model: 'claude-haiku-4-5',
		name: 'Claude Haiku 4.5 (Vertex AI)',
		channel: 'Vertex AI',
		inputUsdPerMTok: fig('1', LITELLM_2026_07, 'Entry "vertex_ai/claude-haiku-4-5".'),
		outputUsdPerMTok: fig('5', LITELLM_2026_07, 'Entry "vertex_ai/claude-haiku-4-5".'),
		cachedInputUsdPerMTok: fig(
			'0.1',
			LITELLM_2026_07,
			'Entry "vertex_ai/claude-haiku-4-5". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'1.25',
			LITELLM_2026_07,
			'Entry "vertex_ai/claude-haiku-4-5". Prompt-cache write (5-minute cache).'
		),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'vertex/claude-sonnet-4-6',
		provider: 'Vertex AI',
		model: 'claude-sonnet-4-6',
		name: 'Claude Sonnet 4.6 (Vertex AI)',
		channel: 'Vertex AI',
		inputUsdPerMTok: fig('3', LITELLM_2026_07, 'Entry "vertex_ai/claude-sonnet-4-6".'),
		outputUsdPerMTok: fig('15', LITELLM_2026_07, 'Entry "vertex_ai/claude-sonnet-4-6".'),
		cachedInputUsdPerMTok: fig(
			'0.3',
			LITELLM_2026_07,
			'Entry "vertex_ai/claude-sonnet-4-6". Prompt-cache read.'
		),
		cacheWriteUsdPerMTok: fig(
			'3.75',
			LITELLM_2026_07,
			'Entry "vertex_ai/claude-sonnet-4-6". Prompt-cache write (5-minute cache).'
		),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'vertex/deepseek-v3.2',
		provider: 'Vertex AI',
		model: 'deepseek-ai/deepseek-v3.2-maas',
		name: 'DeepSeek-V3.2 (Vertex AI)',
		channel: 'Vertex AI',
		inputUsdPerMTok: fig(
			'0.56',
			LITELLM_2026_07,
			'Entry "vertex_ai/deepseek-ai/deepseek-v3.2-maas".'
		),
		outputUsdPerMTok: fig(
			'1.68',
			LITELLM_2026_07,
			'Entry "vertex_ai/deepseek-ai/deepseek-v3.2-maas".'
		),
		batchDiscount: fig(
			'0.5',
			LITELLM_2026_07,
			'Entry "vertex_ai/deepseek-ai/deepseek-v3.2-maas". Derived: 1 - batch input / input = 1 - 0.28 / 0.56; batch output agrees (1 - 0.84 / 1.68).'
		),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'vertex/deepseek-r1-0528',
		provider: 'Vertex AI',
		model: 'deepseek-ai/deepseek-r1-0528-maas',
		name: 'DeepSeek-R1-0528 (Vertex AI)',
		channel: 'Vertex AI',
		openModelId: 'deepseek-r1',
		inputUsdPerMTok: fig(
			'1.35',
			LITELLM_2026_07,
			'Entry "vertex_ai/deepseek-ai/deepseek-r1-0528-maas".'
		),
		outputUsdPerMTok: fig(
			'5.4',
			LITELLM_2026_07,
			'Entry "vertex_ai/deepseek-ai/deepseek-r1-0528-maas".'
		),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'vertex/gpt-oss-120b',
		provider: 'Vertex AI',
		model: 'openai/gpt-oss-120b-maas',
		name: 'gpt-oss-120b (Vertex AI)',
		channel: 'Vertex AI',
		openModelId: 'gpt-oss-120b',
		inputUsdPerMTok: fig('0.15', LITELLM_2026_07, 'Entry "vertex_ai/openai/gpt-oss-120b-maas".'),
		outputUsdPerMTok: fig('0.6', LITELLM_2026_07, 'Entry "vertex_ai/openai/gpt-oss-120b-maas".'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'vertex/gpt-oss-20b',
		provider: 'Vertex AI',
		model: 'openai/gpt-oss-20b-maas',
		name: 'gpt-oss-20b (Vertex AI)',
		channel: 'Vertex AI',
		openModelId: 'gpt-oss-20b',
		inputUsdPerMTok: fig('0.075', LITELLM_2026_07, 'Entry "vertex_ai/openai/gpt-oss-20b-maas".'),
		outputUsdPerMTok: fig('0.3', LITELLM_2026_07, 'Entry "vertex_ai/openai/gpt-oss-20b-maas".'),
		reasoningTokensPerRequest: REASONING_UNPUBLISHED
	},
	{
		id: 'vertex/qwen3-235b-a22b-2507',
		provider: 'Vertex AI',
		model: 'qwen/qwen3-235b-a22b-instruct-2507-maas',
		name: 'Qwen3 235B A22B Instruct 2507 (Vertex AI)',
		channel: 'Vertex AI',
		openModelId: 'qwen-3-235b-a22b-2507',
		inputUsdPerMTok: fig(
			'0.25',
			LITELLM_2026_07,
			'Entry "vertex_ai/qwen/qwen3-235b-a22b-instruct-2507-maas".'
		),
		outputUsdPerMTok: fig(
			'1',
			LITELLM_2026_07,
			'Entry "vertex_ai/qwen/qwen3-235b-a22b-instruct-2507-maas".'
		)
	},
	{
		id: 'vertex/qwen3-coder-480b',
		provider: 'Vertex AI',
		model: 'qwen/qwen3-coder-480b-a35b-instruct-maas',
		name: 'Qwen3 Coder 480B A35B (Vertex AI)',
		channel: 'Vertex AI',
		inputUsdPerMTok: fig(
			'1',
			LITELLM_2026_07,
			'Entry "vertex_ai/qwen/qwen3-coder-480b-a35b-instruct-maas".'
		),
		outputUsdPerMTok: fig(
			'4',
			LITELLM_2026_07,
			'Entry "vertex_ai/qwen/qwen3-coder-480b-a35b-instruct-maas".'
		)
	},
	{
		id: 'vertex/kimi-k2-thinking',
		provider: 'Vertex AI',
		model: 'moonshotai/kimi-k2-thinking-maas',
		name: 'Kimi K2 Thinking (Vertex AI)',
		channel: 'Vertex AI',
		inputUsdPerMTok: fig(
			'0.6',
			LITELLM_2026_07,
			'Entry "vertex_ai/moonshotai/kimi-k2-thinking-maas".'
		),
		outputUsdPerMTok: fig(
			'2.5',
			LITELLM_2026_07,
			'Entry "vertex_ai/moonshotai/kimi-k2-thinking-maas".'
		)
	},
	{
		id: 'vertex/mistral-large-2411',
		provider: 'Vertex AI',
		model: 'mistral-large-2411',
		name: 'Mistral Large 2411 (Vertex AI)',
		channel: 'Vertex AI',
		inputUsdPerMTok: fig('2', LITELLM_2026_07, 'Entry "vertex_ai/mistral-large-2411".'),
		outputUsdPerMTok: fig('6', LITELLM_2026_07, 'Entry "vertex_ai/mistral-large-2411".')
	}
];
