import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { CalculatorPage, exampleScenario, scenarioHash } from './calculator-page';
import { extractImages } from '../pdf-text';

async function saveAs(page: Page, name: string) {
	await page.locator('.scenarios form.add input').fill(name);
	await page.locator('.scenarios form.add button[type=submit]').click();
	await expect(page.locator('.scenarios .saved-name strong', { hasText: name })).toHaveCount(1);
}

async function download(page: Page, button: string): Promise<Buffer> {
	const [dl] = await Promise.all([
		page.waitForEvent('download', { timeout: 60_000 }),
		page.getByRole('button', { name: button, exact: true }).click()
	]);
	const path = await dl.path();
	return readFileSync(path);
}

test('saved scenarios: save, rename, duplicate, delete with undo, then compare two', async ({
	page
}) => {
	const app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
	await saveAs(page, 'Base');
	await app.typeInto('workload-requestsPerDay', '50000');
	await saveAs(page, 'Quieter');
	const row = page.locator('.scenarios .saved li', { hasText: 'Quieter' });
	await row.getByRole('button', { name: 'Duplicate Quieter' }).click();
	await expect(page.locator('.scenarios .saved-name strong')).toHaveText([
		'Base',
		'Quieter',
		'Quieter (copy)'
	]);
	await page.getByRole('button', { name: 'Delete Quieter (copy)' }).click();
	await expect(page.locator('.scenarios .saved-name strong')).toHaveText(['Base', 'Quieter']);
	await page.locator('.scenarios .undo button').click();
	await expect(page.locator('.scenarios .saved-name strong')).toHaveText([
		'Base',
		'Quieter',
		'Quieter (copy)'
	]);

	await page.getByRole('button', { name: 'Rename Base' }).click();
	await page.getByLabel('New name for Base').fill('Baseline plan');
	await page.locator('.scenarios form.rename button[type=submit]').click();
	await expect(page.locator('.scenarios .saved-name strong')).toHaveText([
		'Baseline plan',
		'Quieter',
		'Quieter (copy)'
	]);

	await page.getByRole('link', { name: 'Compare' }).click();
	await page.getByLabel('Baseline plan').check();
	await page.getByLabel('Quieter', { exact: true }).check();
	// Only requests/day differs: 100,000 against 50,000.
	const diff = page.locator('#diff-title + .table-scroll tbody tr');
	await expect(diff).toHaveCount(1);
	await expect(diff).toContainText(['Requests per day (requests/day)100000']);
	await expect(page.locator('section[data-chart=compare-curve] canvas')).toBeVisible();
	// Key figures: the rent candidate costs $8,960.00 a month in both (one replica either way:
	// 50,000 requests/day needs 3,041,666,667 tokens, still within one replica's 31,998,528,000).
	const rent = page.locator('tr', { hasText: 'NVIDIA H100 SXM 80GB · FP8 · rent' });
	await expect(rent).toHaveCount(2);
	for (const row of await rent.all()) await expect(row).toContainText('$8,960.00');
});

test('every export downloads a file that opens', async ({ page }) => {
	// Five exports, the reports with the analysis's Monte Carlo: allow for a shared machine.
	test.setTimeout(180_000);
	const app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
	await page.locator('#export-title').scrollIntoViewIfNeeded();
	const csv = (await download(page, 'CSV')).toString('utf8');
	// The hand-checked first break-even, rent vs GPT-4.1: $8,960 / $5 per 1M = 1,792,000,000 tokens/month
	expect(csv).toContain('1792000000');
	expect((await download(page, 'Excel workbook')).subarray(0, 2).toString()).toBe('PK');
	expect((await download(page, 'PowerPoint deck')).subarray(0, 2).toString()).toBe('PK');
	const pdf = await download(page, 'PDF report');
	expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
	// Its charts, drawn by this browser, decode as a reader would: 2,400 × 1,350 RGB with ink on
	// a white ground (the pixels' bytes are checked in test/export/pdf-image.test.ts).
	const images = extractImages(new Uint8Array(pdf));
	expect(images.length).toBeGreaterThanOrEqual(3);
	for (const img of images) {
		expect([img.width, img.height, img.colors]).toEqual([2400, 1350, 3]);
		let inked = 0;
		for (let i = 0; i < img.pixels.length; i += 3)
			if (img.pixels[i] + img.pixels[i + 1] + img.pixels[i + 2] < 750) inked++;
		expect(inked / (img.width * img.height)).toBeGreaterThan(0.005);
	}
	expect((await download(page, 'Save PNG')).subarray(1, 4).toString()).toBe('PNG');
});

test('a name with HTML or script stays plain text on the page and in exports', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	const name = '<img src=x onerror=alert(1)><script>alert(2)</script>';
	const scenario = { ...exampleScenario('hand-checked.json'), name };
	const app = new CalculatorPage(page);
	await app.goto(scenario);
	await expect(page.locator('.toolbar .name input')).toHaveValue(name);
	await expect(page.locator('img[src=x]')).toHaveCount(0);
	await page.locator('#export-title').scrollIntoViewIfNeeded();
	const csv = (await download(page, 'CSV')).toString('utf8');
	expect(csv).toContain('<img src=x onerror=alert(1)>');
	expect(dialogs).toBe(0);
});

test('the embed view shows one chart alone, and refuses a damaged link', async ({ page }) => {
	await page.goto(`/embed?chart=breakdown${scenarioHash(exampleScenario('hand-checked.json'))}`);
	await expect(page.locator('canvas')).toBeVisible();
	await expect(page.locator('header.site')).toHaveCount(0);
	await expect(page.locator('nav')).toHaveCount(0);
	await page.goto('/embed?chart=cost-curve#s=%%%');
	await page.reload();
	await expect(page.locator('canvas')).toHaveCount(0);
	await expect(page.locator('body')).toContainText(/refused|damaged|cannot/i);
});
