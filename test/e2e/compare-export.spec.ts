import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { expect, test, type Page } from '@playwright/test';
import { extractText } from '../pdf-text';
import { CalculatorPage, exampleScenario } from './calculator-page';

async function saveAs(page: Page, name: string) {
	await page.locator('.scenarios form.add input').fill(name);
	await page.locator('.scenarios form.add button[type=submit]').click();
	await expect(page.locator('.scenarios .saved-name strong', { hasText: name })).toHaveCount(1);
}

/** Press an export button and read the file it downloads, with its suggested name. */
async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
	const [dl] = await Promise.all([
		page.waitForEvent('download', { timeout: 90_000 }),
		page.getByRole('button', { name: button, exact: true }).click()
	]);
	return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}

/**
 * The hand-checked scenario saved twice, at 100,000 and 50,000 requests/day, compared, and the
 * comparison exported as PDF, PPTX and CSV. Rent against GPT-4.1: $8,960.00 a month in both;
 * the API $30,416.67 (100,000 × 365/12 × 2,000 tokens × $5 per 1M) and $15,208.33; saving
 * $21,456.67 and $6,248.33; break-even 8,960 / 0.000005 = 1,792,000,000 tokens/month in both.
 */
test('the comparison exports as PDF, PPTX and CSV, each with the figures on the page', async ({
	page
}) => {
	test.setTimeout(180_000);
	const app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
	await saveAs(page, 'Base');
	await app.typeInto('workload-requestsPerDay', '50000');
	await saveAs(page, 'Quieter');

	// The export code is not loaded before a button is pressed.
	const loaded: string[] = [];
	page.on('request', (r) => loaded.push(r.url()));
	await page.getByRole('link', { name: 'Compare' }).click();
	await page.getByLabel('Base', { exact: true }).check();
	await page.getByLabel('Quieter', { exact: true }).check();
	const rent = page.locator('tr', { hasText: 'NVIDIA H100 SXM 80GB · FP8 · rent' });
	await expect(rent).toHaveCount(2);
	await expect(rent.first()).toContainText('$21,456.67');
	await expect(rent.last()).toContainText('$6,248.33');
	const before = loaded.length;

	const pdf = await download(page, 'PDF report');
	expect(pdf.name).toBe('comparison-Base-vs-Quieter.pdf');
	expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	const text = extractText(new Uint8Array(pdf.bytes)).text.replace(/\s+/g, ' ');
	for (const s of [
		'Comparison: Base vs Quieter',
		'$8,960.00',
		'$30,416.67',
		'$21,456.67',
		'$15,208.33',
		'$6,248.33',
		'1,792,000,000',
		'Monthly cost by monthly volume: Base vs Quieter',
		'Requests per day (requests/day)'
	])
		expect(text, s).toContain(s);
	// jsPDF came with the first export, not with the page.
	expect(loaded.slice(before).some((u) => u.endsWith('.js'))).toBe(true);

	const pptx = await download(page, 'PPTX deck');
	expect(pptx.name).toBe('comparison-Base-vs-Quieter.pptx');
	const zip = await JSZip.loadAsync(pptx.bytes);
	const slideNames = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
	expect(slideNames.length).toBeGreaterThanOrEqual(4);
	const slides = (await Promise.all(slideNames.map((n) => zip.file(n)!.async('string')))).join('');
	for (const s of ['Comparison: Base vs Quieter', '$21,456.67', '$6,248.33', '1,792,000,000'])
		expect(slides, s).toContain(s);
	const chart = Object.keys(zip.files).find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
	const chartXml = await zip.file(chart!)!.async('string');
	expect(chartXml).toContain('Base: ');
	expect(chartXml).toContain('Quieter: ');

	const csv = await download(page, 'CSV');
	expect(csv.name).toBe('comparison-Base-vs-Quieter.csv');
	const lines = csv.bytes.toString('utf8').split('\r\n');
	expect(lines).toContain(
		'Quieter,Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent,GPT-4.1,1,8960.00,15208.33,6248.33,1792000000.00,1792000000.00'
	);
	expect(lines).toContain('Requests per day (requests/day),100000,50000');
	await expect(page.getByRole('status').filter({ hasText: 'Saved comparison' })).toBeVisible();
});
