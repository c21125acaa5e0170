import { describe, expect, it } from 'vitest';
import {
	depWeightsOf,
	kvBytesPerSequence,
	kvLayout,
	kvReplication,
	moeParams,
	sizeOptions,
	sizeReplica
} from '../../src/lib/domain/sizing';
import { dec } from '../../src/lib/domain/decimal';
import { catalog } from '../../src/lib/catalog';
import { resolveModel } from '../../src/lib/scenario/resolve';
import { gpu, model, serving, workload, q } from '../fixtures';

describe('KV cache per token', () => {
	it.each([
		// 2 × layers × kvHeads × headDim × element bytes
		{
			name: 'Llama 3.1 8B shape, 16-bit',
			layers: '32',
			kv: '8',
			dim: '128',
			cache: '16-bit',
			bytes: '131072'
		},
		{ name: 'same, FP8 cache', layers: '32', kv: '8', dim: '128', cache: 'fp8', bytes: '65536' },
		{
			name: 'Llama 3.1 70B shape',
			layers: '80',
			kv: '8',
			dim: '128',
			cache: '16-bit',
			bytes: '327680'
		}
	])('$name → $bytes bytes', ({ layers, kv, dim, cache, bytes }) => {
		const m = model({ layers, kvHeads: kv, headDim: dim });
		expect(kvLayout(m, serving({ kvCachePrecision: cache })).global.value.toString()).toBe(bytes);
	});

	it('the KV-cache precision is a setting of its own: FP8 weights keep a 16-bit cache unless it is set', () => {
		const m = model({ layers: '32', kvHeads: '8', headDim: '128' });
		expect(kvLayout(m, serving()).global.value.toString()).toBe('131072');
	});

	it('uses the catalog latent for MLA models, scaled to the cache precision, kept on every rank', () => {
		const m = { ...model(), attention: 'mla' as const, kvBytesPerTokenBf16: q('kv', '70272') };
		const kv16 = kvLayout(m, serving());
		expect(kv16.global.value.toString()).toBe('70272');
		expect(kvLayout(m, serving({ kvCachePrecision: 'fp8' })).global.value.toString()).toBe('35136');
		// DeepSeek at a 30,000-token prompt on 8 GPUs: every rank holds the latent, so 8 × 70,272 × 30,000 bytes
		expect(kvReplication(kv16, 8).toString()).toBe('8');
		expect(kvBytesPerSequence(kv16, dec(30000), 8).toString()).toBe(
			dec(8).mul(70272).mul(30000).toString()
		);
	});

	it('KV heads are replicated once the tensor-parallel degree exceeds them', () => {
		const kv = kvLayout(model({ kvHeads: '8' }), serving());
		// 8 heads on 16 GPUs: each rank still holds one head → 16 × 1 / 8 = 2 copies; on 4 GPUs none
		expect(kvReplication(kv, 16).toString()).toBe('2');
		expect(kvReplication(kv, 4).toString()).toBe('1');
	});

	it('sliding-window layers hold min(context, window); global layers hold the whole context', () => {
		// Gemma 3 27B shape: 62 layers, 52 of them local with a 1,024-token window, 16 KV heads × 128
		const m = model({ layers: '62', kvHeads: '16', headDim: '128', sliding: ['52', '1024'] });
		const kv = kvLayout(m, serving());
		expect(kv.global.value.toString()).toBe('81920'); // 2 × 10 × 16 × 128 × 2
		expect(kv.sliding?.bytesPerToken.value.toString()).toBe('425984'); // 2 × 52 × 16 × 128 × 2
		// 4,000 tokens: 81,920 × 4,000 + 425,984 × 1,024 = 763,887,616 bytes,
		// where counting the global layers alone gave 327,680,000 (2.3× too little)
		expect(kvBytesPerSequence(kv, dec(4000), 1).toString()).toBe('763887616');
		// 500 tokens, inside the window: every layer holds all of them
		expect(kvBytesPerSequence(kv, dec(500), 1).toString()).toBe(
			dec(81920 + 425984)
				.mul(500)
				.toString()
		);
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

	it('a pinned replica size that cannot hold the model is reported with the field named', () => {
		// 20e9 bf16 = 40 GB of weights: one GPU offers 20.6 GB
		const r = sizeOptions(model({ total: '20000000000' }), gpu(), 'bf16', serving(), workload(), 1);
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(r.reason).toMatch(/pinned 1 GPUs per replica cannot hold it \(gpusPerReplica\)/);
		const ok = sizeOptions(
			model({ total: '20000000000' }),
			gpu(),
			'bf16',
			serving(),
			workload(),
			4
		);
		expect(ok.ok && ok.options.map((o) => o.gpusPerReplica)).toEqual([4]);
	});

	it('fp4 weights take 0.5625 bytes per parameter (NVFP4: 4 bits + one 8-bit scale per 16)', () => {
		const r = sizeReplica(model({ total: '32000000000' }), gpu(), 'fp4', serving(), workload());
		if (!r.ok) throw new Error(r.reason);
		expect(r.weightsBytes.value.toString()).toBe('18000000000');
	});
});

describe('an MoE model split into routed experts and the rest', () => {
	it('DeepSeek-V3: 58 MoE layers × 256 experts × 44,040,192 routed, the rest of 671,026,419,200 dense', () => {
		const m = resolveModel(catalog.models.find((x) => x.id === 'deepseek-v3')!);
		if (!m.moe) throw new Error('DeepSeek-V3 is an MoE model');
		const { routed, dense } = moeParams(m, m.moe);
		// 58 × 256 × 44,040,192 = 653,908,770,816; 671,026,419,200 − that = 17,117,648,384
		expect(routed.toString()).toBe('653908770816');
		expect(dense.toString()).toBe('17117648384');
		// On 8 GPUs under DEP, 8 × dense + routed parameters are held (FP8, 1 byte each).
		const held = depWeightsOf(m, q('bpp', '1'), 8);
		expect(held.weights.toString()).toBe('790849957888');
	});
});
