import { getContext, setContext } from 'svelte';
import { Decimal } from '../domain/decimal';
import { evaluate, type Evaluation } from '../domain/evaluate';
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
import { resolveScenario } from '../scenario/resolve';
import { figureMeta } from '../catalog/labels';
import { scenarioCatalog, type OwnBenchmark, type ScenarioCatalog } from '../scenario/entries';
import type { KvCachePrecision } from '../domain/inputs';

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

/** A problem with an own entry, by the scenario path it concerns ("custom.benchmarks[0].gpuId"). */
export interface PathError {
	path: string;
	message: string;
}
export type AddResult = { ok: true; id: string } | { ok: false; errors: PathError[] };

/** "custom.benchmarks[0].modelId: unknown model …" → its path and its message. */
function pathError(e: string): PathError {
	const at = e.indexOf(': ');
	return at < 0 ? { path: '', message: e } : { path: e.slice(0, at), message: e.slice(at + 2) };
}

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

	/** The bundled catalog plus the user's own entries. */
	catalog: ScenarioCatalog = $derived(scenarioCatalog(this.scenario.custom));
	/** The last scenario the engine could evaluate, with its results (not reactive: a fallback). */
	#lastGood: { inputs: EngineInputs; evaluation: Evaluation } | undefined;
	/**
	 * The engine's results, or (when the engine throws on this scenario) those of the last scenario
	 * it could evaluate together with the reason, which the summary shows: the numbers on screen are
	 * never stale without a word, and the charts and summary always show the same state.
	 */
	private outcome = $derived.by(() => {
		try {
			const inputs = resolveScenario(this.scenario);
			const good = { inputs, evaluation: evaluate(inputs) };
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

	setSwitch(key: 'shiftBatchOffPeak' | 'useBenchmarks' | 'prefixCaching', on: boolean) {
		this.scenario = { ...this.scenario, serving: { ...this.scenario.serving, [key]: on } };
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
		if (!r.ok) return { ok: false, errors: r.errors.map(pathError) };
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
				[path]: `${figureMeta[field]?.label ?? field}: ${r.message}`
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
	const inputs = resolveScenario(defaultScenario());
	return { inputs, evaluation: evaluate(inputs) };
}

const KEY = Symbol('scenario-store');
export const setScenarioStore = (s: ScenarioStore) => setContext(KEY, s);
export const getScenarioStore = () => getContext<ScenarioStore>(KEY);
