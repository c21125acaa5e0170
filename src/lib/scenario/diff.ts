import { figureMetaOf } from '../catalog/labels';
import type { Scenario } from './document';
import { scenarioCatalog } from './entries';
import {
	financeFields,
	servingFields,
	timelineFields,
	workloadFields,
	type FieldSpec
} from './fields';

/** One input that differs between scenarios: its label, and each scenario's value as text. */
export interface DiffRow {
	path: string;
	label: string;
	values: string[];
}

function rows(s: Scenario): { path: string; label: string; value: string }[] {
	const out: { path: string; label: string; value: string }[] = [];
	const section = (
		name: 'workload' | 'finance' | 'serving' | 'timeline',
		fields: readonly FieldSpec[]
	) => {
		for (const f of fields) {
			out.push({
				path: `${name}.${f.key}`,
				label: `${f.label} (${f.unit})`,
				value: String((s[name] as Record<string, unknown>)[f.key])
			});
		}
	};
	section('workload', workloadFields);
	section('finance', financeFields);
	section('serving', servingFields);
	section('timeline', timelineFields);
	out.push({
		path: 'serving.useBenchmarks',
		label: 'Use catalog benchmarks',
		value: s.serving.useBenchmarks ? 'yes' : 'no'
	});
	out.push({
		path: 'serving.shiftBatchOffPeak',
		label: 'Batch traffic off-peak',
		value: s.serving.shiftBatchOffPeak ? 'yes' : 'no'
	});
	// Names, not ids: what a reader of the comparison recognises.
	const cat = scenarioCatalog(s.custom);
	const nameOf = (kind: 'models' | 'gpus' | 'offerings', id: string) =>
		(kind === 'models'
			? cat.findModel(id)?.name
			: kind === 'gpus'
				? cat.findGpu(id)?.name
				: cat.findOffering(id)?.name) ?? id;
	out.push({
		path: 'candidates',
		label: 'Self-hosted candidates',
		value:
			s.candidates
				.map(
					(c) =>
						`${nameOf('models', c.modelId)} on ${nameOf('gpus', c.gpuId)}, ${c.precision.toUpperCase()}, ${c.acquisition === 'buy' ? 'bought' : 'rented'}`
				)
				.join('; ') || 'none'
	});
	out.push({
		path: 'baselines',
		label: 'API baselines',
		value: s.baselines.map((b) => nameOf('offerings', b.offeringId)).join('; ') || 'none'
	});
	for (const kind of ['models', 'gpus', 'offerings'] as const) {
		for (const [id, fields] of Object.entries(s.overrides[kind])) {
			for (const [field, value] of Object.entries(fields)) {
				const m = figureMetaOf(field);
				out.push({
					path: `overrides.${kind}.${id}.${field}`,
					label: `${nameOf(kind, id)}: ${m.label}${m.unit ? ` (${m.unit})` : ''}, changed`,
					value
				});
			}
		}
		for (const e of s.custom[kind]) {
			// Each figure of the user's own entry, by name and value.
			for (const [field, v] of Object.entries(e)) {
				if (!v || typeof v !== 'object' || !('value' in v)) continue;
				const m = figureMetaOf(field);
				out.push({
					path: `custom.${kind}.${e.id}.${field}`,
					label: `Your entry ${e.name}: ${m.label}${m.unit ? ` (${m.unit})` : ''}`,
					value: String((v as { value: string }).value)
				});
			}
		}
	}
	return out;
}

/**
 * The inputs that differ between 2 or more scenarios, in the order of the field table. A value a
 * scenario lacks (an override set in only one of them) shows as "—".
 * @example two scenarios differing only in requests/day → one row, workload.requestsPerDay
 */
export function diffScenarios(list: Scenario[]): DiffRow[] {
	const all = list.map(rows);
	const order: string[] = [];
	const labels = new Map<string, string>();
	for (const r of all) {
		for (const x of r) {
			if (!labels.has(x.path)) order.push(x.path);
			labels.set(x.path, x.label);
		}
	}
	const out: DiffRow[] = [];
	for (const path of order) {
		const values = all.map((r) => r.find((x) => x.path === path)?.value ?? '—');
		if (new Set(values).size > 1) out.push({ path, label: labels.get(path) ?? path, values });
	}
	return out;
}
