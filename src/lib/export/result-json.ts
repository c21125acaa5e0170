import { catalog } from '../catalog';
import type { BreakEven } from '../domain/break-even';
import type { Decimal } from '../domain/decimal';
import type { Evaluation } from '../domain/evaluate';
import type { EngineInputs } from '../domain/inputs';
import type { Explained, Quantity } from '../domain/quantity';
import { costCategories } from '../domain/self-host-cost';
import { requestsPerDayAt } from '../domain/workload';
import type { Scenario } from '../scenario/document';

/** A number in the JSON result: always a decimal string with its unit. */
export interface JsonNumber {
	value: string;
	unit: string;
}
export interface JsonQuantity extends JsonNumber {
	label: string;
	source: string;
	asOf?: string;
	overridden?: boolean;
	formula?: string;
	inputs?: JsonQuantity[];
}

const num = (value: Decimal, unit: string): JsonNumber => ({ value: value.toString(), unit });

/** A quantity with its provenance; derived ones carry their formula and inputs, recursively. */
export function jsonQuantity(q: Quantity | Explained): JsonQuantity {
	const out: JsonQuantity = {
		label: q.label,
		value: q.value.toString(),
		unit: q.unit,
		source: q.source
	};
	if (q.asOf) out.asOf = q.asOf;
	if (q.overridden) out.overridden = true;
	if ('formula' in q) {
		out.formula = q.formula;
		out.inputs = q.inputs.map(jsonQuantity);
	}
	return out;
}

function jsonBreakEven(be: BreakEven, inputs: EngineInputs) {
	if (be.kind === 'never') return { kind: 'never' as const };
	return {
		kind: 'volume' as const,
		volume: num(be.volume, 'tokens/month'),
		requestsPerDay: num(requestsPerDayAt(be.volume, inputs.workload), 'requests/day'),
		activeReplicas: be.activeReplicas
	};
}

/** The full evaluation as plain JSON: what `tco evaluate --json` prints. */
export function evaluationToJson(s: Scenario, inputs: EngineInputs, e: Evaluation) {
	return {
		scenario: { name: s.name, version: s.version },
		catalogAsOf: catalog.asOf,
		plan: {
			volume: jsonQuantity(e.volume),
			requestsPerDay: num(e.requestsPerDay, 'requests/day')
		},
		candidates: e.candidates.map((c) => {
			const head = {
				id: c.id,
				label: c.label,
				modelId: c.modelId,
				gpuId: c.gpuId,
				precision: c.precision,
				acquisition: c.acquisition,
				warnings: c.warnings
			};
			if (!c.ok) return { ...head, ok: false as const, reason: c.reason };
			return {
				...head,
				ok: true as const,
				gpusPerReplica: c.sizing.gpusPerReplica,
				weights: jsonQuantity(c.sizing.weightsBytes),
				kvBytesPerToken: jsonQuantity(c.sizing.kvBytesPerToken),
				throughput: {
					path: c.throughput.path,
					label: c.throughput.label,
					batch: c.throughput.batch,
					requestsPerSecond: jsonQuantity(c.throughput.requestsPerSecond),
					outputTokensPerSecond: jsonQuantity(c.throughput.outputTokensPerSecond)
				},
				volumePerReplica: jsonQuantity(c.capacity.volumePerReplica),
				atPlan: {
					replicas: c.atPlan.replicas,
					gpus: c.atPlan.gpus,
					nodes: c.atPlan.nodes,
					monthlyCost: jsonQuantity(c.atPlan.total),
					breakdown: Object.fromEntries(
						costCategories.map((k) => [k, num(c.atPlan.breakdown[k], 'USD/month')])
					),
					costPerMTok: c.atPlan.perMTok ? jsonQuantity(c.atPlan.perMTok) : null
				}
			};
		}),
		baselines: e.baselines.map((b) =>
			b.ok
				? {
						id: b.id,
						name: b.name,
						provider: b.provider,
						ok: true as const,
						blendedPrice: jsonQuantity(b.line.pricePerTokenExplained),
						monthlyCost: jsonQuantity(b.atPlan),
						costPerMTok: jsonQuantity(b.perMTok)
					}
				: { id: b.id, name: b.name, provider: b.provider, ok: false as const, reason: b.reason }
		),
		pairs: e.pairs.map((p) =>
			p.ok
				? {
						candidateId: p.candidateId,
						baselineId: p.baselineId,
						ok: true as const,
						first: jsonBreakEven(p.first, inputs),
						sustained: jsonBreakEven(p.sustained, inputs),
						selfHostAtPlan: num(p.selfHostAtPlan, 'USD/month'),
						apiAtPlan: num(p.apiAtPlan, 'USD/month'),
						savingAtPlan: num(p.savingAtPlan, 'USD/month'),
						cheaperAtPlan: p.cheaperAtPlan
					}
				: {
						candidateId: p.candidateId,
						baselineId: p.baselineId,
						ok: false as const,
						reason: p.reason
					}
		)
	};
}
