import { ONE, type Decimal } from './decimal';
import type { CandidateInputs, EngineInputs } from './inputs';

/**
 * The inputs of a pair (candidate × API) that its analyses move: the tornado's (sensitivity.ts)
 * and the Monte Carlo's (monte-carlo.ts), with their labels and current values. Apart from those
 * engines so that a scenario can name them (its analysis settings, their schema) without loading
 * either.
 */

/** The inputs a tornado moves. */
export const sensitivityKeys = [
	'requestsPerDay',
	'gpuPrice',
	'throughput',
	'targetUtilization',
	'electricityPrice',
	'loadedStaffCost',
	'apiInputPrice',
	'apiOutputPrice',
	'cachedInputShare'
] as const;
export type SensitivityKey = (typeof sensitivityKeys)[number];

/**
 * The inputs that are an API baseline's own: its prices. Every other input has one value for a
 * candidate whatever the baseline, and withInput moves it the same way for every baseline, so a
 * candidate's pairs can share one evaluation of its move (sensitivity.ts; tested).
 */
export const baselineKeys: readonly SensitivityKey[] = ['apiInputPrice', 'apiOutputPrice'];

/**
 * Every input the sensitivity and the Monte Carlo can set on a pair. `throughput` is a multiplier
 * of the candidate's own throughput (1 = as measured or estimated), not a figure of its own.
 */
export type InputKey = SensitivityKey;

/** Why a pair cannot be analysed: an unknown id, or the engine's reason the pair has no result. */
export class PairUnavailableError extends Error {
	constructor(readonly reason: string) {
		super(reason);
		this.name = 'PairUnavailableError';
	}
}

/**
 * Label and unit of an input, as shown on the tornado; the GPU price depends on how the candidate
 * acquires its GPUs.
 * @example inputLabel('gpuPrice', renting candidate) → { label: 'GPU rental rate', unit: 'USD/GPU-hour' }
 */
export function inputLabel(key: InputKey, c: CandidateInputs): { label: string; unit: string } {
	switch (key) {
		case 'requestsPerDay':
			return { label: 'Requests per day', unit: 'requests/day' };
		case 'gpuPrice':
			return c.acquisition === 'buy'
				? { label: 'GPU price', unit: 'USD per GPU' }
				: c.gpu.cloudUsdPerGpuHour || !c.gpu.cloudUsdPerGpuMonth
					? { label: 'GPU rental rate', unit: 'USD/GPU-hour' }
					: { label: 'GPU monthly rental', unit: 'USD/GPU-month' };
		case 'throughput':
			return { label: 'Throughput per replica', unit: '× the estimate' };
		case 'targetUtilization':
			return { label: 'Target utilisation', unit: 'share 0–1' };
		case 'electricityPrice':
			return { label: 'Electricity price', unit: 'USD/kWh' };
		case 'loadedStaffCost':
			return { label: 'Loaded staff cost', unit: 'USD/year per FTE' };
		case 'apiInputPrice':
			return { label: 'API input price', unit: 'USD/1M tokens' };
		case 'apiOutputPrice':
			return { label: 'API output price', unit: 'USD/1M tokens' };
		case 'cachedInputShare':
			return { label: 'Cached-input share', unit: 'share 0–1' };
	}
}

/**
 * The pair's candidate and baseline inputs; PairUnavailableError when either id is unknown.
 * @example findPair(inputs, 'c1', 'openai/gpt-4.1') → { c: candidate c1, b: GPT-4.1 }
 */
export function findPair(inputs: EngineInputs, candidateId: string, baselineId: string) {
	const c = inputs.candidates.find((x) => x.id === candidateId);
	const b = inputs.baselines.find((x) => x.id === baselineId);
	if (!c || !b)
		throw new PairUnavailableError(`no candidate ${candidateId} or baseline ${baselineId}`);
	return { c, b };
}

/**
 * The current value of an input for a pair, in the unit of inputLabel; undefined when the
 * candidate's GPU has no price for its acquisition mode.
 * @example inputValue(inputs, 'c', 'api', 'electricityPrice') → 0.0895
 * @example inputValue(inputs, 'c', 'api', 'throughput') → 1
 */
export function inputValue(
	inputs: EngineInputs,
	candidateId: string,
	baselineId: string,
	key: InputKey
): Decimal | undefined {
	const { c, b } = findPair(inputs, candidateId, baselineId);
	switch (key) {
		case 'requestsPerDay':
			return inputs.workload.requestsPerDay.value;
		case 'gpuPrice':
			return (
				c.acquisition === 'buy'
					? c.gpu.purchasePriceUsd
					: (c.gpu.cloudUsdPerGpuHour ?? c.gpu.cloudUsdPerGpuMonth)
			)?.value;
		case 'throughput':
			return ONE;
		case 'targetUtilization':
			// The candidate's own utilisation when it sets one.
			return (c.serving?.targetUtilization ?? inputs.serving.targetUtilization).value;
		case 'electricityPrice':
			return inputs.finance.electricityUsdPerKwh.value;
		case 'loadedStaffCost':
			return inputs.finance.loadedAnnualCostUsd.value;
		case 'apiInputPrice':
			return b.inputUsdPerMTok.value;
		case 'apiOutputPrice':
			return b.outputUsdPerMTok.value;
		case 'cachedInputShare':
			return inputs.workload.cachedInputShare.value;
	}
}

/** The inputs a Monte Carlo can draw. */
export const uncertainFields = [
	'throughput',
	'targetUtilization',
	'gpuPrice',
	'electricityPrice',
	'apiPriceChangePerYear',
	'monthlyGrowth'
] as const;
export type UncertainField = (typeof uncertainFields)[number];

/**
 * A triangular range for one input, in the input's unit:
 * - throughput: a multiplier of the candidate's throughput (1 = as measured or estimated);
 * - targetUtilization: a share in (0, 1];
 * - gpuPrice: USD per GPU for a bought candidate, USD/GPU-hour for a rented one;
 * - electricityPrice: USD/kWh;
 * - apiPriceChangePerYear: a share per year (−0.3 = prices fall 30 % a year), above −1;
 * - monthlyGrowth: volume growth per month, a share, above −1.
 * The last two drive the timeline (crossover month) only.
 */
export interface UncertainRange {
	field: UncertainField;
	low: Decimal;
	/** The most likely value. */
	mode: Decimal;
	high: Decimal;
}
