import { describe, expect, it } from 'vitest';
import { calibrationPoints } from '../../src/lib/scenario/calibration';

describe('roofline calibration against the catalog benchmarks', () => {
	const points = calibrationPoints();

	it('covers the benchmarks that state their conditions', () => {
		// 6 Llama 3.1 8B points (H100, FP8) and 6 Llama 3.1 405B points (H100/H200, FP8, TP8).
		expect(points.length).toBeGreaterThanOrEqual(12);
	});

	it('lands within ±30% of every benchmark point with benchmarks switched off', () => {
		const table = points.map(
			(p) =>
				`${p.ratio.toFixed(3)}  estimated ${p.estimated.toFixed(0).padStart(6)}  measured ${p.measured.toFixed(0).padStart(6)} tok/s/GPU  ${p.id}`
		);
		console.log(`roofline / measured, per benchmark point:\n${table.join('\n')}`);
		for (const p of points) {
			expect(p.ratio, p.id).toBeGreaterThanOrEqual(0.7);
			expect(p.ratio, p.id).toBeLessThanOrEqual(1.3);
		}
	});
});
