import { defaultAnalysis } from '../../src/lib/scenario/analysis';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/lib/catalog';
import { precisions, acquisitionModes } from '../../src/lib/catalog/types';
import { evaluate } from '../../src/lib/domain/evaluate';
import {
	defaultScenario,
	MAX_SCENARIO_CHARS,
	parseScenario,
	parseScenarioText,
	serializeScenario,
	type Scenario
} from '../../src/lib/scenario/document';
import {
	financeFields,
	servingFields,
	timelineFields,
	workloadFields
} from '../../src/lib/scenario/fields';
import { resolveScenario } from '../../src/lib/scenario/resolve';

const errorsOf = (doc: unknown) => {
	const r = parseScenario(doc);
	return r.ok ? [] : r.errors;
};

/** A scenario patch with one own measurement, some of its fields replaced. */
const ownBench = (over: Record<string, string>) => ({
	custom: {
		benchmarks: [
			{
				id: 'm1',
				modelId: 'llama-3.1-8b',
				gpuId: 'h100-sxm',
				gpusPerReplica: '1',
				precision: 'fp8',
				inputTokens: '1000',
				outputTokens: '200',
				outputTokensPerSecond: '2400',
				source: 'our load test',
				asOf: '2026-11',
				...over
			}
		]
	}
});

describe('defaults', () => {
	it('{ version: 1 } alone gives the default scenario', () => {
		const r = parseScenario({ version: 1 });
		if (!r.ok) throw new Error(r.errors.join('\n'));
		expect(r.scenario).toEqual(defaultScenario());
	});

	it('the default scenario is meaningful: three candidates against three APIs, all evaluated', () => {
		const ev = evaluate(resolveScenario(defaultScenario()));
		expect(ev.candidates).toHaveLength(3);
		expect(ev.baselines).toHaveLength(3);
		expect(ev.pairs.filter((p) => p.ok)).toHaveLength(9);
		expect(ev.volume.value.gt(0)).toBe(true);
	});

	it('every default carries its source', () => {
		const inputs = resolveScenario(defaultScenario());
		const figures = [...Object.values(inputs.workload), ...Object.values(inputs.finance)].filter(
			(q) => typeof q === 'object'
		);
		for (const q of figures) {
			expect(q.source, q.label).not.toBe('');
			expect(q.source, q.label).not.toBe('scenario input');
		}
	});
});

describe('validation names the field, the value and the allowed range', () => {
	it.each([
		[
			{ workload: { cachedInputShare: '1.5' } },
			'workload.cachedInputShare: 1.5 is outside the allowed range, 0 to 1 share 0–1'
		],
		[
			{ workload: { requestsPerDay: '-5' } },
			'workload.requestsPerDay: -5 is outside the allowed range, 0 to 1e12 requests/day'
		],
		[
			{ workload: { outputTokensPerRequest: '2.5' } },
			'workload.outputTokensPerRequest: 2.5 must be a whole number'
		],
		[{ workload: { peakToAverage: 'lots' } }, 'workload.peakToAverage: "lots" is not a number'],
		[
			{ serving: { targetUtilization: '0' } },
			'serving.targetUtilization: 0 is outside the allowed range, 0.01 to 1'
		],
		[{ finance: { pue: '0.9' } }, 'finance.pue: 0.9 is outside the allowed range, 1 to 5'],
		[{ workload: { requestPerDay: '5' } }, 'workload.requestPerDay: unknown field requestPerDay'],
		[
			{
				candidates: [
					{ id: 'a', modelId: 'nope', gpuId: 'h100-sxm', precision: 'fp8', acquisition: 'rent' }
				]
			},
			'candidates[0].modelId: unknown model "nope"'
		],
		[
			{
				candidates: [
					{
						id: 'a',
						modelId: 'llama-3.1-8b',
						gpuId: 'h100-sxm',
						precision: 'fp16',
						acquisition: 'rent'
					}
				]
			},
			'candidates[0].precision'
		],
		[
			{
				candidates: [
					{
						id: 'a',
						modelId: 'llama-3.1-8b',
						gpuId: 'h100-sxm',
						precision: 'fp8',
						acquisition: 'rent',
						overflow: 'openai/gpt-4.1'
					}
				],
				baselines: []
			},
			'candidates[0].overflow: "openai/gpt-4.1" is not one of the scenario\'s API baselines'
		],
		[
			{
				candidates: [
					{
						id: 'a',
						modelId: 'llama-3.1-8b',
						gpuId: 'h100-sxm',
						precision: 'fp8',
						acquisition: 'rent',
						fleet: { gpus: 0 }
					}
				]
			},
			'candidates[0].fleet'
		],
		[
			{
				candidates: [
					{
						id: 'a',
						modelId: 'llama-3.1-8b',
						gpuId: 'h100-sxm',
						precision: 'fp8',
						acquisition: 'rent',
						fleet: { replicas: 0 }
					}
				]
			},
			'candidates[0].fleet: expected { "replicas": n } or { "gpus": n } with n a whole number from 1'
		],
		[
			{
				candidates: [
					{
						id: 'a',
						modelId: 'llama-3.1-8b',
						gpuId: 'h100-sxm',
						precision: 'fp8',
						acquisition: 'rent',
						rental: { kind: 'committed', months: 121, discount: '0.3' }
					}
				]
			},
			'candidates[0].rental.months: 121 is outside the allowed range, 1 to 120'
		],
		[
			{
				candidates: [
					{
						id: 'a',
						modelId: 'llama-3.1-8b',
						gpuId: 'h100-sxm',
						precision: 'fp8',
						acquisition: 'rent',
						rental: { kind: 'committed', months: 48, discount: '0.3' }
					}
				]
			},
			'candidates[0].rental.months: a 48-month commitment outruns the 36-month horizon'
		],
		[
			{
				candidates: [
					{
						id: 'a',
						modelId: 'llama-3.1-8b',
						gpuId: 'h100-sxm',
						precision: 'fp8',
						acquisition: 'rent',
						oneOff: [{ label: 'migration', amountUsd: '-5000', month: 1 }]
					}
				]
			},
			'candidates[0].oneOff[0].amountUsd: -5000 is outside the allowed range, 0 to 1e12'
		],
		[
			{
				candidates: [
					{
						id: 'a',
						modelId: 'llama-3.1-8b',
						gpuId: 'h100-sxm',
						precision: 'fp8',
						acquisition: 'buy',
						rental: { kind: 'autoscaled' }
					}
				]
			},
			'candidates[0].rental: rental terms apply to rented GPUs; this candidate buys them'
		],
		[
			{
				candidates: [
					{
						id: 'a',
						modelId: 'llama-3.1-8b',
						gpuId: 'h100-sxm',
						precision: 'fp8',
						acquisition: 'rent',
						fleet: { replicas: 2 },
						rental: { kind: 'autoscaled' }
					}
				]
			},
			'candidates[0].rental: autoscaled rent follows demand; a fixed fleet does not'
		],
		[
			{ baselines: [{ offeringId: 'acme/gpt-9' }] },
			'baselines[0].offeringId: unknown API offering "acme/gpt-9"'
		],
		[
			{ overrides: { gpus: { 'h100-sxm': { colour: '1' } } } },
			'overrides.gpus.h100-sxm.colour: not a figure of this entry'
		],
		[
			{ overrides: { gpus: { 'h100-sxm': { cloudUsdPerGpuHour: '-2' } } } },
			'overrides.gpus.h100-sxm.cloudUsdPerGpuHour: -2 is outside the allowed range'
		],
		[
			{ overrides: { offerings: { 'openai/gpt-4o-mini': { batchDiscount: '5' } } } },
			'overrides.offerings.openai/gpt-4o-mini.batchDiscount: 5 is outside the allowed range, 0 to 1 share 0–1'
		],
		[
			{
				candidates: [
					{
						id: 'a',
						modelId: 'llama-3.1-8b',
						gpuId: 'h100-sxm',
						precision: 'fp4',
						acquisition: 'rent'
					}
				]
			},
			'candidates[0].precision: FP4 needs FP4 tensor cores; NVIDIA H100 SXM 80GB has none'
		],
		[
			{
				candidates: [
					{
						id: 'a',
						modelId: 'llama-3.1-8b',
						gpuId: 'h100-sxm',
						precision: 'fp8',
						acquisition: 'rent',
						gpusPerReplica: 65
					}
				]
			},
			'candidates[0].gpusPerReplica'
		],
		[
			{
				candidates: [
					{
						id: 'a',
						modelId: 'llama-3.1-8b',
						gpuId: 'h100-sxm',
						precision: 'fp8',
						acquisition: 'rent',
						gpusPerReplica: '2.5'
					}
				]
			},
			'candidates[0].gpusPerReplica'
		],
		[ownBench({ modelId: 'nope' }), 'custom.benchmarks[0].modelId: unknown model "nope"'],
		[
			ownBench({ outputTokensPerSecond: '0' }),
			'custom.benchmarks[0].outputTokensPerSecond: 0 is outside the allowed range, above 0 to 100000000 tokens/s'
		],
		[
			ownBench({ outputTokensPerSecond: '-5' }),
			'custom.benchmarks[0].outputTokensPerSecond: -5 is outside the allowed range'
		],
		[ownBench({ precision: 'fp4' }), 'custom.benchmarks[0].precision: FP4 needs FP4 tensor cores'],
		[{ serving: { kvCachePrecision: 'fp4' } }, 'serving.kvCachePrecision']
	])('%j → %s', (patch, message) => {
		const errors = errorsOf({ version: 1, ...patch });
		expect(errors.join('\n')).toContain(message);
	});

	it('reads gpusPerReplica "auto" as the default and a number as a pinned size', () => {
		const base = {
			id: 'a',
			modelId: 'llama-3.1-8b',
			gpuId: 'h100-sxm',
			precision: 'fp8',
			acquisition: 'rent'
		};
		const r = parseScenario({
			version: 1,
			candidates: [
				{ ...base, gpusPerReplica: 'auto' },
				{ ...base, id: 'b', gpusPerReplica: '2' }
			]
		});
		if (!r.ok) throw new Error(r.errors.join());
		expect(r.scenario.candidates[0].gpusPerReplica).toBeUndefined();
		expect(r.scenario.candidates[1].gpusPerReplica).toBe(2);
	});

	it('refuses a document from a newer version, or with none', () => {
		expect(errorsOf({ version: 2 }).join()).toMatch(/version: 2 comes from a newer LLM TCO/);
		expect(errorsOf({}).join()).toMatch(/version: undefined is not a scenario version/);
		expect(errorsOf([1, 2]).join()).toMatch(/expected a JSON object/);
	});

	it('refuses text that is not JSON, or too large, before parsing it', () => {
		expect(parseScenarioText('{ nope').ok).toBe(false);
		const big = parseScenarioText('x'.repeat(MAX_SCENARIO_CHARS + 1));
		expect(big.ok).toBe(false);
		if (!big.ok) expect(big.errors[0]).toMatch(/too large/);
		// a megabyte of garbage is refused quickly
		const t0 = performance.now();
		parseScenarioText('\u0000'.repeat(1024 * 1024));
		expect(performance.now() - t0).toBeLessThan(1000);
	});

	it('does not modify the document it validates', () => {
		const doc = { version: 1, workload: { requestsPerDay: '5' } };
		const before = JSON.stringify(doc);
		parseScenario(doc);
		expect(JSON.stringify(doc)).toBe(before);
	});
});

const decimalIn = (min: number, max: number, integer = false) =>
	integer
		? fc.integer({ min: Math.ceil(min), max: Math.min(Math.floor(max), 1e9) }).map(String)
		: fc
				.tuple(
					fc.integer({ min: Math.ceil(min * 1000), max: Math.floor(Math.min(max, 1e6) * 1000) }),
					fc.constantFrom(1, 10, 100, 1000)
				)
				.map(([n, d]) => (n / d).toString())
				.filter((s) => Number(s) >= min && Number(s) <= max && !s.includes('e'));

const sectionArb = (
	fields: readonly {
		key: string;
		min: string;
		max: string;
		minExclusive?: boolean;
		integer?: boolean;
	}[]
) =>
	fc.record(
		Object.fromEntries(
			fields.map((f) => [
				f.key,
				decimalIn(Number(f.min) + (f.minExclusive ? 0.001 : 0), Number(f.max), f.integer)
			])
		) as Record<string, fc.Arbitrary<string>>
	);

const scenarioArb: fc.Arbitrary<Scenario> = fc
	.record({
		name: fc.string({ maxLength: 40 }),
		notes: fc.string({ maxLength: 80 }),
		workload: sectionArb(workloadFields),
		finance: sectionArb(financeFields),
		serving: sectionArb(servingFields),
		timeline: sectionArb(timelineFields),
		shift: fc.boolean(),
		bench: fc.boolean(),
		candidates: fc.uniqueArray(
			fc
				.record({
					id: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
					modelId: fc.constantFrom(...catalog.models.map((m) => m.id)),
					gpuId: fc.constantFrom(...catalog.gpus.map((g) => g.id)),
					precision: fc.constantFrom(...precisions),
					acquisition: fc.constantFrom(...acquisitionModes),
					gpusPerReplica: fc.option(fc.integer({ min: 1, max: 64 }), { nil: undefined }),
					serving: fc.option(
						fc.record(
							{ targetUtilization: decimalIn(0.01, 1), redundancy: decimalIn(0, 4, true) },
							{ requiredKeys: [] }
						),
						{ nil: undefined }
					),
					fleet: fc.option(
						fc.oneof(
							fc.record({ replicas: fc.integer({ min: 1, max: 64 }) }),
							fc.record({ gpus: fc.integer({ min: 1, max: 512 }) })
						),
						{ nil: undefined }
					),
					oneOff: fc.option(
						fc.array(
							fc.record({
								label: fc.string({ minLength: 1, maxLength: 20 }),
								amountUsd: decimalIn(0, 1_000_000),
								month: fc.integer({ min: 1, max: 12 })
							}),
							{ maxLength: 3 }
						),
						{ nil: undefined }
					),
					committed: fc.option(
						fc.record({
							kind: fc.constant('committed' as const),
							months: fc.integer({ min: 1, max: 12 }),
							discount: decimalIn(0, 0.95),
							renews: fc.boolean()
						}),
						{ nil: undefined }
					)
				})
				// FP4 only where the GPU has FP4 tensor cores (elsewhere it is refused, tested below)
				.filter(
					(c) =>
						c.precision !== 'fp4' ||
						Boolean(catalog.gpus.find((g) => g.id === c.gpuId)?.denseFp4Tflops)
				)
				.map(({ gpusPerReplica, serving, fleet, oneOff, committed, ...c }) => ({
					...c,
					...(gpusPerReplica === undefined ? {} : { gpusPerReplica }),
					...(serving ? { serving } : {}),
					...(fleet ? { fleet } : {}),
					// Rental terms belong to rented GPUs only (elsewhere refused, tested below).
					...(committed && c.acquisition === 'rent' ? { rental: committed } : {}),
					...(oneOff ? { oneOff } : {})
				})),
			{ maxLength: 4, selector: (c) => c.id }
		),
		baselines: fc.uniqueArray(
			fc.record(
				{
					offeringId: fc.constantFrom(...catalog.offerings.map((o) => o.id)),
					discount: decimalIn(0, 0.95)
				},
				{ requiredKeys: ['offeringId'] }
			),
			{ maxLength: 4, selector: (b) => b.offeringId }
		),
		rate: fc.option(decimalIn(0, 100), { nil: undefined }),
		analysis: fc.record({
			candidateId: fc.stringMatching(/^[a-z0-9-]{0,10}$/),
			baselineId: fc.constantFrom('', ...catalog.offerings.map((o) => o.id)),
			view: fc.constantFrom('cash' as const, 'pnl' as const),
			tornadoMetric: fc.constantFrom('saving' as const, 'breakEven' as const),
			change: decimalIn(0.5, 99),
			gpuRange: fc.option(
				fc
					.tuple(decimalIn(0, 10), decimalIn(0, 10), decimalIn(0, 10))
					.map((t) => t.sort((a, b) => Number(a) - Number(b))),
				{ nil: undefined }
			),
			samples: decimalIn(100, 1_000_000, true),
			seed: decimalIn(0, 4294967295, true)
		}),
		ownOffering: fc.option(
			fc.record({
				id: fc.constant('mine/negotiated'),
				provider: fc.constant('mine'),
				model: fc.string({ minLength: 1, maxLength: 20 }),
				name: fc.string({ minLength: 1, maxLength: 20 }),
				inputUsdPerMTok: fc.record({
					value: decimalIn(0, 100),
					source: fc.constant('our contract'),
					asOf: fc.constant('2026-11')
				}),
				outputUsdPerMTok: fc.record({
					value: decimalIn(0, 100),
					source: fc.constant('our contract'),
					asOf: fc.constant('2026-11')
				})
			}),
			{ nil: undefined }
		)
	})
	.map((r) => ({
		version: 1 as const,
		name: r.name,
		notes: r.notes,
		workload: r.workload as Scenario['workload'],
		finance: {
			...(r.finance as Scenario['finance']),
			nodeCostBasis: r.shift ? 'share' : 'whole',
			colocationBasis: r.bench ? 'contracted' : 'average'
		},
		serving: {
			...(r.serving as Omit<
				Scenario['serving'],
				'shiftBatchOffPeak' | 'useBenchmarks' | 'prefixCaching' | 'kvCachePrecision'
			>),
			shiftBatchOffPeak: r.shift,
			useBenchmarks: r.bench,
			prefixCaching: !r.bench,
			kvCachePrecision: r.shift ? ('16-bit' as const) : ('fp8' as const)
		},
		timeline: r.timeline as Scenario['timeline'],
		candidates: r.candidates,
		baselines: r.baselines,
		custom: {
			models: [],
			gpus: [],
			offerings: r.ownOffering ? [r.ownOffering] : [],
			benchmarks: []
		},
		overrides: {
			models: {},
			gpus: (r.rate ? { 'h100-sxm': { cloudUsdPerGpuHour: r.rate } } : {}) as Record<
				string,
				Record<string, string>
			>,
			offerings: {}
		},
		analysis: {
			candidateId: r.analysis.candidateId,
			baselineId: r.analysis.baselineId,
			view: r.analysis.view,
			tornadoMetric: r.analysis.tornadoMetric,
			sensitivity: { ...defaultAnalysis().sensitivity, gpuPrice: r.analysis.change },
			ranges: r.analysis.gpuRange
				? {
						gpuPrice: {
							low: r.analysis.gpuRange[0],
							mode: r.analysis.gpuRange[1],
							high: r.analysis.gpuRange[2]
						}
					}
				: {},
			samples: r.analysis.samples,
			seed: r.analysis.seed
		}
	}));

describe('JSON round trip', () => {
	it('serialise → parse gives back the same document, exactly (fast-check)', () => {
		fc.assert(
			fc.property(scenarioArb, (s) => {
				const r = parseScenarioText(serializeScenario(s));
				if (!r.ok) throw new Error(r.errors.join('\n'));
				expect(r.scenario).toEqual(s);
				expect(serializeScenario(r.scenario)).toBe(serializeScenario(s));
			}),
			{ numRuns: 150 }
		);
	});
});

describe('the analysis in the scenario document', () => {
	it('a version-1 document without it loads with the default analysis', () => {
		const r = parseScenario({ version: 1, workload: { requestsPerDay: '1000' } });
		if (!r.ok) throw new Error(r.errors.join());
		expect(r.scenario.analysis).toEqual(defaultAnalysis());
		expect(r.scenario.analysis.samples).toBe('2000');
	});

	it('keeps the pair, views, ±, ranges, samples and seed', () => {
		const analysis = {
			candidateId: 'c2',
			baselineId: 'openai/gpt-4.1',
			view: 'pnl',
			tornadoMetric: 'breakEven',
			sensitivity: { gpuPrice: '35' },
			ranges: { gpuPrice: { low: '20000', mode: '30000', high: '45000' } },
			samples: '5000',
			seed: '42'
		};
		const r = parseScenario({ version: 1, analysis });
		if (!r.ok) throw new Error(r.errors.join());
		expect(r.scenario.analysis).toMatchObject({ ...analysis, sensitivity: { gpuPrice: '35' } });
		expect(r.scenario.analysis.sensitivity.requestsPerDay).toBe('20');
	});

	it.each([
		[{ ranges: { gpuPrice: { low: '3', mode: '2', high: '4' } } }, 'low ≤ most likely ≤ high'],
		[{ samples: '50' }, 'analysis.samples'],
		[{ seed: '1.5' }, 'whole number'],
		[{ sensitivity: { gpuPrice: '0' } }, 'analysis.sensitivity.gpuPrice'],
		[{ view: 'weekly' }, 'analysis.view'],
		[{ colour: 'red' }, 'unknown field colour']
	])('refuses %j', (analysis, message) => {
		const r = parseScenario({ version: 1, analysis });
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors.join('\n')).toContain(message);
	});
});
