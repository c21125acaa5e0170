import { dec, ONE, type Decimal } from '../domain/decimal';
import type { EngineInputs } from '../domain/inputs';
import {
	inputValue,
	uncertainFields,
	type UncertainField,
	type UncertainRange
} from '../domain/pair-inputs';
import type { Scenario } from './document';

/**
 * The default triangular range of one uncertain input for a pair, as the page's Monte Carlo
 * panel starts it: throughput 0.8 / 1 / 1.2; target utilisation, GPU price or rental rate and
 * electricity price ±20% around the scenario's value (utilisation at most 1); API price change
 * per year and monthly growth ±0.1 (absolute) around the scenario's value. A value the pair lacks
 * (a rented GPU's purchase price, say) counts as 0.
 * @example defaultRange(inputs, scenario, 'rent', 'openai/gpt-4.1', 'gpuPrice')
 *          → { field: 'gpuPrice', low: 1.6, mode: 2, high: 2.4 } (a $2.00/GPU-hour rental)
 */
export function defaultRange(
	inputs: EngineInputs,
	scenario: Scenario,
	candidateId: string,
	baselineId: string,
	field: UncertainField
): UncertainRange {
	const at = (d: Decimal | undefined) => d ?? dec(0);
	let mode: Decimal;
	switch (field) {
		case 'throughput':
			mode = ONE;
			break;
		case 'targetUtilization':
		case 'gpuPrice':
		case 'electricityPrice':
			mode = at(inputValue(inputs, candidateId, baselineId, field));
			break;
		case 'apiPriceChangePerYear':
			mode = dec(scenario.timeline.apiPriceChangePerYear);
			break;
		case 'monthlyGrowth':
			mode = dec(scenario.workload.monthlyGrowth);
			break;
	}
	// Rates around 0 get an absolute band; everything else ±20 %.
	if (field === 'apiPriceChangePerYear' || field === 'monthlyGrowth')
		return { field, low: mode.sub('0.1'), mode, high: mode.add('0.1') };
	let high = mode.mul('1.2');
	if (field === 'targetUtilization' && high.gt(1)) high = ONE;
	return { field, low: mode.mul('0.8'), mode, high };
}

/** Every uncertain input's default range, in the order of `uncertainFields`. */
export function defaultRanges(
	inputs: EngineInputs,
	scenario: Scenario,
	candidateId: string,
	baselineId: string
): UncertainRange[] {
	return uncertainFields.map((f) => defaultRange(inputs, scenario, candidateId, baselineId, f));
}
