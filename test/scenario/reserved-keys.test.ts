import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/lib/scenario/document';
import { previewImport } from '../../src/lib/scenario/price-import';
import { defaultScenario } from '../../src/lib/scenario/document';

const errorsOf = (text: string) => {
	const r = parseScenarioText(text);
	return r.ok ? [] : r.errors;
};

describe('prototype-named keys in a scenario are refused with their path', () => {
	it.each([
		[
			'{"version":1,"overrides":{"models":{"__proto__":{"totalParams":"1"}}}}',
			'overrides.models.__proto__'
		],
		[
			'{"version":1,"overrides":{"gpus":{"h100-sxm":{"constructor":"1"}}}}',
			'overrides.gpus.h100-sxm.constructor'
		],
		['{"version":1,"workload":{"prototype":"1"}}', 'workload.prototype'],
		['{"version":1,"candidates":[{"__proto__":{}}]}', 'candidates[0].__proto__'],
		['{"__proto__":{"version":1}}', '__proto__']
	])('%s → %s', (text, path) => {
		expect(errorsOf(text)).toEqual([
			`${path}: the key "${path
				.split(/[.[\]]/)
				.filter(Boolean)
				.at(-1)}" is not allowed (a reserved name)`
		]);
	});

	it('a deeply nested document is refused without overflowing the stack', () => {
		const deep = '{"version":1,"notes":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';
		expect(() => parseScenarioText(deep)).not.toThrow();
	});
});

describe('LiteLLM entries whose new ids collide', () => {
	it('keeps the first and skips the other with the reason in the preview', () => {
		const entry = (provider: string) => ({
			litellm_provider: provider,
			mode: 'chat',
			input_cost_per_token: 1e-6,
			output_cost_per_token: 2e-6
		});
		// litellm/acme/x/y from provider "acme" with model "x/y", and from provider "acme/x" with model "y".
		const text = JSON.stringify({ 'x/y': entry('acme'), y: entry('acme/x') });
		const r = previewImport(text, 'prices.json', defaultScenario(), new Date('2026-11-29'));
		if (!r.ok) throw new Error(r.error);
		expect(r.added.map((o) => o.id)).toEqual(['litellm/acme/x/y']);
		expect(r.skipped).toContainEqual({
			key: 'y',
			reason: 'its new id litellm/acme/x/y is the same as that of "x/y", imported instead'
		});
	});
});
