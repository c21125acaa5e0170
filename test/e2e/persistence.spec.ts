import { expect, test } from '@playwright/test';
import { CalculatorPage, exampleScenario, scenarioHash } from './calculator-page';

const RENT = 'rent';
const GPT41 = 'openai/gpt-4.1';
const RPD = 'workload-requestsPerDay';

/**
 * After 50,000 requests/day in the hand-checked scenario:
 * V = 50,000 × 365/12 × 2,000 = 3,041,666,666.67 tokens/month → shown 3,041,666,667;
 * GPT-4.1 at plan = 3,041,666,666.67 × $5e-6 = $15,208.33; rent = $8,960;
 * saving = $15,208.33 − $8,960.00 = $6,248.33.
 */
async function expectFiftyThousandPerDay(app: CalculatorPage) {
	await expect.poll(() => app.plannedTokens()).toBe(3_041_666_667);
	expect(await app.plannedRequestsPerDay()).toBe(50_000);
	expect(await app.saving(RENT, GPT41)).toBe(6_248.33);
	expect(await app.fieldValue(RPD)).toBe('50000');
}

test('a change survives a reload, and the autosave restores it without a link', async ({
	page
}) => {
	const app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
	const before = page.url();
	await app.typeInto(RPD, '50000');
	await expectFiftyThousandPerDay(app);
	// The link catches up once typing pauses (a reload inside that pause: the tests below).
	await expect.poll(() => page.url()).not.toBe(before);

	await app.reload();
	await expectFiftyThousandPerDay(app);

	// No link at all: the scenario comes from localStorage alone.
	await page.goto('about:blank');
	await app.goto();
	expect(new URL(page.url()).hash).toMatch(/^#s=/);
	await expectFiftyThousandPerDay(app);
});

// A reload as the link is being written: before the pause ends, about when it ends (the link may
// be written while the browser has already started reloading the older address), and after.
for (const wait of [0, 190, 200, 210]) {
	test(`a reload ${wait} ms after an edit opens the edit, not the older link`, async ({ page }) => {
		const app = new CalculatorPage(page);
		await app.goto(exampleScenario('hand-checked.json'));
		await app.typeInto(RPD, '50000');
		if (wait) await page.waitForTimeout(wait);
		await app.reload();
		await expectFiftyThousandPerDay(app);
		// The reloaded page's link catches up with what it shows.
		await expect.poll(() => app.linkRequestsPerDay()).toBe('50000');
	});
}

test('a link put in the address bar wins over the autosave on reload, even one the tab held before', async ({
	page
}) => {
	const scenario = exampleScenario('hand-checked.json');
	const app = new CalculatorPage(page);
	await app.goto(scenario);
	const first = new URL(page.url()).hash;
	await app.typeInto(RPD, '50000');
	await expect.poll(() => app.linkRequestsPerDay()).toBe('50000');
	// The user pastes the first link back (a hash change, as from the address bar) and reloads.
	await page.evaluate((hash) => (location.hash = hash), first);
	await app.reload();
	// 100,000 × 365/12 × 2,000 = 6,083,333,333.33 tokens/month.
	await expect.poll(() => app.plannedTokens()).toBe(6_083_333_333);
	expect(await app.fieldValue(RPD)).toBe('100000');
});

test('a copied link opens with the same numbers in a fresh browser context', async ({
	page,
	browser
}) => {
	const app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
	const before = page.url();
	await app.typeInto(RPD, '50000');
	await expectFiftyThousandPerDay(app);
	// The address bar follows the scenario: wait until the link holds the change.
	await expect.poll(() => page.url()).not.toBe(before);
	const link = page.url();

	const fresh = await browser.newContext();
	try {
		const other = new CalculatorPage(await fresh.newPage());
		await other.gotoUrl(link);
		await expectFiftyThousandPerDay(other);
		// Break-even is the hand-checked one: $8,960 / $0.000005 = 1,792,000,000 tokens/month.
		expect(await other.firstBreakEven(RENT, GPT41)).toBe(1_792_000_000);
		expect(await other.breakEvenRequestsPerDay(RENT, GPT41)).toBe(29_458);
	} finally {
		await fresh.close();
	}
});

test('a link with an invalid scenario is refused by name and leaves the autosave alone', async ({
	page,
	context
}) => {
	const scenario = exampleScenario('hand-checked.json');
	const app = new CalculatorPage(page);
	await app.goto(scenario);
	await app.typeInto(RPD, '50000');
	await expectFiftyThousandPerDay(app);
	// The autosave is written once typing pauses (a fraction of a second).
	await expect
		.poll(async () => JSON.parse((await app.autosave()) ?? '{}').workload?.requestsPerDay)
		.toBe('50000');
	const saved = await app.autosave();

	// Same scenario with a batch share of 2 (allowed: 0 to 1), opened in a new tab.
	const bad = { ...scenario, workload: { ...scenario.workload, batchShare: '2' } };
	const tab = new CalculatorPage(await context.newPage());
	await tab.page.goto(`/${scenarioHash(bad)}`);
	await tab.ready();

	const notice = tab.notice();
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('refused');
	await expect(notice).toContainText('workload.batchShare');
	// The last scenario is shown, and the saved copy is byte-for-byte what it was.
	await expectFiftyThousandPerDay(tab);
	expect(await tab.autosave()).toBe(saved);
	expect(await tab.fieldValue('workload-batchShare')).toBe('0');
});

test('a link wins over a different autosaved scenario, and becomes the autosave', async ({
	page,
	context
}) => {
	const scenario = exampleScenario('hand-checked.json');
	const app = new CalculatorPage(page);
	await app.goto(scenario);
	await app.typeInto(RPD, '50000');
	await expectFiftyThousandPerDay(app);

	// The unchanged hand-checked link, opened in a new tab of the same browser (same autosave).
	const tab = new CalculatorPage(await context.newPage());
	await tab.goto(scenario);
	// 100,000 × 365/12 × 2,000 = 6,083,333,333.33 tokens/month; saving vs GPT-4.1 $21,456.67.
	await expect.poll(() => tab.plannedTokens()).toBe(6_083_333_333);
	expect(await tab.saving(RENT, GPT41)).toBe(21_456.67);
	expect(await tab.fieldValue(RPD)).toBe('100000');
	await expect(tab.notice()).toHaveCount(0);
	await expect
		.poll(async () => JSON.parse((await tab.autosave()) ?? '{}').workload?.requestsPerDay)
		.toBe('100000');
});
