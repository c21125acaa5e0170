import type { Decimal } from './decimal';
import type { Unit } from './units';

/**
 * A number with its provenance: what it is, its unit, and where it came from. Every input the
 * engine reads is a Quantity, so every result can say which figures produced it.
 */
export interface Quantity<V extends Decimal = Decimal> {
	label: string;
	/** The value; a price whose unit could be mistaken carries it in its type (PriceIn in units.ts). */
	value: V;
	unit: Unit;
	/** A catalog source, 'scenario input', 'LLM TCO default', or 'derived'. */
	source: string;
	asOf?: string;
	/** True when the scenario overrides the catalog figure. */
	overridden?: boolean;
}

/** A derived figure: its value, the formula that produced it, and the quantities it used. */
export interface Explained extends Quantity {
	formula: string;
	inputs: Quantity[];
}

/** Wrap a plain input value as a Quantity. */
export function quantity(
	label: string,
	value: Decimal,
	unit: Unit,
	source = 'scenario input'
): Quantity {
	return { label, value, unit, source };
}

/**
 * Record a derived figure.
 * @example explained('Monthly volume', v, 'tokens/month', 'requests/day × 365/12 × (i + o)', [rpd, i, o])
 */
export function explained(
	label: string,
	value: Decimal,
	unit: Unit,
	formula: string,
	inputs: Quantity[]
): Explained {
	return { label, value, unit, source: 'derived', formula, inputs };
}
