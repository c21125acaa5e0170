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

// Screen-reader users jumping to the first heading land on the page's purpose (axe: page-has-heading-one).
test('the page has a level-one heading naming the app', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('h1')).toContainText('LLM TCO', { timeout: 1_000 });
});
