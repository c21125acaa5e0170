import { describe, expect, it } from 'vitest';
import {
	benchmarkThroughput,
	matchBenchmark,
	rooflineThroughput
} from '../../src/lib/domain/throughput';
import { capacity, peakFactor, replicasAt } from '../../src/lib/domain/capacity';
import { dec } from '../../src/lib/domain/decimal';
import type { BenchmarkInputs } from '../../src/lib/domain/inputs';
import { candidate, gpu, model, q, serving, workload } from '../fixtures';

// a = 1e9 active params, bf16 → W = 2e9 bytes. One GPU: 1 TB/s × η 0.5 = 5e11 B/s; 100 TFLOPS × 0.5 = 5e13 FLOP/s.
// i = 1000, o = 100 → mean decode context 1050 tokens; KV per token 100,000 B → 1.05e8 B per sequence.
const c = candidate({
	model: model({ total: '1000000000', active: '1000000000' }),
	gpu: gpu({ bw: '1', bf16: '100' })
});
const w = workload({ inputTokensPerRequest: '1000', outputTokensPerRequest: '100' });

describe('roofline throughput', () => {
	it('batch limited by memory: B = 64', () => {
		const r = rooflineThroughput(
			c,
			1,
			dec(100000),
			64,
			serving({ tokensPerSecondPerUser: '10' }),
			w
		);
		if (!r.ok) throw new Error(r.reason);
		// speed bounds: (5e11/10 − 2e9)/1.05e8 = 457.1; 5e13/(2e9 × 10) = 2,500; memory 64; cap 256 → B = 64
		expect(r.batch).toBe(64);
		// t(64) = max((2e9 + 64 × 1.05e8)/5e11, 2e9 × 64/5e13) = max(0.01744, 0.00256) = 0.01744 s
		// prefill = 2e9 × 1000 / 5e13 = 0.04 s; per request 0.04 + 100 × 0.01744 / 64 = 0.06725 s
		expect(r.requestsPerSecond.value.toFixed(10)).toBe(dec(1).div('0.06725').toFixed(10));
		expect(r.path).toBe('roofline');
		expect(r.label).toMatch(/memory/);
	});

	it('batch limited by the per-user speed target', () => {
		const r = rooflineThroughput(
			c,
			1,
			dec(100000),
			10000,
			serving({ tokensPerSecondPerUser: '100', maxBatch: '100000' }),
			w
		);
		if (!r.ok) throw new Error(r.reason);
		// (5e11/100 − 2e9)/1.05e8 = 3e9/1.05e8 = 28.57 → 28
		expect(r.batch).toBe(28);
	});

	it('a speed target no batch can meet is reported, with the single-request speed', () => {
		const r = rooflineThroughput(
			c,
			1,
			dec(100000),
			64,
			serving({ tokensPerSecondPerUser: '1000' }),
			w
		);
		expect(r.ok).toBe(false);
		// one request alone: 5e11 / (2e9 + 1.05e8) = 237.5 tokens/s
		if (!r.ok)
			expect(r.reason).toMatch(
				/cannot reach 1000 tokens\/s per user: one request alone decodes at 237\.5/
			);
	});

	it('zero bandwidth means zero throughput, reported, not a crash', () => {
		const r = rooflineThroughput(
			candidate({ gpu: gpu({ bw: '0' }) }),
			1,
			dec(100000),
			64,
			serving(),
			w
		);
		expect(r.ok).toBe(false);
	});
});

describe('benchmark throughput', () => {
	const bench = (id: string, i: number, o: number, tps: string): BenchmarkInputs => ({
		id,
		modelId: 'm',
		gpuId: 'g',
		gpus: 8,
		precision: 'bf16',
		inputTokens: i,
		outputTokens: o,
		outputTokensPerSecondPerGpu: q('tps', tps),
		conditions: id
	});

	it('picks the entry with the closest input/output lengths', () => {
		const all = [bench('short', 128, 128, '9000'), bench('long', 2000, 200, '3000')];
		expect(matchBenchmark(c, all, w)?.id).toBe('long');
		expect(matchBenchmark({ ...c, precision: 'fp8' }, all, w)).toBeUndefined();
	});

	it('3,000 tok/s per GPU × 2 GPUs / 100 output tokens → 60 requests/s', () => {
		const r = benchmarkThroughput(bench('long', 2000, 200, '3000'), 2, w);
		if (!r.ok) throw new Error('no');
		expect(r.requestsPerSecond.value.toString()).toBe('60');
		expect(r.path).toBe('benchmark');
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
