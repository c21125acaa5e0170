import { readFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { extractText } from '../pdf-text';
import {
	LEAD_CHART,
	buildChart,
	chartIdOf,
	chartIds,
	charts,
	chartTitle
} from '../../src/lib/charts/registry';
import { reportContext } from '../../src/lib/export/context';
import { chartTables } from '../../src/lib/export/chart-data';
import { render as renderCsv } from '../../src/lib/export/csv';
import { pdfText, render as renderPdf } from '../../src/lib/export/pdf';
import { render as renderPng } from '../../src/lib/export/png';
import { render as renderPptx } from '../../src/lib/export/pptx';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/lib/export/render-chart';
import { parseScenarioText } from '../../src/lib/scenario/document';

// Every chart of the registry reaches every export: adding an entry to src/lib/charts/registry.ts
// is enough for it to be drawn in the PNG, titled in the PDF and the deck, and tabled in the CSV.
// (The page and the embed are checked in test/e2e/chart-registry.spec.ts.)

const parsed = parseScenarioText(readFileSync('examples/hand-checked.json', 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const ctx = reportContext(parsed.scenario, new Date(2026, 6, 24));

/** Whitespace collapsed: PDF text wraps at the column, PPTX runs split at the slide's choice. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Share of pixels that differ from the top-left corner: the chart's lines, bars and text. */
async function inkedShare(png: Uint8Array): Promise<number> {
	const img = await loadImage(Buffer.from(png));
	const canvas = createCanvas(img.width, img.height);
	const c = canvas.getContext('2d');
	c.drawImage(img, 0, 0);
	const data = c.getImageData(0, 0, img.width, img.height).data;
	let inked = 0;
	for (let i = 0; i < data.length; i += 4) {
		for (let k = 0; k < 4; k++)
			if (data[i + k] !== data[k]) {
				inked++;
				break;
			}
	}
	return inked / (data.length / 4);
}

describe('the chart registry', () => {
	it('has ids, titles and tables for every chart, and reads ids from text', () => {
		expect(chartIds.length).toBeGreaterThan(0);
		expect(new Set(chartIds).size).toBe(chartIds.length);
		expect(chartIds).toContain(LEAD_CHART);
		for (const id of chartIds) {
			expect(charts[id].title, id).not.toBe('');
			expect(chartIdOf(id)).toBe(id);
			const { config, table } = buildChart(id, ctx.ev, ctx.inputs);
			expect(chartTitle(config), id).not.toBe('');
			expect(table.rows.length, id).toBeGreaterThan(0);
			expect(charts[id].tables(ctx.ev, ctx.inputs).length, id).toBeGreaterThan(0);
		}
		expect(chartIdOf('pie')).toBeUndefined();
	});

	it('builds in both themes without changing the table', () => {
		for (const id of chartIds) {
			const light = buildChart(id, ctx.ev, ctx.inputs, { theme: 'light' });
			const dark = buildChart(id, ctx.ev, ctx.inputs, { theme: 'dark' });
			expect(dark.table, id).toEqual(light.table);
		}
	});
});

describe('every registered chart in every export', async () => {
	const pdf = flat(extractText((await renderPdf(ctx)).bytes).text);
	const deck = await JSZip.loadAsync((await renderPptx(ctx)).bytes);
	const slideText = flat(
		(
			await Promise.all(
				Object.keys(deck.files)
					.filter((n) => /^ppt\/(slides|notesSlides)\/\w+\d+\.xml$/.test(n))
					.map((n) => deck.file(n)!.async('string'))
			)
		)
			.map((xml) =>
				[...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
					.map((m) =>
						m[1]
							.replace(/&lt;/g, '<')
							.replace(/&gt;/g, '>')
							.replace(/&quot;/g, '"')
							.replace(/&apos;/g, "'")
							.replace(/&amp;/g, '&')
					)
					.join(' ')
			)
			.join(' ')
	);
	const csv = new TextDecoder().decode((await renderCsv(ctx)).bytes);

	for (const id of chartIds) {
		const { config, table } = buildChart(id, ctx.ev, ctx.inputs);
		const title = chartTitle(config);

		it(`${id}: PNG draws the chart`, async () => {
			const file = await renderPng(ctx, { chart: id, scale: 1 });
			const img = await loadImage(Buffer.from(file.bytes));
			expect([img.width, img.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
			// Axes, series, legend and footnote: far more than a blank canvas with a title.
			expect(await inkedShare(file.bytes)).toBeGreaterThan(0.02);
		});

		it(`${id}: the PDF carries its title`, () => {
			expect(pdf).toContain(flat(pdfText(title)));
		});

		it(`${id}: the deck carries its title`, () => {
			expect(slideText).toContain(flat(title));
		});

		it(`${id}: the CSV carries its tables`, () => {
			expect(chartTables(ctx).map((t) => t.title)).toEqual(
				expect.arrayContaining(charts[id].tables(ctx.ev, ctx.inputs).map((t) => t.title))
			);
			for (const named of charts[id].tables(ctx.ev, ctx.inputs)) {
				expect(csv).toContain(`Chart data: ${named.title}\r\n`);
			}
			// The first table is the chart's own (the one under the chart on the page).
			expect(charts[id].tables(ctx.ev, ctx.inputs)[0].table.columns).toEqual(table.columns);
		});
	}
});
