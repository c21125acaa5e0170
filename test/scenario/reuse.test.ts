import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, dec } from '../../src/lib/domain/decimal';
import {
	exactDecisionCount,
	solveBreakEven,
	type BreakEven
} from '../../src/lib/domain/break-even';
import { evaluate, type Evaluation } from '../../src/lib/domain/evaluate';
import { kvCachePrecisions, type EngineInputs } from '../../src/lib/domain/inputs';
import { quantity } from '../../src/lib/domain/quantity';
import { defaultScenario, type Scenario } from '../../src/lib/scenario/document';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { freshCopy, reuser } from '../../src/lib/scenario/reuse';
import { catalog } from '../../src/lib/catalog';
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
		// The candidates and baselines are handed out again without being resolved again.
		expect(b.candidates).toBe(a.candidates);
		expect(b.baselines).toBe(a.baselines);
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

describe('resolveScenario resolves the entries again only when what they come from changed', () => {
	it('a candidate, a baseline or an own entry changed in place is seen', () => {
		const s = defaultScenario();
		const a = resolveScenario(s);
		// The same arrays, changed in place: resolved again.
		s.candidates[0].precision = 'bf16';
		const c = resolveScenario(s);
		expect(c.candidates[0].precision).toBe('bf16');
		expect(c.candidates[1]).toBe(a.candidates[1]);
		s.baselines[1].discount = '0.2';
		const d = resolveScenario(s);
		expect(d.baselines[1].name).toMatch(/20%/);
		expect(d.baselines[0]).toBe(a.baselines[0]);
		s.baselines.push({ offeringId: 'openai/gpt-4.1-nano' });
		expect(resolveScenario(s).baselines.map((o) => o.id)).toContain('openai/gpt-4.1-nano');
		s.overrides.gpus['h100-sxm'] = { cloudUsdPerGpuHour: '9' };
		expect(resolveScenario(s).candidates[0].gpu.cloudUsdPerGpuHour?.value.toString()).toBe('9');
	});
});

/** Every catalog model on two GPUs against the default APIs: enough pairs for evaluate to keep its solves. */
function manyPairs(): Scenario {
	const s = defaultScenario();
	s.candidates = catalog.models.flatMap((m) =>
		(['h100-sxm', 'h200'] as const).map((gpuId) => ({
			id: `${m.id}/${gpuId}`,
			modelId: m.id,
			gpuId,
			precision: 'fp8' as const,
			acquisition: 'rent' as const
		}))
	);
	s.baselines = [
		...s.baselines,
		{ offeringId: 'openai/gpt-4.1-nano' },
		{ offeringId: 'openai/gpt-4.1-mini' }
	];
	return s;
}

const beText = (be: BreakEven) => (be.kind === 'volume' ? be.volume.toString() : be.kind);

/** Each staircase pair's break-evens against a solve of its own (solveBreakEven), and how many. */
function checkPairs(ev: Evaluation): number {
	let n = 0;
	for (const p of ev.pairs) {
		if (!p.ok) continue;
		const c = ev.candidates.find((x) => x.id === p.candidateId);
		const b = ev.baselines.find((x) => x.id === p.baselineId);
		if (!c?.ok || !b?.ok || c.curve.kind !== 'follow' || !c.curve.perToken.isZero()) continue;
		const own = solveBreakEven(c.staircase, b.prepared);
		expect(`${p.candidateId}/${p.baselineId} ${beText(p.first)} ${beText(p.sustained)}`).toBe(
			`${p.candidateId}/${p.baselineId} ${beText(own.first)} ${beText(own.sustained)}`
		);
		n++;
	}
	return n;
}

describe('evaluate keeps a staircase solve only while its figures are the same', () => {
	it('after volume, price and length edits every pair is the answer of a solve of its own', () => {
		const s = manyPairs();
		const edits: [string, (s: Scenario) => void][] = [
			['a new volume', (s) => (s.workload = { ...s.workload, requestsPerDay: '350000' })],
			['the volume back', (s) => (s.workload = { ...s.workload, requestsPerDay: '200000' })],
			[
				'a GPU price',
				(s) => (s.overrides = { ...s.overrides, gpus: { h200: { cloudUsdPerGpuHour: '2.1' } } })
			],
			[
				'an API price',
				(s) =>
					(s.overrides = {
						...s.overrides,
						offerings: { 'openai/gpt-4.1-mini': { outputUsdPerMTok: '0.9' } }
					})
			],
			['longer requests', (s) => (s.workload = { ...s.workload, inputTokensPerRequest: '4000' })],
			['staff', (s) => (s.finance = { ...s.finance, baseFte: '2' })]
		];
		let last = evaluate(resolveScenario(s));
		expect(checkPairs(last)).toBeGreaterThanOrEqual(256);
		const moved: string[] = [];
		for (const [what, edit] of edits) {
			edit(s);
			const ev = evaluate(resolveScenario(s));
			checkPairs(ev);
			// A kept answer that should have changed would show: count the edits that moved one.
			const before = [...last.pairs].map((p) => (p.ok ? beText(p.first) : ''));
			if ([...ev.pairs].some((p, i) => p.ok && beText(p.first) !== before[i])) moved.push(what);
			last = ev;
		}
		expect(moved).toEqual(expect.arrayContaining(['a GPU price', 'an API price', 'staff']));
	});

	it('a pair decided in Decimal (a float too close to zero) is solved again, not kept', () => {
		const s = manyPairs();
		const ev = evaluate(resolveScenario(s));
		// An API whose price per token is the rented replica's cost per token of its volume: a
		// period of replicas then costs what the API charges for its tokens, to 30 digits, so the
		// solve cannot decide in floats whether self-hosting gets cheaper at scale.
		const c = ev.candidates.find(
			(x) => x.ok && x.staircase.s.perNode.isZero() && x.staircase.q === 1
		);
		if (!c?.ok) throw new Error('no rented candidate with one replica per period');
		const perMTok = c.staircase.s.perReplica
			.div(c.staircase.s.volumePerReplica)
			.mul(1e6)
			.toSignificantDigits(30)
			.toString();
		s.overrides = {
			...s.overrides,
			offerings: {
				'openai/gpt-4.1-nano': {
					inputUsdPerMTok: perMTok,
					cachedInputUsdPerMTok: perMTok,
					outputUsdPerMTok: perMTok
				}
			}
		};
		const first = exactDecisionCount();
		evaluate(resolveScenario(s));
		const decided = exactDecisionCount() - first;
		expect(decided).toBeGreaterThan(0);
		// A new volume changes no staircase nor line: the pairs decided in floats are kept, the ones
		// decided in Decimal are decided again, so the count rises by as much again.
		s.workload = { ...s.workload, requestsPerDay: '250000' };
		const second = exactDecisionCount();
		const again = evaluate(resolveScenario(s));
		expect(exactDecisionCount() - second).toBe(decided);
		expect(checkPairs(again)).toBeGreaterThanOrEqual(256);
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
