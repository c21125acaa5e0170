import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/domain/evaluate';
import { candidate, engineInputs, model, q, testBenchmark, workload } from '../fixtures';

describe('your own measurement of an MoE model', () => {
	it('is used as measured in either arrangement of its GPU count; a tie keeps tensor parallel', () => {
		// The test MoE model (9e9 parameters, 8 experts) measured at 250 output tokens/s on 2 GPUs at
		// the workload's own lengths (1,000 in, 250 out): 1 request/s per replica, whatever the
		// arrangement, so the two 2-GPU sizes cost the same and the tie goes to tensor parallel.
		const moe = model({
			total: '9000000000',
			active: '3000000000',
			moe: ['8', '2', '2', '500000000']
		});
		const ev = evaluate(
			engineInputs({
				workload: workload(),
				candidates: [candidate({ model: moe, gpusPerReplica: 2 })],
				benchmarks: [{ ...testBenchmark, gpus: 2, outputTokensPerSecond: q('tok/s', '250') }]
			})
		);
		const c = ev.candidates[0];
		if (!c.ok) throw new Error(c.reason);
		const tried = c.degreesTried.map((d) => [
			d.gpusPerReplica,
			d.arrangement,
			d.ok && d.requestsPerSecond.toString()
		]);
		expect(tried).toEqual([
			[2, 'tp', '1'],
			[2, 'dep', '1']
		]);
		expect(c.sizing.arrangement).toBe('tp');
		expect(c.throughput.own).toBe(true);
	});
});
