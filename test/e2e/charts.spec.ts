import { expect, test, type Locator } from '@playwright/test';
import { createHash } from 'node:crypto';
import { CalculatorPage, exampleScenario } from './calculator-page';

const CHARTS = ['cost-curve', 'break-even', 'breakdown'] as const;

/** A canvas's picture (its PNG) by digest: a failure prints two short strings, not two images. */
async function picture(canvas: Locator): Promise<string> {
	const png = await canvas.evaluate((el: HTMLCanvasElement) => el.toDataURL());
	return createHash('sha256').update(png).digest('hex');
}

test('the cost curve draws, and its data table lists the hand-checked break-even', async ({
	page
}) => {
	const app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
	await expect(app.chart('cost-curve').locator('canvas')).toHaveAttribute('data-drawn', /\d+/);
	for (const id of CHARTS) {
		// A chart below the fold is drawn when it scrolls into view, as a user reaches it.
		await app.chart(id).locator('canvas').scrollIntoViewIfNeeded();
		// A drawn chart: many pixels that are not transparent (axes, lines, labels).
		await expect.poll(() => app.chartInk(id), { message: `${id} drew` }).toBeGreaterThan(1_000);
	}

	const rows = await app.chartTable('cost-curve');
	const breakEvens = rows.filter((r) => /break-even/i.test(r.join(' ')));
	expect(breakEvens.length).toBeGreaterThan(0);
	// Rent vs GPT-4.1: first break-even at $8,960 / $5e-6 = 1,792,000,000 tokens/month,
	// 29,457.53 → 29,458 requests/day, where the API costs 1.792e9 × $5e-6 = $8,960.00, the
	// same as one rented replica (the two lines cross there).
	const rentVs41 = breakEvens.find(
		(r) => /first/i.test(r.join(' ')) && /rent/.test(r.join(' ')) && /GPT-4\.1/.test(r.join(' '))
	);
	expect(rentVs41, `break-even rows: ${JSON.stringify(breakEvens)}`).toBeDefined();
	const cells = rentVs41 ?? [];
	expect(cells.some((c) => c === '1,792,000,000')).toBe(true);
	expect(cells.some((c) => c === '29,458')).toBe(true);
	expect(cells.some((c) => /\$8,960\.00/.test(c))).toBe(true);
});

test.describe('at phone width', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the page does not scroll sideways and the charts are visible', async ({ page }) => {
		const app = new CalculatorPage(page);
		await app.goto();
		const overflow = await page.evaluate(() => ({
			doc: document.documentElement.scrollWidth - document.documentElement.clientWidth,
			body: document.body.scrollWidth - window.innerWidth
		}));
		expect(overflow).toEqual({ doc: 0, body: 0 });

		for (const id of CHARTS) {
			const canvas = app.chart(id).locator('canvas');
			await canvas.scrollIntoViewIfNeeded();
			await expect(canvas).toBeVisible();
			const box = await canvas.boundingBox();
			expect(box, `${id} has a box`).not.toBeNull();
			expect(box?.width ?? 0).toBeGreaterThan(200);
			expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390).toBe(true);
			await expect.poll(() => app.chartInk(id), { message: `${id} drew` }).toBeGreaterThan(1_000);
		}
		// Scrolling down to the charts did not make the page wider either.
		expect(
			await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			)
		).toBe(0);
	});
});

test('the summary and the matrix show their numbers before Chart.js arrives, then the charts draw', async ({
	page
}) => {
	// Hold back the chart runtime (Chart.js's core carries this message) at the network.
	let release: () => void = () => {};
	const gate = new Promise<void>((resolve) => (release = resolve));
	const held: string[] = [];
	await page.route(
		(url) => url.pathname.endsWith('.js'),
		async (route) => {
			const response = await route.fetch();
			const body = await response.body();
			if (/Canvas is already in use/.test(body.toString('utf8'))) {
				held.push(route.request().url());
				await gate;
			}
			await route.fulfill({ response, body });
		}
	);
	const app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
	// The hand-checked plan, live: 100,000 requests/day × 365/12 × 2,000 tokens.
	await expect(page.locator('[data-testid="plan"]')).toContainText('6,083,333,333 tokens/month');
	await expect(page.locator('[data-testid="plan"]')).toContainText('100,000 requests/day');
	await expect(page.locator('button.cell').first()).toBeVisible();
	expect(await page.locator('button.cell').count()).toBeGreaterThan(0);
	await expect.poll(() => held.length, { message: 'the chart runtime was requested' }).toBe(1);
	expect(await page.locator('canvas[data-drawn]').count(), 'no chart drawn yet').toBe(0);

	release();
	await expect(page.locator('section[data-chart="cost-curve"] canvas')).toHaveAttribute(
		'data-drawn',
		/\d+/
	);
	await expect.poll(() => app.chartInk('cost-curve')).toBeGreaterThan(1_000);
});

test('a page load draws the chart in view, and a chart below the fold only once scrolled to', async ({
	page
}) => {
	const app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
	const canvas = (id: (typeof CHARTS)[number]) => app.chart(id).locator('canvas');
	await expect(canvas('cost-curve')).toHaveAttribute('data-drawn', /\d+/);
	// Chart.js is there and has drawn the chart in view; the two below the fold wait for the user.
	await app.nextFrames();
	for (const id of ['break-even', 'breakdown'] as const) {
		expect(await canvas(id).evaluate((c) => c.getBoundingClientRect().top)).toBeGreaterThan(720);
		await expect(canvas(id)).not.toHaveAttribute('data-drawn');
	}
	await canvas('breakdown').scrollIntoViewIfNeeded();
	await expect(canvas('breakdown')).toHaveAttribute('data-drawn', /\d+/);
	await expect.poll(() => app.chartInk('breakdown')).toBeGreaterThan(1_000);
});

test('an edited chart is drawn as a fresh page draws the edited scenario, series removed included', async ({
	page,
	context
}) => {
	const app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
	const canvas = app.chart('cost-curve').locator('canvas');
	await expect(canvas).toHaveAttribute('data-drawn', '1');
	// Two edits on the drawn chart: a new volume (every series moves, the same series stay), then
	// one candidate fewer (its line and its break-even markers go, the series after it move up).
	await app.setField('workload-requestsPerDay', '250000');
	await expect(page.locator('[data-testid="plan"]')).toContainText('250,000 requests/day');
	await page
		.getByRole('button', { name: /^Remove/ })
		.first()
		.click();
	await app.nextFrames();
	expect(Number(await canvas.getAttribute('data-drawn'))).toBeGreaterThanOrEqual(3);
	const edited = await picture(canvas);

	// The same scenario, from its link (which follows the page's edits shortly), in a page that
	// draws it once from scratch.
	const linked = () => {
		const s = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('s');
		const json = s && JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
		return json ? `${json.workload.requestsPerDay} · ${json.candidates.length} candidates` : '';
	};
	await expect.poll(linked).toBe('250000 · 1 candidates');
	const fresh = new CalculatorPage(await context.newPage());
	await fresh.gotoUrl(page.url());
	await expect(fresh.page.locator('[data-testid="plan"]')).toContainText('250,000 requests/day');
	const freshCanvas = fresh.chart('cost-curve').locator('canvas');
	await expect(freshCanvas).toHaveAttribute('data-drawn', '1');
	await fresh.nextFrames();
	expect(await picture(freshCanvas)).toBe(edited);
});

test('a series hidden from the legend stays hidden while an input changes', async ({
	page,
	context
}) => {
	// Where the cost curve's legend shows "GPT-4.1 (API)" for this scenario at 1280 × 720.
	const legendItem = { x: 280, y: 55 };
	const curve = (p: CalculatorPage) => p.chart('cost-curve').locator('canvas');
	const hide = async (p: CalculatorPage) => {
		const before = await picture(curve(p));
		await curve(p).click({ position: legendItem });
		await p.nextFrames();
		// The click hit the legend: the series went (else this test would prove nothing).
		expect(await picture(curve(p))).not.toBe(before);
	};
	const app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
	await expect(curve(app)).toHaveAttribute('data-drawn', '1');
	await hide(app);
	await app.setField('workload-requestsPerDay', '250000');
	await expect(page.locator('[data-testid="plan"]')).toContainText('250,000 requests/day');
	await app.nextFrames();
	const edited = await picture(curve(app));

	// A page opened on the edited scenario, with the same series hidden: the same picture.
	await expect.poll(() => app.linkRequestsPerDay()).toBe('250000');
	const fresh = new CalculatorPage(await context.newPage());
	await fresh.gotoUrl(page.url());
	await expect(curve(fresh)).toHaveAttribute('data-drawn', '1');
	await hide(fresh);
	expect(await picture(curve(fresh))).toBe(edited);
});
