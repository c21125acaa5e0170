import { expect, test, type Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CalculatorPage } from './calculator-page';

// axe-core itself, injected into the page (@axe-core/playwright needs a newer Node).
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const axeSource = readFileSync(axePath, 'utf8');

/** Run axe on the whole page; returns the violations of impact serious or critical. */
async function seriousViolations(page: Page, label: string): Promise<Result[]> {
	// Evaluated through the browser's debugging protocol: the page's Content-Security-Policy
	// (rightly) refuses an inline <script> tag, which is what addScriptTag would add.
	await page.evaluate(axeSource);
	const results = await page.evaluate(() => {
		const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
		// Violations only: collecting the passes doubles the run time on this page.
		return axe.run(document, { resultTypes: ['violations'] }) as Promise<AxeResults>;
	});
	const serious = results.violations.filter(
		(v) => v.impact === 'serious' || v.impact === 'critical'
	);
	for (const v of results.violations) {
		console.log(
			`[axe ${label}] ${v.impact}: ${v.id} (${v.help}) on ${v.nodes.length} node(s): ` +
				v.nodes
					.slice(0, 5)
					.map(
						(n) =>
							`${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`
					)
					.join(' | ')
		);
	}
	return serious;
}

/** Everything a user can open: every <details>, and one cell's explanation panel. */
async function openEverything(app: CalculatorPage) {
	await app.explain('c1', 'openai/gpt-4o-mini');
	await app.page.evaluate(() => {
		for (const d of document.querySelectorAll('details')) d.open = true;
	});
	await app.nextFrames();
}

test.describe('accessibility', () => {
	test.use({ colorScheme: 'light' });

	test('axe finds no serious or critical violation, in the light and the dark theme', async ({
		page
	}) => {
		// Two full axe runs over the page with everything open: about 10 s each on a busy machine.
		test.setTimeout(90_000);
		const app = new CalculatorPage(page);
		await app.goto();
		await openEverything(app);
		expect(await app.theme()).toBe('light');
		const light = await seriousViolations(page, 'light');

		const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const lightBackground = await background();
		await app.themeToggle().click();
		await expect.poll(() => app.theme()).toBe('dark');
		await app.nextFrames();
		// The dark colours really apply (axe checks contrast on what is painted).
		expect(await background()).not.toBe(lightBackground);
		const dark = await seriousViolations(page, 'dark');

		expect(light.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		expect(dark.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	});

	test('every input, select and text area has a label', async ({ page }) => {
		const app = new CalculatorPage(page);
		await app.goto();
		await openEverything(app);
		const unlabelled = await page.evaluate(() =>
			Array.from(
				document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
					'input, select, textarea'
				)
			)
				.filter((el) => {
					const byLabel = Array.from(el.labels ?? []).some((l) => l.textContent?.trim());
					const byAria =
						el.getAttribute('aria-label')?.trim() ||
						(el.getAttribute('aria-labelledby') ?? '')
							.split(/\s+/)
							.some((id) => document.getElementById(id)?.textContent?.trim());
					return !byLabel && !byAria;
				})
				.map((el) => el.outerHTML.slice(0, 120))
		);
		expect(unlabelled).toEqual([]);
		expect(await page.locator('input, select, textarea').count()).toBeGreaterThan(20);
	});

	test('a matrix cell is reached with Tab, Enter opens its explanation, Close works by keyboard', async ({
		page
	}) => {
		const app = new CalculatorPage(page);
		await app.goto();
		const first = page.locator('button.cell').first();
		const pair = (await first.getAttribute('data-pair')) ?? '';
		// Start on the element just before the matrix body (the last sort button) and Tab once.
		await page.locator('table.matrix thead button, table thead button').last().focus();
		await page.keyboard.press('Tab');
		await expect(first).toBeFocused();

		await page.keyboard.press('Enter');
		await expect(first).toHaveAttribute('aria-pressed', 'true');
		const panel = app.explanation();
		await expect(panel).toBeVisible();
		await expect(panel.locator('ul.tree > li').first()).toBeVisible();
		expect(pair).toContain('|');

		// Tab on through the remaining cells to the panel's Close button, and press it.
		const close = panel.getByRole('button', { name: 'Close' });
		for (let i = 0; i < 40; i++) {
			if (await close.evaluate((el) => el === document.activeElement)) break;
			await page.keyboard.press('Tab');
		}
		await expect(close).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(panel).toHaveCount(0);
		await expect(first).toHaveAttribute('aria-pressed', 'false');
	});

	// When the panel closes its Close button disappears: focus goes back to the cell that opened it,
	// so a keyboard user need not Tab from the top of the page again (WCAG 2.4.3 focus order).
	test('closing the explanation returns focus to the cell that opened it', async ({ page }) => {
		const app = new CalculatorPage(page);
		await app.goto();
		const cell = page.locator('button.cell').first();
		await cell.focus();
		await page.keyboard.press('Enter');
		const close = app.explanation().getByRole('button', { name: 'Close' });
		await close.focus();
		await page.keyboard.press('Enter');
		await expect(app.explanation()).toHaveCount(0);
		await expect(cell).toBeFocused({ timeout: 1_000 });
	});
});
