import { catalog, catalogTextsWritten } from '../catalog';
import { scenarioCatalog } from './entries';
import { figureMeta, type FigureFields, type FigureName, type UnitOf } from '../catalog/labels';
import type { ApiOffering, Figure, GpuSpec, ModelSpec, RentalRate } from '../catalog/types';
import { findRate, rateLabel } from '../catalog/rates';
import { dec, type Decimal } from '../domain/decimal';
import { evaluate, type Evaluation } from '../domain/evaluate';
import type {
	BenchmarkInputs,
	CandidateInputs,
	EngineInputs,
	GpuInputs,
	ModelInputs,
	OfferingInputs,
	ServingInputs,
	WorkloadInputs
} from '../domain/inputs';
import type { Quantity } from '../domain/quantity';
import type { PriceValue, Unit } from '../domain/units';
import { discountRateOf } from '../domain/discount-rate';
import type { TimelineSettings } from '../domain/timeline';
import type { Candidate, Scenario } from './document';
import { fieldDefault } from './document';
import {
	cacheWriteShareField,
	financeFields,
	servingFields,
	workloadFields,
	type FieldSpec
} from './fields';
import { reuser } from './reuse';

/** " (list −20%)" for a negotiated discount of 0.2; '' for none. */
export function discountLabel(discount: string | undefined): string {
	if (discount === undefined || dec(discount).isZero()) return '';
	return ` (list −${dec(discount).mul(100).toString()}%)`;
}

/** Marks the names of the user's own entries, and so every label built from them. */
export const OWN = ' (your entry)';

/** The entry a figure belongs to: its display name, and whether it is the user's own. */
interface Owner {
	name: string;
	own: boolean;
}

/**
 * A Quantity made before, with what it was made from: handed out again while that is unchanged, so
 * an unchanged figure is the same object from one evaluation to the next and whatever the engine
 * worked out from it is reused (reuse.ts). Keyed by the catalog figure, the override record or the
 * field it comes from: the text is compared, since a user's own entry may be edited in place.
 */
interface Made {
	text: string;
	label: string;
	source: string;
	q: Quantity;
}
const byFigure = new WeakMap<Figure, Made>();
const byOverride = new WeakMap<Record<string, string>, Map<string, Made>>();
function made(
	last: Made | undefined,
	text: string,
	label: string,
	source: string,
	make: () => Quantity
): Made {
	return last && last.text === text && last.label === label && last.source === source
		? last
		: { text, label, source, q: make() };
}

/** A catalog figure as the engine sees it, with the scenario's override applied. */
function figure<F extends FigureName>(
	entry: Owner,
	field: F,
	fig: Figure | undefined,
	override: Record<string, string> | undefined
): Quantity<PriceValue<UnitOf<F>>> | undefined {
	const meta = figureMeta[field];
	// The figure table names the unit, so a price comes out carrying it in its type.
	const value = (s: string) => dec(s) as PriceValue<UnitOf<F>>;
	const label = `${entry.name}: ${meta.label}`;
	const o = override?.[field];
	if (override && o !== undefined) {
		const was = fig ? ` (catalog: ${fig.value}, ${fig.source})` : '';
		const source = `your override${was}`;
		let madeFor = byOverride.get(override);
		if (!madeFor) byOverride.set(override, (madeFor = new Map()));
		const m = made(madeFor.get(field), o, label, source, () => ({
			label,
			value: value(o),
			unit: meta.unit,
			source,
			overridden: true
		}));
		madeFor.set(field, m);
		return m.q as Quantity<PriceValue<UnitOf<F>>>;
	}
	if (!fig) return undefined;
	const source = entry.own ? `your entry: ${fig.source}` : fig.source;
	const m = made(byFigure.get(fig), `${fig.value}|${fig.asOf}`, label, source, () => ({
		label,
		value: value(fig.value),
		unit: meta.unit,
		source,
		asOf: fig.asOf
	}));
	byFigure.set(fig, m);
	return m.q as Quantity<PriceValue<UnitOf<F>>>;
}

const must = <V extends Decimal>(q: Quantity<V> | undefined, what: string): Quantity<V> => {
	if (!q) throw new Error(`catalog entry lacks ${what}`);
	return q;
};

export function resolveModel(m: ModelSpec, o?: Record<string, string>, own = false): ModelInputs {
	const at: Owner = { name: own ? m.name + OWN : m.name, own };
	const f = (k: FigureFields<ModelSpec>) => must(figure(at, k, m[k], o), k);
	return {
		id: m.id,
		name: at.name,
		own,
		totalParams: f('totalParams'),
		activeParams: f('activeParams'),
		layers: f('layers'),
		kvHeads: f('kvHeads'),
		headDim: f('headDim'),
		contextLength: f('contextLength'),
		attention: m.attention,
		kvBytesPerTokenBf16: figure(at, 'kvBytesPerTokenBf16', m.kvBytesPerTokenBf16, o),
		...moeOf(at, m, o),
		...slidingOf(at, m, o),
		reasoningTokensPerRequest: figure(
			at,
			'reasoningTokensPerRequest',
			m.reasoningTokensPerRequest,
			o
		),
		measuredEfficiency: figure(at, 'measuredEfficiency', m.measuredEfficiency, o)
	};
}

/** The MoE figures, all four or none (a model with some missing is served as dense: all weights read). */
function moeOf(at: Owner, m: ModelSpec, o?: Record<string, string>): Pick<ModelInputs, 'moe'> {
	const experts = figure(at, 'moeExperts', m.moeExperts, o);
	const expertsPerToken = figure(at, 'moeExpertsPerToken', m.moeExpertsPerToken, o);
	const layers = figure(at, 'moeLayers', m.moeLayers, o);
	const paramsPerExpert = figure(at, 'moeParamsPerExpert', m.moeParamsPerExpert, o);
	if (!experts || !expertsPerToken || !layers || !paramsPerExpert) return {};
	if (!experts.value.gt(0) || expertsPerToken.value.gt(experts.value)) return {};
	return { moe: { experts, expertsPerToken, layers, paramsPerExpert } };
}

function slidingOf(
	at: Owner,
	m: ModelSpec,
	o?: Record<string, string>
): Pick<ModelInputs, 'slidingWindow'> {
	const layers = figure(at, 'slidingWindowLayers', m.slidingWindowLayers, o);
	const tokens = figure(at, 'slidingWindowTokens', m.slidingWindowTokens, o);
	return layers && tokens ? { slidingWindow: { layers, tokens } } : {};
}

/**
 * A GPU as the engine sees it. With `rate` (a rental rate of this GPU from the catalog's rate
 * table), that rate is its cloud price; an override of cloudUsdPerGpuHour still wins.
 */
export function resolveGpu(
	g: GpuSpec,
	o?: Record<string, string>,
	own = false,
	rate?: RentalRate
): GpuInputs {
	const at: Owner = { name: own ? g.name + OWN : g.name, own };
	const chosen: Partial<GpuSpec> = rate
		? {
				cloudUsdPerGpuHour: {
					...rate.usdPerGpuHour,
					source: `rental rate ${rate.id} (${rateLabel(rate)}): ${rate.usdPerGpuHour.source}`
				}
			}
		: {};
	const spec = { ...g, ...chosen };
	const opt = <K extends FigureFields<GpuSpec>>(k: K) => figure(at, k, spec[k], o);
	return {
		id: g.id,
		name: at.name,
		own,
		memoryGB: must(opt('memoryGB'), 'memoryGB'),
		memoryBandwidthTBps: must(opt('memoryBandwidthTBps'), 'memoryBandwidthTBps'),
		denseBf16Tflops: must(opt('denseBf16Tflops'), 'denseBf16Tflops'),
		denseFp8Tflops: opt('denseFp8Tflops'),
		denseFp4Tflops: opt('denseFp4Tflops'),
		tdpWatts: must(opt('tdpWatts'), 'tdpWatts'),
		stackEfficiency: opt('stackEfficiency'),
		purchasePriceUsd: opt('purchasePriceUsd'),
		cloudUsdPerGpuHour: opt('cloudUsdPerGpuHour'),
		cloudUsdPerGpuMonth: opt('cloudUsdPerGpuMonth')
	};
}

export function resolveOffering(
	a: ApiOffering,
	o?: Record<string, string>,
	own = false,
	discount?: string
): OfferingInputs {
	const name = (own ? a.name + OWN : a.name) + discountLabel(discount);
	const opt = <K extends FigureFields<ApiOffering>>(k: K) => figure({ name, own }, k, a[k], o);
	const input = must(opt('inputUsdPerMTok'), 'inputUsdPerMTok');
	const cached = opt('cachedInputUsdPerMTok') ?? {
		...input,
		label: `${name}: ${figureMeta.cachedInputUsdPerMTok.label}`,
		source: `no cache price published: billed as input (${input.source})`
	};
	const lcThreshold = opt('longContextThresholdTokens');
	const lcInput = opt('longContextInputUsdPerMTok');
	const lcOutput = opt('longContextOutputUsdPerMTok');
	const longContext =
		lcThreshold && lcInput && lcOutput
			? {
					thresholdTokens: lcThreshold,
					inputUsdPerMTok: lcInput,
					outputUsdPerMTok: lcOutput,
					cachedInputUsdPerMTok: opt('longContextCachedInputUsdPerMTok') ?? {
						...lcInput,
						label: `${name}: ${figureMeta.longContextCachedInputUsdPerMTok.label}`,
						source: `no long-context cache price published: billed as long-context input (${lcInput.source})`
					},
					cacheWriteUsdPerMTok: opt('longContextCacheWriteUsdPerMTok')
				}
			: undefined;
	const none = (field: FigureName, why: string): Quantity => ({
		label: `${name}: ${figureMeta[field].label}`,
		value: dec(0),
		unit: figureMeta[field].unit,
		source: why
	});
	return {
		id: a.id,
		name,
		own,
		provider: a.provider,
		inputUsdPerMTok: input,
		outputUsdPerMTok: must(opt('outputUsdPerMTok'), 'outputUsdPerMTok'),
		cachedInputUsdPerMTok: cached,
		batchDiscount: opt('batchDiscount') ?? none('batchDiscount', 'no batch API published'),
		fixedMonthlyUsd: opt('fixedMonthlyUsd') ?? none('fixedMonthlyUsd', 'no fixed fee'),
		cacheWriteUsdPerMTok: opt('cacheWriteUsdPerMTok'),
		longContext,
		reasoningTokensPerRequest: opt('reasoningTokensPerRequest'),
		negotiatedDiscount:
			discount === undefined
				? undefined
				: {
						label: `${name}: negotiated discount`,
						value: dec(discount),
						unit: 'share off list',
						source: 'scenario input (baseline discount)'
					}
	};
}

const bySectionField = new WeakMap<FieldSpec, Made>();
function section<F extends readonly FieldSpec[]>(fields: F, values: Record<string, unknown>) {
	const out = {} as Record<F[number]['key'], Quantity>;
	for (const f of fields) {
		const d = fieldDefault(f);
		const v = values[f.key];
		const isDefault = v === d.value;
		const source = isDefault ? d.source : 'scenario input';
		const m = made(
			bySectionField.get(f),
			`${String(v)}|${isDefault ? d.asOf : ''}`,
			f.label,
			source,
			() => ({
				label: f.label,
				value: dec(String(v)),
				unit: f.unit,
				source,
				asOf: isDefault ? d.asOf : undefined
			})
		);
		bySectionField.set(f, m);
		out[f.key as F[number]['key']] = m.q;
	}
	return out;
}

const catalogBenchmarks: BenchmarkInputs[] = catalog.benchmarks.map((b) => ({
	id: b.id,
	modelId: b.modelId,
	gpuId: b.gpuId,
	gpus: b.gpus,
	...(b.arrangement ? { arrangement: b.arrangement } : {}),
	precision: b.precision,
	scope: b.kind === 'engine' ? 'replica' : 'system',
	own: false,
	engine: b.engine.startsWith('TensorRT-LLM') ? 'TensorRT-LLM' : b.engine,
	inputTokens: b.inputTokens,
	outputTokens: b.outputTokens,
	outputTokensPerSecond: {
		label: `benchmark ${b.id}: output throughput of ${b.gpus} GPU${b.gpus === 1 ? '' : 's'}`,
		value: dec(b.outputTokensPerSecondPerGpu.value).mul(b.gpus),
		unit: 'tokens/s',
		source: b.outputTokensPerSecondPerGpu.source,
		asOf: b.outputTokensPerSecondPerGpu.asOf
	},
	conditions: b.conditions
}));

/** The user's own measurements, marked as theirs; they come before the catalog's. */
function ownBenchmarks(s: Scenario): BenchmarkInputs[] {
	return s.custom.benchmarks.map((b) => ({
		id: b.id,
		modelId: b.modelId,
		gpuId: b.gpuId,
		gpus: Number(b.gpusPerReplica),
		precision: b.precision,
		scope: 'replica',
		own: true,
		inputTokens: Number(b.inputTokens),
		outputTokens: Number(b.outputTokens),
		outputTokensPerSecond: {
			label: `your measurement ${b.id}: output tokens/s per replica`,
			value: dec(b.outputTokensPerSecond),
			unit: 'tokens/s',
			source: `your measurement: ${b.source}`,
			asOf: b.asOf
		},
		conditions: `your measurement: ${b.source}${b.note ? ` (${b.note})` : ''}`
	}));
}

/** The scenario's finance-timeline settings, for src/lib/domain/timeline.ts. */
export function timelineSettings(s: Scenario): TimelineSettings {
	return {
		horizonMonths: Number(s.timeline.horizonMonths),
		monthlyGrowth: dec(s.workload.monthlyGrowth),
		apiPriceChangePerYear: dec(s.timeline.apiPriceChangePerYear),
		leadTimeMonths: Number(s.timeline.leadTimeMonths),
		// 'auto' (the default): the cost of capital, and the timeline says so.
		...discountRateOf(
			s.timeline.discountRate === 'auto' ? undefined : dec(s.timeline.discountRate),
			dec(s.finance.costOfCapital)
		)
	};
}

/** The serving settings: the field table's decimals, the switches, and the per-degree efficiencies. */
export function servingInputs(s: Scenario): ServingInputs {
	const q = section(servingFields, s.serving);
	const { tpEfficiency2, tpEfficiency4, tpEfficiency8, tpEfficiency16, ...rest } = q;
	return {
		...rest,
		tpEfficiency: { 2: tpEfficiency2, 4: tpEfficiency4, 8: tpEfficiency8, 16: tpEfficiency16 },
		shiftBatchOffPeak: s.serving.shiftBatchOffPeak,
		useBenchmarks: s.serving.useBenchmarks,
		prefixCaching: s.serving.prefixCaching,
		kvCachePrecision: s.serving.kvCachePrecision
	};
}

/** A decimal string the user entered for this candidate, as a Quantity marked as theirs. */
const own = (label: string, value: string, unit: Unit): Quantity => ({
	label,
	value: dec(value),
	unit,
	source: 'your entry for this candidate'
});

/** A candidate's own terms (serving, fleet, overflow API, rental, one-off costs) for the engine. */
function candidateTerms(
	c: Candidate,
	baselineOf: Map<string, OfferingInputs>
): Partial<CandidateInputs> {
	const out: Partial<CandidateInputs> = {};
	if (c.serving) {
		const sv: NonNullable<CandidateInputs['serving']> = {};
		const t = c.serving;
		if (t.targetUtilization !== undefined)
			sv.targetUtilization = own('Target utilisation at peak', t.targetUtilization, 'share 0–1');
		if (t.minReplicas !== undefined)
			sv.minReplicas = own('Minimum replicas', t.minReplicas, 'replicas');
		if (t.redundancy !== undefined)
			sv.redundancy = own('Redundant replicas', t.redundancy, 'replicas');
		out.serving = sv;
	}
	if (c.fleet) out.fleet = { ...c.fleet };
	if (c.overflow) {
		const o = baselineOf.get(c.overflow);
		if (!o) throw new Error(`candidate ${c.id}: overflow ${c.overflow} is not a baseline`);
		out.overflow = o;
	}
	if (c.rental && c.acquisition === 'rent') {
		const r = c.rental;
		out.rental =
			r.kind === 'committed'
				? {
						kind: 'committed',
						months: r.months,
						discount: own('Commitment discount', r.discount, 'share 0–0.95'),
						renews: r.renews ?? false
					}
				: r.kind === 'autoscaled'
					? { kind: 'autoscaled', minReplicas: r.minReplicas ?? 1 }
					: { kind: 'on-demand' };
	}
	if (c.oneOff?.length)
		out.oneOffCosts = c.oneOff.map((o) => ({
			label: o.label,
			amountUsd: own(o.label, o.amountUsd, 'USD'),
			month: o.month
		}));
	return out;
}

/** Equal parts of the inputs resolved last are handed out again (reuse.ts), so the engine's memos hold. */
const reuse = reuser<EngineInputs>();

/**
 * Turn a validated scenario into the engine's inputs: catalog figures merged with overrides,
 * every value a Decimal with its source. The scenario must have passed parseScenario.
 */
export function resolveScenario(s: Scenario): EngineInputs {
	// Monthly growth is a setting of the timeline (timelineSettings), not of the plan's workload.
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { monthlyGrowth, ...planned } = section(workloadFields, s.workload);
	const workload: WorkloadInputs = planned;
	if (s.workload.cacheWriteShare !== undefined)
		workload.cacheWriteShare = {
			label: cacheWriteShareField.label,
			value: dec(s.workload.cacheWriteShare),
			unit: cacheWriteShareField.unit,
			source: 'scenario input'
		};
	const key = entriesKey(s);
	const inputs = reuse({
		workload,
		finance: {
			...section(financeFields, s.finance),
			nodeCostBasis: s.finance.nodeCostBasis,
			colocationBasis: s.finance.colocationBasis
		},
		serving: servingInputs(s),
		...(lastEntries?.key === key ? lastEntries.entries : resolveEntries(s))
	});
	const { candidates, baselines, benchmarks } = inputs;
	lastEntries = { key, entries: { candidates, baselines, benchmarks } };
	return inputs;
}

type Entries = Pick<EngineInputs, 'candidates' | 'baselines' | 'benchmarks'>;

/**
 * The candidates, baselines and benchmarks resolved last (as reuse handed them out), with the text
 * of everything they were resolved from. An edit of the workload, finance or serving settings, as
 * every keystroke in the volume is, hands them out again without resolving them nor comparing them
 * member by member: on the full catalog (1,612 candidates × 100 APIs) that was a fifth of an
 * evaluation. The key is the text of the scenario's parts, not their objects, so a part changed in
 * place is still seen.
 */
let lastEntries: { key: string; entries: Entries } | undefined;

/** Everything resolveEntries reads: the scenario's entries, the user's own, the overrides, the texts. */
const entriesKey = (s: Scenario): string =>
	JSON.stringify([s.candidates, s.baselines, s.custom, s.overrides, catalogTextsWritten()]);

/** The scenario's candidates, API baselines and benchmarks, from the catalog and the user's entries. */
function resolveEntries(s: Scenario): Entries {
	const { findModel, findGpu, findOffering, isOwn } = scenarioCatalog(s.custom);
	const models = new Map<string, ModelInputs>();
	const gpus = new Map<string, GpuInputs>();
	const baselines = s.baselines.map((b) => {
		const o = findOffering(b.offeringId);
		if (!o)
			throw new Error(`baseline ${b.offeringId}: unknown offering (validate the scenario first)`);
		return resolveOffering(o, s.overrides.offerings[o.id], isOwn('offerings', o.id), b.discount);
	});
	const baselineOf = new Map(s.baselines.map((b, i) => [b.offeringId, baselines[i]]));
	const candidates: CandidateInputs[] = s.candidates.map((c) => {
		const m = findModel(c.modelId);
		const g = findGpu(c.gpuId);
		if (!m || !g)
			throw new Error(`candidate ${c.id}: unknown model or GPU (validate the scenario first)`);
		// Many candidates share a model or a GPU: resolve each entry once.
		let model = models.get(m.id);
		if (!model)
			models.set(m.id, (model = resolveModel(m, s.overrides.models[m.id], isOwn('models', m.id))));
		const rate = c.rate ? findRate(c.rate) : undefined;
		const gpuKey = rate ? `${g.id}|${rate.id}` : g.id;
		let gpu = gpus.get(gpuKey);
		if (!gpu)
			gpus.set(gpuKey, (gpu = resolveGpu(g, s.overrides.gpus[g.id], isOwn('gpus', g.id), rate)));
		return {
			id: c.id,
			label:
				c.label ||
				`${model.name} · ${gpu.name} · ${c.precision.toUpperCase()} · ${c.acquisition}${rate ? ` (${rateLabel(rate)})` : ''}`,
			model,
			gpu,
			precision: c.precision,
			acquisition: c.acquisition,
			...(c.gpusPerReplica ? { gpusPerReplica: c.gpusPerReplica } : {}),
			...candidateTerms(c, baselineOf)
		};
	});
	return { candidates, baselines, benchmarks: [...ownBenchmarks(s), ...catalogBenchmarks] };
}

/**
 * The one join between a scenario and the engine: its resolved inputs and their evaluation. The page,
 * the command line, the exports, the comparison and the embed all evaluate a scenario through it.
 */
export function evaluateScenario(s: Scenario): { inputs: EngineInputs; evaluation: Evaluation } {
	const inputs = resolveScenario(s);
	return { inputs, evaluation: evaluate(inputs) };
}
