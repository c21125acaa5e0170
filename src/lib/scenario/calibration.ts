import { catalog } from '../catalog';
import { dec, type Decimal } from '../domain/decimal';
import type { ServingInputs } from '../domain/inputs';
import { quantity } from '../domain/quantity';
import { sizeOptions } from '../domain/sizing';
import { rooflineThroughput } from '../domain/throughput';
import { fieldDefault } from './document';
import { servingFields } from './fields';
import { resolveGpu, resolveModel } from './resolve';

export interface CalibrationPoint {
	id: string;
	conditions: string;
	measured: number;
	estimated: number;
	/** estimated / measured */
	ratio: number;
}

/**
 * The roofline estimate at each catalog benchmark's own conditions, with benchmarks switched off:
 * same model, GPU and precision, the benchmark's GPUs per replica (tensor-parallel group), its
 * input/output lengths, no per-user speed target (benchmarks measure offline maximum throughput)
 * and a batch limited only by memory. Benchmarks without stated lengths, or at a precision the
 * engine does not model (FP4), are left out.
 */
export function calibrationPoints(etaMem?: Decimal, etaCompute?: Decimal): CalibrationPoint[] {
	const d = (key: string) => {
		const f = servingFields.find((x) => x.key === key);
		if (!f) throw new Error(key);
		return quantity(f.label, dec(fieldDefault(f).value), f.unit);
	};
	const serving = Object.fromEntries(
		servingFields.map((f) => [f.key, d(f.key)])
	) as unknown as ServingInputs;
	serving.tokensPerSecondPerUser = quantity('speed', dec(0), 'tokens/s');
	serving.maxBatch = quantity('cap', dec(1_000_000), 'requests');
	if (etaMem) serving.efficiencyMemory = quantity('η_mem', etaMem, '');
	if (etaCompute) serving.efficiencyCompute = quantity('η_c', etaCompute, '');
	const out: CalibrationPoint[] = [];
	for (const b of catalog.benchmarks) {
		if (!b.inputTokens || !b.outputTokens || b.precision === 'fp4') continue;
		const model = catalog.models.find((m) => m.id === b.modelId);
		const gpu = catalog.gpus.find((g) => g.id === b.gpuId);
		if (!model || !gpu) continue;
		const w = {
			requestsPerDay: quantity('rpd', dec(1), ''),
			inputTokensPerRequest: quantity('i', dec(b.inputTokens), 'tokens'),
			outputTokensPerRequest: quantity('o', dec(b.outputTokens), 'tokens'),
			cachedInputShare: quantity('h', dec(0), ''),
			batchShare: quantity('b', dec(0), ''),
			peakToAverage: quantity('P', dec(1), '')
		};
		const c = {
			id: b.id,
			label: b.id,
			model: resolveModel(model),
			gpu: resolveGpu(gpu),
			precision: b.precision,
			acquisition: 'rent' as const
		};
		const fits = sizeOptions(c.model, c.gpu, c.precision, serving, w);
		if (!fits.ok) continue;
		// Per-replica degree: the benchmark's TP group for engine runs; for whole-server MLPerf runs, the best fit.
		const opts = fits.options.filter((o) => b.kind !== 'engine' || o.gpusPerReplica === b.gpus);
		let best: number | undefined;
		for (const o of opts) {
			const r = rooflineThroughput(
				c,
				o.gpusPerReplica,
				o.kvBytesPerToken.value,
				o.maxBatchByMemory,
				serving,
				w
			);
			if (!r.ok) continue;
			const perGpu = r.outputTokensPerSecond.value.div(o.gpusPerReplica).toNumber();
			if (best === undefined || perGpu > best) best = perGpu;
		}
		if (best === undefined) continue;
		const measured = Number(b.outputTokensPerSecondPerGpu.value);
		out.push({
			id: b.id,
			conditions: b.conditions,
			measured,
			estimated: best,
			ratio: best / measured
		});
	}
	return out;
}
