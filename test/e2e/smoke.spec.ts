import { expect, test } from '@playwright/test';

test('the app loads with no network and no console errors', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto('/');
	await expect(page.locator('h1')).toContainText('LLM TCO');
	expect(errors).toEqual([]);
});
