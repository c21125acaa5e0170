import { loadCatalogTexts } from '../catalog';
import { afterFirstPaint } from '../charts/runtime';

/** 0 until the catalog's texts are in its figures (catalog/texts.ts), then 1. */
let version = $state(0);

/**
 * Read inside a derivation that copies or shows catalog texts (sources, notes, benchmark
 * conditions), so that it is made again once they have arrived. In the built app the first
 * numbers are computed before they do; everywhere else they are there from the start.
 */
export function catalogTextsVersion(): number {
	return version;
}

/** Load the catalog's texts (once) and make every derivation that read the version again. */
export function ensureCatalogTexts(): Promise<void> {
	return loadCatalogTexts().then(() => {
		version = 1;
	});
}

let afterPaint: Promise<void> | undefined;

/** The catalog's texts, fetched once the page has painted its first numbers (one load per page). */
export function catalogTextsAfterFirstPaint(): Promise<void> {
	return (afterPaint ??= afterFirstPaint().then(ensureCatalogTexts));
}
