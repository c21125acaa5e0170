import { describe, expect, it } from 'vitest';
import { issueText, pathBelow, pathText, refusal } from '../../src/lib/scenario/issues';
import { defaultScenario, parseScenario } from '../../src/lib/scenario/document';

describe('issues: a path and a message, rendered as one line', () => {
	it.each([
		[[], ''],
		[['scenario'], 'scenario'],
		[['workload', 'batchShare'], 'workload.batchShare'],
		[['candidates', 0, 'rental', 'months'], 'candidates[0].rental.months'],
		[['custom', 'gpus', 12, 'memoryGB', 'value'], 'custom.gpus[12].memoryGB.value'],
		[
			['overrides', 'offerings', 'openai/gpt-4.1', 'batchDiscount'],
			'overrides.offerings.openai/gpt-4.1.batchDiscount'
		]
	])('pathText(%j) = %j', (path, text) => expect(pathText(path)).toBe(text));

	it('an issue without a path is its message alone', () => {
		expect(issueText({ path: [], message: 'gone' })).toBe('gone');
		expect(issueText({ path: ['link'], message: 'too large' })).toBe('link: too large');
	});

	it('pathBelow: the rest of a path inside a prefix, or undefined outside it', () => {
		const path = ['candidates', 1, 'rental', 'months'] as const;
		expect(pathBelow(path, ['candidates', 1])).toEqual(['rental', 'months']);
		expect(pathBelow(path, [])).toEqual(path);
		expect(pathBelow(path, path)).toEqual([]);
		expect(pathBelow(path, ['candidates', 0])).toBeUndefined();
		expect(pathBelow(path, ['candidates', '1'])).toBeUndefined();
		expect(pathBelow(['candidates'], ['candidates', 1])).toBeUndefined();
	});

	it('refusal keeps the issues and their text lines in the same order, inputs untouched', () => {
		const issues = [
			{ path: ['a', 0], message: 'one' },
			{ path: [], message: 'two' }
		];
		const copy = structuredClone(issues);
		expect(refusal(issues)).toEqual({ ok: false, issues, errors: ['a[0]: one', 'two'] });
		expect(issues).toEqual(copy);
	});
});

describe('parseScenario reports issues with their paths', () => {
	it('schema and cross-check issues carry the path apart from the message', () => {
		const s = defaultScenario();
		const r = parseScenario({
			...s,
			workload: { ...s.workload, batchShare: '2' },
			candidates: [{ ...s.candidates[0], overflow: 'nope' }]
		});
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.issues[0].path).toEqual(['workload', 'batchShare']);
		expect(r.issues[0].message).toMatch(/^2 is outside/);
		expect(r.errors).toEqual(r.issues.map(issueText));
		const s2 = parseScenario({ ...s, candidates: [{ ...s.candidates[0], overflow: 'nope' }] });
		expect(s2.ok).toBe(false);
		if (s2.ok) return;
		expect(s2.issues).toEqual([
			{
				path: ['candidates', 0, 'overflow'],
				message: expect.stringMatching(/^"nope" is not one of the scenario's API baselines/)
			}
		]);
	});

	it('the document as a whole and a reserved key', () => {
		const whole = parseScenario(42);
		expect(whole.ok || whole.issues).toEqual([
			{ path: ['scenario'], message: 'expected a JSON object' }
		]);
		const reserved = parseScenario(
			JSON.parse('{"version":1,"candidates":[{"__proto__":{}}]}') as unknown
		);
		expect(reserved.ok || reserved.issues[0].path).toEqual(['candidates', 0, '__proto__']);
		expect(reserved.ok || reserved.errors[0]).toBe(
			'candidates[0].__proto__: the key "__proto__" is not allowed (a reserved name)'
		);
	});
});
