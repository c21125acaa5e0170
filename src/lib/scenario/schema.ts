import * as v from 'valibot';
import { acquisitionModes, attentionKinds, capabilityClasses, precisions } from '../catalog/types';
import { kvCachePrecisions } from '../domain/inputs';
import { MAX_GPUS_PER_REPLICA } from '../domain/sizing';
import { sensitivityKeys, uncertainFields } from '../domain/pair-inputs';
import { timelineViews, tornadoMetrics } from './analysis';
import {
	cacheWriteShareField,
	checkField,
	discountField,
	financeFields,
	servingFields,
	timelineFields,
	workloadFields,
	type FieldSpec
} from './fields';
import { issue, refusal, type Refusal } from './issues';
import type { Unit } from '../domain/units';

/** The current scenario document version. Older documents migrate forward (migrate.ts). */
export const SCENARIO_VERSION = 1;

/** Unknown fields are refused at their own path, so a typo is named, not silently ignored. */
const strict = <E extends v.ObjectEntries>(entries: E) =>
	v.strictObject(entries, (issue) =>
		issue.expected === 'never' ? `unknown field ${String(issue.input)}` : issue.message
	);

/**
 * A decimal field: a string (or a plain JSON number, normalised to a string) within the field's
 * range. The message names the value and the allowed range; the path names the field.
 */
function decimalField(f: FieldSpec) {
	return v.pipe(
		v.union([v.string(), v.number()], 'expected a number'),
		v.rawTransform(({ dataset, addIssue, NEVER }) => {
			const r = checkField(f, dataset.value);
			if (r.ok) return r.value;
			addIssue({ message: r.message });
			return NEVER;
		})
	);
}

/** A section of decimal fields, each optional (a missing one takes its default). */
function section(fields: readonly FieldSpec[]) {
	const entries: Record<string, v.OptionalSchema<ReturnType<typeof decimalField>, undefined>> = {};
	for (const f of fields) entries[f.key] = v.optional(decimalField(f));
	return entries;
}

const text = (min: number, max: number) => v.pipe(v.string(), v.minLength(min), v.maxLength(max));
const id = text(1, 200);

/** GPUs per replica: a whole number (a JSON number or a string) from 1 to MAX_GPUS_PER_REPLICA. */
const gpuCount = decimalField({
	key: 'gpusPerReplica',
	label: 'GPUs per replica',
	unit: 'GPUs',
	min: '1',
	max: String(MAX_GPUS_PER_REPLICA),
	integer: true
});

/** A whole number within a range (a JSON number or a numeric string), as a number. */
function wholeNumber(key: string, unit: Unit, min: number, max: number) {
	return v.pipe(
		decimalField({ key, label: key, unit, min: String(min), max: String(max), integer: true }),
		v.transform(Number)
	);
}

const servingField = (key: string): FieldSpec => {
	const f = servingFields.find((x) => x.key === key);
	if (!f) throw new Error(`no serving field ${key}`);
	return f;
};

export const candidateSchema = strict({
	id: text(1, 64),
	label: v.optional(text(0, 200)),
	modelId: id,
	gpuId: id,
	precision: v.picklist(precisions),
	acquisition: v.picklist(acquisitionModes),
	/** "auto" (the default: the cheapest size that fits) or a whole number of GPUs. */
	gpusPerReplica: v.optional(
		v.union(
			[v.literal('auto'), gpuCount],
			'expected "auto" or a whole number of GPUs from 1 to ' + MAX_GPUS_PER_REPLICA
		)
	),
	/** A rental rate of the candidate's GPU from the catalog's rate table (default: its typical rate). */
	rate: v.optional(id),
	/** This candidate's serving terms; absent values follow the scenario's `serving`. */
	serving: v.optional(
		strict({
			targetUtilization: v.optional(decimalField(servingField('targetUtilization'))),
			minReplicas: v.optional(decimalField(servingField('minReplicas'))),
			redundancy: v.optional(decimalField(servingField('redundancy')))
		})
	),
	/** A fixed fleet: { "replicas": n } (redundant ones included) or { "gpus": n }. */
	fleet: v.optional(
		v.union(
			[
				strict({ replicas: wholeNumber('fleet.replicas', 'replicas', 1, 100_000) }),
				strict({ gpus: wholeNumber('fleet.gpus', 'GPUs', 1, 1_000_000) })
			],
			'expected { "replicas": n } or { "gpus": n } with n a whole number from 1'
		)
	),
	/** The offering id of a baseline that serves what the fleet cannot (or the hybrid's rest). */
	overflow: v.optional(id),
	/** How rented GPUs are paid for. */
	rental: v.optional(
		v.variant('kind', [
			strict({ kind: v.literal('on-demand') }),
			strict({
				kind: v.literal('committed'),
				months: wholeNumber('months', 'months', 1, 120),
				discount: decimalField({
					key: 'discount',
					label: 'Commitment discount',
					unit: 'share 0–0.95',
					min: '0',
					max: '0.95'
				}),
				renews: v.optional(v.boolean())
			}),
			strict({
				kind: v.literal('autoscaled'),
				minReplicas: v.optional(wholeNumber('minReplicas', 'replicas', 0, 10_000))
			})
		])
	),
	oneOff: v.optional(
		v.pipe(
			v.array(
				strict({
					label: text(1, 200),
					amountUsd: decimalField({
						key: 'amountUsd',
						label: 'One-off cost',
						unit: 'USD',
						min: '0',
						max: '1e12'
					}),
					month: wholeNumber('month', 'month', 1, 120)
				})
			),
			v.maxLength(50)
		)
	)
});

export const baselineSchema = strict({
	offeringId: id,
	/** Negotiated discount off every list price of the offering, 0 to 0.95. */
	discount: v.optional(decimalField(discountField))
});

/** Overrides of catalog figures: kind → entry id → figure name → decimal string ≥ 0. */
const overrideValue = decimalField({
	key: 'override',
	label: 'override',
	unit: '',
	min: '0',
	max: '1e18'
});
const overrideMap = v.record(id, v.record(text(1, 64), overrideValue));

/** A sourced figure of the user's own entry: a decimal ≥ 0, with where it came from and when. */
const sourceEntries = {
	source: text(1, 2000),
	asOf: text(1, 40),
	verification: v.optional(text(0, 200)),
	note: v.optional(text(0, 2000))
};
const figureSchema = strict({
	value: decimalField({ key: 'value', label: 'value', unit: '', min: '0', max: '1e18' }),
	...sourceEntries
});
const sourceSchema = strict(sourceEntries);
const name = text(1, 200);

const customModel = strict({
	id,
	name,
	family: text(0, 200),
	totalParams: figureSchema,
	activeParams: figureSchema,
	layers: figureSchema,
	kvHeads: figureSchema,
	headDim: figureSchema,
	contextLength: figureSchema,
	attention: v.picklist(attentionKinds),
	kvBytesPerTokenBf16: v.optional(figureSchema),
	moeExperts: v.optional(figureSchema),
	moeExpertsPerToken: v.optional(figureSchema),
	moeLayers: v.optional(figureSchema),
	moeParamsPerExpert: v.optional(figureSchema),
	slidingWindowLayers: v.optional(figureSchema),
	slidingWindowTokens: v.optional(figureSchema),
	reasoningTokensPerRequest: v.optional(figureSchema),
	measuredEfficiency: v.optional(figureSchema),
	license: text(0, 500),
	releaseDate: text(0, 40),
	source: sourceSchema,
	/** The user's capability tier for the summary's like-for-like "cheapest". */
	capabilityClass: v.optional(v.picklist(capabilityClasses))
});
const customGpu = strict({
	id,
	name,
	vendor: text(0, 200),
	memoryGB: figureSchema,
	memoryBandwidthTBps: figureSchema,
	denseBf16Tflops: figureSchema,
	denseFp8Tflops: v.optional(figureSchema),
	denseFp4Tflops: v.optional(figureSchema),
	tdpWatts: figureSchema,
	stackEfficiency: v.optional(figureSchema),
	purchasePriceUsd: v.optional(figureSchema),
	cloudUsdPerGpuHour: v.optional(figureSchema),
	cloudUsdPerGpuMonth: v.optional(figureSchema)
});
/** Your own measured throughput (entries.ts OwnBenchmark). */
const customBenchmark = strict({
	id,
	modelId: id,
	gpuId: id,
	gpusPerReplica: gpuCount,
	precision: v.picklist(precisions),
	inputTokens: decimalField({
		key: 'inputTokens',
		label: 'input tokens per request',
		unit: 'tokens',
		min: '0',
		max: '10000000',
		integer: true
	}),
	outputTokens: decimalField({
		key: 'outputTokens',
		label: 'output tokens per request',
		unit: 'tokens',
		min: '1',
		max: '1000000',
		integer: true
	}),
	outputTokensPerSecond: decimalField({
		key: 'outputTokensPerSecond',
		label: 'output tokens/s per replica',
		unit: 'tokens/s',
		min: '0',
		minExclusive: true,
		max: '100000000'
	}),
	source: text(1, 2000),
	asOf: text(1, 40),
	note: v.optional(text(0, 2000))
});
const customOffering = strict({
	id,
	provider: text(1, 200),
	model: text(1, 200),
	name,
	openModelId: v.optional(id),
	inputUsdPerMTok: figureSchema,
	outputUsdPerMTok: figureSchema,
	cachedInputUsdPerMTok: v.optional(figureSchema),
	batchDiscount: v.optional(figureSchema),
	fixedMonthlyUsd: v.optional(figureSchema),
	cacheWriteUsdPerMTok: v.optional(figureSchema),
	longContextThresholdTokens: v.optional(figureSchema),
	longContextInputUsdPerMTok: v.optional(figureSchema),
	longContextOutputUsdPerMTok: v.optional(figureSchema),
	longContextCachedInputUsdPerMTok: v.optional(figureSchema),
	longContextCacheWriteUsdPerMTok: v.optional(figureSchema),
	reasoningTokensPerRequest: v.optional(figureSchema),
	channel: v.optional(text(0, 200)),
	retired: v.optional(sourceSchema),
	capabilityClass: v.optional(v.picklist(capabilityClasses))
});

/** A Monte Carlo range bound: any decimal (the engine checks the range as a whole). */
const rangeBound = decimalField({
	key: 'range',
	label: 'range',
	unit: '',
	min: '-1e18',
	max: '1e18'
});
const rangeSchema = v.pipe(
	strict({ low: rangeBound, mode: rangeBound, high: rangeBound }),
	v.check(
		(r) => Number(r.low) <= Number(r.mode) && Number(r.mode) <= Number(r.high),
		'expected low ≤ most likely ≤ high'
	)
);

/** The analysis on the page: pair, views, tornado changes, Monte Carlo ranges, samples, seed. */
const analysisSchema = strict({
	candidateId: v.optional(text(0, 64)),
	baselineId: v.optional(text(0, 200)),
	view: v.optional(v.picklist(timelineViews)),
	tornadoMetric: v.optional(v.picklist(tornadoMetrics)),
	sensitivity: v.optional(
		strict(
			Object.fromEntries(
				sensitivityKeys.map((k) => [
					k,
					v.optional(
						decimalField({
							key: k,
							label: `${k} change`,
							unit: '%',
							min: '0',
							minExclusive: true,
							max: '99'
						})
					)
				])
			)
		)
	),
	ranges: v.optional(
		strict(Object.fromEntries(uncertainFields.map((f) => [f, v.optional(rangeSchema)])))
	),
	samples: v.optional(
		decimalField({
			key: 'samples',
			label: 'Samples',
			unit: 'samples',
			min: '100',
			max: '1000000',
			integer: true
		})
	),
	seed: v.optional(
		decimalField({
			key: 'seed',
			label: 'Seed',
			unit: '',
			min: '0',
			max: '4294967295',
			integer: true
		})
	)
});

export const scenarioSchema = strict({
	version: v.literal(SCENARIO_VERSION),
	name: v.optional(text(0, 200)),
	notes: v.optional(text(0, 10000)),
	workload: v.optional(
		strict({
			...section(workloadFields),
			cacheWriteShare: v.optional(decimalField(cacheWriteShareField))
		})
	),
	finance: v.optional(
		strict({
			...section(financeFields),
			nodeCostBasis: v.optional(v.picklist(['share', 'whole'])),
			colocationBasis: v.optional(v.picklist(['contracted', 'average']))
		})
	),
	serving: v.optional(
		strict({
			...section(servingFields),
			shiftBatchOffPeak: v.optional(v.boolean()),
			useBenchmarks: v.optional(v.boolean()),
			prefixCaching: v.optional(v.boolean()),
			kvCachePrecision: v.optional(v.picklist(kvCachePrecisions))
		})
	),
	timeline: v.optional(strict(section(timelineFields))),
	candidates: v.optional(v.pipe(v.array(candidateSchema), v.maxLength(64))),
	baselines: v.optional(v.pipe(v.array(baselineSchema), v.maxLength(64))),
	custom: v.optional(
		strict({
			models: v.optional(v.pipe(v.array(customModel), v.maxLength(200))),
			gpus: v.optional(v.pipe(v.array(customGpu), v.maxLength(200))),
			offerings: v.optional(v.pipe(v.array(customOffering), v.maxLength(2000))),
			benchmarks: v.optional(v.pipe(v.array(customBenchmark), v.maxLength(500)))
		})
	),
	overrides: v.optional(
		strict({
			models: v.optional(overrideMap),
			gpus: v.optional(overrideMap),
			offerings: v.optional(overrideMap)
		})
	),
	/** Optional: a document without it (every version-1 file before it existed) takes the defaults. */
	analysis: v.optional(analysisSchema)
});

export type ParsedScenario = v.InferOutput<typeof scenarioSchema>;

/** Validate a document: its output, or one issue per problem at the field's path. */
export function validateDocument(input: unknown): { ok: true; data: ParsedScenario } | Refusal {
	const r = v.safeParse(scenarioSchema, input);
	if (r.success) return { ok: true, data: r.output };
	return refusal(
		r.issues.map((i) => {
			const path = (i.path ?? []).map((p) => (typeof p.key === 'number' ? p.key : String(p.key)));
			// A problem with the document as a whole is named by it.
			return issue(path.length ? path : ['scenario'], i.message);
		})
	);
}
