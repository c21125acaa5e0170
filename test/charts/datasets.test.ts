import { describe, expect, it } from 'vitest';
import { reuseDatasets } from '../../src/lib/charts/datasets';

type D = { label?: string; data?: number[]; borderColor?: string; borderDash?: number[] };

describe('reuseDatasets: a new configuration put into the datasets a chart draws', () => {
	it('keeps each series that keeps its label and place, with the new values only', () => {
		const a: D = { label: 'API', data: [1, 2], borderColor: 'red', borderDash: [6, 4] };
		const b: D = { label: 'c1', data: [3], borderColor: 'blue' };
		const shown = [a, b];
		const nextA: D = { label: 'API', data: [5, 6, 7], borderColor: 'green' };
		const nextB: D = { label: 'c1', data: [8], borderColor: 'blue' };
		reuseDatasets(shown, [nextA, nextB]);
		// The same objects Chart.js holds its state on…
		expect(shown[0]).toBe(a);
		expect(shown[1]).toBe(b);
		// …now carrying exactly the new values: the dash the new API line lacks is gone.
		expect(a).toEqual({ label: 'API', data: [5, 6, 7], borderColor: 'green' });
		expect('borderDash' in a).toBe(false);
		expect(b).toEqual(nextB);
		// The new configuration is not changed, nor shared: it stays the caller's.
		expect(shown[0]).not.toBe(nextA);
		expect(nextA).toEqual({ label: 'API', data: [5, 6, 7], borderColor: 'green' });
	});

	it('replaces a series whose label changed with a copy, and drops series past the new count', () => {
		const a: D = { label: 'GPT-4o mini (API)', data: [1] };
		const b: D = { label: 'GPT-4.1 (API)', data: [2] };
		const c: D = { label: 'rent', data: [3] };
		const shown = [a, b, c];
		const next: D[] = [
			{ label: 'GPT-4o mini (API)', data: [10] },
			{ label: 'rent', data: [30] }
		];
		reuseDatasets(shown, next);
		expect(shown).toHaveLength(2);
		expect(shown[0]).toBe(a);
		expect(a.data).toEqual([10]);
		// 'rent' moved from place 3 to place 2: a new series there, not GPT-4.1's object relabelled.
		expect(shown[1]).not.toBe(b);
		expect(shown[1]).not.toBe(next[1]);
		expect(shown[1]).toEqual({ label: 'rent', data: [30] });
		expect(b).toEqual({ label: 'GPT-4.1 (API)', data: [2] });
	});

	it('appends copies of new series when there are more than before', () => {
		const a: D = { label: 'API', data: [1] };
		const shown = [a];
		const next: D[] = [
			{ label: 'API', data: [1] },
			{ label: 'Break-even (first)', data: [4] }
		];
		reuseDatasets(shown, next);
		expect(shown).toEqual(next);
		expect(shown[0]).toBe(a);
		expect(shown[1]).not.toBe(next[1]);
	});
});
