import { expect, test } from '@playwright/test';
import { CalculatorPage, exampleScenario } from './calculator-page';

/**
 * The capability class the summary's "cheapest in class" compares within: set on an own entry in
 * the catalog, and shown in the candidate and baseline lists of the calculator.
 */
test('an own API offering gets a class, and the lists show every class', async ({ page }) => {
	const app = new CalculatorPage(page);
	// Hand-checked: Llama 3.1 8B (small) against GPT-4o mini (small) and GPT-4.1 (frontier).
	await app.goto(exampleScenario('hand-checked.json'));
	const candidates = page.locator('li.candidate [data-testid=capability-class]');
	await expect(candidates).toHaveText(['class: small', 'class: small']);
	const baselines = page.locator('#baselines-title ~ ul [data-testid=capability-class]');
	await expect(baselines).toHaveText(['class: small', 'class: frontier']);

	await page.getByRole('link', { name: 'Catalog' }).click();
	await page.getByRole('button', { name: 'Add your own API offering' }).click();
	await page.locator('#own-offerings-new-name').fill('Our frontier deal');
	await page.locator('#own-offerings-new-provider').fill('Acme');
	await page.locator('#own-offerings-new-model').fill('acme-1');
	await page.locator('#own-offerings-new-inputUsdPerMTok').fill('0.5');
	await page.locator('#own-offerings-new-outputUsdPerMTok').fill('1');
	const cls = page.locator('#own-offerings-new-capabilityClass');
	await expect(cls).toHaveValue('');
	await cls.selectOption('frontier');
	await page.locator('#own-offerings-new-source').fill('our 2026 contract');
	await page.getByRole('button', { name: 'Add to this scenario' }).click();
	await page.getByRole('button', { name: 'Compare Our frontier deal as a baseline' }).click();

	await page.getByRole('link', { name: 'Calculator', exact: true }).click();
	await expect(baselines).toHaveText(['class: small', 'class: frontier', 'class: frontier']);
	// The offering list names each class, so the user sees what "cheapest in class" compares.
	await expect(
		page.locator('#baselines-title ~ form select').nth(1).locator('option').first()
	).toHaveText(/\((frontier|large|small|unclassed)\)/);
});
