import { expect, test } from '@playwright/test';

test('the app loads with no network and no console errors', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	await expect(page.locator('header')).toContainText('LLM TCO');
	// Hydrated: the layout's effect has set the theme.
	await page.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
	expect(errors).toEqual([]);
});

// The page has no <h1>: the app's name is a link in the header and every section starts at <h2>
// (axe reports page-has-heading-one, impact moderate). Screen-reader users jumping to the first
// heading land on "Workload". Remove test.fail() once the layout or page has an <h1>.
test('the page has a level-one heading naming the app', async ({ page }) => {
	test.fail();
	await page.goto('/');
	await expect(page.locator('h1')).toContainText('LLM TCO', { timeout: 1_000 });
});
