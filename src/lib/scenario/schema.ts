import { z } from 'zod';
import { acquisitionModes, precisions } from '../catalog/types';
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
