import { BasicPlatform, type ChartConfiguration, type Plugin } from 'chart.js';
import type { Canvas as NodeCanvas } from '@napi-rs/canvas';
import { Chart } from '../charts/setup';
import { cleanText, ellipsis } from './sanitize';

/**
 * Off-screen chart drawing for the PNG, PPTX and PDF exports, in the browser and in Node
 * (`tco report`). The configuration always comes from the chart registry (charts/registry.ts),
 * as on the page, so an exported chart is the chart on screen, drawn at a fixed size.
 */

/** The largest canvas side every current browser can draw and encode (Chrome, Firefox: 32,767; Safari: 16,384 side). */
export const MAX_CANVAS_SIDE = 16_384;
/** The largest canvas area browsers allow (16,384²); iOS Safari's total canvas memory is lower still. */
export const MAX_CANVAS_PIXELS = 268_435_456;

/** Base size of an exported chart: 16:9, the shape of a slide. */
export const CHART_WIDTH = 1200;
export const CHART_HEIGHT = 675;

/** A canvas as the exports use it: the browser's, or @napi-rs/canvas's in Node. */
export type ExportCanvas = HTMLCanvasElement | NodeCanvas;
/** Makes an empty canvas of the given size in device pixels. */
export type CanvasFactory = (width: number, height: number) => ExportCanvas;

export type ChartBackground = 'white' | 'transparent';

export interface RenderOptions {
	/** CSS pixels; the canvas has width × scale device pixels. */
	width: number;
	height: number;
	scale: number;
	background: ChartBackground;
	/** Replaces the title the builder gave the chart. */
	title?: string;
	/** Drawn under the chart, wrapped to its width: the key assumptions and the catalog date. */
	footnote: string;
}

/** Thrown before drawing when a canvas would be larger than browsers allow. */
export class CanvasTooBigError extends Error {
	constructor(width: number, height: number, why: string) {
		super(
			`The image would be ${width} × ${height} pixels, ${why}. Choose a smaller scale (1× or 2×).`
		);
		this.name = 'CanvasTooBigError';
	}
}

/** Refuse a canvas size browsers cannot draw, with a message the user can act on. */
export function assertCanvasSize(width: number, height: number): void {
	if (!(width > 0 && height > 0) || !Number.isFinite(width * height))
		throw new CanvasTooBigError(width, height, 'which is not a drawable size');
	if (width > MAX_CANVAS_SIDE || height > MAX_CANVAS_SIDE)
		throw new CanvasTooBigError(
			width,
			height,
			`more than the ${MAX_CANVAS_SIDE.toLocaleString('en-US')} pixels a side browsers can draw`
		);
	if (width * height > MAX_CANVAS_PIXELS)
		throw new CanvasTooBigError(
			width,
			height,
			`more than the ${MAX_CANVAS_PIXELS.toLocaleString('en-US')} pixels browsers can draw`
		);
}

const isBrowserCanvas = (c: ExportCanvas): c is HTMLCanvasElement =>
	typeof (c as HTMLCanvasElement).toBlob === 'function';

/**
 * The one way a canvas becomes a file in the browser. `toBlob` gives null when the canvas is
 * larger than this browser can encode (or out of memory): that becomes a clear error, not an
 * empty file.
 */
export function canvasToBlob(canvas: HTMLCanvasElement, type = 'image/png'): Promise<Blob> {
	assertCanvasSize(canvas.width, canvas.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => {
			if (blob) resolve(blob);
			else
				reject(
					new CanvasTooBigError(
						canvas.width,
						canvas.height,
						'more than this browser could encode (it may be short of memory)'
					)
				);
		}, type)
	);
}

/** PNG bytes of a canvas, in the browser (through canvasToBlob) or in Node. */
export async function canvasToPng(canvas: ExportCanvas): Promise<Uint8Array> {
	if (isBrowserCanvas(canvas)) {
		const blob = await canvasToBlob(canvas);
		return new Uint8Array(await blob.arrayBuffer());
	}
	assertCanvasSize(canvas.width, canvas.height);
	return new Uint8Array(await canvas.encode('png'));
}

/**
 * The canvas maker of the environment: the DOM in a browser; @napi-rs/canvas in Node, imported
 * only there (the specifier is hidden from the bundler, so the browser build never sees it).
 */
export async function defaultCanvasFactory(): Promise<CanvasFactory> {
	if (typeof document !== 'undefined') {
		return (width, height) => {
			const c = document.createElement('canvas');
			c.width = width;
			c.height = height;
			return c;
		};
	}
	const specifier = '@napi-rs/canvas';
	const mod = (await import(/* @vite-ignore */ specifier)) as typeof import('@napi-rs/canvas');
	return (width, height) => mod.createCanvas(width, height);
}

const FOOT_FONT_SIZE = 12;
const FOOT_LINE = 16;
const FOOT_MARGIN = 10;
const FONT_FAMILY = "'Helvetica Neue', 'Helvetica', 'Arial', sans-serif";

/** Greedy word wrap by measured width. */
export function wrapText(measure: (s: string) => number, text: string, maxWidth: number): string[] {
	const lines: string[] = [];
	for (const para of text.split('\n')) {
		let line = '';
		for (const whole of para.split(/\s+/).filter(Boolean)) {
			// A word wider than the line (a 200-character name with no space) is shortened to fit.
			const word = fitWidth(measure, whole, maxWidth);
			const next = line ? `${line} ${word}` : word;
			if (line && measure(next) > maxWidth) {
				lines.push(line);
				line = word;
			} else line = next;
		}
		lines.push(line);
	}
	return lines;
}

/** Text shortened with an ellipsis until it measures at most maxWidth. */
export function fitWidth(measure: (s: string) => number, text: string, maxWidth: number): string {
	if (measure(text) <= maxWidth) return text;
	let lo = 0;
	let hi = [...text].length;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (measure(ellipsis(text, mid)) <= maxWidth) lo = mid;
		else hi = mid - 1;
	}
	return ellipsis(text, Math.max(lo, 1));
}

/** Longest legend entry and title in an exported chart, in characters. */
const LEGEND_CHARS = 60;
const TITLE_CHARS = 120;

/**
 * Draw a chart configuration at a fixed size and return it as PNG bytes. The builder's config
 * is not modified: the export switches off responsiveness, animation and events, sets the
 * device pixel ratio to `scale`, fills the background (or leaves it transparent), and draws the
 * footnote under the chart. The PNG is width × scale by height × scale pixels.
 * @example renderChart(buildChart('cost-curve', ev, inputs).config,
 *          { width: 1200, height: 675, scale: 2, background: 'white', footnote }, factory)
 *          → a 2400 × 1350 PNG
 */
export function renderChart(
	config: ChartConfiguration,
	opts: RenderOptions,
	createCanvas: CanvasFactory
): Promise<Uint8Array> {
	return drawChart(config, opts, createCanvas, canvasToPng);
}

/** The pixels of a drawn chart: RGBA, row by row from the top, `width × height` device pixels. */
export interface ChartPixels {
	width: number;
	height: number;
	rgba: Uint8ClampedArray;
}

/**
 * Draw a chart as renderChart does and return its pixels rather than a PNG: for the PDF, which
 * stores them compressed as they are; a PNG would be decoded again there, pixel by pixel.
 */
export function renderChartPixels(
	config: ChartConfiguration,
	opts: RenderOptions,
	createCanvas: CanvasFactory
): Promise<ChartPixels> {
	return drawChart(config, opts, createCanvas, (canvas) => {
		const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
		const { width, height } = canvas;
		return { width, height, rgba: ctx.getImageData(0, 0, width, height).data };
	});
}

/** Draw a chart on a new canvas of the factory's and read it with `read` before it is destroyed. */
async function drawChart<T>(
	config: ChartConfiguration,
	opts: RenderOptions,
	createCanvas: CanvasFactory,
	read: (canvas: ExportCanvas) => T | Promise<T>
): Promise<T> {
	const { width, height, scale } = opts;
	assertCanvasSize(Math.floor(width * scale), Math.floor(height * scale));
	// Chart.js reads the CSS size from the canvas and resizes it to size × devicePixelRatio.
	const canvas = createCanvas(width, height);
	const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | null;
	if (!ctx)
		throw new Error('This browser cannot draw on a canvas, so the chart cannot be exported.');

	const footFont = `${FOOT_FONT_SIZE}px ${FONT_FAMILY}`;
	ctx.font = footFont;
	const footLines = wrapText(
		(s) => ctx.measureText(s).width,
		cleanText(opts.footnote, { multiline: true }),
		width - 2 * FOOT_MARGIN
	);
	const footHeight = footLines.length * FOOT_LINE + FOOT_MARGIN;
	const textColor = String(config.options?.color ?? '#1f2328');

	const background: Plugin = {
		id: 'exportBackground',
		beforeDraw(chart) {
			if (opts.background !== 'white') return;
			const c = chart.ctx;
			c.save();
			c.fillStyle = '#ffffff';
			c.fillRect(0, 0, chart.width, chart.height);
			c.restore();
		}
	};
	const footnote: Plugin = {
		id: 'exportFootnote',
		afterDraw(chart) {
			const c = chart.ctx;
			c.save();
			c.font = footFont;
			c.fillStyle = textColor;
			c.textAlign = 'left';
			c.textBaseline = 'alphabetic';
			const top = chart.height - footHeight + FOOT_FONT_SIZE;
			footLines.forEach((line, i) => c.fillText(line, FOOT_MARGIN, top + i * FOOT_LINE));
			c.restore();
		}
	};

	const options = config.options ?? {};
	const plugins = options.plugins ?? {};
	const layoutPadding = { top: 8, left: 8, right: 16, bottom: footHeight + 4 };
	const exportConfig = {
		...config,
		platform: BasicPlatform,
		options: {
			...options,
			responsive: false,
			maintainAspectRatio: false,
			animation: false,
			devicePixelRatio: scale,
			events: [],
			layout: { ...options.layout, padding: layoutPadding },
			plugins: {
				...plugins,
				title: opts.title
					? { ...plugins.title, display: true, text: ellipsis(cleanText(opts.title), TITLE_CHARS) }
					: plugins.title,
				// Long names are shortened in the legend, so it never runs off the image.
				legend: {
					...plugins.legend,
					labels: {
						...plugins.legend?.labels,
						generateLabels: (chart: Chart) =>
							(
								plugins.legend?.labels?.generateLabels ??
								Chart.defaults.plugins.legend.labels.generateLabels
							)(chart).map((l) => ({
								...l,
								text: ellipsis(cleanText(String(l.text)), LEGEND_CHARS)
							}))
					}
				},
				tooltip: { ...plugins.tooltip, enabled: false }
			}
		},
		plugins: [...(config.plugins ?? []), background, footnote]
	} as ChartConfiguration;

	// The context, not the canvas: Chart.js takes the canvas from `ctx.canvas`, which a Node
	// canvas has too, so one call serves the browser and @napi-rs/canvas.
	const chart = new Chart(ctx, exportConfig);
	try {
		// With animation off and BasicPlatform (always "attached"), the constructor draws at once.
		return await read(canvas);
	} finally {
		chart.destroy();
	}
}
