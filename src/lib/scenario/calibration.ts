import { catalog } from '../catalog';
import { dec } from '../domain/decimal';

/** Efficiency factors to try instead of the scenario defaults (decimal strings). */
export interface CalibrationSettings {
	etaMem?: string;
	etaCompute?: string;
	etaPrefill?: string;
	etaMoe?: string;
	etaFp4?: string;
	tp2?: string;
	tp4?: string;
	tp8?: string;
}
import { quantity } from '../domain/quantity';
import { estimateBenchmark } from '../domain/throughput';
import { defaultScenario } from './document';
import { resolveGpu, resolveModel, resolveScenario } from './resolve';

export interface CalibrationPoint {
	id: string;
	conditions: string;
	/** GPUs of the published system, the configuration the estimate is made at. */
	gpus: number;
	precision: string;
	/** Mixture-of-experts model. */
	moe: boolean;
	/** Output tokens/s of the published system (all its GPUs). */
	measured: number;
	estimated: number;
	/** estimated / measured */
	ratio: number;
}

/**
 * The roofline estimate at each catalog benchmark's own published configuration, with benchmarks
 * switched off: same model, GPU and precision, the benchmark's GPU count (its replica, or for a
 * whole MLPerf system the best arrangement of its GPUs into replicas), its input/output lengths,
 * no per-user speed target (published maximum throughput) and a batch limited only by memory
 * (estimateBenchmark). Points without a stated input length cannot be estimated and are left out;
 * the default scenario's serving settings (η, tensor-parallel efficiency) apply, or η overrides.
 */
export function calibrationPoints(settings: CalibrationSettings = {}): CalibrationPoint[] {
	const inputs = resolveScenario(defaultScenario());
	const serving = { ...inputs.serving, tpEfficiency: { ...inputs.serving.tpEfficiency } };
	const set = (v: string | undefined, label: string) => v && quantity(label, dec(v), 'share');
	serving.efficiencyMemory = set(settings.etaMem, 'η_mem') || serving.efficiencyMemory;
	serving.efficiencyCompute = set(settings.etaCompute, 'η_c') || serving.efficiencyCompute;
	serving.efficiencyPrefill = set(settings.etaPrefill, 'η_p') || serving.efficiencyPrefill;
	serving.efficiencyMoe = set(settings.etaMoe, 'η_moe') || serving.efficiencyMoe;
	serving.efficiencyFp4 = set(settings.etaFp4, 'η_fp4') || serving.efficiencyFp4;
	serving.tpEfficiency[2] = set(settings.tp2, 'e2') || serving.tpEfficiency[2];
	serving.tpEfficiency[4] = set(settings.tp4, 'e4') || serving.tpEfficiency[4];
	serving.tpEfficiency[8] = set(settings.tp8, 'e8') || serving.tpEfficiency[8];
	const out: CalibrationPoint[] = [];
	for (const b of inputs.benchmarks) {
		if (b.own || !b.inputTokens || !b.outputTokens) continue;
		const model = catalog.models.find((m) => m.id === b.modelId);
		const gpu = catalog.gpus.find((g) => g.id === b.gpuId);
		if (!model || !gpu) continue;
		const c = {
			id: b.id,
			label: b.id,
			model: resolveModel(model),
			gpu: resolveGpu(gpu),
			precision: b.precision,
			acquisition: 'rent' as const
		};
		const est = estimateBenchmark(c, b, serving, inputs.workload);
		if (!est) continue;
		const measured = b.outputTokensPerSecond.value.toNumber();
		const estimated = est.toNumber();
		out.push({
			id: b.id,
			conditions: b.conditions,
			gpus: b.gpus,
			precision: b.precision,
			moe: Boolean(c.model.moe),
			measured,
			estimated,
			ratio: estimated / measured
		});
	}
	return out;
}
