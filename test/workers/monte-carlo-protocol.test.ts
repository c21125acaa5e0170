import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	answerRequest,
	decodeRequest,
	type MonteCarloMessage,
	type MonteCarloRequest
} from '../../src/lib/workers/monte-carlo-protocol';

const scenario = JSON.parse(readFileSync('examples/hand-checked.json', 'utf8')) as unknown;

/** A request as the page's Over time panel posts it: the hand-checked scenario, one range. */
function request(edit: Partial<Record<keyof MonteCarloRequest, unknown>> = {}): unknown {
	return {
		scenario: structuredClone(scenario),
		candidateId: 'rent',
		baselineId: 'openai/gpt-4.1',
		ranges: [{ field: 'gpuPrice', low: '1.5', mode: '2.00', high: '2.75' }],
		samples: 200,
		seed: 7,
		...edit
	};
}

describe('decodeRequest: the worker reads what the page posts', () => {
	it('decodes a valid request: the ranges become exact Decimals, the rest passes through', () => {
		const input = request();
		const before = structuredClone(input);
		const r = decodeRequest(input);
		if (!r.ok) throw new Error(r.messages.join('\n'));
		expect(r.request.candidateId).toBe('rent');
		expect(r.request.baselineId).toBe('openai/gpt-4.1');
		expect(r.request.samples).toBe(200);
		expect(r.request.seed).toBe(7);
		expect(r.request.scenario.candidates.map((c) => c.id)).toContain('rent');
		expect(r.request.ranges).toHaveLength(1);
		const [g] = r.request.ranges;
		expect(g.field).toBe('gpuPrice');
		expect([g.low, g.mode, g.high].map((d) => d.toString())).toEqual(['1.5', '2', '2.75']);
		expect(input, 'the message is not changed').toEqual(before);
	});

	it('keeps digits a float would lose', () => {
		const r = decodeRequest(
			request({
				ranges: [
					{ field: 'electricityPrice', low: '0.1', mode: '0.123456789012345678901', high: '0.3' }
				]
			})
		);
		if (!r.ok) throw new Error(r.messages.join('\n'));
		expect(r.request.ranges[0].mode.toString()).toBe('0.123456789012345678901');
	});

	it('accepts no ranges at all (the deterministic pair, drawn N times)', () => {
		const r = decodeRequest(request({ ranges: [] }));
		expect(r.ok && r.request.ranges).toEqual([]);
	});

	it.each([
		{ name: 'not an object', data: null, message: 'request: not an object' },
		{ name: 'a string', data: 'run please', message: 'request: not an object' },
		{ name: 'a list', data: [], message: 'request: not an object' },
		{ name: 'no scenario', data: request({ scenario: undefined }), message: /./ },
		{
			name: 'an empty candidate id',
			data: request({ candidateId: '' }),
			message: 'candidateId: a non-empty string'
		},
		{
			name: 'a numeric baseline id',
			data: request({ baselineId: 4 }),
			message: 'baselineId: a non-empty string'
		},
		{
			name: 'fractional samples',
			data: request({ samples: 2.5 }),
			message: 'samples: a whole number, not 2.5'
		},
		{
			name: 'samples as text',
			data: request({ samples: '200' }),
			message: 'samples: a whole number, not 200'
		},
		{ name: 'no seed', data: request({ seed: undefined }), message: /^seed: a whole number/ },
		{
			name: 'NaN seed',
			data: request({ seed: Number.NaN }),
			message: 'seed: a whole number, not NaN'
		},
		{ name: 'ranges not a list', data: request({ ranges: {} }), message: 'ranges: a list' },
		{
			name: 'an unknown field',
			data: request({ ranges: [{ field: 'headcount', low: '1', mode: '2', high: '3' }] }),
			message: /^ranges\[0\]\.field: one of throughput, /
		},
		{
			name: 'a range that is not an object',
			data: request({ ranges: [42] }),
			message: /^ranges\[0\]\.field/
		},
		{
			name: 'a bound that is not a number',
			data: request({ ranges: [{ field: 'gpuPrice', low: 'abc', mode: '2', high: '3' }] }),
			message: 'gpuPrice.low: a decimal number, not abc'
		},
		{
			name: 'a bound given as a float, not a string',
			data: request({ ranges: [{ field: 'gpuPrice', low: '1', mode: 2, high: '3' }] }),
			message: 'gpuPrice.mode: a decimal number, not 2'
		},
		{
			name: 'an exponent decimal.js would read but the form never writes',
			data: request({ ranges: [{ field: 'gpuPrice', low: '1', mode: '2', high: '1e3' }] }),
			message: 'gpuPrice.high: a decimal number, not 1e3'
		},
		{
			name: 'a missing bound',
			data: request({ ranges: [{ field: 'gpuPrice', low: '1', mode: '2' }] }),
			message: 'gpuPrice.high: a decimal number, not undefined'
		}
	])('refuses $name, naming the problem', ({ data, message }) => {
		const r = decodeRequest(data);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.messages.length).toBeGreaterThan(0);
		if (typeof message === 'string') expect(r.messages).toContain(message);
		else
			expect(
				r.messages.some((m) => message.test(m)),
				r.messages.join('\n')
			).toBe(true);
	});

	it('reports every problem of a request at once', () => {
		const r = decodeRequest(request({ candidateId: '', samples: 'x', seed: 1.5 }));
		expect(r.ok ? [] : r.messages).toEqual([
			'candidateId: a non-empty string',
			'samples: a whole number, not x',
			'seed: a whole number, not 1.5'
		]);
	});
});

describe('answerRequest: what the worker posts back', () => {
	function answer(data: unknown): MonteCarloMessage[] {
		const out: MonteCarloMessage[] = [];
		answerRequest(data, (m) => out.push(m));
		return out;
	}

	it('posts progress up to the sample count, then one result with Decimals as strings', () => {
		const out = answer(request());
		const progress = out.filter((m) => m.type === 'progress');
		expect(progress.length).toBeGreaterThan(0);
		expect(progress.at(-1)).toEqual({ type: 'progress', done: 200, total: 200 });
		const last = out.at(-1);
		expect(last?.type).toBe('done');
		if (last?.type !== 'done') return;
		const result = JSON.parse(last.result);
		expect(result.samples).toBe(200);
		expect(typeof result.saving.p50).toBe('string');
		// Break-evens travel with their volumes (the engine computes a crossing when read).
		expect(result.deterministic.breakEven.kind).toBe('volume');
		expect(Number(result.deterministic.breakEven.volume)).toBeGreaterThan(0);
		expect(Number(result.breakEven.p50.volume)).toBeGreaterThan(0);
		// The same seed gives the same answer.
		expect(answer(request()).at(-1)).toEqual(last);
	});

	it.each([
		{ name: 'a malformed request', data: null, message: /request: not an object/ },
		{
			name: 'zero samples (the engine names it)',
			data: request({ samples: 0 }),
			message: /samples/
		},
		{
			name: 'a range whose low is above its most likely',
			data: request({ ranges: [{ field: 'gpuPrice', low: '3', mode: '2', high: '4' }] }),
			message: /gpuPrice .*low 3 is above most likely 2/
		},
		{
			name: 'a pair that is not in the scenario',
			data: request({ baselineId: 'nobody/none' }),
			message: /./
		}
	])('posts one error for $name', ({ data, message }) => {
		const out = answer(data);
		expect(out.filter((m) => m.type === 'done')).toEqual([]);
		const last = out.at(-1);
		expect(last?.type).toBe('error');
		if (last?.type !== 'error') return;
		expect(
			last.messages.some((m) => message.test(m)),
			last.messages.join('\n')
		).toBe(true);
	});
});
