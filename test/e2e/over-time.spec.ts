import { expect, test } from '@playwright/test';
import { CalculatorPage, exampleScenario, parseNumber } from './calculator-page';

/** The finance-over-time section: KPIs, yearly table, tornado, Monte Carlo in a worker. */
class OverTime {
	constructor(private app: CalculatorPage) {}
	private get page() {
		return this.app.page;
	}
	async open(candidateId: string, baselineId: string) {
		const details = this.page.locator('.over-time > details');
		if (!(await details.evaluate((d: HTMLDetailsElement) => d.open)))
			await this.page.click('#overtime-title');
		await this.page.locator('.over-time select').nth(0).selectOption(candidateId);
		await this.page.locator('.over-time select').nth(1).selectOption(baselineId);
	}
	/** A KPI value in USD, e.g. 'NPV saving'. */
	async kpi(name: string): Promise<string> {
		return this.page
			.locator('[data-testid=timeline-kpis] div', { hasText: name })
			.locator('dd')
			.innerText();
	}
	async run(samples: string, seed: string) {
		await this.page.locator('.over-time .run input').nth(0).fill(samples);
		await this.page.locator('.over-time .run input').nth(1).fill(seed);
		await this.page.click('.over-time button:has-text("Run")');
	}
	async resultsRow(name: string): Promise<string[]> {
		const row = this.page.locator('[data-testid=mc-results] tr', { hasText: name });
		return row.locator('td').allInnerTexts();
	}
}

test('timeline figures for the hand-checked scenario match the hand computation', async ({
	page
}) => {
	const app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
	const ot = new OverTime(app);
	await ot.open('rent', 'openai/gpt-4.1');
	// 36 months × ($30,416.67 − $8,960.00) = $772,440.00, undiscounted; cheaper from month 1, no capex
	await expect.poll(() => ot.kpi('NPV saving')).toBe('$772,440.00');
	expect(await ot.kpi('Crossover')).toBe('month 1');
	expect(await ot.kpi('Payback')).toBe('no capex (rented)');
	await ot.open('buy', 'openai/gpt-4.1');
	// $30,000 paid in month 1 is repaid by month 2: Σ(API − opex) = $45,756.68 ≥ $30,000
	await expect.poll(() => ot.kpi('Payback')).toBe('month 2');
	const yearly = page.locator('[data-testid=yearly] tbody tr');
	await expect(yearly).toHaveCount(3);
	// the tornado is drawn, with its data as a table
	await expect(page.locator('section[data-chart=tornado] canvas')).toBeVisible();
});

test('Monte Carlo runs in a worker with progress, is reproducible with a seed, and can be cancelled', async ({
	page
}) => {
	const app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
	const ot = new OverTime(app);
	await ot.open('rent', 'openai/gpt-4.1');
	await ot.run('2000', '42');
	await expect(page.locator('[data-testid=mc-results]')).toBeVisible({ timeout: 30_000 });
	const first = await ot.resultsRow('Saving at plan');
	await ot.run('2000', '42');
	await expect(page.locator('[data-testid=mc-results]')).toBeVisible({ timeout: 30_000 });
	expect(await ot.resultsRow('Saving at plan')).toEqual(first);
	expect(first.map(parseNumber).every((v) => v > 0)).toBe(true);

	await ot.run('1000000', '1');
	await expect(page.locator('.over-time progress')).toBeVisible();
	await page.click('.over-time button:has-text("Cancel")');
	await expect(page.locator('.over-time progress')).toHaveCount(0);
});

test('invalid Monte Carlo ranges are refused with a message naming the field', async ({ page }) => {
	const app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
	const ot = new OverTime(app);
	await ot.open('rent', 'openai/gpt-4.1');
	await page.getByLabel('Electricity (USD/kWh): low').fill('0.5'); // above most likely 0.10
	await ot.run('1000', '1');
	await expect(page.locator('.over-time .error').first()).toContainText('electricityPrice');
	await expect(page.locator('[data-testid=mc-results]')).toHaveCount(0);
});
