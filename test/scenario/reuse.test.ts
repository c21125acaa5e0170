import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, dec } from '../../src/lib/domain/decimal';
import { evaluate } from '../../src/lib/domain/evaluate';
import { kvCachePrecisions, type EngineInputs } from '../../src/lib/domain/inputs';
import { quantity } from '../../src/lib/domain/quantity';
import { defaultScenario, type Scenario } from '../../src/lib/scenario/document';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { freshCopy, reuser } from '../../src/lib/scenario/reuse';
import { figures } from '../fixtures';

describe('reuser: equal parts of the inputs are the objects handed out before', () => {
	it('gives back the same object for equal content, down to the Decimals', () => {
		const reuse = reuser<unknown>();
		const first = reuse({ a: { value: dec('1.5'), unit: 'USD' }, list: [dec(2), 'x'] });
		const again = reuse({ a: { value: dec('1.50'), unit: 'USD' }, list: [dec(2), 'x'] });
		expect(again).toBe(first);
	});

	it('makes new objects only along the path to what changed', () => {
		const reuse = reuser<{ w: { v: Decimal }; m: { p: Decimal; q: Decimal } }>();
		const first = reuse({ w: { v: dec(100) }, m: { p: dec(7), q: dec(8) } });
		const next = reuse({ w: { v: dec(150) }, m: { p: dec(7), q: dec(8) } });
		expect(next).not.toBe(first);
		expect(next.w).not.toBe(first.w);
		expect(next.w.v.toString()).toBe('150');
		expect(next.m).toBe(first.m);
		// The object handed out before is untouched.
		expect(first.w.v.toString()).toBe('100');
	});

	it('treats 0 and −0, NaN, another key set and another length as changes', () => {
		const reuse = reuser<unknown>();
		const zero = reuse({ z: dec(0) }) as { z: Decimal };
		const negZero = reuse({ z: dec('-0') }) as { z: Decimal };
		expect(negZero).not.toBe(zero);
		expect(negZero.z.isNeg()).toBe(true);
		const nan = reuse({ n: NaN });
		expect(reuse({ n: NaN })).not.toBe(nan);
		const two = reuse({ a: 1 });
		expect(reuse({ a: 1, b: undefined })).not.toBe(two);
		const blankKey = reuse({ a: 1, '': 2 });
		expect(reuse({ a: 1, '': 2 })).toBe(blankKey);
		expect(reuse({ a: 1 })).not.toBe(blankKey);
		const list = reuse([{ k: 1 }, { k: 2 }]) as object[];
		const longer = reuse([{ k: 1 }, { k: 2 }, { k: 3 }]) as object[];
		expect(longer).not.toBe(list);
		expect(longer[0]).toBe(list[0]);
		expect(longer[1]).toBe(list[1]);
	});

	it('keeps an object shared by the fresh inputs shared, even where the last inputs had nothing', () => {
		const reuse = reuser<{ list: { m: { v: Decimal } }[] }>();
		const first = reuse({ list: [{ m: { v: dec(1) } }] });
		const model = { v: dec(1) };
		const next = reuse({ list: [{ m: model }, { m: model }] });
		expect(next.list[0]).toBe(first.list[0]);
		expect(next.list[1].m).toBe(first.list[0].m);
	});

	it('changes nothing it is given: a part that is to point at kept objects is a copy', () => {
		const reuse = reuser<{ list: { id: string; m: { v: Decimal } }[] }>();
		const first = reuse({ list: [{ id: 'a', m: { v: dec(1) } }] });
		// A constant (say a catalog entry) met where another entry stood last time.
		const constant = Object.freeze({ id: 'b', m: Object.freeze({ v: dec(1) }) });
		const input = { list: [constant] };
		const next = reuse(input);
		expect(next.list[0]).not.toBe(constant);
		expect(next.list[0].id).toBe('b');
		expect(next.list[0].m).toBe(first.list[0].m);
		expect(input.list[0]).toBe(constant);
		expect(constant.m.v.toString()).toBe('1');
	});

	it('keeps other objects (a Map, a class instance) only when they are the same object', () => {
		const reuse = reuser<unknown>();
		const shared = new Map([['a', 1]]);
		const first = reuse({ m: shared }) as { m: Map<string, number> };
		expect(reuse({ m: shared })).toBe(first);
		const copy = reuse({ m: new Map([['a', 1]]) }) as { m: Map<string, number> };
		expect(copy).not.toBe(first);
	});
});

describe('freshCopy: new objects throughout, shared where the original shares', () => {
	it('copies every object and Decimal, and a model shared by two candidates once', () => {
		const s = defaultScenario();
		s.candidates = [s.candidates[0], { ...s.candidates[0], id: 'twin' }];
		const inputs = resolveScenario(s);
		expect(inputs.candidates[1].model).toBe(inputs.candidates[0].model);
		const copy = freshCopy(inputs);
		expect(copy).toEqual(inputs);
		expect(copy.candidates[0].model).not.toBe(inputs.candidates[0].model);
		expect(copy.candidates[0].model.totalParams.value).not.toBe(
			inputs.candidates[0].model.totalParams.value
		);
		expect(copy.candidates[1].model).toBe(copy.candidates[0].model);
	});
});

describe('resolveScenario hands out unchanged inputs again', () => {
	it('a new volume makes a new workload; the models, GPUs, serving settings and token figures stay', () => {
		const s = defaultScenario();
		const a = resolveScenario(s);
		s.workload = { ...s.workload, requestsPerDay: '250000' };
		const b = resolveScenario(s);
		expect(b.workload).not.toBe(a.workload);
		expect(b.workload.requestsPerDay.value.toString()).toBe('250000');
		expect(b.workload.inputTokensPerRequest).toBe(a.workload.inputTokensPerRequest);
		expect(b.serving).toBe(a.serving);
		expect(b.benchmarks).toBe(a.benchmarks);
		b.candidates.forEach((c, i) => {
			expect(c.model).toBe(a.candidates[i].model);
			expect(c.gpu).toBe(a.candidates[i].gpu);
		});
	});

	it('a new volume keeps every chosen throughput, a reasoning model too; new lengths work it out again', () => {
		const s = defaultScenario();
		const first = resolveScenario(s);
		// The first candidate's model as a reasoning model: its generated output is a figure of its own.
		const reasoning = {
			...first.candidates[0].model,
			reasoningTokensPerRequest: quantity('reasoning tokens per request', dec(500), 'tokens')
		};
		const withReasoning = (inp: EngineInputs): EngineInputs => ({
			...inp,
			candidates: inp.candidates.map((c, i) => (i === 0 ? { ...c, model: reasoning } : c))
		});
		const throughputs = (inp: EngineInputs) =>
			evaluate(withReasoning(inp)).candidates.map((c) => (c.ok ? c.throughput : undefined));
		const before = throughputs(first);
		expect(before.every((t) => t !== undefined)).toBe(true);
		// 10% more requests: each candidate keeps its replica size, and that size's throughput object.
		s.workload = { ...s.workload, requestsPerDay: String(Number(s.workload.requestsPerDay) * 1.1) };
		const after = throughputs(resolveScenario(s));
		after.forEach((t, i) => expect(t).toBe(before[i]));
		// 300 → 1,000 output tokens per request: more decode steps per request, fewer requests/s.
		s.workload = { ...s.workload, outputTokensPerRequest: '1000' };
		const longer = throughputs(resolveScenario(s));
		longer.forEach((t, i) => {
			expect(t).not.toBe(before[i]);
			expect(t!.requestsPerSecond.value.lt(before[i]!.requestsPerSecond.value)).toBe(true);
		});
	});

	it('an override, or an own entry edited in place, is a new figure with the new value', () => {
		const s = defaultScenario();
		const modelId = s.candidates[0].modelId;
		const a = resolveScenario(s);
		s.overrides.models[modelId] = { totalParams: '80000000000' };
		const b = resolveScenario(s);
		expect(b.candidates[0].model).not.toBe(a.candidates[0].model);
		expect(b.candidates[0].model.totalParams.value.toString()).toBe('80000000000');
		expect(b.candidates[0].model.totalParams.source).toMatch(/^your override/);
		// The same override record, its value changed in place (as a form may do).
		s.overrides.models[modelId].totalParams = '81000000000';
		const c = resolveScenario(s);
		expect(c.candidates[0].model.totalParams.value.toString()).toBe('81000000000');
		// Back to the catalog: its figure again.
		delete s.overrides.models[modelId];
		const d = resolveScenario(s);
		expect(d.candidates[0].model.totalParams.value.toString()).toBe(
			a.candidates[0].model.totalParams.value.toString()
		);
		expect(d.candidates[0].model.totalParams.source).toBe(a.candidates[0].model.totalParams.source);
	});
});

describe('results through reused inputs are the results of new ones', () => {
	// Edits a planning session makes one after another: volumes, token lengths, serving settings, a
	// precision, a pinned size. After each, the evaluation of the reused inputs must give every
	// figure (fixtures.ts, figures) the evaluation of a brand-new copy gives (a memo keyed too
	// loosely would not).
	const edit = fc.oneof(
		fc
			.integer({ min: 1_000, max: 3_000_000 })
			.map((n) => (s: Scenario) => (s.workload = { ...s.workload, requestsPerDay: String(n) })),
		fc
			.integer({ min: 50, max: 20_000 })
			.map(
				(n) => (s: Scenario) => (s.workload = { ...s.workload, inputTokensPerRequest: String(n) })
			),
		fc
			.integer({ min: 10, max: 4_000 })
			.map(
				(n) => (s: Scenario) => (s.workload = { ...s.workload, outputTokensPerRequest: String(n) })
			),
		fc
			.constantFrom('0.8', '0.9', '0.95')
			.map((u) => (s: Scenario) => (s.serving = { ...s.serving, memoryUtilization: u })),
		fc
			.constantFrom(...kvCachePrecisions)
			.map((k) => (s: Scenario) => (s.serving = { ...s.serving, kvCachePrecision: k })),
		fc
			.constantFrom('bf16', 'fp8', 'int4')
			.map(
				(p) => (s: Scenario) =>
					(s.candidates = s.candidates.map((c, i) => (i === 0 ? { ...c, precision: p } : c)))
			),
		fc.constantFrom(undefined, 1, 2, 4).map(
			(n) => (s: Scenario) =>
				(s.candidates = s.candidates.map((c, i) => {
					if (i !== 1) return c;
					// eslint-disable-next-line @typescript-eslint/no-unused-vars
					const { gpusPerReplica, ...rest } = c;
					return n === undefined ? rest : { ...rest, gpusPerReplica: n };
				}))
		)
	);

	it('after every edit of a random sequence', () => {
		let compared = 0;
		fc.assert(
			fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
				const s = defaultScenario();
				resolveScenario(s);
				for (const e of edits) {
					e(s);
					const inputs = resolveScenario(s);
					expect(figures(evaluate(inputs))).toEqual(figures(evaluate(freshCopy(inputs))));
					compared += 1;
				}
			}),
			{ numRuns: 40 }
		);
		expect(compared).toBeGreaterThanOrEqual(40);
	});
});
