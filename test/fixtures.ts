import { dec, type Decimal } from '../src/lib/domain/decimal';
import type {
	BenchmarkInputs,
	CandidateInputs,
	EngineInputs,
	FinanceInputs,
	GpuInputs,
	ModelInputs,
	OfferingInputs,
	ServingInputs,
	WorkloadInputs
} from '../src/lib/domain/inputs';
import { quantity, type Quantity } from '../src/lib/domain/quantity';
import type { Timeline, TimelineSettings } from '../src/lib/domain/timeline';
import type { BreakEven } from '../src/lib/domain/break-even';
import type { Evaluation } from '../src/lib/domain/evaluate';
import { usdPerGpuHour, usdPerGpuMonth, usdPerMTok, type Unit } from '../src/lib/domain/units';

/** Small, round inputs whose results can be computed by hand in the tests. */
export const q = (label: string, value: string, unit: Unit = ''): Quantity =>
	quantity(label, dec(value), unit, 'test');

/** A price whose unit is part of its type (a price per 1M tokens, per GPU-hour, per GPU-month). */
const priced =
	<V extends Decimal>(brand: (d: Decimal) => V) =>
	(label: string, value: string): Quantity<V> => ({ ...q(label, value), value: brand(dec(value)) });
export const qPerMTok = priced(usdPerMTok);
export const qPerGpuHour = priced(usdPerGpuHour);
export const qPerGpuMonth = priced(usdPerGpuMonth);

export function workload(over: Partial<Record<keyof WorkloadInputs, string>> = {}): WorkloadInputs {
	const v = {
		requestsPerDay: '10000',
		inputTokensPerRequest: '1000',
		outputTokensPerRequest: '250',
		cachedInputShare: '0',
		batchShare: '0',
		peakToAverage: '2',
		peakHoursPerDay: '9',
		...over
	};
	return Object.fromEntries(
		Object.entries(v).map(([k, x]) => [k, q(k, x)])
	) as unknown as WorkloadInputs;
}

export function offering(
	over: Partial<Record<'input' | 'output' | 'cached' | 'batch' | 'fixed', string>> = {},
	id = 'api'
): OfferingInputs {
	const v = { input: '2.5', output: '10', cached: '1.25', batch: '0.5', fixed: '0', ...over };
	return {
		id,
		name: id,
		own: false,
		provider: 'test',
		inputUsdPerMTok: qPerMTok('input', v.input),
		outputUsdPerMTok: qPerMTok('output', v.output),
		cachedInputUsdPerMTok: qPerMTok('cached', v.cached),
		batchDiscount: q('batch discount', v.batch),
		fixedMonthlyUsd: q('fixed', v.fixed)
	};
}

export function model(
	over: Partial<
		Record<'total' | 'active' | 'layers' | 'kvHeads' | 'headDim' | 'context', string>
	> & {
		/** Routed experts E, experts per token k, MoE layers, parameters per expert. */
		moe?: [string, string, string, string];
		/** Sliding-window layers and window tokens (attention becomes 'sliding-window'). */
		sliding?: [string, string];
	} = {}
): ModelInputs {
	const v = {
		total: '10000000000',
		active: '10000000000',
		layers: '10',
		kvHeads: '4',
		headDim: '128',
		context: '131072',
		...over
	};
	return {
		id: 'm',
		name: 'Test model',
		own: false,
		totalParams: q('total', v.total),
		activeParams: q('active', v.active),
		layers: q('layers', v.layers),
		kvHeads: q('kvHeads', v.kvHeads),
		headDim: q('headDim', v.headDim),
		contextLength: q('context', v.context),
		attention: over.sliding ? 'sliding-window' : 'standard',
		...(over.moe
			? {
					moe: {
						experts: q('experts', over.moe[0]),
						expertsPerToken: q('experts per token', over.moe[1]),
						layers: q('MoE layers', over.moe[2]),
						paramsPerExpert: q('params per expert', over.moe[3])
					}
				}
			: {}),
		...(over.sliding
			? {
					slidingWindow: {
						layers: q('sliding layers', over.sliding[0]),
						tokens: q('window', over.sliding[1])
					}
				}
			: {})
	};
}

export function gpu(
	over: Partial<
		Record<
			'mem' | 'bw' | 'bf16' | 'fp8' | 'fp4' | 'tdp' | 'price' | 'rate' | 'month',
			string | undefined
		>
	> = {}
): GpuInputs {
	const v = {
		mem: '24',
		bw: '1',
		bf16: '100',
		fp8: '200',
		tdp: '700',
		price: '30000',
		rate: '2',
		...over
	};
	return {
		id: 'g',
		name: 'Test GPU',
		own: false,
		memoryGB: q('memory', v.mem),
		memoryBandwidthTBps: q('bandwidth', v.bw),
		denseBf16Tflops: q('bf16', v.bf16),
		denseFp8Tflops: v.fp8 === undefined ? undefined : q('fp8', v.fp8),
		denseFp4Tflops: v.fp4 === undefined ? undefined : q('fp4', v.fp4),
		tdpWatts: q('tdp', v.tdp),
		purchasePriceUsd: v.price === undefined ? undefined : q('price', v.price),
		cloudUsdPerGpuHour: v.rate === undefined ? undefined : qPerGpuHour('rate', v.rate),
		cloudUsdPerGpuMonth: v.month === undefined ? undefined : qPerGpuMonth('month', v.month)
	};
}

export function serving(
	over: Partial<Record<keyof ServingInputs, string | boolean>> = {}
): ServingInputs {
	const v: Record<string, string | boolean> = {
		targetUtilization: '0.7',
		minReplicas: '1',
		redundancy: '0',
		tokensPerSecondPerUser: '10',
		maxBatch: '256',
		memoryUtilization: '0.9',
		runtimeOverheadGBPerGpu: '1',
		minUsefulBatch: '8',
		efficiencyMemory: '0.5',
		efficiencyCompute: '0.5',
		efficiencyPrefill: '0.5',
		efficiencyMoe: '1',
		efficiencyDep: '1',
		efficiencyFp4: '1',
		int4BytesPerParam: '0.515625',
		fp4BytesPerParam: '0.5625',
		shiftBatchOffPeak: true,
		useBenchmarks: true,
		prefixCaching: true,
		...over
	};
	const { kvCachePrecision, tpEfficiency, ...rest } = v;
	const flat = Object.fromEntries(
		Object.entries(rest).map(([k, x]) => [k, typeof x === 'boolean' ? x : q(k, x)])
	);
	// Tensor-parallel efficiency 1 unless a test sets it (one value for every degree): hand sums stay short.
	const e = typeof tpEfficiency === 'string' ? tpEfficiency : '1';
	return {
		...flat,
		kvCachePrecision: kvCachePrecision === 'fp8' ? 'fp8' : '16-bit',
		tpEfficiency: { 2: q('e2', e), 4: q('e4', e), 8: q('e8', e), 16: q('e16', e) }
	} as unknown as ServingInputs;
}

/**
 * Finance figures for tests. The defaults keep the simple model the older hand computations use:
 * power flat at the load factor (idle share 1: no swing with load), nodes charged whole, colocation
 * on the contracted kW. Tests of the newer rules set them.
 */
export function finance(over: Partial<Record<keyof FinanceInputs, string>> = {}): FinanceInputs {
	const { nodeCostBasis = 'whole', colocationBasis = 'contracted', ...numbers } = over;
	const v = {
		hoursPerMonth: '730',
		depreciationYears: '5',
		costOfCapital: '0',
		residualValue: '0',
		maintenancePerYear: '0',
		nodeCostUsd: '0',
		gpusPerNode: '8',
		nodeBaseWatts: '0',
		gpuLoadFactor: '0.7',
		electricityUsdPerKwh: '0.0895',
		pue: '1.56',
		colocationUsdPerKwMonth: '0',
		commitmentDiscount: '0',
		loadedAnnualCostUsd: '206000',
		baseFte: '0.5',
		ftePer100Gpus: '0',
		otherFixedMonthlyUsd: '0',
		licensePerGpuMonthUsd: '0',
		gpuIdlePowerShare: '1',
		oneOffAmortizationMonths: '36',
		...numbers
	};
	return {
		...Object.fromEntries(Object.entries(v).map(([k, x]) => [k, q(k, x)])),
		nodeCostBasis,
		colocationBasis
	} as unknown as FinanceInputs;
}

export function candidate(over: Partial<CandidateInputs> = {}): CandidateInputs {
	return {
		id: 'c',
		label: 'Test candidate',
		model: model(),
		gpu: gpu(),
		precision: 'bf16',
		acquisition: 'rent',
		...over
	};
}

export function engineInputs(over: Partial<EngineInputs> = {}): EngineInputs {
	return {
		workload: workload(),
		serving: serving(),
		finance: finance(),
		candidates: [candidate()],
		baselines: [offering()],
		benchmarks: [],
		...over
	};
}

/**
 * Your own measurement of the test model on one test GPU at the test workload's lengths (1,000 in,
 * 250 out): 250 output tokens/s, so one replica serves 1 request/s exactly.
 */
export const testBenchmark: BenchmarkInputs = {
	id: 'b',
	modelId: 'm',
	gpuId: 'g',
	gpus: 1,
	precision: 'bf16',
	scope: 'replica',
	own: true,
	inputTokens: 1000,
	outputTokens: 250,
	outputTokensPerSecond: q('tok/s', '250'),
	conditions: 'test'
};

/**
 * The finance-over-time case worked by hand in test/domain/timeline.test.ts (and reused by the
 * Monte Carlo tests): a 1e9-parameter model on 1,000 W GPUs at $24,000, 2 GPUs a node, 77,760
 * requests/day, no peak, full utilisation; `fin` overrides finance figures.
 */
export function handTimelineInputs(
	acquisition: 'buy' | 'rent' = 'buy',
	fin: Partial<Record<keyof FinanceInputs, string>> = {}
): EngineInputs {
	return engineInputs({
		workload: workload({ requestsPerDay: '77760', peakToAverage: '1' }),
		serving: serving({ targetUtilization: '1' }),
		finance: finance({
			depreciationYears: '2',
			costOfCapital: '0.12',
			maintenancePerYear: '0.12',
			nodeCostUsd: '12000',
			gpusPerNode: '2',
			gpuLoadFactor: '1',
			electricityUsdPerKwh: '0.1',
			pue: '1',
			colocationUsdPerKwMonth: '100',
			loadedAnnualCostUsd: '120000',
			baseFte: '0.1',
			...fin
		}),
		candidates: [
			candidate({
				acquisition,
				gpu: gpu({ tdp: '1000', price: '24000' }),
				model: model({ total: '1000000000', active: '1000000000' })
			})
		],
		benchmarks: [testBenchmark]
	});
}

/** Timeline settings for hand computations: 12 months, no growth, no price change, no lead time, undiscounted. */
export const timelineSettings = (over: Partial<TimelineSettings> = {}): TimelineSettings => ({
	horizonMonths: 12,
	monthlyGrowth: dec(0),
	apiPriceChangePerYear: dec(0),
	leadTimeMonths: 0,
	discountRate: dec(0),
	...over
});

/** A timeline that must have figures. */
export function okTimeline(t: Timeline): Extract<Timeline, { ok: true }> {
	if (!t.ok) throw new Error(t.reason);
	return t;
}

const volumeText = (b: BreakEven) => (b.kind === 'volume' ? b.volume.toString() : 'never');
/**
 * Everything an evaluation decides, as text: each candidate's size, batch, throughput, replicas and
 * cost, every size tried, and each pair's break-evens and saving: what the tests that hold two
 * ways of evaluating to the same results compare (replica-choice, reuse).
 */
export function figures(ev: Evaluation): string[] {
	const out: string[] = [];
	for (const c of ev.candidates) {
		if (!c.ok) {
			out.push(`${c.id}: ${c.reason}`);
			continue;
		}
		out.push(
			[
				c.id,
				c.sizing.gpusPerReplica,
				c.throughput.batch,
				c.throughput.requestsPerSecond.value.toString(),
				c.capacity.volumePerReplica.value.toString(),
				c.atPlan.replicas,
				c.atPlan.total.value.toString(),
				c.staircase.s.volumePerReplica.toString(),
				...c.degreesTried.map((d) =>
					d.ok
						? `${d.gpusPerReplica}:${d.chosen}:${d.replicas}:${d.monthlyCost.toString()}:${d.requestsPerSecond.toString()}`
						: `${d.gpusPerReplica}: ${d.reason}`
				)
			].join(' ')
		);
	}
	for (const p of ev.pairs)
		out.push(
			p.ok
				? `${p.candidateId}/${p.baselineId} ${volumeText(p.first)} ${volumeText(p.sustained)} ${p.savingAtPlan.toString()}`
				: `${p.candidateId}/${p.baselineId}: ${p.reason}`
		);
	return out;
}
