import type { CartesianScaleOptions, Chart, Plugin, Scale } from 'chart.js';

/** A log axis: a cartesian scale (Chart.js types a plugin's scales by their core options only). */
type Axis = Scale<CartesianScaleOptions>;

/**
 * A log axis keeps as Chart.js ticks only the ones it labels (logTick: 1, 2 and 5 of each decade,
 * the powers of ten alone when the axis is wide), and this plugin draws the grid lines and tick
 * marks of the others (3, 4, 6 … 9), in the axis's grid colour and width, where Chart.js would
 * have drawn them and before anything else, as Chart.js draws its grid. The chart looks the same;
 * Chart.js no longer builds, resolves the options of and measures some 60 blank ticks on every
 * redraw of the cost curve, which was a third of its update and most of its garbage.
 */
const minorValues = new WeakMap<Scale, number[]>();

/** chart.js/helpers' _alignPixel: a line of `width` on whole device pixels. */
function alignPixel(chart: Chart, pixel: number, width: number): number {
	const ratio = chart.currentDevicePixelRatio;
	const half = width !== 0 ? Math.max(width / 2, 0.5) : 0;
	return Math.round((pixel - half) * ratio) / ratio + half;
}

type Line = [x1: number, y1: number, x2: number, y2: number];

/**
 * The grid line across the chart area and the tick mark at `pixel` of a scale at the top, bottom,
 * left or right, as Chart.js's Scale._computeGridLineItems places them.
 */
function gridLines(chart: Chart, scale: Axis, pixel: number, lineWidth: number) {
	const { grid, border, position } = scale.options;
	const area = chart.chartArea;
	const tl = grid.drawTicks ? (grid.tickLength ?? 0) : 0;
	const axisWidth = border.display ? border.width : 0;
	const half = axisWidth / 2;
	const alignBorder = (p: number) => alignPixel(chart, p, axisWidth);
	const at = alignPixel(chart, pixel, lineWidth);
	let line: Line;
	let tick: Line;
	if (position === 'top') {
		const b = alignBorder(scale.bottom);
		line = [at, alignBorder(area.top) + half, at, area.bottom];
		tick = [at, scale.bottom - tl, at, b - half];
	} else if (position === 'bottom') {
		const b = alignBorder(scale.top);
		line = [at, area.top, at, alignBorder(area.bottom) - half];
		tick = [at, b + half, at, scale.top + tl];
	} else if (position === 'left') {
		const b = alignBorder(scale.right);
		line = [alignBorder(area.left) + half, at, area.right, at];
		tick = [scale.right - tl, at, b - half, at];
	} else if (position === 'right') {
		const b = alignBorder(scale.left);
		line = [area.left, at, alignBorder(area.right) - half, at];
		tick = [b + half, at, scale.left + tl, at];
	} else return undefined;
	return { line, tick };
}

/**
 * Stroke lines of one width and colour as one path: one stroke for all the minor lines of a style
 * rather than one each (some 150 on the cost curve, redrawn on every keystroke; 200 lines took
 * 0.8 ms one by one against 0.2 ms as one path in Chromium's software canvas). A path holds one
 * axis's lines, which are parallel and apart, and their tick marks beyond the border: nothing in it
 * overlaps, so each pixel is painted once as before (one path for both axes would paint the
 * crossings of their translucent lines once instead of twice).
 */
function strokeAll(ctx: CanvasRenderingContext2D, lines: Line[], width: number, color: string) {
	ctx.save();
	ctx.lineWidth = width;
	ctx.strokeStyle = color;
	ctx.setLineDash([]);
	ctx.beginPath();
	for (const [x1, y1, x2, y2] of lines) {
		ctx.moveTo(x1, y1);
		ctx.lineTo(x2, y2);
	}
	ctx.stroke();
	ctx.restore();
}

export const minorLogGrid: Plugin = {
	id: 'minorLogGrid',
	afterBuildTicks(_chart, args: { scale?: Scale }) {
		if (!args.scale || args.scale.type !== 'logarithmic') return;
		const scale = args.scale as Axis;
		const all = scale.ticks;
		const label = scale.options.ticks.callback;
		const kept: typeof all = [];
		const minor: number[] = [];
		all.forEach((t, i) => {
			const text = label.call(scale, t.value, i, all);
			if (text === '' || text === undefined || text === null) minor.push(t.value);
			else kept.push(t);
		});
		scale.ticks = kept;
		minorValues.set(scale, minor);
	},
	beforeDraw(chart) {
		/** Lines to draw, by axis, width and colour. */
		const styles = new Map<string, { width: number; color: string; lines: Line[] }>();
		const add = (scale: Axis, line: Line, width: number, color: string) => {
			const key = `${scale.id} ${width} ${color}`;
			const style = styles.get(key) ?? { width, color, lines: [] };
			styles.set(key, style);
			style.lines.push(line);
		};
		for (const s of Object.values(chart.scales)) {
			const values = minorValues.get(s);
			const scale = s as Axis;
			const grid = scale.options.grid;
			if (!values?.length || !grid.display) continue;
			// Chart.js's defaults: the tick marks take the grid's colour and width unless set.
			const width = typeof grid.lineWidth === 'number' ? grid.lineWidth : 1;
			const color = typeof grid.color === 'string' ? grid.color : undefined;
			const tickWidth = typeof grid.tickWidth === 'number' ? grid.tickWidth : width;
			const tickColor = typeof grid.tickColor === 'string' ? grid.tickColor : color;
			for (const v of values) {
				const lines = gridLines(chart, scale, scale.getPixelForValue(v), width);
				if (!lines) continue;
				if (grid.drawOnChartArea && width && color) add(scale, lines.line, width, color);
				if (grid.drawTicks && tickWidth && tickColor) add(scale, lines.tick, tickWidth, tickColor);
			}
		}
		for (const { width, color, lines } of styles.values())
			strokeAll(chart.ctx, lines, width, color);
	}
};
