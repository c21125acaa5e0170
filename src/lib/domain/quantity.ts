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

/**
 * A derived figure computed when first read: label, unit and formula at once, value and inputs on
 * demand. A large scenario holds thousands of figures nobody opens. `float`, when given, is the
 * value in floating point (within 1e-12, relative), for float-first decisions that need no more
 * (floatOfFigure); the value is computed by the same operations as its eager twin, so it is the
 * same Decimal whenever it is read.
 */
export class LazyExplained implements Explained {
	readonly source = 'derived';
	#make: (() => { value: Decimal; inputs: Quantity[] }) | undefined;
	#value: Decimal | undefined;
	#inputs: Quantity[] = [];
	constructor(
		readonly label: string,
		readonly unit: Unit,
		readonly formula: string,
		make: () => { value: Decimal; inputs: Quantity[] },
		readonly float?: number
	) {
		this.#make = make;
	}
	#force(): Decimal {
		if (this.#make) {
			const { value, inputs } = this.#make();
			this.#value = value;
			this.#inputs = inputs;
			this.#make = undefined;
		}
		return this.#value as Decimal;
	}
	get value(): Decimal {
		return this.#value ?? this.#force();
	}
	get inputs(): Quantity[] {
		this.#force();
		return this.#inputs;
	}
}

/**
 * A figure's value in floating point without computing a lazy one exactly: its `float` when it
 * carries one, else value.toNumber(). For float-first decisions that check their own margins.
 */
export function floatOfFigure(q: Quantity): number {
	return q instanceof LazyExplained && q.float !== undefined ? q.float : q.value.toNumber();
}
