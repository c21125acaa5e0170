import { describe, it, expect } from 'vitest';
import {
	assumptions,
	benchmarks,
	catalog,
	figuresOf,
	findGpu,
	findModel,
	findOffering,
	gpus,
	isFigure,
	models,
	offerings,
	rates
} from '../../src/lib/catalog';
import type { Figure } from '../../src/lib/catalog/types';
import { attentionKinds, benchmarkPrecisions } from '../../src/lib/catalog/types';
import { figureMetaOf, isFigureName } from '../../src/lib/catalog/labels';

/** Every Figure reachable from `root`, with the path that leads to it. */
function walkFigures(root: unknown, path = '', out: Array<[string, Figure]> = []) {
	if (Array.isArray(root)) {
		root.forEach((item, i) => {
			const id = (item as { id?: unknown })?.id;
			walkFigures(item, `${path}[${typeof id === 'string' ? id : i}]`, out);
		});
	} else if (typeof root === 'object' && root !== null) {
		if ('value' in root) out.push([path, root as Figure]);
		for (const [key, value] of Object.entries(root)) walkFigures(value, `${path}.${key}`, out);
	}
	return out;
}

const DECIMAL = /^\d+(\.\d+)?$/;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const num = (f: Figure) => Number(f.value);

describe('catalog ids', () => {
	it.each([
		['models', models],
		['gpus', gpus],
		['offerings', offerings],
		['benchmarks', benchmarks]
	] as const)('%s ids are unique and non-empty', (_, list) => {
		const ids = list.map((e) => e.id);
		expect(ids.every((id) => id.length > 0)).toBe(true);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('model and GPU ids are kebab-case', () => {
		for (const { id } of [...models, ...gpus]) expect(id).toMatch(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/);
	});

	it('has enough entries', () => {
		expect(models.length).toBeGreaterThanOrEqual(12);
		expect(gpus.length).toBeGreaterThanOrEqual(8);
		expect(offerings.length).toBeGreaterThanOrEqual(20);
	});

	it('has the entries the engine and benchmarks rely on', () => {
		for (const id of [
			'llama-3.1-8b',
			'llama-3.1-70b',
			'llama-3.1-405b',
			'llama-3.3-70b',
			'llama-2-70b',
			'qwen-2.5-7b',
			'qwen-2.5-72b',
			'mistral-7b',
			'mistral-small-24b',
			'mixtral-8x7b',
			'deepseek-v3',
			'gpt-oss-20b',
			'gpt-oss-120b'
		])
			expect(findModel(id), id).toBeDefined();
		for (const id of ['h100-sxm', 'h100-pcie', 'h200', 'b200', 'a100-80gb', 'l40s', 'l4', 'mi300x'])
			expect(findGpu(id), id).toBeDefined();
		expect(findOffering('openai/gpt-4o-mini')).toBeDefined();
		expect(findModel('no-such-model')).toBeUndefined();
		expect(findGpu('no-such-gpu')).toBeUndefined();
		expect(findOffering('no/such-offering')).toBeUndefined();
	});
});

describe('figures', () => {
	const all = walkFigures({ models, gpus, offerings, benchmarks, rates, assumptions });

	it('finds figures to check', () => {
		expect(all.length).toBeGreaterThan(300);
	});

	it('every figure has a value, a source and an asOf date', () => {
		for (const [path, f] of all) {
			expect(isFigure(f), path).toBe(true);
			expect(f.value.trim(), path).not.toBe('');
			expect(f.source.trim(), path).not.toBe('');
			expect(f.asOf, path).toMatch(ISO_DATE);
		}
	});

	it('every value is a finite, non-negative decimal string', () => {
		for (const [path, f] of all) {
			expect(f.value, path).toMatch(DECIMAL);
			expect(Number.isFinite(num(f)), path).toBe(true);
			expect(num(f), path).toBeGreaterThanOrEqual(0);
		}
	});

	it('every model source has a source text and an asOf date', () => {
		for (const m of models) {
			expect(m.source.source.trim(), m.id).not.toBe('');
			expect(m.source.asOf, m.id).toMatch(ISO_DATE);
			expect(m.releaseDate, m.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});

	it('figuresOf lists the Figure fields of an entry', () => {
		const h100 = findGpu('h100-sxm')!;
		const names = figuresOf(h100).map(([name]) => name);
		expect(names).toContain('memoryGB');
		expect(names).toContain('purchasePriceUsd');
		expect(names).not.toContain('id');
		const m = findModel('llama-3.1-8b')!;
		expect(figuresOf(m).map(([name]) => name)).not.toContain('source');
		expect(figuresOf(m).find(([name]) => name === 'layers')?.[1].value).toBe('32');
	});

	it('catalog.asOf is the newest date of the sourced data (settings and assumptions excluded)', () => {
		const data = new Set<unknown>(Object.values(catalog.assumptions));
		const dates = all
			.filter(([, f]) => !data.has(f) && f.verification !== 'assumption')
			.map(([, f]) => f.asOf)
			.concat(models.map((m) => m.source.asOf));
		expect(catalog.asOf).toMatch(ISO_DATE);
		for (const d of dates) expect(d <= catalog.asOf).toBe(true);
	});
});

describe('models', () => {
	it('MoE figures come all four or none, and total − MoE layers × (experts − experts per token) × params per expert ≈ active (within 0.5%)', () => {
		const moe = ['moeExperts', 'moeExpertsPerToken', 'moeLayers', 'moeParamsPerExpert'] as const;
		const checked: string[] = [];
		for (const m of models) {
			const present = moe.filter((k) => m[k] !== undefined);
			expect([0, 4], m.id).toContain(present.length);
			if (present.length < 4) continue;
			const n = (k: (typeof moe)[number]) => BigInt(m[k]!.value);
			const idle =
				n('moeLayers') * (n('moeExperts') - n('moeExpertsPerToken')) * n('moeParamsPerExpert');
			const active = BigInt(m.activeParams.value);
			const gap = BigInt(m.totalParams.value) - idle - active;
			expect(Number(gap < 0n ? -gap : gap) / Number(active), m.id).toBeLessThanOrEqual(0.005);
			checked.push(m.id);
		}
		for (const id of [
			'llama-4-scout',
			'llama-4-maverick',
			'qwen-3-30b-a3b',
			'qwen-3-235b-a22b-2507',
			'kimi-k2',
			'deepseek-v3.2-exp'
		])
			expect(checked, id).toContain(id);
	});

	it('activeParams <= totalParams', () => {
		for (const m of models)
			expect(BigInt(m.activeParams.value) <= BigInt(m.totalParams.value), m.id).toBe(true);
	});

	it('uses a known attention kind', () => {
		for (const m of models) expect(attentionKinds, m.id).toContain(m.attention);
	});

	it('standard attention: kvBytesPerTokenBf16 = 2 x layers x kvHeads x headDim x 2', () => {
		for (const m of models.filter((m) => m.attention === 'standard' && m.kvBytesPerTokenBf16)) {
			const expected =
				2n * BigInt(m.layers.value) * BigInt(m.kvHeads.value) * BigInt(m.headDim.value) * 2n;
			expect(BigInt(m.kvBytesPerTokenBf16!.value), m.id).toBe(expected);
		}
	});

	it('mla and sliding-window models give kvBytesPerTokenBf16', () => {
		const special = models.filter((m) => m.attention !== 'standard');
		expect(special.length).toBeGreaterThan(0);
		for (const m of special) expect(m.kvBytesPerTokenBf16, m.id).toBeDefined();
	});

	it('keeps the known KV figures of the tricky architectures', () => {
		expect(findModel('deepseek-v3')!.attention).toBe('mla');
		expect(findModel('deepseek-v3')!.kvBytesPerTokenBf16!.value).toBe('70272');
		expect(findModel('gpt-oss-120b')!.attention).toBe('sliding-window');
		expect(findModel('gpt-oss-120b')!.kvBytesPerTokenBf16!.value).toBe('36864');
		expect(findModel('llama-3.1-405b')!.kvHeads.value).toBe('8');
	});
});

describe('gpus', () => {
	it('has positive specs', () => {
		for (const g of gpus) {
			for (const f of [g.memoryGB, g.memoryBandwidthTBps, g.denseBf16Tflops, g.tdpWatts])
				expect(num(f), g.id).toBeGreaterThan(0);
		}
	});

	it('A100 has no FP8 figure', () => {
		expect(findGpu('a100-80gb')!.denseFp8Tflops).toBeUndefined();
	});
});

describe('offerings', () => {
	it('batch discounts lie in [0, 1]', () => {
		for (const o of offerings.filter((o) => o.batchDiscount)) {
			expect(num(o.batchDiscount!), o.id).toBeGreaterThanOrEqual(0);
			expect(num(o.batchDiscount!), o.id).toBeLessThanOrEqual(1);
		}
	});

	it('openModelId references an existing model', () => {
		const hosted = offerings.filter((o) => o.openModelId !== undefined);
		expect(hosted.length).toBeGreaterThan(0);
		for (const o of hosted) expect(findModel(o.openModelId!), o.id).toBeDefined();
	});

	it('covers the major providers', () => {
		const providers = new Set(offerings.map((o) => o.provider));
		for (const p of [
			'OpenAI',
			'Anthropic',
			'Google',
			'Mistral',
			'Together AI',
			'Fireworks AI',
			'Groq',
			'DeepInfra'
		])
			expect(providers.has(p), p).toBe(true);
	});
});

describe('benchmarks', () => {
	it('reference an existing model and GPU', () => {
		for (const b of benchmarks) {
			expect(findModel(b.modelId), `${b.id} model`).toBeDefined();
			expect(findGpu(b.gpuId), `${b.id} gpu`).toBeDefined();
		}
	});

	it('have a known precision, a GPU count and positive throughput', () => {
		for (const b of benchmarks) {
			expect(benchmarkPrecisions, b.id).toContain(b.precision);
			expect(Number.isInteger(b.gpus) && b.gpus > 0, b.id).toBe(true);
			expect(num(b.outputTokensPerSecondPerGpu), b.id).toBeGreaterThan(0);
			expect(b.conditions.length, b.id).toBeGreaterThan(0);
		}
	});

	it('separates MLPerf server and offline results', () => {
		const kinds = new Set(benchmarks.map((b) => b.kind));
		expect(kinds).toEqual(new Set(['mlperf-server', 'mlperf-offline', 'engine']));
	});
});

describe('assumptions', () => {
	const keys = [
		'electricityUsdPerKwh',
		'pue',
		'depreciationYears',
		'costOfCapital',
		'residualValue',
		'maintenancePerYear',
		'nodeCostUsd',
		'gpusPerNode',
		'nodeBaseWatts',
		'gpuLoadFactor',
		'gpuIdlePowerShare',
		'colocationUsdPerKwMonth',
		'loadedAnnualCostUsd',
		'baseFte',
		'ftePer100Gpus',
		'hoursPerMonth',
		'targetUtilization',
		'tokensPerSecondPerUser',
		'memoryUtilization',
		'maxBatch',
		'runtimeOverheadGBPerGpu',
		'minUsefulBatch',
		'int4BytesPerParam',
		'fp4BytesPerParam',
		'tpEfficiency16'
	];

	it('has every key', () => {
		expect(Object.keys(assumptions).sort()).toEqual([...keys].sort());
	});

	it('marks unsourced figures as assumptions with a note', () => {
		for (const [key, f] of Object.entries(assumptions)) {
			if (f.verification === 'assumption') expect(f.note?.length, key).toBeGreaterThan(0);
		}
		// The server without its GPUs is a published bill of materials, not 0 (a bought node costs something).
		expect(assumptions.nodeCostUsd.value).toBe('32010');
		expect(assumptions.nodeCostUsd.source).toContain('SemiAnalysis');
		expect(assumptions.nodeCostUsd.note).toContain('Enter your quote');
	});

	it('fractions lie in [0, 1]', () => {
		for (const key of [
			'costOfCapital',
			'residualValue',
			'maintenancePerYear',
			'gpuLoadFactor',
			'targetUtilization',
			'memoryUtilization'
		] as const) {
			expect(num(assumptions[key]), key).toBeLessThanOrEqual(1);
		}
	});
});

describe('figure names', () => {
	it('every figure of every catalog entry has a label and a unit; other names are not figures', () => {
		const kinds = { models, gpus, offerings, rates, benchmarks };
		let seen = 0;
		for (const [kind, list] of Object.entries(kinds)) {
			for (const entry of list) {
				for (const [field, value] of Object.entries(entry)) {
					if (!isFigure(value)) continue;
					seen++;
					expect(isFigureName(field), `${kind}.${entry.id}.${field}`).toBe(true);
					expect(figureMetaOf(field).label.length).toBeGreaterThan(0);
				}
			}
		}
		expect(seen).toBeGreaterThan(500);
		expect(isFigureName('pricePerToken')).toBe(false);
		expect(figureMetaOf('pricePerToken')).toEqual({ label: 'pricePerToken', unit: '' });
		expect(figureMetaOf('batchDiscount')).toEqual({
			label: 'batch discount',
			unit: 'share 0–1',
			max: '1'
		});
	});
});
