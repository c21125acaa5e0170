import { expect, test } from '@playwright/test';

test('the app loads with no network and no console errors', async ({ page, context, baseURL }) => {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	// Every request of the context (page, workers, lazily loaded chunks), whatever its scheme.
	const requests: string[] = [];
	context.on('request', (r) => requests.push(r.url()));
	await page.goto('/');
	await expect(page.locator('header')).toContainText('LLM TCO');
	// Hydrated: the layout's effect has set the theme.
	await page.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
	// The charts are on screen: the chart runtime has loaded too.
	await expect(page.locator('section[data-chart="cost-curve"] canvas')).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(errors).toEqual([]);

	const origin = new URL(baseURL ?? '').origin;
	expect(requests.length, 'the page and its scripts were requested').toBeGreaterThan(2);
	expect(requests.some((u) => u.endsWith('.js'))).toBe(true);
	const elsewhere = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
	expect(elsewhere, `requests off ${origin}`).toEqual([]);
});

// Screen-reader users jumping to the first heading land on the page's purpose (axe: page-has-heading-one).
test('the page has a level-one heading naming the app', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('h1')).toContainText('LLM TCO', { timeout: 1_000 });
});
