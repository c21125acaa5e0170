import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/domain/evaluate';
import { candidate, engineInputs, gpu, model } from '../fixtures';

describe('evaluate is total: a candidate that throws is reported on itself', () => {
	it('keeps the other candidates and reports the reason on the failing one and its pairs', () => {
		// A GPU whose memory figure throws when read stands for any engine failure on one candidate.
		const broken = gpu();
		Object.defineProperty(broken, 'memoryGB', {
			get() {
				throw new Error('memory figure unreadable');
			}
		});
		const inp = engineInputs({
			candidates: [candidate({ id: 'good' }), candidate({ id: 'bad', gpu: broken, model: model() })]
		});
		const ev = evaluate(inp);
		const good = ev.candidates.find((c) => c.id === 'good')!;
		const bad = ev.candidates.find((c) => c.id === 'bad')!;
		expect(good.ok).toBe(true);
		expect(bad).toMatchObject({
			ok: false,
			reason: 'could not be evaluated (memory figure unreadable)'
		});
		const badPair = ev.pairs.find((p) => p.candidateId === 'bad')!;
		expect(badPair).toMatchObject({
			ok: false,
			reason: 'could not be evaluated (memory figure unreadable)'
		});
		expect(ev.pairs.find((p) => p.candidateId === 'good')!.ok).toBe(true);
	});
});
