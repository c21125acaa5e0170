import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { expect, test, type Page } from '@playwright/test';
import { catalog } from '../../src/lib/catalog';
import { extractText } from '../pdf-text';
import { CalculatorPage, exampleScenario, parseNumber } from './calculator-page';

/** Issue 11: ready for the finance meeting. The hand-checked example throughout. */

async function download(page: Page, button: string): Promise<Buffer> {
	const [dl] = await Promise.all([
		page.waitForEvent('download', { timeout: 90_000 }),
		page.getByRole('button', { name: button, exact: true }).click()
	]);
	return readFileSync(await dl.path());
}

async function openAnalysis(page: Page) {
	const summary = page.locator('#overtime-title');
	await summary.scrollIntoViewIfNeeded();
	await summary.click();
	await expect(page.locator('.over-time .pair select').first()).toBeVisible();
}

const GPU_LOW = 'GPU price (USD) or rental rate (USD/GPU-hour): low';

test('the analysis on the page is what every export reports, and survives a reload and a link', async ({
	page
}) => {
	test.setTimeout(300_000);
	const app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
	await openAnalysis(page);
	// The page starts on the first pair, rent against GPT-4o mini: the GPU range is the rental rate.
	await expect(page.getByLabel(GPU_LOW)).toHaveValue('1.6');
	// Analyse the bought H100 against GPT-4.1: the GPU range follows the pair ($30,000 ±20%).
	await page.locator('.over-time .pair select').first().selectOption('buy');
	await page.locator('.over-time .pair select').nth(1).selectOption('openai/gpt-4.1');
	await expect(page.getByLabel(GPU_LOW)).toHaveValue('24000');
	// An entered range is kept (and marked) when the pair changes.
	await page.getByLabel('Electricity (USD/kWh): high').fill('0.3');
	await expect(page.getByTestId('range-edited')).toHaveCount(1);
	await page.getByLabel('Samples').fill('500');
	await page.getByLabel('Seed').fill('7');
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	const mc = page.getByTestId('mc-results');
	await expect(mc).toBeVisible({ timeout: 60_000 });
	const saving = mc.locator('tr', { hasText: 'Saving at plan' }).locator('td');
	const [p10, p50, p90] = await Promise.all([0, 1, 2].map((i) => saving.nth(i).innerText()));
	const npv = await page
		.getByTestId('timeline-kpis')
		.locator('div', { hasText: 'NPV of self-hosting' })
		.locator('dd')
		.innerText();
	// The tornado's largest swing, from its data table.
	const tornado = page.locator('section[data-chart=tornado]');
	await tornado.locator('summary', { hasText: 'Data table' }).click();
	const firstBar = (await tornado.locator('tbody tr').first().innerText()).split('\t');
	const pageText = (s: string) => s.replace(/\u2212/g, '-');

	await page.locator('#export-title').scrollIntoViewIfNeeded();
	const pdf = extractText(new Uint8Array(await download(page, 'PDF report'))).text;
	for (const figure of [npv, p10, p50, p90]) expect(pdf).toContain(pageText(figure));
	expect(pdf).toContain('against GPT-4.1 (the pair analysed on the page)');
	expect(pdf).toContain('500 samples, seed 7');
	expect(pdf).toContain('Electricity (USD/kWh) (entered by the user) 0.08 0.1 0.3');
	expect(pdf).toContain(firstBar[0].split(' (')[0]);

	const pptx = await JSZip.loadAsync(await download(page, 'PowerPoint deck'));
	const slides = await Promise.all(
		Object.keys(pptx.files)
			.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
			.map((n) => pptx.file(n)!.async('string'))
	);
	const deck = slides.join(' ');
	for (const figure of [npv, p10, p50, p90]) expect(deck).toContain(figure);
	expect(deck).toContain('500 samples, seed 7');

	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load((await download(page, 'Excel workbook')) as unknown as ArrayBuffer);
	const rowOf = (sheet: string, label: string) => {
		let found: unknown[] = [];
		wb.getWorksheet(sheet)?.eachRow((r) => {
			if (String(r.getCell(1).value).startsWith(label)) found = (r.values as unknown[]).slice(2);
		});
		return found;
	};
	expect(rowOf('Over time', 'NPV of self-hosting (USD)')[0]).toBeCloseTo(parseNumber(npv), 2);
	const mcSaving = rowOf('Monte Carlo', 'Saving at plan');
	expect(mcSaving.slice(0, 3).map((v) => Number(v).toFixed(2))).toEqual(
		[p10, p50, p90].map((t) => parseNumber(t).toFixed(2))
	);
	expect(rowOf('Monte Carlo', 'Samples')).toEqual([500]);

	// Reload: the analysis is part of the scenario (autosave).
	await app.reload();
	await openAnalysis(page);
	await expect(
		page.locator('.over-time .pair select').first().locator('option:checked')
	).toHaveText(/· buy$/);
	await expect(page.locator('.over-time .pair select').nth(1).locator('option:checked')).toHaveText(
		'GPT-4.1'
	);
	await expect(page.getByLabel('Electricity (USD/kWh): high')).toHaveValue('0.3');
	await expect(page.getByLabel('Samples')).toHaveValue('500');
	// And in the link.
	await page.getByRole('button', { name: 'Copy link', exact: true }).click();
	const link = await page.getByTestId('copied-link').inputValue();
	const other = await page.context().newPage();
	await other.goto(link);
	const again = new CalculatorPage(other);
	await again.ready();
	await openAnalysis(other);
	await expect(
		other.locator('.over-time .pair select').nth(1).locator('option:checked')
	).toHaveText('GPT-4.1');
	await expect(other.getByLabel('Seed')).toHaveValue('7');
	await expect(other.getByTestId('range-edited')).toHaveCount(1);
});

test('the embed snippet draws its chart in a page on another origin; without own prices it has none', async ({
	page,
	baseURL
}) => {
	const app = new CalculatorPage(page);
	// The hand-checked example overrides the H100's rate ($2.00 instead of the catalog's $2.99).
	await app.goto(exampleScenario('hand-checked.json'));
	await page.locator('#export-title').scrollIntoViewIfNeeded();
	await page.getByRole('button', { name: 'Copy embed code' }).click();
	const snippet = await page.locator('.embed textarea').inputValue();
	expect(snippet).toContain('aspect-ratio: 16 / 9');
	expect(snippet).toContain('prices=catalog');
	const src = /src="([^"]+)"/.exec(snippet)![1].replace(/&amp;/g, '&');
	const hash = new URL(src).hash.slice(3);
	const doc = Buffer.from(hash, 'base64url').toString('utf8');
	expect(doc).not.toContain('cloudUsdPerGpuHour');
	expect(JSON.parse(doc).overrides).toEqual({ models: {}, gpus: {}, offerings: {} });

	// A page on another origin (file://) holding the snippet.
	const dir = mkdtempSync(join(tmpdir(), 'embed-'));
	const host = join(dir, 'host.html');
	writeFileSync(host, `<!doctype html><title>host</title><body>${snippet}</body>`);
	const other = await page.context().newPage();
	await other.goto(pathToFileURL(host).href);
	const frame = other.frameLocator('iframe');
	await expect(frame.locator('canvas')).toBeVisible({ timeout: 30_000 });
	await expect(frame.getByTestId('catalog-only')).toBeVisible();
	// The chart has ink: the canvas is not blank.
	const ink = await frame.locator('canvas').evaluate((c: HTMLCanvasElement) => {
		const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		let n = 0;
		for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
		return n;
	});
	expect(ink).toBeGreaterThan(1000);
	expect(src.startsWith(baseURL!)).toBe(true);

	// The link without own prices, too.
	await page.getByRole('button', { name: 'Copy link without my prices' }).click();
	const link = await page.getByTestId('copied-link').inputValue();
	const linked = Buffer.from(new URL(link).hash.slice(3), 'base64url').toString('utf8');
	expect(linked).not.toContain('cloudUsdPerGpuHour');
});

test('reset asks, names what goes, and undo brings back own entries and candidates', async ({
	page
}) => {
	const app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
	const chips = page.locator('#candidates-title ~ ul.chips li');
	await expect(chips).toHaveCount(2);
	await page.getByRole('button', { name: 'Reset to defaults' }).click();
	const ask = page.getByTestId('reset-confirm');
	// The hand-checked example changes two catalog figures (the H100's rate and price).
	await expect(ask).toContainText('2 figures you changed');
	await ask.getByRole('button', { name: 'Reset', exact: true }).click();
	await expect(chips).toHaveCount(3); // the default scenario's three candidates
	await page.getByRole('button', { name: 'Undo reset' }).click();
	await expect(chips).toHaveCount(2);
	// The override is back: the hand-checked rent costs $8,960.00 a month again.
	await expect(page.getByTestId('answer')).toContainText('($8.96k/month');
});

test('finance notation: 2B tokens/month, 40%, $32k; 0,4 is refused with the way to write it', async ({
	page
}) => {
	const app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
	// 2B tokens/month at 2,000 tokens per request: 2e9 × 12 / (365 × 2,000) = 32,876.712329 requests/day.
	await app.typeInto('workload-tokensPerMonth', '2B');
	await expect.poll(() => app.plannedTokens()).toBe(2_000_000_000);
	await expect(app.plan()).toContainText('32,877 requests/day');
	// 40% input: 800 input and 1,200 output tokens per request, the volume unchanged.
	await app.typeInto('workload-inputShare', '40%');
	await expect(app.field('workload-inputTokensPerRequest')).toHaveValue('800');
	await expect(app.field('workload-outputTokensPerRequest')).toHaveValue('1200');
	await expect.poll(() => app.plannedTokens()).toBe(2_000_000_000);
	await app.typeInto('workload-cachedInputShare', '40%');
	await expect(app.fieldError('workload-cachedInputShare')).toHaveCount(0);
	// $32k a node: a field in USD.
	await app.typeInto('finance-nodeCostUsd', '$32k');
	await expect(app.fieldError('finance-nodeCostUsd')).toHaveCount(0);
	await expect(page.locator('#finance-nodeCostUsd-help')).toContainText('changed');
	// A decimal comma is refused, with the way to write it; nothing shows the half-typed value.
	await app.typeInto('workload-cachedInputShare', '0,4');
	await expect(app.fieldError('workload-cachedInputShare')).toContainText('write 0.4');
	await expect(app.fieldError('workload-cachedInputShare')).not.toContainText('04 is outside');
});

test('Copy as mine keeps every unchanged figure’s source and date', async ({ page }) => {
	await page.goto('/catalog');
	await new CalculatorPage(page).ready();
	await page.getByRole('button', { name: 'Copy NVIDIA H100 SXM 80GB as mine' }).click();
	// Saved without a source of the user's own: no figure changed, so none is the user's.
	await page.getByRole('button', { name: 'Add to this scenario' }).click();
	await expect(page.getByText('Added NVIDIA H100 SXM 80GB (mine).')).toBeVisible();
	const saved = async () =>
		JSON.parse((await page.evaluate(() => localStorage.getItem('llm-tco:autosave'))) ?? '{}');
	await expect.poll(async () => (await saved()).custom?.gpus?.length).toBe(1);
	const mine = (await saved()).custom.gpus[0];
	const h100 = catalog.gpus.find((g) => g.id === 'h100-sxm')!;
	expect(mine.name).toBe('NVIDIA H100 SXM 80GB (mine)');
	for (const [k, figure] of Object.entries(h100)) {
		if (figure && typeof figure === 'object' && 'source' in figure)
			expect(mine[k], k).toEqual(figure);
	}
});
