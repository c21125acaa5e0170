import { dec, type Decimal } from '../domain/decimal';
import type { Evaluation } from '../domain/evaluate';
import type { EngineInputs } from '../domain/inputs';
import {
	sensitivityKeys,
	uncertainFields,
	type SensitivityKey,
	type UncertainField,
	type UncertainRange
} from '../domain/pair-inputs';
import type { SensitivityInput } from '../domain/sensitivity';
import { defaultRange } from './default-ranges';
import type { Scenario } from './document';

/**
 * The analysis a scenario carries: which pair the finance timeline, the tornado and the Monte
 * Carlo look at, with their settings. It lives in the scenario document (link, autosave, JSON,
 * saved scenarios), so the page, a reload, a copied link and every export show the same analysis.
 * Decimals are strings, as elsewhere in the document.
 */
export interface RangeText {
	low: string;
	mode: string;
	high: string;
}

export const timelineViews = ['cash', 'pnl'] as const;
export type TimelineView = (typeof timelineViews)[number];
export const tornadoMetrics = ['saving', 'breakEven'] as const;
export type TornadoMetric = (typeof tornadoMetrics)[number];

export interface Analysis {
	/** The analysed self-hosted candidate; '' (or one no longer there) = the first with figures. */
	candidateId: string;
	/** The analysed API offering; '' (or one no longer there) = the first with figures. */
	baselineId: string;
	view: TimelineView;
	tornadoMetric: TornadoMetric;
	/** The tornado's change per input, in percent (20 = ±20%). */
	sensitivity: Record<SensitivityKey, string>;
	/**
	 * Monte Carlo ranges the user entered, per input. An input not here takes its default range,
	 * derived from the analysed pair (so it follows the pair when the selection changes).
	 */
	ranges: Partial<Record<UncertainField, RangeText>>;
	/** Monte Carlo samples, a whole number from 100 to 1,000,000. */
	samples: string;
	/** Monte Carlo seed, a whole number from 0 to 4,294,967,295. */
	seed: string;
}

export const DEFAULT_SAMPLES = '2000';
export const DEFAULT_SEED = '1';
export const DEFAULT_CHANGE_PERCENT = '20';

export function defaultAnalysis(): Analysis {
	return {
		candidateId: '',
		baselineId: '',
		view: 'cash',
		tornadoMetric: 'saving',
		sensitivity: Object.fromEntries(
			sensitivityKeys.map((k) => [k, DEFAULT_CHANGE_PERCENT])
		) as Record<SensitivityKey, string>,
		ranges: {},
		samples: DEFAULT_SAMPLES,
		seed: DEFAULT_SEED
	};
}

/** The analysed pair: the chosen one when both still have figures, else the first with figures. */
export interface AnalysedPair {
	candidateId: string;
	baselineId: string;
	candidate: string;
	baseline: string;
}

export function analysedPair(ev: Evaluation, a: Analysis): AnalysedPair | undefined {
	const okC = ev.candidates.filter((c) => c.ok);
	const okB = ev.baselines.filter((b) => b.ok);
	const c = okC.find((x) => x.id === a.candidateId) ?? okC[0];
	const b = okB.find((x) => x.id === a.baselineId) ?? okB[0];
	if (!c || !b) return undefined;
	return { candidateId: c.id, baselineId: b.id, candidate: c.label, baseline: b.name };
}

/** One Monte Carlo range as used: the user's (edited) or the pair's default. */
export interface AnalysisRange extends UncertainRange {
	edited: boolean;
}

/** Every uncertain input's range for the pair: the user's where entered, else the default. */
export function analysisRanges(
	inputs: EngineInputs,
	scenario: Scenario,
	pair: Pick<AnalysedPair, 'candidateId' | 'baselineId'>
): AnalysisRange[] {
	return uncertainFields.map((field) => {
		const own = scenario.analysis.ranges[field];
		if (own)
			return { field, low: dec(own.low), mode: dec(own.mode), high: dec(own.high), edited: true };
		return {
			...defaultRange(inputs, scenario, pair.candidateId, pair.baselineId, field),
			edited: false
		};
	});
}

/** The tornado's inputs: each key moved by its ± percentage. */
export function sensitivityInputs(a: Analysis): SensitivityInput[] {
	return sensitivityKeys.map((key) => {
		const d: Decimal = dec(a.sensitivity[key]).div(100);
		return { key, low: d.neg(), high: d };
	});
}

/** Samples and seed as numbers (validated by the schema). */
export const samplesOf = (a: Analysis) => Number(a.samples);
export const seedOf = (a: Analysis) => Number(a.seed);
