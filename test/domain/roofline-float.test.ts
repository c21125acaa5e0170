import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/lib/catalog';
import { precisions } from '../../src/lib/catalog/types';
import { sizeOptions } from '../../src/lib/domain/sizing';
import {
	rooflineFloats,
	rooflinePerGpuEstimate,
	rooflineThroughput
} from '../../src/lib/domain/throughput';
import { defaultScenario } from '../../src/lib/scenario/document';
import { resolveScenario } from '../../src/lib/scenario/resolve';

/**
 * The float roofline that ranks tensor-parallel degrees must be the Decimal roofline's formula:
 * for every catalog model × GPU × precision and every degree that fits, the same requests/s per
 * GPU (to 1e-9) or the same verdict that no batch meets the constraints.
 */
describe('float roofline (ranking) agrees with the Decimal roofline', () => {
	const base = defaultScenario();
	base.candidates = catalog.models.flatMap((m) =>
		catalog.gpus.flatMap((g) =>
			precisions.map((p) => ({
				id: `${m.id}/${g.id}/${p}`,
				modelId: m.id,
				gpuId: g.id,
				precision: p,
				acquisition: 'rent' as const
			}))
		)
	);
	const inputs = resolveScenario(base);

	it('on every fitting degree of every catalog combination', () => {
		let compared = 0;
		for (const c of inputs.candidates) {
			const fits = sizeOptions(c.model, c.gpu, c.precision, inputs.serving, inputs.workload);
			if (!fits.ok) continue;
			const f = rooflineFloats(c, inputs.serving, inputs.workload);
			for (const o of fits.options) {
				const exact = rooflineThroughput(
					c,
					o.gpusPerReplica,
					o.kvBytesPerToken.value,
					o.maxBatchByMemory,
					inputs.serving,
					inputs.workload
				);
				const est = rooflinePerGpuEstimate(
					f,
					o.gpusPerReplica,
					o.kvBytesPerToken.value.toNumber(),
					o.maxBatchByMemory
				);
				if (!exact.ok) {
					expect(est, `${c.id} TP${o.gpusPerReplica}`).toBe(0);
					continue;
				}
				const perGpu = exact.requestsPerSecond.value.div(o.gpusPerReplica).toNumber();
				expect(Math.abs(est - perGpu) / perGpu, `${c.id} TP${o.gpusPerReplica}`).toBeLessThan(1e-9);
				compared++;
			}
		}
		expect(compared).toBeGreaterThan(300);
	});
});
