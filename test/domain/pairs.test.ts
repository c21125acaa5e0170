/**
 * An evaluation's pairs (domain/evaluate.ts, Pairs): every (candidate, baseline) once, candidate-
 * major, each made when read from what the solve kept. The staircase rows, the piecewise rows (a
 * fleet), a candidate without figures and a baseline without figures all read back as a user sees
 * them in the matrix, by index, by ids and in order.
 */
import { describe, expect, it } from 'vitest';
import { solveBreakEven } from '../../src/lib/domain/break-even';
import { evaluate, type PairResult } from '../../src/lib/domain/evaluate';
import { candidate, engineInputs, model, offering } from '../fixtures';

const inputs = () =>
	engineInputs({
		candidates: [
			candidate({ id: 'fine' }),
			candidate({ id: 'huge', model: model({ total: '1000000000000' }) }),
			candidate({ id: 'fleet', fleet: { replicas: 2 } })
		],
		baselines: [offering({}, 'api'), offering({ input: '-1' }, 'negative')]
	});

/** What a reader of the matrix sees of a pair. */
const seen = (p: PairResult) =>
	p.ok
		? {
				ids: `${p.candidateId}×${p.baselineId}`,
				first: p.first.kind === 'volume' ? p.first.volume.toString() : p.first.kind,
				saving: p.savingAtPlan.toString()
			}
		: { ids: `${p.candidateId}×${p.baselineId}`, reason: p.reason };

describe('the pairs of an evaluation', () => {
	it('holds every candidate × baseline once, candidate-major, by index, by ids and in order', () => {
		const ev = evaluate(inputs());
		expect(ev.pairs.length).toBe(6);
		const order = [...ev.pairs].map((p) => `${p.candidateId}×${p.baselineId}`);
		expect(order).toEqual([
			'fine×api',
			'fine×negative',
			'huge×api',
			'huge×negative',
			'fleet×api',
			'fleet×negative'
		]);
		for (let i = 0; i < 6; i++) {
			const p = ev.pairs.at(i);
			expect(seen(ev.pairs.get(p.candidateId, p.baselineId)!)).toEqual(seen(p));
		}
		expect(ev.pairs.map(seen)).toEqual([...ev.pairs].map(seen));
		expect(ev.pairs.filter((p) => p.ok).map((p) => p.candidateId)).toEqual(['fine', 'fleet']);
		expect(ev.pairs.find((p) => p.candidateId === 'fleet')?.baselineId).toBe('api');
	});

	it('reports each side without figures on its pairs, with its reason', () => {
		const ev = evaluate(inputs());
		const reason = (c: string, b: string) => {
			const p = ev.pairs.get(c, b);
			return p && !p.ok ? p.reason : '';
		};
		expect(reason('huge', 'api')).toMatch(/fits no GPU count/);
		expect(reason('huge', 'negative')).toMatch(/fits no GPU count/);
		expect(reason('fine', 'negative')).toMatch(/input is negative/);
		expect(reason('fleet', 'negative')).toMatch(/input is negative/);
		expect(ev.pairs.get('fine', 'api')?.ok).toBe(true);
		expect(ev.pairs.get('fleet', 'api')?.ok).toBe(true);
		expect(ev.pairs.get('fine', 'nobody')).toBeUndefined();
		expect(ev.pairs.get('nobody', 'api')).toBeUndefined();
	});

	it("a staircase pair's break-even is the staircase solve's, the same each time it is read", () => {
		const ev = evaluate(inputs());
		const c = ev.candidates[0];
		const b = ev.baselines[0];
		if (!c.ok || !b.ok) throw new Error('expected figures');
		const direct = solveBreakEven(c.staircase, b.prepared);
		const a1 = ev.pairs.at(0);
		const a2 = ev.pairs.get('fine', 'api')!;
		if (!a1.ok || !a2.ok) throw new Error('expected figures');
		expect(a1.first).toEqual(direct.first);
		expect(a1.sustained).toEqual(direct.sustained);
		expect(a2.first).toBe(a1.first); // made once, kept on the row
		expect(a1.savingAtPlan.toString()).toBe(b.atPlan.value.sub(c.atPlan.total.value).toString());
	});

	it('refuses an index outside the pairs, naming the range', () => {
		const ev = evaluate(inputs());
		expect(() => ev.pairs.at(6)).toThrow('no pair 6: this evaluation has pairs 0 to 5');
		expect(() => ev.pairs.at(-1)).toThrow(RangeError);
		expect(() => ev.pairs.at(1.5)).toThrow(RangeError);
	});

	it('JSON sees the plain pairs', () => {
		const ev = evaluate(inputs());
		const json = JSON.parse(JSON.stringify({ pairs: ev.pairs })) as {
			pairs: { candidateId: string; baselineId: string; ok: boolean; reason?: string }[];
		};
		expect(json.pairs.map((p) => [p.candidateId, p.baselineId, p.ok])).toEqual([
			['fine', 'api', true],
			['fine', 'negative', false],
			['huge', 'api', false],
			['huge', 'negative', false],
			['fleet', 'api', true],
			['fleet', 'negative', false]
		]);
		expect(json.pairs[2].reason).toMatch(/fits no GPU count/);
	});

	it('a repeated id finds its first pair, as a search in order would', () => {
		const ev = evaluate(
			engineInputs({
				candidates: [candidate({ id: 'x' }), candidate({ id: 'x', fleet: { replicas: 3 } })],
				baselines: [offering({}, 'api')]
			})
		);
		const first = ev.pairs.find((p) => p.candidateId === 'x' && p.baselineId === 'api')!;
		expect(seen(ev.pairs.get('x', 'api')!)).toEqual(seen(first));
		expect(seen(ev.pairs.at(0))).toEqual(seen(first));
	});
});
