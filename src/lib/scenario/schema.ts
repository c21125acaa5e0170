import { z } from 'zod';
import { acquisitionModes, attentionKinds, precisions } from '../catalog/types';
import { checkField, financeFields, servingFields, workloadFields, type FieldSpec } from './fields';

/** The current scenario document version. Older documents migrate forward (migrate.ts). */
export const SCENARIO_VERSION = 1;

/**
 * A decimal field: a string (or a plain JSON number, normalised to a string) within the field's
 * range. The message names the value and the allowed range; the path names the field.
 */
function decimalField(f: FieldSpec) {
	return z.union([z.string(), z.number()]).transform((raw, ctx) => {
		const r = checkField(f, raw);
		if (r.ok) return r.value;
		ctx.addIssue({ code: 'custom', message: r.message });
		return z.NEVER;
	});
}

function section<const F extends readonly FieldSpec[]>(fields: F) {
	const shape: Record<string, ReturnType<typeof decimalField>> = {};
	for (const f of fields) shape[f.key] = decimalField(f);
	return z.strictObject(shape as { [K in F[number]['key']]: ReturnType<typeof decimalField> });
}

const id = z.string().min(1).max(200);
const text = (max: number) => z.string().max(max);

export const candidateSchema = z.strictObject({
	id: z.string().min(1).max(64),
	label: text(200).optional(),
	modelId: id,
	gpuId: id,
	precision: z.enum(precisions),
	acquisition: z.enum(acquisitionModes)
});

export const baselineSchema = z.strictObject({ offeringId: id });

/** Overrides of catalog figures: kind → entry id → figure name → decimal string ≥ 0. */
const overrideValue = decimalField({
	key: 'override',
	label: 'override',
	unit: '',
	min: '0',
	max: '1e18'
});
const overrideMap = z.record(id, z.record(z.string().min(1).max(64), overrideValue));

/** A sourced figure of the user's own entry: a decimal ≥ 0, with where it came from and when. */
const figureSchema = z.strictObject({
	value: decimalField({ key: 'value', label: 'value', unit: '', min: '0', max: '1e18' }),
	source: z.string().min(1).max(2000),
	asOf: z.string().min(1).max(40),
	verification: z.string().max(200).optional(),
	note: z.string().max(2000).optional()
});
const sourceSchema = figureSchema.omit({ value: true });
const name = z.string().min(1).max(200);

const customModel = z.strictObject({
	id,
	name,
	family: z.string().max(200),
	totalParams: figureSchema,
	activeParams: figureSchema,
	layers: figureSchema,
	kvHeads: figureSchema,
	headDim: figureSchema,
	contextLength: figureSchema,
	attention: z.enum(attentionKinds),
	kvBytesPerTokenBf16: figureSchema.optional(),
	license: z.string().max(500),
	releaseDate: z.string().max(40),
	source: sourceSchema
});
const customGpu = z.strictObject({
	id,
	name,
	vendor: z.string().max(200),
	memoryGB: figureSchema,
	memoryBandwidthTBps: figureSchema,
	denseBf16Tflops: figureSchema,
	denseFp8Tflops: figureSchema.optional(),
	tdpWatts: figureSchema,
	purchasePriceUsd: figureSchema.optional(),
	cloudUsdPerGpuHour: figureSchema.optional()
});
const customOffering = z.strictObject({
	id,
	provider: z.string().min(1).max(200),
	model: z.string().min(1).max(200),
	name,
	openModelId: id.optional(),
	inputUsdPerMTok: figureSchema,
	outputUsdPerMTok: figureSchema,
	cachedInputUsdPerMTok: figureSchema.optional(),
	batchDiscount: figureSchema.optional(),
	fixedMonthlyUsd: figureSchema.optional()
});

export const scenarioSchema = z.strictObject({
	version: z.literal(SCENARIO_VERSION),
	name: text(200).optional(),
	notes: text(10000).optional(),
	workload: section(workloadFields).partial().optional(),
	finance: section(financeFields).partial().optional(),
	serving: section(servingFields)
		.extend({ shiftBatchOffPeak: z.boolean(), useBenchmarks: z.boolean() })
		.partial()
		.optional(),
	candidates: z.array(candidateSchema).max(64).optional(),
	baselines: z.array(baselineSchema).max(64).optional(),
	custom: z
		.strictObject({
			models: z.array(customModel).max(200).optional(),
			gpus: z.array(customGpu).max(200).optional(),
			offerings: z.array(customOffering).max(2000).optional()
		})
		.optional(),
	overrides: z
		.strictObject({
			models: overrideMap.optional(),
			gpus: overrideMap.optional(),
			offerings: overrideMap.optional()
		})
		.optional()
});

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ParsedScenario = z.output<typeof scenarioSchema>;
