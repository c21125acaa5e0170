import type { Decimal } from './decimal';

/**
 * The rate a timeline discounts at (timeline.ts), apart from the timeline so that a scenario's
 * settings name it without loading the timeline.
 */

export type DiscountRateSource = 'scenario' | 'cost of capital' | 'none';

/**
 * The NPV discount rate: the rate entered, else the cost of capital (and says which).
 * @example discountRateOf(undefined, 0.08) → { discountRate: 0.08, discountRateSource: 'cost of capital' }
 * @example discountRateOf(undefined, 0) → { discountRate: 0, discountRateSource: 'none' }
 * @example discountRateOf(0, 0.08) → { discountRate: 0, discountRateSource: 'scenario' } (undiscounted by choice)
 */
export function discountRateOf(
	entered: Decimal | undefined,
	costOfCapital: Decimal
): { discountRate: Decimal; discountRateSource: DiscountRateSource } {
	if (entered) return { discountRate: entered, discountRateSource: 'scenario' };
	return {
		discountRate: costOfCapital,
		discountRateSource: costOfCapital.isZero() ? 'none' : 'cost of capital'
	};
}
