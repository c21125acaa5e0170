import type { Scenario } from './document';

/**
 * A scenario to share without the user's own prices and quotes: overrides of catalog figures are
 * dropped (the catalog's values apply again), and the user's own models, GPUs and API offerings
 * are removed with the candidates and baselines that use them. Everything else (workload,
 * finance, serving, analysis) is kept.
 * @example withoutOwnFigures(s).overrides → { models: {}, gpus: {}, offerings: {} }
 */
export function withoutOwnFigures(s: Scenario): Scenario {
	const own = {
		models: new Set(s.custom.models.map((e) => e.id)),
		gpus: new Set(s.custom.gpus.map((e) => e.id)),
		offerings: new Set(s.custom.offerings.map((e) => e.id))
	};
	return {
		...s,
		candidates: s.candidates.filter((c) => !own.models.has(c.modelId) && !own.gpus.has(c.gpuId)),
		baselines: s.baselines.filter((b) => !own.offerings.has(b.offeringId)),
		// Measured throughput is no price or quote: it stays, where it measures catalog entries.
		custom: {
			models: [],
			gpus: [],
			offerings: [],
			benchmarks: s.custom.benchmarks.filter(
				(b) => !own.models.has(b.modelId) && !own.gpus.has(b.gpuId)
			)
		},
		overrides: { models: {}, gpus: {}, offerings: {} }
	};
}

/** True when the scenario holds figures of the user's own: an own entry or an override. */
export function hasOwnFigures(s: Scenario): boolean {
	const c = s.custom;
	const o = s.overrides;
	return (
		c.models.length + c.gpus.length + c.offerings.length > 0 ||
		Object.keys(o.models).length + Object.keys(o.gpus).length + Object.keys(o.offerings).length > 0
	);
}

/** The query parameter an embed link carries when own prices were left out, so the chart says so. */
export const CATALOG_ONLY_PARAM = 'prices';
export const CATALOG_ONLY_VALUE = 'catalog';

/**
 * A responsive iframe for a chart: a 16:9 box as wide as its container (at most 960 px), so the
 * chart fits a phone and a wide page alike.
 */
export function embedSnippet(src: string, title: string): string {
	const attr = (s: string) =>
		s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	return `<div style="position: relative; width: 100%; max-width: 960px; aspect-ratio: 16 / 9"><iframe src="${attr(src)}" title="${attr(title)}" style="position: absolute; inset: 0; width: 100%; height: 100%; border: 0" loading="lazy"></iframe></div>`;
}
