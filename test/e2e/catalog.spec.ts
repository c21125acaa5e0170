import { expect, test, type Page } from '@playwright/test';

/**
 * Open /catalog and wait until it is live: the layout's effect has set <html data-theme> (hydration
 * is done), nothing lazily loaded is still on its way, and two frames have passed, so a file picked
 * at once reaches the import form's handler (it failed once on a busy CI machine without them).
 */
async function openCatalog(page: Page) {
	await page.goto('/catalog');
	await page.waitForFunction(
		() =>
			document.documentElement.dataset.theme !== undefined &&
			document.documentElement.dataset.loading === undefined
	);
	await page.evaluate(
		() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())))
	);
}

test('the catalog filters models and shows each figure with its source', async ({ page }) => {
	await openCatalog(page);
	await page.getByLabel('Filter models').fill('qwen');
	// Qwen2.5 7B, 32B and 72B; Qwen3 8B, 14B, 32B, 30B-A3B, 235B-A22B and 235B-A22B 2507
	await expect(page.locator('#models-table tbody tr')).toHaveCount(9);
	await expect(page.locator('#models-table')).toContainText('Qwen2.5 72B');
	// the GPU table marks figures with no published price as such, never a number out of nowhere
	await expect(page.locator('#gpus-table')).toContainText('NVIDIA H100 SXM');
});

test('a LiteLLM price file is previewed, applied, and its new offerings become baselines to choose', async ({
	page
}) => {
	await openCatalog(page);
	await page.setInputFiles('#import-file', 'test/fixtures/litellm-prices.json');
	await expect(page.getByRole('heading', { name: 'Preview of litellm-prices.json' })).toBeVisible();
	// embeddings, images, audio and the sample_spec entry are skipped with a reason
	await expect(page.locator('#import')).toContainText('text-embedding-3-small');
	await page.getByRole('button', { name: /^Apply/ }).click();
	await expect(page.locator('#import')).toContainText('Applied litellm-prices.json');
	await page
		.getByRole('navigation', { name: 'Pages' })
		.getByRole('link', { name: 'Calculator' })
		.click();
	const options = page.locator('#baselines-title ~ form select').nth(1).locator('option');
	await expect(options.filter({ hasText: '(your entry)' }).first()).toBeAttached();
});

test('a malformed price file is refused and nothing changes', async ({ page }) => {
	await openCatalog(page);
	await page.setInputFiles('#import-file', {
		name: 'broken.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{ not json')
	});
	await expect(page.locator('#import [role=alert]').first()).toBeVisible();
	await expect(page.getByRole('button', { name: /^Apply/ })).toHaveCount(0);
});

test('"Copy as mine" waits for the catalog\'s sources, which load after the first paint', async ({
	page
}) => {
	// Hold back the chunk of the catalog's texts: the only script that carries a source text (the
	// first load's catalog has them emptied), here Llama 3.1 8B's.
	let release = () => {};
	const held = new Promise<void>((r) => (release = r));
	let holding = false;
	await page.route('**/_app/immutable/chunks/*.js', async (route) => {
		const response = await route.fetch();
		const body = await response.text();
		if (body.includes('meta-llama/llama-models: models/sku_list.py')) {
			holding = true;
			await held;
		}
		await route.fulfill({ response, body });
	});
	await page.goto('/catalog');
	const copy = page.getByRole('button', { name: /^Copy .+ as mine$/ }).first();
	await expect(copy).toBeDisabled();
	await expect(copy).toHaveAttribute('title', 'Loading the catalog’s sources…');
	// The texts are asked for after the first paint: wait until their request is being held.
	await expect.poll(() => holding).toBe(true);
	await expect(copy).toBeDisabled();
	// A table sorted meanwhile keeps its order when the texts arrive and the tables are made again.
	const paramsHeader = page.locator('#models-table th[scope=col]').nth(1);
	await paramsHeader.getByRole('button').click();
	await expect(paramsHeader).toHaveAttribute('aria-sort', 'ascending');
	release();
	await expect(copy).toBeEnabled();
	await expect(page.locator('#models-table tbody tr').first()).toContainText(/source/);
	await expect(paramsHeader).toHaveAttribute('aria-sort', 'ascending');
	await copy.click();
	// The copy starts from the catalog entry, its figures with their catalog sources.
	await expect(
		page.getByRole('heading', { name: /^Add your own .+, starting from / })
	).toBeVisible();
});
