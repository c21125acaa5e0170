import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { CalculatorPage, exampleScenario } from './calculator-page';

const LIBRARY_KEY = 'llm-tco:library';

const names = (page: Page) =>
	page.locator('.scenarios ul.saved:not(.damaged):not(.aside) .saved-name strong');

async function openTab(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	await new CalculatorPage(page).goto();
	return page;
}

async function saveAs(page: Page, name: string) {
	await page.locator('.scenarios form.add input').fill(name);
	await page.locator('.scenarios form.add button[type=submit]').click();
	await expect(names(page).filter({ hasText: name })).toHaveCount(1);
}

/**
 * Wait until `page` lists `name`, saved in another tab. Tabs run in separate renderer processes,
 * and Chromium hands one tab's localStorage write to the others asynchronously (the storage event
 * marks its arrival); a person switching tabs is always slower than that, so each step below
 * starts once the other tab has seen the last one, as it would in use.
 */
async function seen(page: Page, name: string) {
	await expect(names(page).filter({ hasText: name })).toHaveCount(1);
}

/** The names storage holds, read as another tab would. */
async function storedNames(page: Page): Promise<string[]> {
	return page.evaluate((key) => {
		const text = localStorage.getItem(key);
		return text
			? (JSON.parse(text) as { scenarios: { name: string }[] }).scenarios.map((e) => e.name)
			: [];
	}, LIBRARY_KEY);
}

async function downloadText(page: Page, click: () => Promise<void>): Promise<string> {
	const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
	return readFileSync(await dl.path()).toString('utf8');
}

test.describe('two tabs on one browser storage', () => {
	test('A saves, then B saves: both saves survive and both tabs list them', async ({ context }) => {
		const a = await openTab(context);
		const b = await openTab(context);
		await saveAs(a, 'Plan A');
		await seen(b, 'Plan A');
		await saveAs(b, 'Plan B');
		await seen(a, 'Plan B');
		expect(await storedNames(a)).toEqual(['Plan A', 'Plan B']);
		await expect(names(a)).toHaveText(['Plan A', 'Plan B']);
		await expect(names(b)).toHaveText(['Plan A', 'Plan B']);
	});

	test('B saves while A deletes another entry: the save survives', async ({ context }) => {
		const a = await openTab(context);
		await saveAs(a, 'Old');
		const b = await openTab(context);
		await saveAs(b, 'New in B');
		await seen(a, 'New in B');
		await a.getByRole('button', { name: 'Delete Old' }).click();
		await expect(names(b)).toHaveText(['New in B']);
		expect(await storedNames(b)).toEqual(['New in B']);
		await expect(names(a)).toHaveText(['New in B']);
	});

	test('renames and saves interleaved in two tabs all survive', async ({ context }) => {
		const a = await openTab(context);
		const b = await openTab(context);
		await saveAs(a, 'One');
		await seen(b, 'One');
		await saveAs(b, 'Two');
		await b.getByRole('button', { name: 'Rename One' }).click();
		await b.getByLabel('New name for One').fill('One renamed in B');
		await b.locator('.scenarios form.rename button[type=submit]').click();
		await seen(a, 'One renamed in B');
		await saveAs(a, 'Three');
		await a.getByRole('button', { name: 'Rename Two' }).click();
		await a.getByLabel('New name for Two').fill('Two renamed in A');
		await a.locator('.scenarios form.rename button[type=submit]').click();
		await seen(b, 'Two renamed in A');
		const want = ['One renamed in B', 'Two renamed in A', 'Three'];
		expect(await storedNames(a)).toEqual(want);
		await expect(names(a)).toHaveText(want);
		await expect(names(b)).toHaveText(want);
	});
});

test.describe('nothing the app cannot read is overwritten', () => {
	const cases: [string, () => string][] = [
		['an autosave from version 2', () => JSON.stringify({ version: 2, name: 'From the future' })],
		['a truncated autosave', () => '{"version":1,"name":"Half a sce'],
		[
			'an autosave over the size limit',
			() => JSON.stringify({ version: 1, notes: 'x'.repeat(600 * 1024) })
		]
	];
	for (const [what, make] of cases) {
		test(`${what} keeps its bytes and is offered for download`, async ({ context }) => {
			const text = make();
			// Another tab wrote it (and stays open: a tab saves its own scenario when it closes).
			const first = await openTab(context);
			await expect.poll(() => new CalculatorPage(first).autosave()).not.toBeNull();
			await first.evaluate((t) => localStorage.setItem('llm-tco:autosave', t), text);
			const page = await context.newPage();
			const app = new CalculatorPage(page);
			await app.goto();
			await expect(app.notice()).toContainText('The autosaved scenario could not be read');
			// Let the autosave run, then check the bytes kept aside are exactly those stored.
			await app.typeInto('workload-requestsPerDay', '12345');
			await expect.poll(() => app.autosave()).toContain('12345');
			const kept = await page.evaluate(() =>
				Object.keys(localStorage)
					.filter((k) => k.startsWith('llm-tco:aside:'))
					.map((k) => (JSON.parse(localStorage.getItem(k)!) as { text: string }).text)
			);
			expect(kept).toEqual([text]);
			const row = page.locator('.scenarios .aside li');
			const downloaded = await downloadText(page, () =>
				row.getByRole('button', { name: /^Download/ }).click()
			);
			expect(downloaded).toBe(text);
		});
	}

	test('a damaged entry is listed as damaged; duplicate ids list both', async ({ page }) => {
		const app = new CalculatorPage(page);
		await app.goto();
		const good = {
			id: 's1',
			name: 'Good',
			savedAt: '2026-11-01T10:00:00Z',
			document: { version: 1 }
		};
		const library = {
			version: 1,
			scenarios: [
				good,
				{ ...good, name: 'Twin' },
				{ id: 's9', name: 7, savedAt: 'not a date', document: {} },
				{ ...good, id: 's4', name: 'Undated', savedAt: 'someday' }
			]
		};
		await page.evaluate(
			([key, text]) => localStorage.setItem(key, text),
			[LIBRARY_KEY, JSON.stringify(library)]
		);
		await app.reload();
		await expect(names(page)).toHaveText(['Good', 'Twin', 'Undated']);
		await expect(page.locator('.scenarios .damaged li')).toContainText(
			'cannot be opened: its name is a number, not text'
		);
		await expect(page.locator('[data-testid=library-notes]')).toContainText(
			'“Twin” had the same id (s1)'
		);
		await expect(page.locator('.scenarios li', { hasText: 'Undated' })).toContainText(
			'saved date unknown'
		);
		// A save keeps the damaged entry in storage.
		await saveAs(page, 'After');
		expect(await storedNames(page)).toEqual([
			'Good',
			'Twin',
			'Undated',
			'After',
			7 as unknown as string
		]);
	});
});

test('a link with targetUtilization 1e-400 is refused with the range, and the page stays live', async ({
	page
}) => {
	const app = new CalculatorPage(page);
	const s = exampleScenario('hand-checked.json');
	await app.goto({ ...s, serving: { ...(s.serving as object), targetUtilization: '1e-400' } });
	await expect(app.notice()).toContainText('serving.targetUtilization');
	await expect(app.notice()).toContainText('0.01 to 1');
	await app.typeInto('workload-requestsPerDay', '50000');
	await expect.poll(() => app.plannedRequestsPerDay()).toBe(50000);
});
