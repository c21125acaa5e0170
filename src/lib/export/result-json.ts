import { catalog } from '../catalog';
import type { BreakEven } from '../domain/break-even';
import type { Decimal } from '../domain/decimal';
import type { Evaluation, HybridSummary } from '../domain/evaluate';
import type { CurvePoint } from '../domain/self-host-curve';
import type { EngineInputs } from '../domain/inputs';
import type { Explained, Quantity } from '../domain/quantity';
import { costCategories } from '../domain/self-host-cost';
import { requestsPerDayAt } from '../domain/workload';
import {
	defaultSensitivityInputs,
	tornadoes,
	type PairIds,
	type TornadoBar
} from '../domain/sensitivity';
import { timelines, type Timeline } from '../domain/timeline';
import { monteCarlo, type MonteCarloResult } from '../domain/monte-carlo';
import { defaultRanges } from '../scenario/default-ranges';
import type { Scenario } from '../scenario/document';
import { timelineSettings } from '../scenario/resolve';

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

/**
 * Where the planned tokens go: served in-house, sent to the overflow API, or not served (each with
 * its share of the planned volume), and the overflow API's bill.
 */
function jsonSplit(p: CurvePoint, volume: Decimal) {
	const share = (x: Decimal) => (volume.gt(0) ? x.div(volume) : x.mul(0)).toString();
	return {
		selfHostedCost: num(p.selfHost, 'USD/month'),
		overflowCost: num(p.overflowCost, 'USD/month'),
		billedReplicas: p.billedReplicas.toString(),
		activeReplicas: p.activeReplicas,
		tokens: {
			servedInHouse: { ...num(p.served, 'tokens/month'), share: share(p.served) },
			overflow: { ...num(p.overflow, 'tokens/month'), share: share(p.overflow) },
			unserved: { ...num(p.unserved, 'tokens/month'), share: share(p.unserved) }
		}
	};
}

/** A hybrid next to its two pure options at plan. */
function jsonHybrid(h: HybridSummary) {
	return {
		overflowId: h.overflowId,
		overflowName: h.overflowName,
		optimumReplicas: h.optimumReplicas,
		inHouseShare: h.inHouseShare.toString(),
		allApi: num(h.allApi, 'USD/month'),
		allSelfHosted: num(h.allSelfHosted, 'USD/month'),
		savingVsApi: num(h.savingVsApi, 'USD/month'),
		savingVsSelfHosted: num(h.savingVsSelfHosted, 'USD/month'),
		addsReplicaAt: h.addsReplicaAt
			? {
					volume: num(h.addsReplicaAt.volume, 'tokens/month'),
					activeReplicas: h.addsReplicaAt.active
				}
			: null
	};
}

/** A pair's finance timeline, summarised: NPV, crossover, payback and the yearly table. */
function jsonOverTime(tl: Timeline) {
	if (!tl.ok) return { ok: false as const, reason: tl.reason };
	return {
		ok: true as const,
		horizonMonths: tl.months.length,
		npv: {
			api: num(tl.npv.api, 'USD'),
			selfHost: num(tl.npv.selfHost, 'USD'),
			saving: num(tl.npv.saving, 'USD')
		},
		crossoverMonthCash: tl.crossoverMonth,
		crossoverMonthPnl: tl.crossoverMonthPnl,
		paybackMonth: tl.payback,
		years: tl.years.map((y) => ({
			year: y.year,
			months: y.months,
			api: num(y.api, 'USD'),
			capex: num(y.capex, 'USD'),
			residualRecovered: num(y.residualRecovered, 'USD'),
			opex: num(y.opex, 'USD'),
			cash: num(y.cash, 'USD'),
			pnl: num(y.pnl, 'USD'),
			cumulativeDifference: num(y.cumulativeDifference, 'USD')
		}))
	};
}

/** A pair's tornado at ±20%: per input, the saving and break-even on each side. */
function jsonSensitivity(inputs: EngineInputs, bars: TornadoBar[] | Error) {
	if (bars instanceof Error) return { ok: false as const, reason: bars.message };
	const side = (x: TornadoBar['low'], unit: string) =>
		x.ok
			? {
					change: x.change.toString(),
					input: num(x.value, unit),
					clamped: x.clamped,
					saving: num(x.saving, 'USD/month'),
					firstBreakEven: jsonBreakEven(x.breakEven, inputs)
				}
			: {
					change: x.change.toString(),
					value: x.value.toString(),
					clamped: x.clamped,
					reason: x.reason
				};
	return {
		ok: true as const,
		bars: bars.map((b) => ({
			input: b.key,
			label: b.label,
			unit: b.unit,
			base: num(b.base, b.unit),
			low: side(b.low, b.unit),
			high: side(b.high, b.unit),
			savingSwing: num(b.savingSwing, 'USD/month'),
			breakEvenSwing:
				b.breakEvenSwing === 'unbounded' ? 'unbounded' : num(b.breakEvenSwing, 'tokens/month')
		}))
	};
}

/** A seeded Monte Carlo per pair; onProgress is told the samples done in the current pair. */
export interface MonteCarloJsonOptions {
	samples: number;
	seed: number;
	onProgress?: (done: number) => void;
}

/** A pair's Monte Carlo with the default ranges (the page's and the exports'), seeded. */
function jsonMonteCarlo(
	s: Scenario,
	inputs: EngineInputs,
	candidateId: string,
	baselineId: string,
	opts: MonteCarloJsonOptions
) {
	const ranges = defaultRanges(inputs, s, candidateId, baselineId);
	let r: MonteCarloResult;
	try {
		r = monteCarlo(inputs, candidateId, baselineId, ranges, {
			samples: opts.samples,
			seed: opts.seed,
			onProgress: opts.onProgress,
			timeline: timelineSettings(s)
		});
	} catch (e) {
		return { ok: false as const, reason: (e as Error).message };
	}
	const be = (b: MonteCarloResult['breakEven']['p10']) => jsonBreakEven(b, inputs);
	return {
		ok: true as const,
		samples: r.samples,
		seed: opts.seed,
		failed: r.failed,
		ranges: ranges.map((x) => ({
			field: x.field,
			low: x.low.toString(),
			mode: x.mode.toString(),
			high: x.high.toString()
		})),
		firstBreakEven: {
			p10: be(r.breakEven.p10),
			p50: be(r.breakEven.p50),
			p90: be(r.breakEven.p90),
			neverShare: r.breakEven.neverShare
		},
		savingAtPlan: {
			p10: num(r.saving.p10, 'USD/month'),
			p50: num(r.saving.p50, 'USD/month'),
			p90: num(r.saving.p90, 'USD/month')
		},
		crossoverMonth: { ...r.crossoverMonth },
		probabilitySelfHostWins: r.probabilitySelfHostWins
	};
}

/**
 * The full evaluation as plain JSON: what `tco evaluate --json` prints; with `monteCarlo`, each
 * pair also carries a seeded Monte Carlo over the default ranges.
 */
export function evaluationToJson(
	s: Scenario,
	inputs: EngineInputs,
	e: Evaluation,
	options: { monteCarlo?: MonteCarloJsonOptions } = {}
) {
	// Each pair with figures carries its timeline and tornado, worked out for all pairs at once so
	// that the pairs of a candidate share its evaluations: by pair index.
	const ok: number[] = [];
	const ids: PairIds[] = [];
	e.pairs.forEach((p, i) => {
		if (!p.ok) return;
		ok.push(i);
		ids.push({ candidateId: p.candidateId, baselineId: p.baselineId });
	});
	const byPair = <T>(xs: T[]) => {
		const out = new Array<T>(e.pairs.length);
		xs.forEach((x, k) => (out[ok[k]] = x));
		return out;
	};
	const overTime = byPair(timelines(inputs, ids, timelineSettings(s)).map(jsonOverTime));
	const sensitivity = byPair(
		tornadoes(inputs, ids, defaultSensitivityInputs()).map((b) => jsonSensitivity(inputs, b))
	);
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
				arrangement: c.sizing.arrangement,
				weights: jsonQuantity(c.sizing.weightsBytes),
				pinned: c.pinned,
				kvBytesPerRequest: jsonQuantity(c.sizing.kvBytesPerRequest),
				degreesTried: c.degreesTried.map((d) =>
					d.ok
						? {
								gpusPerReplica: d.gpusPerReplica,
								arrangement: d.arrangement,
								requestsPerSecond: d.requestsPerSecond.toString(),
								replicas: d.replicas,
								monthlyCostUsd: d.monthlyCost.toString(),
								chosen: d.chosen
							}
						: { gpusPerReplica: d.gpusPerReplica, arrangement: d.arrangement, reason: d.reason }
				),
				throughput: {
					path: c.throughput.path,
					label: c.throughput.label,
					batch: c.throughput.batch,
					batchLimit: c.throughput.batchLimit,
					userTokensPerSecond: c.throughput.userTokensPerSecond.toString(),
					...(c.throughput.calibration
						? {
								calibration: {
									benchmarkId: c.throughput.calibration.benchmark.id,
									own: c.throughput.calibration.benchmark.own,
									measuredTokensPerSecond: c.throughput.calibration.measured.toString(),
									estimatedTokensPerSecond: c.throughput.calibration.estimated.toString(),
									ratio: c.throughput.calibration.ratio.toString()
								}
							}
						: {}),
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
					costPerMTok: c.atPlan.perMTok ? jsonQuantity(c.atPlan.perMTok) : null,
					...jsonSplit(c.atPlan.split, e.volume.value)
				},
				mode: c.mode,
				...(c.curve.kind === 'fleet'
					? {
							fleet: {
								replicas: c.curve.active + c.curve.stair.s.redundancy,
								activeReplicas: c.curve.active
							}
						}
					: {}),
				...(c.hybrid ? { hybrid: jsonHybrid(c.hybrid) } : {})
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
		pairs: e.pairs.map((p, i) =>
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
						cheaperAtPlan: p.cheaperAtPlan,
						...(p.servesUpTo ? { servesUpTo: num(p.servesUpTo, 'tokens/month') } : {}),
						overTime: overTime[i],
						sensitivity: sensitivity[i],
						...(options.monteCarlo
							? {
									monteCarlo: jsonMonteCarlo(
										s,
										inputs,
										p.candidateId,
										p.baselineId,
										options.monteCarlo
									)
								}
							: {})
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
