import { describe, expect, it } from 'vitest';
import { calibrationPoints } from '../../src/lib/scenario/calibration';

describe('roofline calibration against the catalog benchmarks, at their published configurations', () => {
	const points = calibrationPoints();

	it('covers every benchmark that states its lengths: dense and MoE, one GPU and several', () => {
		const table = points.map(
			(p) =>
				`${p.ratio.toFixed(3)}  estimated ${(p.estimated / p.gpus).toFixed(0).padStart(6)}  measured ${(p.measured / p.gpus).toFixed(0).padStart(6)} tok/s/GPU  ${p.gpus} GPU  ${p.precision}  ${p.moe ? 'MoE ' : ''}${p.id}`
		);
		console.log(`roofline / measured, per benchmark point:\n${table.join('\n')}`);
		// 15 TensorRT-LLM v1.0-era points (8B, 405B) + 81 tensor-parallel and MoE points
		expect(points.length).toBeGreaterThanOrEqual(90);
		expect(points.filter((p) => p.moe).length).toBeGreaterThanOrEqual(2);
		expect(new Set(points.filter((p) => p.moe).map((p) => p.id.split('-')[2])).size).toBe(2);
		for (const n of [1, 2, 4, 8])
			expect(
				points.some((p) => p.gpus === n),
				`${n} GPUs`
			).toBe(true);
		expect(points.some((p) => p.precision === 'fp4')).toBe(true);
	});

	it('lands within ±30% of every benchmark point with benchmarks switched off', () => {
		for (const p of points) {
			expect(p.ratio, p.id).toBeGreaterThanOrEqual(0.7);
			expect(p.ratio, p.id).toBeLessThanOrEqual(1.3);
		}
	});
});
