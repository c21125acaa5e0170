import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/lib/catalog';
import type { BenchmarkInputs, CandidateInputs } from '../../src/lib/domain/inputs';
import { dec } from '../../src/lib/domain/decimal';
import type { Precision } from '../../src/lib/domain/kinds';
import { quantity } from '../../src/lib/domain/quantity';
import { sizeOptions } from '../../src/lib/domain/sizing';
import {
	estimateBenchmark,
	matchBenchmark,
	replicaThroughput,
	rooflineThroughput
} from '../../src/lib/domain/throughput';
import { calibrationPoints } from '../../src/lib/scenario/calibration';
import { defaultScenario } from '../../src/lib/scenario/document';
import { resolveGpu, resolveModel, resolveScenario } from '../../src/lib/scenario/resolve';

describe('roofline calibration against the catalog benchmarks, at their published configurations', () => {
	const points = calibrationPoints();
	const inputs = resolveScenario(defaultScenario());

	it('covers every benchmark that states its lengths: dense and MoE, one GPU and several', () => {
		const table = points.map(
			(p) =>
				`${p.ratio.toFixed(3)}  estimated ${(p.estimated / p.gpus).toFixed(0).padStart(6)}  measured ${(p.measured / p.gpus).toFixed(0).padStart(6)} tok/s/GPU  ${p.gpus} GPU  ${p.precision}  ${p.moe ? 'MoE ' : ''}${p.id}`
		);
		console.log(`roofline / measured, per benchmark point:\n${table.join('\n')}`);
		// 15 TensorRT-LLM v1.0-era points (8B, 405B) + 81 tensor-parallel and MoE points
		expect(points.length).toBeGreaterThanOrEqual(90);
		expect(points.filter((p) => p.moe).length).toBeGreaterThanOrEqual(2);
		const moeModels = new Set(points.filter((p) => p.moe).map((p) => p.id.split('-tp')[0]));
		expect(moeModels.size).toBeGreaterThanOrEqual(2);
		for (const n of [1, 2, 4, 8])
			expect(
				points.some((p) => p.gpus === n),
				`${n} GPUs`
			).toBe(true);
		expect(points.some((p) => p.precision === 'fp4')).toBe(true);
	});

	it('lands within ±30% of every benchmark point of the models the η were fitted to', () => {
		const fitted = points.filter((p) => !notFitted(p.id));
		expect(fitted.length).toBeGreaterThanOrEqual(90);
		for (const p of fitted) {
			expect(p.ratio, p.id).toBeGreaterThanOrEqual(0.7);
			expect(p.ratio, p.id).toBeLessThanOrEqual(1.3);
		}
	});

	it('few-active MoE models: with their measured share of the roofline, the median point lands on what was measured', () => {
		// The roofline alone overstates gpt-oss, Qwen3-30B-A3B and Llama 4 Scout (1.25–1.9× at the
		// median point): each carries measuredEfficiency, the median of measured ÷ roofline over its
		// tensor-parallel points. Recomputed here without it: within 2% of the catalog's figure; with
		// it, the median point within 2% of measured. The spread stays (0.5–1.9×), so these points
		// are not in the ±30% check; a matching point carries a candidate (last describe).
		for (const m of FEW_ACTIVE) {
			const tp = points.filter((p) => p.id.includes(`-${m}-`) && /-tp\d+-/.test(p.id));
			expect(tp.length, m).toBeGreaterThanOrEqual(10);
			const share = Number(catalog.models.find((x) => x.id === m)!.measuredEfficiency!.value);
			// Without the share, each point's estimate is the one printed ÷ share.
			const without = median(tp.map((p) => p.measured / (p.estimated / share)));
			expect(Math.abs(without / share - 1), m).toBeLessThan(0.02);
			expect(without, `${m}: the roofline alone overstates it`).toBeLessThan(0.85);
			expect(Math.abs(median(tp.map((p) => p.ratio)) - 1), m).toBeLessThan(0.02);
		}
	});

	it('attention-data-parallel points: estimated as run, η_dep the median share, DeepSeek-R1 no longer under-estimated', () => {
		const dep = points.filter((p) => attentionDp(p.id));
		expect(dep.length).toBeGreaterThanOrEqual(50);
		// Each point is estimated at its own arrangement (dense weights on every GPU, experts spread,
		// each sequence's KV cache on one GPU) and × η_dep. Without η_dep each estimate is the one
		// printed ÷ η_dep: the median of those ÷ measured is 1 / η_dep, within 2%, and with it the
		// median point lands within 2% of measured.
		const eta = Number(inputs.serving.efficiencyDep.value);
		const without = median(dep.map((p) => p.estimated / eta / p.measured));
		expect(Math.abs(without * eta - 1)).toBeLessThan(0.02);
		expect(Math.abs(median(dep.map((p) => p.ratio)) - 1)).toBeLessThan(0.02);
		// Modelled as tensor parallel, DeepSeek-R1 kept its MLA latent on every rank and came out at
		// 0.23–0.85 of every published point (a batch far smaller than the engine ran). As run, none
		// is under-estimated by more than 30%; the spread that remains (up to 1.39× at 1,000/1,000)
		// is why these points are not in the ±30% check, and a matching point carries a candidate.
		const r1 = dep.filter((p) => p.id.includes('-deepseek-r1-'));
		expect(r1.length).toBeGreaterThanOrEqual(10);
		for (const p of r1) expect(p.ratio, p.id).toBeGreaterThanOrEqual(0.7);
		expect(median(r1.map((p) => p.ratio))).toBeLessThan(1.3);
	});
});

/** Mixture-of-experts models with few active parameters, whose roofline the η do not fit. */
const FEW_ACTIVE = ['gpt-oss-120b', 'gpt-oss-20b', 'qwen-3-30b-a3b', 'llama-4-scout'];
const fewActive = (id: string) => FEW_ACTIVE.some((m) => id.includes(`-${m}-`));
/** Points run as attention data parallel with expert parallel (DEPn): η_dep is fitted to them. */
const attentionDp = (id: string) => /-dep\d+-/.test(id);
const notFitted = (id: string) => fewActive(id) || attentionDp(id);
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const n = s.length;
	return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

describe('few-active MoE and attention-data-parallel candidates are carried from the measured points', () => {
	const inputs = resolveScenario(defaultScenario());
	// No speed target: the carried figure is then exactly the roofline × measured ÷ estimated.
	const serving = {
		...inputs.serving,
		tokensPerSecondPerUser: quantity('no target', dec(0), 'tokens/s')
	};
	const combos = [
		...new Set(
			inputs.benchmarks
				.filter((b) => b.inputTokens && notFitted(b.id))
				.map((b) => `${b.modelId}|${b.gpuId}|${b.precision}|${b.gpus}`)
		)
	];

	it.each(combos)('%s: the roofline × measured ÷ estimated at the matched point', (combo) => {
		const [modelId, gpuId, precision, gpus] = combo.split('|');
		const n = Number(gpus);
		const c = {
			id: 'c',
			label: 'c',
			model: resolveModel(catalog.models.find((m) => m.id === modelId)!),
			gpu: resolveGpu(catalog.gpus.find((g) => g.id === gpuId)!),
			precision: precision as Precision,
			acquisition: 'rent' as const
		} as CandidateInputs;
		const w = {
			...inputs.workload,
			inputTokensPerRequest: quantity('input', dec(1000), 'tokens'),
			outputTokensPerRequest: quantity('output', dec(1000), 'tokens')
		};
		// A DEPn point calibrates the replica arranged as it ran.
		const arrangement = inputs.benchmarks.some(
			(b) => attentionDp(b.id) && `${b.modelId}|${b.gpuId}|${b.precision}|${b.gpus}` === combo
		)
			? 'dep'
			: 'tp';
		const fit = sizeOptions(c.model, c.gpu, c.precision, serving, w, n);
		if (!fit.ok) throw new Error(fit.reason);
		const opt = fit.options.find((o) => o.arrangement === arrangement)!;
		const b = matchBenchmark(c, n, inputs.benchmarks, w, arrangement);
		if (!b) throw new Error(`no benchmark matched ${combo}`);
		// The matched point is the 1,000/1,000 row of that model, GPU and group.
		expect([b.modelId, b.gpuId, b.gpus, b.inputTokens, b.outputTokens]).toEqual([
			modelId,
			gpuId,
			n,
			1000,
			1000
		]);
		const est = estimateBenchmark(c, b, serving, w)!;
		const ratio = b.outputTokensPerSecond.value.div(est);
		const roof = rooflineThroughput(c, opt, serving, w);
		const carried = replicaThroughput(c, opt, serving, w, inputs.benchmarks);
		if (!roof.ok || !carried.ok) throw new Error('no throughput');
		expect(carried.path).toBe('benchmark');
		expect(carried.requestsPerSecond.value.toFixed(9)).toBe(
			roof.requestsPerSecond.value.mul(ratio).toFixed(9)
		);
	});
});

/**
 * AMD GPUs: the roofline's η were fitted to NVIDIA GPUs running TensorRT-LLM. MLPerf runs the same
 * benchmark on both vendors in one round, so published AMD ÷ NVIDIA against the roofline's AMD ÷
 * NVIDIA gives the share of the calibration AMD's stack reached, whatever the (unpublished) mean
 * input length: the catalog's stackEfficiency must be that share, recomputed here with the
 * current η. Published figures (system tokens/s, llama2-70b-99 Offline, closed, datacenter):
 * - v4.1: AMD 8xMI300X 23,514.8 (EPYC 9374F), 24,109.8 (EPYC Turin); NVIDIA DGX H100 24,524.9
 *   (mlcommons/inference_results_v4.1 closed/{AMD,NVIDIA}/results/…/summary/README.md): these are
 *   catalog benchmark points.
 * - v5.0: AMD 8xMI325X 33,928.1; NVIDIA 8x H200 34,988.2 (the catalog point;
 *   mlcommons/inference_results_v5.0 closed/AMD/results/8xMI325X_2xEPYC_9575F/README.md).
 */
describe('AMD serving-stack efficiency, from MLPerf results of the same round', () => {
	const inputs = resolveScenario(defaultScenario());
	const point = (id: string) => {
		const b = inputs.benchmarks.find((x) => x.id === id);
		if (!b) throw new Error(`no catalog benchmark ${id}`);
		return b;
	};
	/** The roofline's system tokens/s for a benchmark on a GPU, at an assumed mean input length. */
	const roofline = (b: BenchmarkInputs, gpuId: string, inputTokens: number, stack: boolean) => {
		const spec = catalog.gpus.find((g) => g.id === gpuId)!;
		const gpu = resolveGpu(stack ? spec : { ...spec, stackEfficiency: undefined });
		const model = resolveModel(catalog.models.find((m) => m.id === b.modelId)!);
		const c = {
			id: 'c',
			label: 'c',
			model,
			gpu,
			precision: b.precision,
			acquisition: 'rent' as const
		};
		// MLPerf publishes a mean output (294.45 tokens here) but no mean input: any length.
		const at = { ...b, gpuId, inputTokens };
		const est = estimateBenchmark(c as CandidateInputs, at, inputs.serving, inputs.workload);
		if (!est) throw new Error(`no estimate for ${b.id} on ${gpuId}`);
		return est.toNumber();
	};
	const stackOf = (id: string) =>
		Number(catalog.gpus.find((g) => g.id === id)!.stackEfficiency!.value);

	it('MI300X: 0.959 and 0.983 of DGX H100 published, 1.64× by the roofline → 0.59', () => {
		const h100 = point('mlperf-v4.1-dgx-h100-llama-2-70b-offline');
		const shares = ['9374f', 'turin'].flatMap((cpu) => {
			const amd = point(`mlperf-v4.1-8x-mi300x-epyc-${cpu}-llama-2-70b-offline`);
			const published = amd.outputTokensPerSecond.value.div(h100.outputTokensPerSecond.value);
			return [200, 300, 600, 1000].map(
				(i) =>
					published.toNumber() /
					(roofline(amd, 'mi300x', i, false) / roofline(h100, 'h100-sxm', i, false))
			);
		});
		const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
		expect(Math.abs(mean / stackOf('mi300x') - 1)).toBeLessThan(0.03);
		// Insensitive to the input length the sources leave out: every share within 3% of the mean.
		for (const s of shares) expect(Math.abs(s / mean - 1)).toBeLessThan(0.03);
		// With the figure, the roofline lands on the published MI300X : H100 ratio.
		for (const i of [300, 1000]) {
			const amd = point('mlperf-v4.1-8x-mi300x-epyc-9374f-llama-2-70b-offline');
			const est = roofline(amd, 'mi300x', i, true) / roofline(h100, 'h100-sxm', i, true);
			const published = amd.outputTokensPerSecond.value.div(h100.outputTokensPerSecond.value);
			expect(Math.abs(est / published.toNumber() - 1)).toBeLessThan(0.05);
		}
	});

	it('MI325X: 0.970 of 8x H200 published, 1.313× by the roofline → 0.74', () => {
		const h200 = point('mlperf-v5.0-8x-h200-llama-2-70b-offline');
		const published = 33928.1 / h200.outputTokensPerSecond.value.toNumber();
		for (const i of [300, 1000]) {
			const share =
				published / (roofline(h200, 'mi325x', i, false) / roofline(h200, 'h200', i, false));
			expect(Math.abs(share / stackOf('mi325x') - 1), `${i} input tokens`).toBeLessThan(0.03);
		}
	});

	it('NVIDIA GPUs carry none: the calibration is theirs', () => {
		for (const g of catalog.gpus)
			if (g.vendor === 'NVIDIA') expect(g.stackEfficiency, g.id).toBeUndefined();
	});
});

/**
 * MLPerf publishes no mean input length, so its points calibrate nothing directly. But within one
 * round every system ran the same requests: the roofline's ratio between two of them must match
 * the published ratio whatever that length is. This checks how the roofline scales across GPUs
 * (H100, H200, B200, MI300X) against measured systems at their published configurations.
 */
describe('MLPerf: the roofline scales across the GPUs of one round as the results do', () => {
	const inputs = resolveScenario(defaultScenario());
	const mlperf = inputs.benchmarks.filter((b) => b.id.startsWith('mlperf-'));
	const roofline = (b: BenchmarkInputs, inputTokens: number) => {
		const c = {
			id: 'c',
			label: 'c',
			model: resolveModel(catalog.models.find((m) => m.id === b.modelId)!),
			gpu: resolveGpu(catalog.gpus.find((g) => g.id === b.gpuId)!),
			precision: b.precision,
			acquisition: 'rent' as const
		} as CandidateInputs;
		const at = { ...b, inputTokens };
		const est = estimateBenchmark(c, at, inputs.serving, inputs.workload);
		if (!est) throw new Error(`no estimate for ${b.id}`);
		return est.toNumber();
	};
	// Each round's Hopper system is the reference: DGX H100 in v4.1, 8x H200 in v5.0.
	const groups = new Map<string, BenchmarkInputs[]>();
	for (const b of mlperf) {
		const key = `${b.id.split('-')[1]} ${b.modelId} ${b.id.endsWith('server') ? 'server' : b.id.endsWith('offline') ? 'offline' : 'other'}`;
		groups.set(key, [...(groups.get(key) ?? []), b]);
	}
	const compared = [...groups.entries()].filter(([k, bs]) => bs.length > 1 && !k.endsWith('other'));

	it('compares at least 12 systems with a Hopper system of their round', () => {
		expect(compared.flatMap(([, bs]) => bs.slice(1)).length).toBeGreaterThanOrEqual(12);
	});

	it.each(compared)(
		'%s: every system within ±30% of the published ratio, at any input length',
		(key, bs) => {
			const ref = bs.find((b) => b.gpuId === (key.startsWith('v4.1') ? 'h100-sxm' : 'h200'));
			if (!ref) throw new Error(`no Hopper reference in ${key}`);
			const lengths = bs[0].modelId === 'llama-3.1-405b' ? [2000, 5000, 10000] : [200, 500, 1000];
			for (const b of bs) {
				if (b === ref) continue;
				const published = b.outputTokensPerSecond.value
					.div(ref.outputTokensPerSecond.value)
					.toNumber();
				const ratios = lengths.map((i) => roofline(b, i) / roofline(ref, i) / published);
				for (const r of ratios) {
					expect(r, b.id).toBeGreaterThanOrEqual(0.7);
					expect(r, b.id).toBeLessThanOrEqual(1.3);
				}
				// The unpublished length hardly matters: the ratios agree within 6%.
				expect(Math.max(...ratios) / Math.min(...ratios), b.id).toBeLessThan(1.06);
			}
		}
	);
});
