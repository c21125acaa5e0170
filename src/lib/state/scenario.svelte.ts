import { getContext, setContext } from 'svelte';
import { Decimal } from '../domain/decimal';
import type { Evaluation } from '../domain/evaluate';
import type { EngineInputs } from '../domain/inputs';
import type { AcquisitionMode, Precision } from '../catalog/types';
import {
	defaultScenario,
	overridableFields,
	parseScenario,
	type Candidate,
	type OverrideKind,
	type Scenario
} from '../scenario/document';
import {
	checkField,
	discountField,
	figureField,
	financeFields,
	servingFields,
	timelineFields,
	workloadFields,
	type FieldSpec
} from '../scenario/fields';
import { evaluateScenario } from '../scenario/resolve';
import { catalogTextsVersion } from './catalog-texts.svelte';
import { figureMetaOf } from '../catalog/labels';
import { scenarioCatalog, type OwnBenchmark, type ScenarioCatalog } from '../scenario/entries';
import type { KvCachePrecision } from '../domain/inputs';
import {
	analysedPair,
	analysisRanges,
	type AnalysedPair,
	type Analysis,
	type AnalysisRange,
	type RangeText
} from '../scenario/analysis';
import type { MonteCarloResult } from '../domain/monte-carlo';
import type { SensitivityKey, UncertainField } from '../domain/pair-inputs';
import { parseNumberInput } from '../scenario/number-input';
import { dec } from '../domain/decimal';
import { serializeScenario } from '../scenario/document';
import { issueText, pathBelow, type Issue } from '../scenario/issues';

/** A catalog entry the scenario uses, for the figures panel. */
export interface EntryInUse {
	kind: OverrideKind;
	id: string;
	name: string;
	/** The user's own entry, not the bundled catalog's. */
	own: boolean;
	entry: object;
	fields: string[];
}

/** Added, or refused with each problem at its scenario path (['custom', 'benchmarks', 0, 'gpuId']). */
export type AddResult = { ok: true; id: string } | { ok: false; errors: Issue[] };

export type Section = 'workload' | 'finance' | 'serving' | 'timeline';
const sectionFields: Record<Section, readonly FieldSpec[]> = {
	workload: workloadFields,
	finance: financeFields,
	serving: servingFields,
	timeline: timelineFields
};

/**
 * The scenario being edited. The document changes only when an input is valid, so the results on
 * screen are always those of the last valid scenario; invalid text stays in `drafts` with its
 * message until it is corrected. Results are derived, never stored.
 */
export class ScenarioStore {
	/** The last valid scenario. Replaced, never edited in place. */
	scenario = $state.raw<Scenario>(defaultScenario());
	/** What the user typed, per field path ("workload.requestsPerDay"), while it differs from the scenario. */
	drafts = $state<Record<string, string>>({});
	/** A message per field path whose draft is invalid. */
	errors = $state<Record<string, string>>({});
	/** True once the browser's saved scenario has been read (autosave starts then). */
	loaded = $state(false);
	/** Set when a link or saved scenario was refused on load. */
	notice = $state<{ kind: 'error' | 'info'; text: string; details?: string[] } | null>(null);

	/** The user's own entries: the same object until they change, whatever else is edited. */
	#custom = $derived(this.scenario.custom);
	/** The bundled catalog plus the user's own entries (made again only when those change). */
	catalog: ScenarioCatalog = $derived(scenarioCatalog(this.#custom));
	/** The last scenario the engine could evaluate, with its results (not reactive: a fallback). */
	#lastGood: { inputs: EngineInputs; evaluation: Evaluation } | undefined;
	/**
	 * The engine's results, or (when the engine throws on this scenario) those of the last scenario
	 * it could evaluate together with the reason, which the summary shows: the numbers on screen are
	 * never stale without a word, and the charts and summary always show the same state.
	 */
	private outcome = $derived.by(() => {
		// Made again once the catalog's texts arrive: the inputs carry their sources.
		catalogTextsVersion();
		try {
			const good = evaluateScenario(this.scenario);
			this.#lastGood = good;
			return { ...good, error: null };
		} catch (e) {
			const fallback = this.#lastGood ?? evaluateDefault();
			return { ...fallback, error: e instanceof Error ? e.message : String(e) };
		}
	});
	inputs: EngineInputs = $derived(this.outcome.inputs);
	evaluation: Evaluation = $derived(this.outcome.evaluation);
	/** Why the current scenario could not be evaluated (the results shown are the last good ones). */
	evaluationError: string | null = $derived(this.outcome.error);
	/** The analysed pair (the chosen one, or the first with figures). */
	pair: AnalysedPair | undefined = $derived(analysedPair(this.evaluation, this.scenario.analysis));
	/** The Monte Carlo ranges in use: the user's where entered, else derived from the pair. */
	ranges: AnalysisRange[] = $derived(
		this.pair ? analysisRanges(this.inputs, this.scenario, this.pair) : []
	);
	/**
	 * The last Monte Carlo run on the page, with the scenario it ran on: an export of that same
	 * scenario reports exactly these figures instead of running again.
	 */
	monteCarlo = $state.raw<{ scenario: string; result: MonteCarloResult } | null>(null);
	/** The page's Monte Carlo result when it belongs to the scenario as it is now. */
	currentMonteCarlo(): MonteCarloResult | undefined {
		const mc = this.monteCarlo;
		return mc && mc.scenario === serializeScenario(this.scenario) ? mc.result : undefined;
	}

	/** The scenario before the last reset, until it is undone or the scenario changes otherwise. */
	beforeReset = $state.raw<Scenario | null>(null);

	/** What a reset would lose beyond the defaults: the user's own entries and overridden figures. */
	ownEntries(): { entries: string[]; overrides: number } {
		const c = this.scenario.custom;
		const entries = [...c.models, ...c.gpus, ...c.offerings].map((e) => e.name);
		const o = this.scenario.overrides;
		const overrides = (['models', 'gpus', 'offerings'] as const).reduce(
			(n, k) => n + Object.values(o[k]).reduce((m, f) => m + Object.keys(f).length, 0),
			0
		);
		return { entries, overrides };
	}

	/** Back to the default scenario; `undoReset` brings everything back. */
	resetToDefaults() {
		const before = this.scenario;
		this.replace(defaultScenario());
		this.beforeReset = before;
	}

	undoReset() {
		if (!this.beforeReset) return;
		const before = this.beforeReset;
		this.replace(before);
		this.beforeReset = null;
	}

	/** Replace the whole scenario (load, reset); clears drafts and errors. */
	replace(s: Scenario) {
		this.scenario = s;
		this.drafts = {};
		this.errors = {};
	}

	/** Forget the draft and the error of one field. */
	private clear(path: string) {
		if (path in this.drafts) {
			const drafts = { ...this.drafts };
			delete drafts[path];
			this.drafts = drafts;
		}
		if (path in this.errors) {
			const errors = { ...this.errors };
			delete errors[path];
			this.errors = errors;
		}
	}

	/** The text to show in a field: the draft while there is one, else the scenario's value. */
	text(section: Section, key: string): string {
		const path = `${section}.${key}`;
		return this.drafts[path] ?? String((this.scenario[section] as Record<string, unknown>)[key]);
	}

	/** Set a field from typed text: valid text updates the scenario, invalid text keeps its message. */
	setField(section: Section, key: string, raw: string) {
		const path = `${section}.${key}`;
		const spec = sectionFields[section].find((f) => f.key === key);
		if (!spec) return;
		const r = checkField(spec, raw);
		if (!r.ok) {
			this.drafts = { ...this.drafts, [path]: raw };
			this.errors = { ...this.errors, [path]: `${spec.label}: ${r.message}` };
			return;
		}
		this.clear(path);
		// Keep what was typed ("1,000") while it means the stored value ("1000").
		if (raw !== r.value) this.drafts = { ...this.drafts, [path]: raw };
		this.scenario = { ...this.scenario, [section]: { ...this.scenario[section], [key]: r.value } };
	}

	/**
	 * The workload as finance says it: tokens per month. Sets requests/day for the current tokens
	 * per request (to 6 decimals: a millionth of a request a day is far below a token a month).
	 */
	setTokensPerMonth(raw: string) {
		const path = 'workload.tokensPerMonth';
		const w = this.scenario.workload;
		const perRequest = dec(w.inputTokensPerRequest).add(w.outputTokensPerRequest);
		const r = parseNumberInput(raw);
		const spec = workloadFields.find((f) => f.key === 'requestsPerDay')!;
		const rpd = r.ok
			? dec(r.value).mul(12).div(dec(365).mul(perRequest)).toDecimalPlaces(6).toFixed()
			: '';
		const check = r.ok ? checkField(spec, rpd) : undefined;
		if (!r.ok || !check?.ok || dec(r.value).lt(0)) {
			this.drafts = { ...this.drafts, [path]: raw };
			this.errors = {
				...this.errors,
				[path]: `Tokens per month: ${!r.ok ? r.message : check && !check.ok ? `gives ${check.message}` : 'at least 0'}`
			};
			return;
		}
		this.clear(path);
		this.clear('workload.requestsPerDay');
		if (raw !== r.value) this.drafts = { ...this.drafts, [path]: raw };
		this.scenario = { ...this.scenario, workload: { ...w, requestsPerDay: rpd } };
	}

	/**
	 * The input share of tokens: splits the tokens per request into input and output (whole
	 * tokens, at least one output token), keeping the tokens per request and so the monthly volume.
	 */
	setInputShare(raw: string) {
		const path = 'workload.inputShare';
		const w = this.scenario.workload;
		const total = dec(w.inputTokensPerRequest).add(w.outputTokensPerRequest);
		const r = parseNumberInput(raw);
		if (!r.ok || dec(r.value).lt(0) || dec(r.value).gte(1)) {
			this.drafts = { ...this.drafts, [path]: raw };
			this.errors = {
				...this.errors,
				[path]: `Input share: ${r.ok ? `${r.value} is outside the allowed range, 0 to below 1 (or 0% to below 100%)` : r.message}`
			};
			return;
		}
		this.clear(path);
		this.clear('workload.inputTokensPerRequest');
		this.clear('workload.outputTokensPerRequest');
		if (raw !== r.value) this.drafts = { ...this.drafts, [path]: raw };
		let input = total.mul(r.value).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
		if (total.sub(input).lt(1)) input = total.sub(1);
		this.scenario = {
			...this.scenario,
			workload: {
				...w,
				inputTokensPerRequest: input.toFixed(),
				outputTokensPerRequest: total.sub(input).toFixed()
			}
		};
	}

	/** Change analysis settings that cannot be invalid (pair, views). */
	setAnalysis(
		patch: Partial<Pick<Analysis, 'candidateId' | 'baselineId' | 'view' | 'tornadoMetric'>>
	) {
		this.scenario = { ...this.scenario, analysis: { ...this.scenario.analysis, ...patch } };
	}

	/** The tornado's ±% of one input: above 0 and below 100. */
	setChange(key: SensitivityKey, raw: string) {
		const path = `analysis.sensitivity.${key}`;
		const r = parseNumberInput(raw, { percentIsUnit: true });
		if (!r.ok || !(Number(r.value) > 0 && Number(r.value) < 100)) {
			this.drafts = { ...this.drafts, [path]: raw };
			this.errors = {
				...this.errors,
				[path]: `${key} ±%: ${r.ok ? `${r.value}` : r.message}; enter a change above 0 and below 100 %`
			};
			return;
		}
		this.clear(path);
		if (raw !== r.value) this.drafts = { ...this.drafts, [path]: raw };
		const a = this.scenario.analysis;
		this.setAnalysisRaw({ ...a, sensitivity: { ...a.sensitivity, [key]: r.value } });
	}

	/** Samples or seed of the Monte Carlo. */
	setRun(key: 'samples' | 'seed', raw: string) {
		const path = `analysis.${key}`;
		const r = parseNumberInput(raw);
		const [min, max] = key === 'samples' ? [100, 1_000_000] : [0, 4294967295];
		const n = r.ok ? Number(r.value) : NaN;
		if (!r.ok || !Number.isInteger(n) || n < min || n > max) {
			this.drafts = { ...this.drafts, [path]: raw };
			this.errors = {
				...this.errors,
				[path]: `${key === 'samples' ? 'Samples' : 'Seed'}: a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}`
			};
			return;
		}
		this.clear(path);
		if (raw !== String(n)) this.drafts = { ...this.drafts, [path]: raw };
		this.setAnalysisRaw({ ...this.scenario.analysis, [key]: String(n) });
	}

	/**
	 * One bound of a Monte Carlo range: the input's range becomes the user's (kept when the pair
	 * changes, and marked). Refused, with a message, unless low ≤ most likely ≤ high.
	 */
	setRange(field: UncertainField, bound: keyof RangeText, raw: string) {
		const path = `analysis.ranges.${field}.${bound}`;
		const current = this.ranges.find((r) => r.field === field);
		if (!current) return;
		const r = parseNumberInput(raw);
		const next: RangeText = {
			low: current.low.toString(),
			mode: current.mode.toString(),
			high: current.high.toString(),
			[bound]: r.ok ? r.value : ''
		};
		const ordered =
			r.ok && Number(next.low) <= Number(next.mode) && Number(next.mode) <= Number(next.high);
		if (!ordered) {
			this.drafts = { ...this.drafts, [path]: raw };
			this.errors = {
				...this.errors,
				[path]: r.ok
					? `${field}: low ≤ most likely ≤ high, please`
					: `${field} ${bound}: ${r.message}`
			};
			return;
		}
		for (const b of ['low', 'mode', 'high']) this.clear(`analysis.ranges.${field}.${b}`);
		if (raw !== next[bound]) this.drafts = { ...this.drafts, [path]: raw };
		const a = this.scenario.analysis;
		this.setAnalysisRaw({ ...a, ranges: { ...a.ranges, [field]: next } });
	}

	/** Back to ranges derived from the analysed pair. */
	resetRanges() {
		for (const p of Object.keys(this.drafts)) if (p.startsWith('analysis.ranges.')) this.clear(p);
		for (const p of Object.keys(this.errors)) if (p.startsWith('analysis.ranges.')) this.clear(p);
		this.setAnalysisRaw({ ...this.scenario.analysis, ranges: {} });
	}

	private setAnalysisRaw(a: Analysis) {
		this.scenario = { ...this.scenario, analysis: a };
	}

	setSwitch(key: 'shiftBatchOffPeak' | 'useBenchmarks' | 'prefixCaching', on: boolean) {
		this.scenario = { ...this.scenario, serving: { ...this.scenario.serving, [key]: on } };
	}

	/** How a node's base power and colocation are charged: by the node share used, or whole nodes. */
	setNodeCostBasis(basis: Scenario['finance']['nodeCostBasis']) {
		this.scenario = {
			...this.scenario,
			finance: { ...this.scenario.finance, nodeCostBasis: basis }
		};
	}

	/** Colocation billed on the contracted (peak) kW or on the average kW drawn. */
	setColocationBasis(basis: Scenario['finance']['colocationBasis']) {
		this.scenario = {
			...this.scenario,
			finance: { ...this.scenario.finance, colocationBasis: basis }
		};
	}

	setKvCachePrecision(p: KvCachePrecision) {
		this.scenario = {
			...this.scenario,
			serving: { ...this.scenario.serving, kvCachePrecision: p }
		};
	}

	/** Pin a candidate's GPUs per replica, or let the engine choose the cheapest size ('auto'). */
	setCandidateGpus(id: string, gpus: 'auto' | number) {
		this.scenario = {
			...this.scenario,
			candidates: this.scenario.candidates.map((c) => {
				if (c.id !== id) return c;
				const rest = { ...c };
				delete rest.gpusPerReplica;
				return gpus === 'auto' ? rest : { ...rest, gpusPerReplica: gpus };
			})
		};
	}

	/**
	 * Add a measured throughput. The next scenario goes through the scenario check (parseScenario)
	 * so a page entry meets the same ranges and references as a file; on any error nothing changes
	 * and the errors name the field.
	 */
	addOwnBenchmark(b: Omit<OwnBenchmark, 'id'>): AddResult {
		const used = new Set(this.scenario.custom.benchmarks.map((x) => x.id));
		let n = this.scenario.custom.benchmarks.length + 1;
		while (used.has(`own-bench-${n}`)) n++;
		const id = `own-bench-${n}`;
		const entry: OwnBenchmark = { id, ...b };
		if (entry.note !== undefined && entry.note.trim() === '') delete entry.note;
		const next: Scenario = {
			...this.scenario,
			custom: {
				...this.scenario.custom,
				benchmarks: [...this.scenario.custom.benchmarks, entry]
			}
		};
		const r = parseScenario(next);
		if (!r.ok) return { ok: false, errors: r.issues };
		this.scenario = r.scenario;
		return { ok: true, id };
	}

	removeOwnBenchmark(id: string) {
		this.scenario = {
			...this.scenario,
			custom: {
				...this.scenario.custom,
				benchmarks: this.scenario.custom.benchmarks.filter((b) => b.id !== id)
			}
		};
	}

	setName(name: string) {
		this.scenario = { ...this.scenario, name: name.slice(0, 200) };
	}

	addCandidate(modelId: string, gpuId: string, precision: Precision, acquisition: AcquisitionMode) {
		const used = new Set(this.scenario.candidates.map((c) => c.id));
		let n = this.scenario.candidates.length + 1;
		while (used.has(`c${n}`)) n++;
		const c: Candidate = { id: `c${n}`, modelId, gpuId, precision, acquisition };
		this.scenario = { ...this.scenario, candidates: [...this.scenario.candidates, c] };
	}

	removeCandidate(id: string) {
		this.scenario = {
			...this.scenario,
			candidates: this.scenario.candidates.filter((c) => c.id !== id)
		};
	}

	addBaseline(offeringId: string) {
		if (this.scenario.baselines.some((b) => b.offeringId === offeringId)) return;
		this.scenario = { ...this.scenario, baselines: [...this.scenario.baselines, { offeringId }] };
	}

	removeBaseline(offeringId: string) {
		this.scenario = {
			...this.scenario,
			baselines: this.scenario.baselines.filter((b) => b.offeringId !== offeringId)
		};
	}

	/**
	 * Edit a candidate's own terms (serving, fleet, overflow API, rental, one-off costs): `edit` gets a
	 * copy of the candidate (values as typed) and returns the next one. The next scenario goes through
	 * the scenario check (parseScenario), so the page meets the same ranges as a file; on an error
	 * nothing is saved, and `field` keeps what was typed (`raw`) with the message naming the field.
	 * @returns whether the edit was saved.
	 */
	editCandidate(
		id: string,
		field: string,
		raw: string,
		edit: (c: Record<string, unknown>) => Record<string, unknown>
	): boolean {
		const path = `candidates.${id}.${field}`;
		const i = this.scenario.candidates.findIndex((c) => c.id === id);
		if (i < 0) return false;
		const next = {
			...this.scenario,
			candidates: this.scenario.candidates.map((c, j) =>
				// The edited copy is checked as a document; it becomes a Candidate only once accepted.
				j === i ? edit({ ...structuredClone(c) }) : c
			)
		};
		const r = parseScenario(next);
		if (!r.ok) {
			// The candidate's own problems, named from inside it ("rental.months: …"); else all.
			const own = r.issues.flatMap((e) => {
				const below = pathBelow(e.path, ['candidates', i]);
				return below?.length ? [issueText({ path: below, message: e.message })] : [];
			});
			this.drafts = { ...this.drafts, [path]: raw };
			this.errors = { ...this.errors, [path]: (own.length ? own : r.errors).join('; ') };
			return false;
		}
		this.clear(path);
		this.scenario = r.scenario;
		return true;
	}

	/** Forget the drafts and messages of a candidate's fields whose path starts with `prefix`. */
	clearCandidateDrafts(id: string, prefix: string) {
		const start = `candidates.${id}.${prefix}`;
		for (const p of new Set([...Object.keys(this.drafts), ...Object.keys(this.errors)]))
			if (p.startsWith(start)) this.clear(p);
	}

	/** Rent a candidate at a catalog rate of its GPU; undefined: the GPU's typical rate. */
	setCandidateRate(id: string, rateId: string | undefined) {
		this.scenario = {
			...this.scenario,
			candidates: this.scenario.candidates.map((c) => {
				if (c.id !== id) return c;
				const next = { ...c };
				if (rateId) next.rate = rateId;
				else delete next.rate;
				return next;
			})
		};
	}

	/** A baseline's negotiated discount off list (0 to 0.95); '' removes it. Invalid text keeps its message. */
	setBaselineDiscount(offeringId: string, raw: string) {
		const path = `baselines.${offeringId}.discount`;
		const r = raw.trim() === '' ? undefined : checkField(discountField, raw);
		if (r && !r.ok) {
			this.drafts = { ...this.drafts, [path]: raw };
			this.errors = { ...this.errors, [path]: `${discountField.label}: ${r.message}` };
			return;
		}
		this.clear(path);
		this.scenario = {
			...this.scenario,
			baselines: this.scenario.baselines.map((b) => {
				if (b.offeringId !== offeringId) return b;
				const next = { ...b };
				if (r && !new Decimal(r.value).isZero()) next.discount = r.value;
				else delete next.discount;
				return next;
			})
		};
	}

	/** Override a catalog figure in this scenario; invalid text keeps its message and changes nothing. */
	setOverride(kind: OverrideKind, entryId: string, field: string, raw: string) {
		const path = `overrides.${kind}.${entryId}.${field}`;
		const r = checkField(figureField(field), raw);
		if (!r.ok) {
			this.drafts = { ...this.drafts, [path]: raw };
			this.errors = {
				...this.errors,
				[path]: `${figureMetaOf(field).label}: ${r.message}`
			};
			return;
		}
		this.clear(path);
		const o = this.scenario.overrides;
		this.scenario = {
			...this.scenario,
			overrides: {
				...o,
				[kind]: { ...o[kind], [entryId]: { ...o[kind][entryId], [field]: r.value } }
			}
		};
	}

	resetOverride(kind: OverrideKind, entryId: string, field: string) {
		this.clear(`overrides.${kind}.${entryId}.${field}`);
		const o = this.scenario.overrides;
		const rest = { ...o[kind][entryId] };
		delete rest[field];
		const entries = { ...o[kind] };
		if (Object.keys(rest).length) entries[entryId] = rest;
		else delete entries[entryId];
		this.scenario = { ...this.scenario, overrides: { ...o, [kind]: entries } };
	}

	/** Catalog entries in use, for the figures panel. */
	entriesInUse(): EntryInUse[] {
		const out: EntryInUse[] = [];
		const { findModel, findGpu, findOffering, isOwn } = this.catalog;
		const seen = new Set<string>();
		const add = (kind: OverrideKind, id: string, entry: { name: string } | undefined) => {
			if (!entry || seen.has(`${kind}:${id}`)) return;
			seen.add(`${kind}:${id}`);
			out.push({
				kind,
				id,
				name: entry.name,
				own: isOwn(kind, id),
				entry,
				fields: overridableFields(kind, entry)
			});
		};
		for (const c of this.scenario.candidates) {
			add('models', c.modelId, findModel(c.modelId));
			add('gpus', c.gpuId, findGpu(c.gpuId));
		}
		for (const b of this.scenario.baselines)
			add('offerings', b.offeringId, findOffering(b.offeringId));
		return out;
	}
}

function evaluateDefault() {
	return evaluateScenario(defaultScenario());
}

const KEY = Symbol('scenario-store');
export const setScenarioStore = (s: ScenarioStore) => setContext(KEY, s);
export const getScenarioStore = () => getContext<ScenarioStore>(KEY);
