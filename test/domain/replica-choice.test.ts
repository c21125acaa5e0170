import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/domain/evaluate';
import { defaultScenario, type Scenario } from '../../src/lib/scenario/document';
import { resolveScenario } from '../../src/lib/scenario/resolve';

/** The default scenario with some candidates only, and edits. */
function run(edit: (s: Scenario) => void) {
	const s = defaultScenario();
	edit(s);
	return evaluate(resolveScenario(s));
}
const ok = <T extends { ok: boolean }>(x: T | undefined) => {
	if (!x || !x.ok) throw new Error(JSON.stringify(x));
	return x as Extract<T, { ok: true }>;
};

// By hand, Llama 3.3 70B FP8 on rented H100s (default finance): staff 0.5 FTE × $206,000 / 12 =
// $8,583.33 a month; each GPU $2.99 × 730 h = $2,182.70. One replica of 2 GPUs: $12,948.73;
// of 4 GPUs: $17,314.13.
describe('replica size chosen by cost at the planned volume', () => {
	it('100,000 requests/day: one replica of 2 GPUs ($12,948.73), not 4 GPUs ($17,314.13)', () => {
		const ev = run((s) => {
			s.workload.requestsPerDay = '100000';
			s.candidates = s.candidates.filter((c) => c.id === 'c1');
		});
		const c1 = ok(ev.candidates[0]);
		expect(c1.sizing.gpusPerReplica).toBe(2);
		expect(c1.atPlan.replicas).toBe(1);
		expect(c1.atPlan.total.value.toFixed(2)).toBe('12948.73');
		const four = c1.degreesTried.find((d) => d.gpusPerReplica === 4);
		expect(four?.ok && four.monthlyCost.toFixed(2)).toBe('17314.13');
		expect(four?.ok && four.chosen).toBe(false);
		expect(c1.degreesTried.filter((d) => d.ok && d.chosen).map((d) => d.gpusPerReplica)).toEqual([
			2
		]);
	});

	it('a tie at plan goes to fewer GPUs per replica: 2 × 2 GPUs and 1 × 4 GPUs both cost $17,314.13', () => {
		const c1 = ok(
			run((s) => (s.candidates = s.candidates.filter((c) => c.id === 'c1'))).candidates[0]
		);
		const two = c1.degreesTried.find((d) => d.gpusPerReplica === 2);
		const four = c1.degreesTried.find((d) => d.gpusPerReplica === 4);
		// At 200,000 requests/day a 2-GPU replica serves 10.94B tokens/month (the roofline), just under the
		// plan's 10.95B: 2 replicas of 2 GPUs, or 1 of 4; 8,583.33 + 4 GPUs × 2,182.70 either way.
		expect(two?.ok && two.replicas).toBe(2);
		expect(four?.ok && four.replicas).toBe(1);
		expect(two?.ok && two.monthlyCost.toFixed(2)).toBe('17314.13');
		expect(four?.ok && four.monthlyCost.toFixed(2)).toBe('17314.13');
		expect(c1.sizing.gpusPerReplica).toBe(2);
	});

	it('a pinned size wins over the cheaper one, and is marked pinned', () => {
		const c1 = ok(
			run((s) => {
				s.workload.requestsPerDay = '100000';
				s.candidates = [{ ...s.candidates[0], gpusPerReplica: 4 }];
			}).candidates[0]
		);
		expect(c1.pinned).toBe(true);
		expect(c1.sizing.gpusPerReplica).toBe(4);
		expect(c1.atPlan.total.value.toFixed(2)).toBe('17314.13');
		expect(c1.degreesTried.map((d) => d.gpusPerReplica)).toEqual([4]);
	});

	it('a pinned size that cannot hold the model is reported on that candidate, and only there', () => {
		const ev = run((s) => {
			s.candidates = [{ ...s.candidates[0], gpusPerReplica: 1 }, s.candidates[2]];
		});
		const [c1, c3] = ev.candidates;
		expect(c1.ok).toBe(false);
		if (!c1.ok)
			expect(c1.reason).toMatch(/the pinned 1 GPUs per replica cannot hold it \(gpusPerReplica\)/);
		expect(c3.ok).toBe(true);
	});

	it('FP4 on an H100 is refused on the candidate with the reason, the rest still evaluates', () => {
		const ev = evaluate({
			...resolveScenario(defaultScenario()),
			candidates: resolveScenario(defaultScenario()).candidates.map((c, i) =>
				i === 0 ? { ...c, precision: 'fp4' as const } : c
			)
		});
		expect(ev.candidates[0].ok).toBe(false);
		if (!ev.candidates[0].ok) expect(ev.candidates[0].reason).toMatch(/no FP4 tensor cores/);
		expect(ev.candidates[2].ok).toBe(true);
	});
});

describe('MoE throughput reads the experts the batch routes to', () => {
	it('DeepSeek-V3 FP8 on 8 H200 at 1,500/300: below the active-only estimate, by the expert reads', () => {
		const base = (moe: boolean) => {
			const s = defaultScenario();
			s.serving.useBenchmarks = false;
			s.candidates = [
				{
					id: 'ds',
					modelId: 'deepseek-v3',
					gpuId: 'h200',
					precision: 'fp8',
					acquisition: 'buy',
					gpusPerReplica: 8
				}
			];
			const inp = resolveScenario(s);
			if (!moe) {
				const { moe: _drop, ...dense } = inp.candidates[0].model;
				void _drop;
				inp.candidates[0] = { ...inp.candidates[0], model: dense };
			}
			return ok(evaluate(inp).candidates[0]);
		};
		const withExperts = base(true);
		const activeOnly = base(false);
		const B = withExperts.throughput.batch;
		// By hand: 256 routed experts, 8 per token; at batch B each MoE layer reads
		// 256 × (1 − (248/256)^B) experts — at B = 32, 256 × (1 − 0.96875^32) = 161.7, against 8 when
		// only the active experts are counted.
		const read = 256 * (1 - Math.pow(248 / 256, B));
		expect(read).toBeGreaterThan(8 * 4);
		expect(
			withExperts.throughput.requestsPerSecond.value.lt(
				activeOnly.throughput.requestsPerSecond.value
			)
		).toBe(true);
	});
});
