import { catalog } from '../catalog';
import { findRate, ratesOf } from '../catalog/rates';
import type { AcquisitionMode, Figure, Precision } from '../catalog/types';
import {
	checkField,
	figureField,
	financeFields,
	servingFields,
	workloadFields,
	type FieldSpec,
	type FinanceKey,
	type ServingKey,
	timelineFields,
	type TimelineKey,
	type WorkloadKey
} from './fields';
import { emptyCustom, scenarioCatalog, type CustomEntries } from './entries';
import type { KvCachePrecision } from '../domain/inputs';
import { migrate } from './migrate';
import { findReservedKey } from './reserved-keys';
import { issue, refusal, type Issue, type Refusal } from './issues';
import { defaultAnalysis, type Analysis } from './analysis';
import { SCENARIO_VERSION, validateDocument } from './schema';

export interface Candidate {
	id: string;
	label?: string;
	modelId: string;
	gpuId: string;
	precision: Precision;
	acquisition: AcquisitionMode;
	/** GPUs per replica pinned by the user; absent means "auto" (the cheapest size that fits). */
	gpusPerReplica?: number;
	/** A rental rate id of the GPU (catalog rate table); absent: the GPU's typical rate. */
	rate?: string;
	/** This candidate's serving terms, decimal strings; absent values follow `serving`. */
	serving?: { targetUtilization?: string; minReplicas?: string; redundancy?: string };
	/** A fixed fleet: every replica (redundant ones included), or GPUs in whole replicas. */
	fleet?: { replicas: number } | { gpus: number };
	/** An offering id of one of the baselines: it serves what the self-hosted capacity does not. */
	overflow?: string;
	/** How rented GPUs are paid for (rent only); absent: on demand. */
	rental?: CandidateRental;
	/** One-off costs: setup, migration, fine-tuning, integration. */
	oneOff?: { label: string; amountUsd: string; month: number }[];
}
export type CandidateRental =
	| { kind: 'on-demand' }
	| { kind: 'committed'; months: number; discount: string; renews?: boolean }
	| { kind: 'autoscaled'; minReplicas?: number };
export interface Baseline {
	offeringId: string;
	/** Negotiated discount off list, a decimal string 0 to 0.95; absent: list prices. */
	discount?: string;
}
export type OverrideKind = 'models' | 'gpus' | 'offerings';
export type Overrides = Record<OverrideKind, Record<string, Record<string, string>>>;

/** A complete scenario document: every value present, decimals as strings (exact round trip). */
export interface Scenario {
	version: typeof SCENARIO_VERSION;
	name: string;
	notes: string;
	/** cacheWriteShare is optional: left out, it follows from the workload (api-cost.ts). */
	workload: Record<WorkloadKey, string> & { cacheWriteShare?: string };
	finance: Record<FinanceKey, string> & {
		nodeCostBasis: 'share' | 'whole';
		colocationBasis: 'contracted' | 'average';
	};
	serving: Record<ServingKey, string> & {
		shiftBatchOffPeak: boolean;
		useBenchmarks: boolean;
		prefixCaching: boolean;
		kvCachePrecision: KvCachePrecision;
	};
	/** Settings of the finance timeline. */
	timeline: Record<TimelineKey, string>;
	candidates: Candidate[];
	baselines: Baseline[];
	/** The user's own models, GPUs and API offerings, in catalog format. */
	custom: CustomEntries;
	overrides: Overrides;
	/** The analysis on the page: pair, timeline view, tornado, Monte Carlo (analysis.ts). */
	analysis: Analysis;
}

/** Largest scenario text accepted, in characters: a scenario is a few kilobytes. */
export const MAX_SCENARIO_CHARS = 512 * 1024;

/** The default of a field, with its source: the field's own, else the catalog's assumption. */
export function fieldDefault(f: FieldSpec): { value: string; source: string; asOf?: string } {
	if (f.default) return f.default;
	const a = (catalog.assumptions as Record<string, Figure | undefined>)[f.key];
	if (!a)
		throw new Error(
			`no default for ${f.key}: add it to the field table or the catalog assumptions`
		);
	return { value: a.value, source: a.source, asOf: a.asOf };
}

function defaults<F extends readonly FieldSpec[]>(fields: F): Record<F[number]['key'], string> {
	const out = {} as Record<string, string>;
	for (const f of fields) out[f.key] = fieldDefault(f).value;
	return out as Record<F[number]['key'], string>;
}

/** The default candidates and baselines: three deployments against three APIs. */
export const DEFAULT_CANDIDATES: Candidate[] = [
	{ id: 'c1', modelId: 'llama-3.3-70b', gpuId: 'h100-sxm', precision: 'fp8', acquisition: 'rent' },
	{ id: 'c2', modelId: 'llama-3.3-70b', gpuId: 'h100-sxm', precision: 'fp8', acquisition: 'buy' },
	{ id: 'c3', modelId: 'llama-3.1-8b', gpuId: 'h100-sxm', precision: 'fp8', acquisition: 'rent' }
];
export const DEFAULT_BASELINES: Baseline[] = [
	{ offeringId: 'openai/gpt-4o-mini' },
	{ offeringId: 'openai/gpt-4.1' },
	{ offeringId: 'anthropic/claude-3-5-haiku-20241022' }
];

/** A meaningful scenario with no input at all. */
export function defaultScenario(): Scenario {
	return {
		version: SCENARIO_VERSION,
		name: 'Untitled scenario',
		notes: '',
		workload: defaults(workloadFields),
		finance: { ...defaults(financeFields), nodeCostBasis: 'share', colocationBasis: 'contracted' },
		serving: {
			...defaults(servingFields),
			shiftBatchOffPeak: true,
			useBenchmarks: true,
			prefixCaching: true,
			kvCachePrecision: '16-bit'
		},
		timeline: defaults(timelineFields),
		candidates: DEFAULT_CANDIDATES.map((c) => ({ ...c })),
		baselines: DEFAULT_BASELINES.map((b) => ({ ...b })),
		custom: emptyCustom(),
		overrides: { models: {}, gpus: {}, offerings: {} },
		analysis: defaultAnalysis()
	};
}

/** A scenario, or why it is refused: each issue at its path, and the same as text lines. */
export type ParseResult = { ok: true; scenario: Scenario } | Refusal;

/** Figure fields of a catalog entry, by name. */
function figureNames(entry: object): string[] {
	return Object.entries(entry)
		.filter(([, v]) => v && typeof v === 'object' && 'value' in v && 'source' in v)
		.map(([k]) => k);
}

/**
 * Validate a scenario document (already parsed from JSON), migrate it to the current version and
 * fill every missing value with its default. Any problem refuses the whole document: the issues
 * name the field, its value and the allowed range.
 */
export function parseScenario(input: unknown): ParseResult {
	const reserved = findReservedKey(input);
	if (reserved)
		return refusal([
			issue(reserved, `the key "${reserved.at(-1)}" is not allowed (a reserved name)`)
		]);
	const migrated = migrate(input);
	if (!migrated.ok) return migrated;
	const r = validateDocument(migrated.document);
	if (!r.ok) return r;
	const d = r.data;
	const base = defaultScenario();
	const s: Scenario = {
		version: SCENARIO_VERSION,
		name: d.name ?? base.name,
		notes: d.notes ?? '',
		workload: { ...base.workload, ...stripUndefined(d.workload) },
		finance: { ...base.finance, ...stripUndefined(d.finance) },
		serving: { ...base.serving, ...stripUndefined(d.serving) },
		timeline: { ...base.timeline, ...stripUndefined(d.timeline) },
		candidates: d.candidates
			? d.candidates.map((c) => {
					// "auto" is the default (left out); a number keeps its place among the keys.
					const out = { ...c } as Candidate & { gpusPerReplica?: number | string };
					if (c.gpusPerReplica === undefined || c.gpusPerReplica === 'auto')
						delete out.gpusPerReplica;
					else out.gpusPerReplica = Number(c.gpusPerReplica);
					return out as Candidate;
				})
			: base.candidates,
		baselines: d.baselines ?? base.baselines,
		custom: {
			models: d.custom?.models ?? [],
			gpus: d.custom?.gpus ?? [],
			offerings: d.custom?.offerings ?? [],
			benchmarks: d.custom?.benchmarks ?? []
		} as CustomEntries,
		overrides: {
			models: d.overrides?.models ?? {},
			gpus: d.overrides?.gpus ?? {},
			offerings: d.overrides?.offerings ?? {}
		},
		analysis: {
			...base.analysis,
			...stripUndefined(d.analysis),
			sensitivity: { ...base.analysis.sensitivity, ...stripUndefined(d.analysis?.sensitivity) },
			ranges: stripUndefined(d.analysis?.ranges) as Analysis['ranges']
		}
	};
	const issues = crossCheck(s);
	return issues.length ? refusal(issues) : { ok: true, scenario: s };
}

function stripUndefined<T extends object>(o: T | undefined): Partial<T> {
	if (!o) return {};
	return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** References into the catalog must exist; candidate ids and the user's entry ids must be unique. */
function crossCheck(s: Scenario): Issue[] {
	const issues: Issue[] = [];
	const bundled = {
		models: new Set(catalog.models.map((m) => m.id)),
		gpus: new Set(catalog.gpus.map((g) => g.id)),
		offerings: new Set(catalog.offerings.map((o) => o.id))
	};
	for (const kind of ['models', 'gpus', 'offerings'] as const) {
		const seenOwn = new Set<string>();
		s.custom[kind].forEach((e, i) => {
			if (bundled[kind].has(e.id)) {
				issues.push(
					issue(
						['custom', kind, i, 'id'],
						`"${e.id}" is already a catalog entry; choose another id`
					)
				);
			} else if (seenOwn.has(e.id)) {
				issues.push(
					issue(['custom', kind, i, 'id'], `"${e.id}" is used twice; ids must be unique`)
				);
			}
			seenOwn.add(e.id);
		});
	}
	// Figures of the user's own entries: the same ranges as overrides (a batch discount at most 1).
	for (const kind of ['models', 'gpus', 'offerings'] as const) {
		s.custom[kind].forEach((e, i) => {
			for (const [f, v] of Object.entries(e)) {
				if (!v || typeof v !== 'object' || !('value' in v)) continue;
				const range = checkField(figureField(f), (v as { value: string }).value);
				if (!range.ok) issues.push(issue(['custom', kind, i, f, 'value'], range.message));
			}
		});
	}
	const cat = scenarioCatalog(s.custom);
	const seen = new Set<string>();
	s.candidates.forEach((c, i) => {
		if (seen.has(c.id))
			issues.push(issue(['candidates', i, 'id'], `"${c.id}" is used twice; ids must be unique`));
		seen.add(c.id);
		if (!cat.findModel(c.modelId))
			issues.push(issue(['candidates', i, 'modelId'], `unknown model "${c.modelId}"`));
		if (!cat.findGpu(c.gpuId))
			issues.push(issue(['candidates', i, 'gpuId'], `unknown GPU "${c.gpuId}"`));
		else if (c.rate !== undefined && findRate(c.rate)?.gpuId !== c.gpuId) {
			const own = ratesOf(c.gpuId).map((r) => r.id);
			issues.push(
				issue(
					['candidates', i, 'rate'],
					`"${c.rate}" is not a rental rate of GPU "${c.gpuId}"; ${own.length ? `its rates: ${own.join(', ')}` : 'the catalog has no rates for it'}`
				)
			);
		}
	});
	// A candidate's own terms: an overflow API must be a baseline; rental terms need rented GPUs.
	const baselineIds = new Set(s.baselines.map((b) => b.offeringId));
	const horizon = Number(s.timeline.horizonMonths);
	s.candidates.forEach((c, i) => {
		const at = (...rest: string[]) => ['candidates', i, ...rest];
		if (c.overflow !== undefined && !baselineIds.has(c.overflow))
			issues.push(
				issue(
					at('overflow'),
					`"${c.overflow}" is not one of the scenario's API baselines; add it as a baseline first (baselines: ${[...baselineIds].join(', ') || 'none'})`
				)
			);
		if (c.rental && c.acquisition !== 'rent')
			issues.push(
				issue(at('rental'), 'rental terms apply to rented GPUs; this candidate buys them')
			);
		if (c.rental?.kind === 'autoscaled' && c.fleet)
			issues.push(
				issue(
					at('rental'),
					'autoscaled rent follows demand; a fixed fleet does not (remove one of them)'
				)
			);
		if (c.rental?.kind === 'autoscaled' && c.overflow !== undefined)
			issues.push(
				issue(
					at('rental'),
					'autoscaled rent follows demand, so nothing overflows; an overflow API needs a fixed fleet or on-demand or committed capacity'
				)
			);
		c.oneOff?.forEach((o, j) => {
			if (o.month > horizon)
				issues.push(
					issue(
						[...at('oneOff'), j, 'month'],
						`month ${o.month} is after the ${horizon}-month horizon; pay it within the horizon or lengthen it`
					)
				);
		});
		if (c.rental?.kind === 'committed' && c.rental.months > horizon && !c.rental.renews)
			issues.push(
				issue(
					at('rental', 'months'),
					`a ${c.rental.months}-month commitment outruns the ${horizon}-month horizon; shorten it, lengthen the horizon, or state "renews": true`
				)
			);
	});
	// FP4 runs on FP4 tensor cores only: a GPU without the figure (nor an override giving it) refuses it.
	const hasFp4 = (gpuId: string) => {
		const g = cat.findGpu(gpuId);
		return Boolean(g?.denseFp4Tflops || s.overrides.gpus[gpuId]?.denseFp4Tflops);
	};
	const fp4Problem = (gpuId: string) =>
		`FP4 needs FP4 tensor cores; ${cat.findGpu(gpuId)?.name ?? gpuId} has none (no dense FP4 TFLOPS): choose bf16, fp8 or int4, or a GPU with FP4`;
	s.candidates.forEach((c, i) => {
		if (c.precision === 'fp4' && cat.findGpu(c.gpuId) && !hasFp4(c.gpuId))
			issues.push(issue(['candidates', i, 'precision'], fp4Problem(c.gpuId)));
	});
	const seenBench = new Set<string>();
	s.custom.benchmarks.forEach((b, i) => {
		const at = (key: string) => ['custom', 'benchmarks', i, key];
		if (seenBench.has(b.id))
			issues.push(issue(at('id'), `"${b.id}" is used twice; ids must be unique`));
		seenBench.add(b.id);
		if (!cat.findModel(b.modelId))
			issues.push(
				issue(
					at('modelId'),
					`unknown model "${b.modelId}"; measure a catalog model or add yours first`
				)
			);
		if (!cat.findGpu(b.gpuId)) issues.push(issue(at('gpuId'), `unknown GPU "${b.gpuId}"`));
		else if (b.precision === 'fp4' && !hasFp4(b.gpuId))
			issues.push(issue(at('precision'), fp4Problem(b.gpuId)));
	});
	const listed = new Set<string>();
	s.baselines.forEach((b, i) => {
		if (listed.has(b.offeringId))
			issues.push(
				issue(
					['baselines', i, 'offeringId'],
					`"${b.offeringId}" is listed twice; each offering is a baseline once`
				)
			);
		listed.add(b.offeringId);
		if (!cat.findOffering(b.offeringId))
			issues.push(issue(['baselines', i, 'offeringId'], `unknown API offering "${b.offeringId}"`));
	});
	const finders: Record<OverrideKind, (id: string) => object | undefined> = {
		models: cat.findModel,
		gpus: cat.findGpu,
		offerings: cat.findOffering
	};
	for (const kind of ['models', 'gpus', 'offerings'] as const) {
		for (const [entryId, fields] of Object.entries(s.overrides[kind])) {
			const entry = finders[kind](entryId);
			if (!entry) {
				issues.push(issue(['overrides', kind, entryId], 'unknown catalog entry'));
				continue;
			}
			const allowed = overridableFields(kind, entry);
			for (const [f, value] of Object.entries(fields)) {
				const range = checkField(figureField(f), value);
				const at = ['overrides', kind, entryId, f];
				if (!range.ok) issues.push(issue(at, range.message));
				if (!allowed.includes(f))
					issues.push(issue(at, `not a figure of this entry; allowed: ${allowed.join(', ')}`));
			}
		}
	}
	return issues;
}

/** Figures a scenario may override: those the entry has, plus optional ones it lacks (a price to enter). */
export function overridableFields(kind: OverrideKind, entry: object): string[] {
	const optional: Record<OverrideKind, string[]> = {
		models: ['kvBytesPerTokenBf16', 'reasoningTokensPerRequest', 'measuredEfficiency'],
		gpus: [
			'denseFp8Tflops',
			'denseFp4Tflops',
			'stackEfficiency',
			'purchasePriceUsd',
			'cloudUsdPerGpuHour',
			'cloudUsdPerGpuMonth'
		],
		offerings: [
			'cachedInputUsdPerMTok',
			'batchDiscount',
			'fixedMonthlyUsd',
			'cacheWriteUsdPerMTok',
			'reasoningTokensPerRequest',
			'longContextThresholdTokens',
			'longContextInputUsdPerMTok',
			'longContextOutputUsdPerMTok',
			'longContextCachedInputUsdPerMTok',
			'longContextCacheWriteUsdPerMTok'
		]
	};
	return [...new Set([...figureNames(entry), ...optional[kind]])];
}

/**
 * Parse scenario text (a file or a decoded link). Refuses oversized input before parsing it.
 */
export function parseScenarioText(text: string): ParseResult {
	if (text.length > MAX_SCENARIO_CHARS) {
		return refusal([
			issue(
				['scenario'],
				`${text.length} characters is too large; the limit is ${MAX_SCENARIO_CHARS}`
			)
		]);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		return refusal([issue(['scenario'], `not valid JSON (${(e as Error).message})`)]);
	}
	return parseScenario(json);
}

/** The document as JSON text: stable key order, decimals as strings. */
export function serializeScenario(s: Scenario): string {
	return JSON.stringify(s, null, 2) + '\n';
}

/**
 * Check a changed scenario as a loaded file would be checked, and that it still fits a saved
 * scenario or a link. The page's editors store a scenario only after this accepts it.
 */
export function validateScenario(next: Scenario): ParseResult {
	const size = serializeScenario(next).length;
	if (size > MAX_SCENARIO_CHARS)
		return refusal([
			issue(
				['scenario'],
				`${size.toLocaleString('en-US')} characters is over the ${MAX_SCENARIO_CHARS.toLocaleString('en-US')} a saved scenario or link may hold; add fewer entries`
			)
		]);
	return parseScenario(next);
}
