import { createCanvas } from '@napi-rs/canvas';
import { BasicPlatform, type ChartConfiguration } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { buildChart } from '../../src/lib/charts/registry';
import { Chart } from '../../src/lib/charts/setup';
import { evaluateScenario } from '../../src/lib/scenario/resolve';
import { defaultScenario } from '../../src/lib/scenario/document';

// The cost curve's log axes keep as Chart.js ticks only the labelled ones; the blank ones
// (3, 4, 6 … 9 of each decade) are drawn as grid lines by charts/minor-grid.ts.

const { inputs, evaluation } = evaluateScenario(defaultScenario());
const config = buildChart('cost-curve', evaluation, inputs, { theme: 'light' })
	.config as ChartConfiguration;
const canvas = createCanvas(1200, 675);
const chart = new Chart(canvas as unknown as HTMLCanvasElement, {
	...config,
	platform: BasicPlatform,
	options: { ...config.options, responsive: false, animation: false, devicePixelRatio: 1 }
});
const ctx = canvas.getContext('2d');
const { data, width } = ctx.getImageData(0, 0, canvas.width, canvas.height);
/** Alpha of a pixel: the canvas is transparent where nothing was drawn. */
const alpha = (x: number, y: number) => data[(Math.floor(y) * width + Math.floor(x)) * 4 + 3];

/** Share of the chart area's rows in pixel column x with something drawn. */
function inkedRows(x: number): number {
	const { top, bottom } = chart.chartArea;
	let inked = 0;
	for (let y = Math.ceil(top) + 1; y < Math.floor(bottom) - 1; y++) if (alpha(x, y) > 0) inked++;
	return inked / (Math.floor(bottom) - Math.ceil(top) - 2);
}

describe('log axes: labelled ticks from Chart.js, minor grid lines from the plugin', () => {
	it('the x axis has exactly the 1-2-5 ticks between its ends, each labelled', () => {
		const x = chart.scales.x;
		// By hand: every 1, 2 or 5 × 10^k within the axis's range, in compact form.
		const expected: string[] = [];
		for (let k = 0; k <= 15; k++)
			for (const m of [1, 2, 5]) {
				const v = m * 10 ** k;
				if (v >= x.min && v <= x.max) {
					const [limit, suffix] = (
						[
							[1e12, 'T'],
							[1e9, 'B'],
							[1e6, 'M'],
							[1e3, 'k']
						] as const
					).find(([l]) => v >= l) ?? [1, ''];
					expected.push(`${v / limit}${suffix}`);
				}
			}
		expect(x.ticks.map((t) => t.label)).toEqual(expected);
		expect(expected.length).toBeGreaterThan(3);
	});

	it('no blank tick is left on either axis', () => {
		for (const id of ['x', 'y']) {
			const ticks = chart.scales[id].ticks;
			expect(ticks.length).toBeGreaterThan(1);
			for (const t of ticks) expect(t.label).not.toBe('');
		}
	});

	it('draws a grid line at 3 × 10^k across the chart area, and none halfway to 4 × 10^k', () => {
		const x = chart.scales.x;
		// The first minor value inside the axis: 3 × the first power of ten at or above its minimum.
		const decade = 10 ** Math.ceil(Math.log10(x.min));
		const minor = 3 * decade;
		expect(minor).toBeLessThan(x.max);
		const at = x.getPixelForValue(minor);
		const between = x.getPixelForValue(3.5 * decade);
		expect(inkedRows(at)).toBeGreaterThan(0.9);
		expect(inkedRows(between)).toBeLessThan(0.3);
	});
});
