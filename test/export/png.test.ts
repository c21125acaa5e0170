import { readFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { buildChart, chartIds, type ChartId } from '../../src/lib/charts/registry';
import { reportContext } from '../../src/lib/export/context';
import { render } from '../../src/lib/export/png';
import {
	CHART_HEIGHT,
	CHART_WIDTH,
	CanvasTooBigError,
	MAX_CANVAS_SIDE,
	assertCanvasSize,
	renderChart
} from '../../src/lib/export/render-chart';
import { parseScenarioText, type Scenario } from '../../src/lib/scenario/document';

function example(name: string): Scenario {
	const r = parseScenarioText(readFileSync(`examples/${name}.json`, 'utf8'));
	if (!r.ok) throw new Error(r.errors.join('\n'));
	return r.scenario;
}

/** Width, height and colour type from the IHDR chunk, which always comes first. */
function ihdr(png: Uint8Array) {
	const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	expect([...png.slice(0, 8)]).toEqual(sig);
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	expect(String.fromCharCode(...png.slice(12, 16))).toBe('IHDR');
	return { width: view.getUint32(16), height: view.getUint32(20), colourType: png[25] };
}

async function pixels(png: Uint8Array) {
	const img = await loadImage(Buffer.from(png));
	const canvas = createCanvas(img.width, img.height);
	const c = canvas.getContext('2d');
	c.drawImage(img, 0, 0);
	const data = c.getImageData(0, 0, img.width, img.height).data;
	const at = (x: number, y: number) => {
		const i = (y * img.width + x) * 4;
		return [data[i], data[i + 1], data[i + 2], data[i + 3]];
	};
	// Share of pixels that differ from the top-left corner: the chart's lines, bars and text.
	const corner = at(0, 0);
	let inked = 0;
	for (let i = 0; i < data.length; i += 4) {
		if (
			data[i] !== corner[0] ||
			data[i + 1] !== corner[1] ||
			data[i + 2] !== corner[2] ||
			data[i + 3] !== corner[3]
		)
			inked++;
	}
	return { at, inkedShare: inked / (data.length / 4) };
}

const handChecked = reportContext(example('hand-checked'), new Date(2026, 6, 24));

describe('png render: size, background and content', () => {
	const cases: { chart: ChartId; scale: 1 | 2 | 3; background: 'white' | 'transparent' }[] = [
		{ chart: 'cost-curve', scale: 1, background: 'white' },
		{ chart: 'cost-curve', scale: 2, background: 'transparent' },
		{ chart: 'cost-curve', scale: 3, background: 'white' },
		{ chart: 'break-even', scale: 1, background: 'transparent' },
		{ chart: 'break-even', scale: 2, background: 'white' },
		{ chart: 'breakdown', scale: 1, background: 'white' },
		{ chart: 'breakdown', scale: 3, background: 'transparent' }
	];
	for (const { chart, scale, background } of cases) {
		it(`${chart} at ${scale}× on ${background}`, async () => {
			const file = await render(handChecked, { chart, scale, background });
			expect(file.mime).toBe('image/png');
			expect(file.extension).toBe('png');
			const h = ihdr(file.bytes);
			expect(h.width).toBe(CHART_WIDTH * scale);
			expect(h.height).toBe(CHART_HEIGHT * scale);
			// 6 = truecolour with alpha: the format can carry transparency either way.
			expect(h.colourType).toBe(6);
			const px = await pixels(file.bytes);
			const corner = px.at(0, 0);
			if (background === 'white') expect(corner).toEqual([255, 255, 255, 255]);
			else expect(corner[3]).toBe(0);
			// Not blank: lines, bars and text cover a visible part of the image.
			expect(px.inkedShare).toBeGreaterThan(0.02);
		});
	}

	it('defaults to the cost curve at 2× on white', async () => {
		const file = await render(handChecked);
		const h = ihdr(file.bytes);
		expect([h.width, h.height]).toEqual([CHART_WIDTH * 2, CHART_HEIGHT * 2]);
		expect((await pixels(file.bytes)).at(0, 0)).toEqual([255, 255, 255, 255]);
	});
});

describe('png render: scenarios that must still export', () => {
	const scenarios: Record<string, Scenario> = {
		'a candidate that fits no GPU': example('fits-nowhere'),
		default: example('default'),
		'zero volume': {
			...example('hand-checked'),
			workload: { ...example('hand-checked').workload, requestsPerDay: '0' }
		},
		'no candidates and no APIs': { ...example('hand-checked'), candidates: [], baselines: [] }
	};
	for (const [name, s] of Object.entries(scenarios)) {
		for (const chart of chartIds) {
			it(`${name}: ${chart}`, async () => {
				const file = await render(reportContext(s), { chart, scale: 1 });
				expect(ihdr(file.bytes).width).toBe(CHART_WIDTH);
			});
		}
	}
});

describe('renderChart', () => {
	it('leaves the builder configuration as it was', async () => {
		const { config } = buildChart('breakdown', handChecked.ev, handChecked.inputs);
		const before = JSON.stringify(config);
		await render(handChecked, { chart: 'breakdown', scale: 1 });
		await renderChart(
			config,
			{ width: 400, height: 300, scale: 1, background: 'white', footnote: 'x' },
			(w, h) => createCanvas(w, h)
		);
		expect(JSON.stringify(config)).toBe(before);
		expect(config.options?.responsive).toBe(true);
	});

	it('refuses a canvas larger than browsers allow, before drawing', async () => {
		const { config } = buildChart('breakdown', handChecked.ev, handChecked.inputs);
		let made = 0;
		const factory = (w: number, h: number) => {
			made++;
			return createCanvas(w, h);
		};
		await expect(
			renderChart(
				config,
				{ width: 6000, height: 3375, scale: 3, background: 'white', footnote: '' },
				factory
			)
		).rejects.toThrow(/18000 × 10125 pixels, more than the 16,384 pixels a side/);
		expect(made).toBe(0);
	});

	const sizes: [number, number, boolean][] = [
		[MAX_CANVAS_SIDE, MAX_CANVAS_SIDE, true],
		[MAX_CANVAS_SIDE + 1, 10, false],
		[10, MAX_CANVAS_SIDE + 1, false],
		[0, 100, false],
		[Infinity, 1, false],
		[3600, 2025, true]
	];
	for (const [w, h, ok] of sizes) {
		it(`assertCanvasSize(${w}, ${h}) ${ok ? 'accepts' : 'refuses'}`, () => {
			if (ok) expect(() => assertCanvasSize(w, h)).not.toThrow();
			else expect(() => assertCanvasSize(w, h)).toThrow(CanvasTooBigError);
		});
	}
});

describe('long names in a PNG', () => {
	it('a word wider than the footnote is shortened with an ellipsis to fit', async () => {
		const { wrapText } = await import('../../src/lib/export/render-chart');
		const measure = (s: string) => [...s].length * 7;
		const lines = wrapText(measure, `Scenario ${'W'.repeat(200)} end`, 700);
		expect(lines).toEqual(['Scenario', `${'W'.repeat(99)}…`, 'end']);
		for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(700);
	});
});
