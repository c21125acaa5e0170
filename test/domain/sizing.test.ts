import { describe, expect, it } from 'vitest';
import { kvBytesPerToken, sizeReplica } from '../../src/lib/domain/sizing';
import { dec } from '../../src/lib/domain/decimal';
import { gpu, model, serving, workload, q } from '../fixtures';

describe('KV cache per token', () => {
	it.each([
		// 2 × layers × kvHeads × headDim × element bytes
		{
			name: 'Llama 3.1 8B shape, 16-bit',
			layers: '32',
			kv: '8',
			dim: '128',
			precision: 'bf16' as const,
			bytes: '131072'
		},
		{
			name: 'same, fp8 cache',
			layers: '32',
			kv: '8',
			dim: '128',
			precision: 'fp8' as const,
			bytes: '65536'
		},
		{
			name: 'Llama 3.1 70B shape',
			layers: '80',
			kv: '8',
			dim: '128',
			precision: 'bf16' as const,
			bytes: '327680'
		}
	])('$name → $bytes bytes', ({ layers, kv, dim, precision, bytes }) => {
		expect(
			kvBytesPerToken(model({ layers, kvHeads: kv, headDim: dim }), precision).value.toString()
		).toBe(bytes);
	});

	it('uses the catalog figure for MLA models, scaled to the cache precision', () => {
		const m = { ...model(), attention: 'mla' as const, kvBytesPerTokenBf16: q('kv', '70272') };
		expect(kvBytesPerToken(m, 'bf16').value.toString()).toBe('70272');
		expect(kvBytesPerToken(m, 'fp8').value.toString()).toBe('35136');
	});
});

describe('memory fit', () => {
	// 10e9 params × 2 bytes = 20 GB; GPU 24 GB × 0.9 − 1 GB overhead = 20.6 GB usable.
	// KV per token 2 × 10 × 4 × 128 × 2 = 20,480 B; request 1,250 tokens → 25.6 MB; 8 requests → 204.8 MB.
	it('one GPU when weights and 8 requests of KV fit', () => {
		const r = sizeReplica(model(), gpu(), 'bf16', serving(), workload());
		if (!r.ok) throw new Error(r.reason);
		expect(r.gpusPerReplica).toBe(1);
		expect(r.kvBudgetBytes.value.toString()).toBe('600000000'); // 20.6e9 − 20e9
		expect(r.maxBatchByMemory).toBe(23); // floor(600e6 / 25.6e6) = floor(23.4375)
	});

	it.each([
		// 20e9 params bf16 = 40 GB → 2 × 20.6 = 41.2 GB leaves 1.2 GB ≥ 204.8 MB × (8 requests)
		{ total: '20000000000', precision: 'bf16' as const, gpus: 2 },
		// same model in fp8: 20 GB of weights, 0.6 GB left on one GPU
		{ total: '20000000000', precision: 'fp8' as const, gpus: 1 },
		// 60e9 bf16 = 120 GB → 8 × 20.6 = 164.8
		{ total: '60000000000', precision: 'bf16' as const, gpus: 8 },
		// 150e9 bf16 = 300 GB → 16 × 20.6 = 329.6 (two nodes)
		{ total: '150000000000', precision: 'bf16' as const, gpus: 16 }
	])('$total params at $precision → $gpus GPUs', ({ total, precision, gpus }) => {
		const r = sizeReplica(model({ total, active: total }), gpu(), precision, serving(), workload());
		if (!r.ok) throw new Error(r.reason);
		expect(r.gpusPerReplica).toBe(gpus);
		expect(r.twoNodes).toBe(gpus > 8);
	});

	it('a model that fits no GPU count says so, with the sizes', () => {
		const r = sizeReplica(model({ total: '1000000000000' }), gpu(), 'bf16', serving(), workload());
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(r.reason).toMatch(/2000\.0 GB of weights.*329\.6 GB usable: it fits no GPU count/);
	});

	it('a request longer than the context window is refused', () => {
		const r = sizeReplica(model({ context: '1000' }), gpu(), 'bf16', serving(), workload());
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).toMatch(/1250 tokens exceeds/);
	});

	it('int4 uses the catalog bytes per parameter', () => {
		const r = sizeReplica(model({ total: '32000000000' }), gpu(), 'int4', serving(), workload());
		if (!r.ok) throw new Error(r.reason);
		// 32e9 × 0.515625 = 16.5 GB → one GPU, budget 20.6 − 16.5 = 4.1 GB
		expect(r.weightsBytes.value.toString()).toBe('16500000000');
		expect(r.kvBudgetBytes.value.toString()).toBe(dec('4.1e9').toString());
	});
});
