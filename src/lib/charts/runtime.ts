import type { Chart } from 'chart.js';

/**
 * The chart runtime (Chart.js with its annotation plugin, about 80 KB gzipped) stays out of the
 * first load: the summary and the matrix need none of it. It is fetched once, just after the
 * first paint, and every chart on the page shares that one load.
 */
let runtime: Promise<typeof Chart> | undefined;
let registry: Promise<typeof import('./registry')> | undefined;

/** Resolve after the browser has painted a frame: a frame callback, then the task after it. */
export function afterFirstPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Chart.js, registered with the parts the charts use (setup.ts); loaded on first call. */
export function loadChartRuntime(): Promise<typeof Chart> {
	runtime ??= afterFirstPaint()
		.then(() => import('./setup'))
		.then((m) => m.Chart);
	return runtime;
}

/**
 * The chart builders (registry.ts and the builders it imports), loaded with the chart runtime and
 * for the same reason: a chart card is laid out from ids.ts, and its configuration is needed only
 * once Chart.js is there to draw it.
 */
export function loadChartRegistry(): Promise<typeof import('./registry')> {
	registry ??= afterFirstPaint().then(() => import('./registry'));
	return registry;
}
