import { expect, test, type Locator } from '@playwright/test';
import { chartIds, charts } from '../../src/lib/charts/registry';
import { CalculatorPage, exampleScenario, scenarioHash } from './calculator-page';

// Every chart of the registry (src/lib/charts/registry.ts) is drawn on the page, under its
// registered title, and alone in the embed view: a new entry is checked here with no edit.

/** Pixels of a canvas that are not fully transparent: 0 for a canvas nothing was drawn on. */
function ink(canvas: Locator): Promise<number> {
	return canvas.evaluate((c: HTMLCanvasElement) => {
		const ctx = c.getContext('2d');
		if (!ctx || c.width === 0 || c.height === 0) return 0;
		const data = ctx.getImageData(0, 0, c.width, c.height).data;
		let n = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) n++;
		return n;
	});
}

const scenario = exampleScenario('hand-checked.json');

test('the registry lists charts', () => {
	expect(chartIds.length).toBeGreaterThan(0);
});

for (const id of chartIds) {
	test(`${id}: drawn on the page under its title, with its data table`, async ({ page }) => {
		const app = new CalculatorPage(page);
		await app.goto(scenario);
		const card = page.locator(`section[data-chart="${id}"]`);
		await expect(card.getByRole('heading', { level: 2 })).toHaveText(charts[id].title);
		const canvas = card.locator('canvas');
		await canvas.scrollIntoViewIfNeeded();
		await expect(canvas).toHaveAttribute('data-drawn', /\d+/);
		await expect.poll(() => ink(canvas), { message: `${id} drew` }).toBeGreaterThan(1_000);
		await card.locator('details > summary').click();
		await expect(card.locator('table tbody tr').first()).toBeVisible();
	});

	test(`${id}: drawn alone in the embed view`, async ({ page }) => {
		await page.goto(`/embed?chart=${id}${scenarioHash(scenario)}`);
		const canvas = page.locator('canvas');
		await expect(canvas).toHaveCount(1);
		await expect(canvas).toHaveAttribute('data-drawn', /\d+/);
		await expect.poll(() => ink(canvas), { message: `${id} drew` }).toBeGreaterThan(1_000);
		// The page title is the chart's own (its builder's title) and the data is there as a table.
		await expect(page).toHaveTitle(/· LLM TCO$/);
		expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);
	});
}
