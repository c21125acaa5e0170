import { assumptions } from './assumptions';
import { benchmarks } from './benchmarks';
import { gpus } from './gpus';
import { models } from './models';
import { offerings } from './offerings';
import { rates } from './rates';
import { applyTexts } from './texts';
import type { ApiOffering, Figure, GpuSpec, ModelSpec } from './types';

export { assumptions, benchmarks, gpus, models, offerings, rates };
export type { AssumptionKey } from './assumptions';

/** True when `x` is a Figure: a sourced decimal string. */
export function isFigure(x: unknown): x is Figure {
	if (typeof x !== 'object' || x === null) return false;
	const o = x as Record<string, unknown>;
	return typeof o.value === 'string' && typeof o.source === 'string' && typeof o.asOf === 'string';
}

/**
 * The [fieldName, Figure] pairs of a catalog entry, in declaration order (only direct fields that
 * are Figures; a model's `source` is a Source, not a Figure, and is left out).
 */
export function figuresOf<T extends object>(entry: T): Array<[keyof T & string, Figure]> {
	const pairs: Array<[keyof T & string, Figure]> = [];
	for (const [key, value] of Object.entries(entry)) {
		if (isFigure(value)) pairs.push([key as keyof T & string, value]);
	}
	return pairs;
}

/** Every `asOf` string reachable from `root` (Figures and Sources alike). */
function asOfDates(root: unknown, out: string[] = []): string[] {
	if (Array.isArray(root)) {
		for (const item of root) asOfDates(item, out);
	} else if (typeof root === 'object' && root !== null) {
		const o = root as Record<string, unknown>;
		for (const [key, value] of Object.entries(root)) {
			// Software defaults and assumptions are dated the day they were set: not data.
			if (key === 'asOf' && typeof value === 'string' && o.verification !== 'assumption')
				out.push(value);
			else asOfDates(value, out);
		}
	}
	return out;
}

/**
 * The newest `asOf` of the catalog's sourced data (assumptions excluded). Dates are ISO ('2026', '2026-07', '2026-07-24'), so string
 * order is date order.
 */
const asOf = asOfDates([models, gpus, offerings, benchmarks, rates]).reduce((a, b) =>
	b > a ? b : a
);

export const catalog = { models, gpus, offerings, benchmarks, rates, assumptions, asOf };

let texts: Promise<void> | undefined;
/** How many times the texts were written into the catalog's figures (loadCatalogTexts). */
let textsWritten = 0;
/**
 * Changes when the catalog's texts are written into its figures: what was resolved from a figure
 * before (its source) differs from what is resolved after (scenario/resolve.ts keys on it).
 */
export const catalogTextsWritten = (): number => textsWritten;

/**
 * The catalog's source and note texts, written into its figures: at once in the source tree (they
 * are already there), from a chunk of their own in the built app (texts.ts). Anything that shows or
 * exports a source awaits this first; the first numbers do not need it.
 */
export function loadCatalogTexts(): Promise<void> {
	return (texts ??= import('./texts-table').then((m) => {
		applyTexts({ models, gpus, offerings, benchmarks, rates, assumptions }, m.table);
		textsWritten++;
	}));
}

export const findModel = (id: string): ModelSpec | undefined => models.find((m) => m.id === id);
export const findGpu = (id: string): GpuSpec | undefined => gpus.find((g) => g.id === id);
export const findOffering = (id: string): ApiOffering | undefined =>
	offerings.find((o) => o.id === id);
