import { describe, expect, it } from 'vitest';
import {
	estimateBenchmark,
	matchBenchmark,
	precisionProblem,
	replicaThroughput,
	rooflineThroughput
} from '../../src/lib/domain/throughput';
import { sizeOptions, type SizingOption } from '../../src/lib/domain/sizing';
import { capacity, peakFactor, replicasAt } from '../../src/lib/domain/capacity';
import { dec } from '../../src/lib/domain/decimal';
import type {
	BenchmarkInputs,
	CandidateInputs,
	ServingInputs,
	WorkloadInputs
} from '../../src/lib/domain/inputs';
import { candidate, gpu, model, q, serving, workload } from '../fixtures';

// a = 1e9 active params, bf16 → W = 2e9 bytes. One GPU: 1 TB/s × η 0.5 = 5e11 B/s; 100 TFLOPS × 0.5 = 5e13 FLOP/s.
// KV per token 2 × 10 layers × 4 heads × 128 × 2 B = 20,480 B. i = 1000, o = 100: mean decode
// context 1,050 tokens → 21,504,000 B read per sequence per step; a full request 1,100 tokens → 22,528,000 B.
// Memory: 24 GB × 0.9 − 1 GB = 20.6 GB, less 2 GB of weights = 18.6 GB → floor(18.6e9 / 22.528e6) = 825 requests.
const c = candidate({
	model: model({ total: '1000000000', active: '1000000000' }),
	gpu: gpu({ bw: '1', bf16: '100' })
});
const w = workload({ inputTokensPerRequest: '1000', outputTokensPerRequest: '100' });

function option(cand: CandidateInputs, s: ServingInputs, wl: WorkloadInputs, n = 1): SizingOption {
	const r = sizeOptions(cand.model, cand.gpu, cand.precision, s, wl, n);
	if (!r.ok) throw new Error(r.reason);
	return r.options[0];
}
function roof(cand: CandidateInputs, s: ServingInputs, wl = w, n = 1) {
	const r = rooflineThroughput(cand, option(cand, s, wl, n), s, wl);
	if (!r.ok) throw new Error(r.reason);
	return r;
}

describe('roofline throughput', () => {
	it('batch at the engine cap with no speed target: B = 256; matrix products and attention add', () => {
		const r = roof(c, serving({ tokensPerSecondPerUser: '0' }));
		expect(r.batch).toBe(256);
		// t(256) = max(2e9/5e11, 2e9 × 256/5e13) + 256 × 21.504e6/5e11 = 0.01024 + 0.011010048 = 0.021250048 s
		// (the matrix products are compute-bound; attention reads each sequence's KV cache after them)
		// prefill = 2e9 × 1000 / 5e13 = 0.04 s; per request 0.04 + 100 × 0.021250048 / 256 s
		const perRequest = dec('0.04').add(dec(100).mul('0.021250048').div(256));
		expect(r.requestsPerSecond.value.toFixed(12)).toBe(dec(1).div(perRequest).toFixed(12));
		expect(r.label).toMatch(/engine batch cap/);
	});

	it('a GPU whose serving stack, or a model whose measured throughput, reaches a share of the calibration: bandwidth and FLOP/s scale by it', () => {
		// The same replica with stackEfficiency 0.5: 1 TB/s × η 0.5 × 0.5 = 2.5e11 B/s, 100 TFLOPS × 0.5
		// × 0.5 = 2.5e13 FLOP/s; the KV budget, so the batch (256, the cap), does not change.
		// t(256) = max(2e9/2.5e11, 2e9 × 256/2.5e13) + 256 × 21.504e6/2.5e11 = 0.02048 + 0.022020096
		//        = 0.042500096 s; prefill = 2e9 × 1000 / 2.5e13 = 0.08 s; per request 0.08 + 100 × t/256.
		const slow = { ...c, gpu: { ...c.gpu, stackEfficiency: q('stack', '0.5') } };
		const r = roof(slow, serving({ tokensPerSecondPerUser: '0' }));
		expect(r.batch).toBe(256);
		const perRequest = dec('0.08').add(dec(100).mul('0.042500096').div(256));
		expect(r.requestsPerSecond.value.toFixed(12)).toBe(dec(1).div(perRequest).toFixed(12));
		// Half the throughput of the calibrated stack, and the figure says what it assumed.
		const full = roof(c, serving({ tokensPerSecondPerUser: '0' }));
		expect(r.requestsPerSecond.value.div(full.requestsPerSecond.value).toFixed(12)).toBe(
			'0.500000000000'
		);
		expect(r.requestsPerSecond.inputs).toContain(slow.gpu.stackEfficiency);
		// A model measured at half the roofline is priced the same way, on any GPU; with both, a quarter.
		const measured = { ...c, model: { ...c.model, measuredEfficiency: q('measured', '0.5') } };
		const m = roof(measured, serving({ tokensPerSecondPerUser: '0' }));
		expect(m.requestsPerSecond.value.toFixed(12)).toBe(r.requestsPerSecond.value.toFixed(12));
		expect(m.requestsPerSecond.inputs).toContain(measured.model.measuredEfficiency);
		const both = roof({ ...measured, gpu: slow.gpu }, serving({ tokensPerSecondPerUser: '0' }));
		expect(both.batch).toBe(256);
		// t(256) = max(2e9/1.25e11, 2e9 × 256/1.25e13) + 256 × 21.504e6/1.25e11 = 0.04096 + 0.044040192
		// = 0.085000192 s; prefill = 2e9 × 1000 / 1.25e13 = 0.16 s
		const perRequestBoth = dec('0.16').add(dec(100).mul('0.085000192').div(256));
		expect(both.requestsPerSecond.value.toFixed(12)).toBe(dec(1).div(perRequestBoth).toFixed(12));
	});

	it('the speed target counts the time the replica spends in prefill (Little’s law)', () => {
		const r = roof(c, serving({ tokensPerSecondPerUser: '10' }));
		// For B ≥ 100 the products are compute-bound: t(B) = 4e-5·B + 4.3008e-5·B = 8.3008e-5·B.
		// user speed = o / (o·t(B) + B·prefill) = 100 / (0.0083008·B + 0.04·B) = 100 / (0.0483008·B) ≥ 10
		//            ⇔ B ≤ 207.03 → B = 207.
		// Decode alone (1/t(B) ≥ 10) would allow B ≤ 1,204, i.e. the cap of 256: users would get 8.1 tokens/s.
		expect(r.batch).toBe(207);
		expect(r.userTokensPerSecond.toNumber()).toBeGreaterThanOrEqual(10);
		expect(r.userTokensPerSecond.toFixed(3)).toBe(
			dec(100).div(dec('0.0483008').mul(207)).toFixed(3)
		);
		expect(r.label).toMatch(/per-user speed \(prefill time included\)/);
	});

	it('a speed target no batch can meet is reported, with the single-request speed', () => {
		const r = rooflineThroughput(
			c,
			option(c, serving(), w),
			serving({ tokensPerSecondPerUser: '1000' }),
			w
		);
		expect(r.ok).toBe(false);
		// one request alone: 100 / (100 × (2e9 + 21.504e6)/5e11 + 0.04) = 100 / 0.4443008 = 225.1 tokens/s
		if (!r.ok)
			expect(r.reason).toMatch(
				/cannot reach 1000 tokens\/s per user: one request alone decodes at 225\.1/
			);
	});

	it('prefix caching: the cached-input share skips prefill compute on the self-hosted side', () => {
		const wc = workload({
			inputTokensPerRequest: '1000',
			outputTokensPerRequest: '100',
			cachedInputShare: '0.5'
		});
		const on = roof(c, serving({ tokensPerSecondPerUser: '0' }), wc);
		const off = roof(c, serving({ tokensPerSecondPerUser: '0', prefixCaching: false }), wc);
		// prefill 2e9 × 1000 × (1 − 0.5) / 5e13 = 0.02 s with caching, 0.04 s without
		const decode = dec(100).mul('0.021250048').div(256);
		expect(on.requestsPerSecond.value.toFixed(12)).toBe(dec(1).div(decode.add('0.02')).toFixed(12));
		expect(off.requestsPerSecond.value.toFixed(12)).toBe(
			dec(1).div(decode.add('0.04')).toFixed(12)
		);
	});

	it('MoE decode reads the distinct experts the batch routes to, not only the active ones', () => {
		// 1e9 dense + 2 MoE layers × 8 experts × 0.5e9 = 9e9 total; k = 2 → active 1e9 + 2 × 2 × 0.5e9 = 3e9.
		const moe = candidate({
			model: model({ total: '9000000000', active: '3000000000', moe: ['8', '2', '2', '500000000'] })
		});
		const r = roof(moe, serving({ tokensPerSecondPerUser: '0', maxBatch: '4' }));
		expect(r.batch).toBe(4);
		// experts read at B = 4: 8 × (1 − (6/8)^4) = 8 × 0.68359375 = 5.46875 per layer
		// bytes: 2e9 dense + 16e9 × 0.68359375 = 12.9375e9 (the active-only figure would be 6e9)
		// t(4) = max((12.9375e9 + 4 × 21.504e6)/5e11, 2 × 3e9 × 4/5e13) = 0.026047032 s
		// prefill 2 × 3e9 × 1000 / 5e13 = 0.12 s; per request 0.12 + 100 × 0.026047032 / 4 = 0.7711758 s
		expect(r.requestsPerSecond.value.toFixed(12)).toBe(dec(1).div('0.7711758').toFixed(12));
		// at B = 1 the expert reads equal the active parameters: 2e9 + 16e9 × 2/8 = 6e9 bytes = 3e9 × 2
		const one = roof(moe, serving({ tokensPerSecondPerUser: '0', maxBatch: '1' }));
		const perRequest1 = dec('0.12').add(dec(100).mul(dec('6e9').add('21504000').div('5e11')));
		expect(one.requestsPerSecond.value.toFixed(12)).toBe(dec(1).div(perRequest1).toFixed(12));
	});

	it('FP4 uses FP4 TFLOPS and 0.5625 bytes per parameter, and is refused on a GPU without FP4', () => {
		const fp4 = candidate({
			model: model({ total: '1000000000', active: '1000000000' }),
			gpu: gpu({ bw: '1', bf16: '100', fp4: '400' }),
			precision: 'fp4'
		});
		const r = roof(fp4, serving({ tokensPerSecondPerUser: '0', maxBatch: '1' }));
		// W = 1e9 × 0.5625 = 0.5625e9 B; t(1) = (0.5625e9 + 21.504e6)/5e11 = 0.001168008 s
		// prefill = 2e9 × 1000 / (400e12 × 0.5) = 0.01 s
		const perRequest = dec('0.01').add(dec(100).mul('0.001168008'));
		expect(r.requestsPerSecond.value.toFixed(12)).toBe(dec(1).div(perRequest).toFixed(12));
		expect(precisionProblem(gpu({ fp4: undefined }), 'fp4')).toMatch(/no FP4 tensor cores/);
		expect(precisionProblem(gpu({ fp4: undefined }), 'fp8')).toBeUndefined();
	});

	it('tensor-parallel efficiency scales both bandwidth and compute of a wider replica', () => {
		const s = serving({ tokensPerSecondPerUser: '0', maxBatch: '1', tpEfficiency: '0.8' });
		const r = roof(c, s, w, 2);
		// 2 GPUs × 5e11 × 0.8 = 8e11 B/s, 2 × 5e13 × 0.8 = 8e13 FLOP/s; KV 4 heads over 2 GPUs: no replication.
		// t(1) = (2e9 + 21.504e6)/8e11; prefill 2e12/8e13 = 0.025 s
		const perRequest = dec('0.025').add(dec(100).mul(dec('2021504000').div('8e11')));
		expect(r.requestsPerSecond.value.toFixed(12)).toBe(dec(1).div(perRequest).toFixed(12));
	});

	it('zero bandwidth means zero throughput, reported, not a crash', () => {
		const z = candidate({ gpu: gpu({ bw: '0' }) });
		const r = rooflineThroughput(z, option(z, serving(), w), serving(), w);
		expect(r.ok).toBe(false);
	});
});

describe('benchmarks carried to the workload', () => {
	const bench = (over: Partial<BenchmarkInputs>): BenchmarkInputs => ({
		id: 'b',
		modelId: 'm',
		gpuId: 'g',
		gpus: 1,
		precision: 'bf16',
		scope: 'replica',
		own: false,
		inputTokens: 1000,
		outputTokens: 100,
		outputTokensPerSecond: q('tok/s', '3000'),
		conditions: 'test',
		...over
	});

	it('picks your measurement first, then the same GPU count, then the closest lengths; none without lengths', () => {
		const all = [
			bench({ id: 'far', inputTokens: 128, outputTokens: 128 }),
			bench({ id: 'near', inputTokens: 2000, outputTokens: 200 }),
			bench({ id: 'other-size', gpus: 2 }),
			bench({ id: 'no-lengths', inputTokens: undefined, outputTokens: undefined })
		];
		expect(matchBenchmark(c, 1, all, w)?.id).toBe('near');
		expect(matchBenchmark(c, 2, all, w)?.id).toBe('other-size');
		expect(
			matchBenchmark(
				c,
				1,
				[...all, bench({ id: 'mine', own: true, inputTokens: 64, outputTokens: 64 })],
				w
			)?.id
		).toBe('mine');
		expect(matchBenchmark({ ...c, precision: 'fp8' }, 1, all, w)).toBeUndefined();
		expect(matchBenchmark(c, 1, [all[3]], w)).toBeUndefined();
	});

	it('a benchmark at 1,000/1,000 is carried to a 1,500/300 workload by the model, not by output tokens alone', () => {
		const w2 = workload({ inputTokensPerRequest: '1500', outputTokensPerRequest: '300' });
		const s = serving({ tokensPerSecondPerUser: '0' });
		const b = bench({
			inputTokens: 1000,
			outputTokens: 1000,
			outputTokensPerSecond: q('tok/s', '3000')
		});
		const est = estimateBenchmark(c, b, s, w2);
		if (!est) throw new Error('no estimate');
		// The benchmark's conditions: 1,000/1,000, batch by memory alone: KV 2,000 tokens × 20,480 B = 40.96 MB
		// per request → floor(18.6e9 / 40.96e6) = 454; mean context 1,500 → 30.72 MB read per sequence.
		// t(454) = max(2e9/5e11, 2e9 × 454/5e13) + 454 × 30.72e6/5e11 = 0.01816 + 0.02789376 s;
		// per request = 2e9 × 1000/5e13 + 1000 × 0.04605376/454 s; tokens/s = 1000 / per request.
		const perReqBench = dec('0.04').add(dec(1000).mul('0.04605376').div(454));
		expect(est.toFixed(9)).toBe(dec(1000).div(perReqBench).toFixed(9));
		const r = replicaThroughput(c, option(c, s, w2), s, w2, [b]);
		if (!r.ok) throw new Error(r.reason);
		const ratio = dec(3000).div(dec(1000).div(perReqBench));
		// The workload's roofline (cap 256): KV read 1,650 × 20,480 = 33.792 MB;
		// t(256) = max(0.004, 0.01024) + 256 × 33.792e6/5e11 = 0.01024 + 0.017301504 s; prefill 2e9 × 1500/5e13 = 0.06 s
		const perReqW = dec('0.06').add(dec(300).mul('0.027541504').div(256));
		expect(r.requestsPerSecond.value.toFixed(9)).toBe(dec(1).div(perReqW).mul(ratio).toFixed(9));
		// the naive figure (3,000 tok/s ÷ 300 output tokens = 10 requests/s) is not what is reported
		expect(r.requestsPerSecond.value.toNumber()).not.toBeCloseTo(10, 1);
		expect(r.path).toBe('benchmark');
		expect(r.label).toMatch(
			/measured at 1,000\/1,000 tokens on 1 GPU, carried to your 1,500\/300 on 1 by the model \(×/
		);
	});

	it('your own measurement at your lengths and GPU count comes back exactly, marked as yours', () => {
		const s = serving({ tokensPerSecondPerUser: '10' });
		const b = bench({
			own: true,
			inputTokens: 1000,
			outputTokens: 100,
			outputTokensPerSecond: q('tok/s', '2400')
		});
		const r = replicaThroughput(c, option(c, s, w), s, w, [b]);
		if (!r.ok) throw new Error(r.reason);
		// 2,400 tokens/s ÷ 100 output tokens = 24 requests/s
		expect(r.outputTokensPerSecond.value.toFixed(20)).toBe(dec(2400).toFixed(20));
		expect(r.requestsPerSecond.value.toFixed(20)).toBe(dec(24).toFixed(20));
		expect(r.own).toBe(true);
		expect(r.label).toMatch(/^your measurement at 1,000\/100 tokens on 1 GPU/);
	});

	it('a published mean output with a fraction (MLPerf: 294.45 tokens) is taken as it is', () => {
		const s = serving({ tokensPerSecondPerUser: '0' });
		const at = (o: number) => estimateBenchmark(c, bench({ outputTokens: o }), s, w);
		// It used to be refused by the float guard on dec(): "build decimals from strings".
		const mean = at(294.45);
		if (!mean) throw new Error('no estimate');
		expect(mean.isFinite() && mean.gt(0)).toBe(true);
		expect(mean.eq(at(294)!)).toBe(false);
		expect(mean.eq(at(295)!)).toBe(false);
	});

	it('benchmarks off: the roofline alone', () => {
		const s = serving({ useBenchmarks: false });
		const r = replicaThroughput(c, option(c, s, w), s, w, [bench({})]);
		expect(r.ok && r.path).toBe('roofline');
	});
});

describe('capacity', () => {
	it('10 requests/s × 0.7 × 2,628,000 s × 1,250 tokens / 2 → 11,497,500,000 tokens/month per replica', () => {
		const cap = capacity({ ...q('rps', '10'), formula: '', inputs: [] }, workload(), serving());
		expect(cap.volumePerReplica.value.toString()).toBe('11497500000');
		// 30e9 tokens need ceil(2.609) = 3 replicas
		expect(replicasAt(dec('30e9'), cap)).toBe(3);
		expect(replicasAt(dec(0), cap)).toBe(1); // the minimum
		const red = capacity(
			{ ...q('rps', '10'), formula: '', inputs: [] },
			workload(),
			serving({ redundancy: '1', minReplicas: '2' })
		);
		expect(replicasAt(dec(0), red)).toBe(3);
	});

	it.each([
		{ P: '2', b: '0', shift: true, pf: '2' },
		{ P: '2', b: '0.25', shift: true, pf: '1.5' },
		{ P: '2', b: '0.75', shift: true, pf: '1' }, // 0.5 < 1: the average still has to be served
		{ P: '2', b: '0.25', shift: false, pf: '2' }
	])('peak factor P=$P, batch $b, shifted $shift → $pf', ({ P, b, shift, pf }) => {
		expect(
			peakFactor(
				workload({ peakToAverage: P, batchShare: b }),
				serving({ shiftBatchOffPeak: shift })
			).value.toString()
		).toBe(pf);
	});
});

describe('attention data parallel with expert parallel (DEP), for MoE models', () => {
	// 1e9 dense + 2 MoE layers × 8 experts × 0.5e9 = 9e9 total; k = 2 → active 3e9. BF16: 2 bytes.
	const moe = candidate({
		model: model({ total: '9000000000', active: '3000000000', moe: ['8', '2', '2', '500000000'] })
	});
	// The engine's batch cap of 2 holds per attention batch: 4 for a DEP replica of 2 GPUs.
	const s = serving({ tokensPerSecondPerUser: '0', maxBatch: '2', efficiencyDep: '0.8' });
	const at = (n: number, arrangement: 'tp' | 'dep') => {
		const r = sizeOptions(moe.model, moe.gpu, moe.precision, s, w, n);
		if (!r.ok) throw new Error(r.reason);
		const o = r.options.find((x) => x.arrangement === arrangement);
		if (!o) throw new Error(`no ${arrangement} option at ${n}`);
		return o;
	};

	it('holds the dense weights on every GPU and spreads the experts; each sequence keeps one KV copy', () => {
		// DEP on 2 GPUs: 2 × 1e9 dense + 8e9 experts (8 experts over 2 GPUs, 4 each) = 10e9 params = 20e9 B,
		// where tensor parallel holds the 18e9 B once. Usable: 2 × (24 GB × 0.9 − 1 GB) = 41.2e9 B.
		const dep = at(2, 'dep');
		expect(dep.weightsBytes.value.toString()).toBe('20000000000');
		expect(dep.kvBudgetBytes.value.toString()).toBe('21200000000');
		// one request's KV: 1,100 tokens × 20,480 B = 22,528,000 B, on its own GPU (4 KV heads over 2
		// GPUs did not replicate under tensor parallel either) → floor(21.2e9 / 22.528e6) = 941
		expect(dep.kvBytesPerRequest.value.toString()).toBe('22528000');
		expect(dep.maxBatchByMemory).toBe(941);
		const tp = at(2, 'tp');
		expect(tp.weightsBytes.value.toString()).toBe('18000000000');
		expect(tp.maxBatchByMemory).toBe(1029); // floor(23.2e9 / 22.528e6)
		// A dense model and a single GPU have no DEP option.
		const dense = sizeOptions(c.model, c.gpu, c.precision, s, w);
		expect(dense.ok && dense.options.every((o) => o.arrangement === 'tp')).toBe(true);
		const one = sizeOptions(moe.model, moe.gpu, moe.precision, s, w, 1);
		expect(one.ok && one.options.map((o) => o.arrangement)).toEqual(['tp']);
	});

	it('reads the dense weights once per GPU, the routed experts once, at η_dep of the roofline', () => {
		// Replica bandwidth 2 × 1e12 × 0.5 × η_dep 0.8 = 0.8e12 B/s; FLOP/s 2 × 100e12 × 0.5 × 0.8 = 80e12.
		// B = 4: experts read 16e9 × (1 − (6/8)^4) = 10.9375e9 B; dense 2 × 2e9 = 4e9 B (each GPU reads it)
		// t(4) = max(14.9375e9 / 0.8e12, 2 × 3e9 × 4 / 80e12) + 4 × 21.504e6 / 0.8e12
		//      = 0.018671875 + 0.00010752 = 0.018779395 s
		// prefill = 2 × 3e9 × 1000 / (200e12 × 0.5 × 0.8) = 0.075 s; per request 0.075 + 100 × t / 4
		const r = rooflineThroughput(moe, at(2, 'dep'), s, w);
		if (!r.ok) throw new Error(r.reason);
		expect(r.batch).toBe(4); // 2 per GPU
		const tp = rooflineThroughput(moe, at(2, 'tp'), s, w);
		expect(tp.ok && tp.batch).toBe(2);
		const perRequest = dec('0.075').add(dec(100).mul('0.018779395').div(4));
		expect(r.requestsPerSecond.value.toFixed(12)).toBe(dec(1).div(perRequest).toFixed(12));
		expect(r.label).toMatch(/attention data parallel/);
		expect(r.requestsPerSecond.inputs.map((q) => q.label)).toContain(s.efficiencyDep.label);
	});

	it('an MLA model keeps its latent on one GPU per sequence: the batch DEP fits is n times larger', () => {
		// MLA latent 70,272 B/token at 16 bits; a request of 1,100 tokens: 77,299,200 B on one GPU under
		// DEP, and on each of the 8 ranks under tensor parallel (618,393,600 B).
		const mla = {
			...moe,
			model: { ...moe.model, attention: 'mla' as const, kvBytesPerTokenBf16: q('kv', '70272') },
			gpu: gpu({ mem: '80' })
		};
		const fits = sizeOptions(mla.model, mla.gpu, mla.precision, s, w, 8);
		if (!fits.ok) throw new Error(fits.reason);
		const [tp, dep] = fits.options;
		expect([tp.arrangement, dep.arrangement]).toEqual(['tp', 'dep']);
		expect(tp.kvBytesPerRequest.value.toString()).toBe('618393600');
		expect(dep.kvBytesPerRequest.value.toString()).toBe('77299200');
		// usable 8 × (80 × 0.9 − 1) GB = 568e9 B; TP holds 18e9 B of weights, DEP 8 × 2e9 + 16e9 = 32e9 B
		expect(tp.maxBatchByMemory).toBe(Math.floor(550e9 / 618393600)); // 889
		expect(dep.maxBatchByMemory).toBe(Math.floor(536e9 / 77299200)); // 6,934
	});

	it('a DEP point calibrates the DEP replica; a tensor-parallel point the tensor-parallel one', () => {
		const bench = (id: string, arrangement?: 'dep'): BenchmarkInputs => ({
			id,
			modelId: 'm',
			gpuId: 'g',
			gpus: 2,
			...(arrangement ? { arrangement } : {}),
			precision: 'bf16',
			scope: 'replica',
			own: false,
			inputTokens: 1000,
			outputTokens: 100,
			outputTokensPerSecond: q('tok/s', '1000'),
			conditions: id
		});
		const all = [bench('tp2'), bench('dep2', 'dep')];
		expect(matchBenchmark(moe, 2, all, w, 'tp')?.id).toBe('tp2');
		expect(matchBenchmark(moe, 2, all, w, 'dep')?.id).toBe('dep2');
		// With only the other arrangement's point, it still calibrates (a size or arrangement apart).
		expect(matchBenchmark(moe, 2, [all[0]], w, 'dep')?.id).toBe('tp2');
		// Each is estimated as it ran: the DEP point by the DEP roofline at its own conditions (its
		// lengths, which are the workload's here; no speed target; memory the only batch limit).
		const cond = serving({
			tokensPerSecondPerUser: '0',
			maxBatch: '1000000',
			minUsefulBatch: '1',
			prefixCaching: false,
			efficiencyDep: '0.8'
		});
		const asRun = (arrangement: 'tp' | 'dep') => {
			const fits = sizeOptions(moe.model, moe.gpu, moe.precision, cond, w, 2);
			if (!fits.ok) throw new Error(fits.reason);
			const r = rooflineThroughput(
				moe,
				fits.options.find((o) => o.arrangement === arrangement)!,
				cond,
				w
			);
			if (!r.ok) throw new Error(r.reason);
			return r.outputTokensPerSecond.value.toString();
		};
		expect(estimateBenchmark(moe, all[1], s, w)?.toString()).toBe(asRun('dep'));
		expect(estimateBenchmark(moe, all[0], s, w)?.toString()).toBe(asRun('tp'));
		expect(asRun('dep')).not.toBe(asRun('tp'));
	});
});
