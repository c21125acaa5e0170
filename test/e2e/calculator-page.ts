import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Page object for the calculator page. Every reader returns a parsed number (or plain text where
 * the text is the thing under test), so the specs compare numbers worked out by hand, never
 * screenshots of digits.
 *
 * Where a figure comes from:
 * - planned volume and requests/day: the summary line `[data-testid=plan]` (whole numbers);
 * - saving at plan: the matrix cell's `[data-metric=saving]` ("$21,456.67/mo", to the cent);
 * - first/sustained break-even in tokens/month: the cell's explanation panel, which shows whole
 *   volumes in whole tokens with their unit ("1,792,000,000 tokens/month"); the compact
 *   "1.79B tok/mo" in the cell itself is too lossy to check by hand;
 * - break-even in requests/day: the line under the compact volume in the cell ("29,458 req/day").
 */

export const AUTOSAVE_KEY = 'llm-tco:autosave';

export type ScenarioJson = {
	workload: Record<string, string>;
	finance: Record<string, string>;
	overrides: Record<string, Record<string, Record<string, string>>>;
	[key: string]: unknown;
};

/** A scenario file from examples/, parsed. */
export function exampleScenario(name: string): ScenarioJson {
	const path = fileURLToPath(new URL(`../../examples/${name}`, import.meta.url));
	return JSON.parse(readFileSync(path, 'utf8')) as ScenarioJson;
}

/** `#s=` + base64url(JSON), as src/lib/scenario/url.ts builds a link (no padding, `-` and `_`). */
export function scenarioHash(scenario: unknown): string {
	return `#s=${Buffer.from(JSON.stringify(scenario), 'utf8').toString('base64url')}`;
}

/**
 * The first number in a displayed text: "6,083,333,333 tokens/month" → 6083333333,
 * "−$6,678.75/mo" → -6678.75, "1937297300 tokens/month" → 1937297300. Throws when there is none.
 */
export function parseNumber(text: string): number {
	const m = text
		.replace(/\u2212/g, '-')
		.replace(/,/g, '')
		.match(/(-?)\$?(\d+(?:\.\d+)?(?:e[+-]?\d+)?)/i);
	if (!m) throw new Error(`no number in ${JSON.stringify(text)}`);
	return Number(`${m[1]}${m[2]}`);
}

export class CalculatorPage {
	constructor(readonly page: Page) {}

	/** Open the page with a scenario in the link (or none) and wait until it has loaded. */
	async goto(scenario?: unknown): Promise<void> {
		await this.page.goto(scenario === undefined ? '/' : `/${scenarioHash(scenario)}`);
		await this.ready();
	}

	/** Open a raw URL (a copied link) and wait until the page has loaded. */
	async gotoUrl(url: string): Promise<void> {
		await this.page.goto(url);
		await this.ready();
	}

	async reload(): Promise<void> {
		await this.page.reload();
		await this.ready();
	}

	/**
	 * The page is prerendered with the default scenario, so its first paint shows default figures.
	 * It is live once hydrated: the layout's effect sets `<html data-theme>`, and the page's
	 * load-once handler (link, else autosave) runs in the same microtask burst; two animation
	 * frames later the results on screen are the loaded scenario's. The panels below the fold are
	 * loaded once the page runs (components/Lazy.svelte): `<html data-loading>` goes when they are in.
	 */
	async ready(): Promise<void> {
		await this.page.waitForFunction(
			() =>
				document.documentElement.dataset.theme !== undefined &&
				document.documentElement.dataset.loading === undefined
		);
		await this.nextFrames();
	}

	async nextFrames(): Promise<void> {
		await this.page.evaluate(
			() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())))
		);
	}

	// ---- inputs ----

	field(id: string): Locator {
		return this.page.locator(`[id="${id}"]`);
	}

	/** Open every closed <details> around a field (Serving, a catalog entry), as a user would. */
	async reveal(id: string): Promise<Locator> {
		const input = this.field(id);
		for (let i = 0; i < 5 && !(await input.isVisible()); i++) {
			const closed = this.page.locator('details:not([open])', { has: input }).first();
			await closed.locator(':scope > summary').click();
		}
		await expect(input).toBeVisible();
		return input;
	}

	/**
	 * Type into an input (replacing its text) without leaving it: fires `input` only. Inputs that
	 * apply on `change` (catalog figure overrides) are not applied by this alone.
	 */
	async typeInto(id: string, text: string): Promise<void> {
		const input = await this.reveal(id);
		await input.fill(text);
	}

	/** Type into an input and leave it (Tab), as a user moving on to the next field. */
	async setField(id: string, text: string): Promise<void> {
		const input = await this.reveal(id);
		await input.fill(text);
		await input.press('Tab');
	}

	async fieldValue(id: string): Promise<string> {
		return this.field(id).inputValue();
	}

	/** The inline message under a field (`p.error[role=alert]` in the field's container). */
	fieldError(id: string): Locator {
		return this.page
			.locator(`:has(> label[for="${id}"])`)
			.locator('p.error[role="alert"], [role="alert"].error');
	}

	// ---- self-hosted candidates ----

	/** A candidate's row in the Self-hosted candidates panel, by candidate id. */
	candidate(id: string): Locator {
		return this.page.locator(`li[data-candidate="${id}"]`);
	}

	/** The row's sizing line: "2 GPU/replica (pinned), 1 replica at plan · $17,314.13/month at plan". */
	candidateSizing(id: string): Locator {
		return this.candidate(id).getByTestId('sizing');
	}

	/** The row's monthly cost at plan, USD to the cent. */
	async candidateCostAtPlan(id: string): Promise<number> {
		return parseNumber(await this.candidate(id).getByTestId('cost-at-plan').innerText());
	}

	/** Pin a candidate's GPUs per replica, or 'auto'. */
	async setGpusPerReplica(id: string, gpus: 'auto' | number): Promise<void> {
		await this.candidate(id)
			.getByRole('combobox', { name: /GPUs per replica/ })
			.selectOption(String(gpus));
	}

	// ---- summary ----

	plan(): Locator {
		return this.page.locator('[data-testid="plan"]');
	}

	/** Planned volume in tokens/month, as shown (whole tokens). */
	async plannedTokens(): Promise<number> {
		return parseNumber(await this.plan().locator('strong').nth(0).innerText());
	}

	/** Planned requests/day, as shown (whole requests). */
	async plannedRequestsPerDay(): Promise<number> {
		return parseNumber(await this.plan().locator('strong').nth(1).innerText());
	}

	// ---- break-even matrix ----

	cell(candidateId: string, baselineId: string): Locator {
		return this.page.locator(`button.cell[data-pair="${candidateId}|${baselineId}"]`);
	}

	/** Saving at plan (API minus self-hosted), USD/month to the cent; negative when self-hosting costs more. */
	async saving(candidateId: string, baselineId: string): Promise<number> {
		const text = await this.cell(candidateId, baselineId)
			.locator('[data-metric="saving"]')
			.innerText();
		return parseNumber(text);
	}

	/** The compact text of a break-even ("1.79B tok/mo", "never", "from 0"). */
	async breakEvenText(
		candidateId: string,
		baselineId: string,
		kind: 'first' | 'sustained' = 'first'
	): Promise<string> {
		return (
			await this.cell(candidateId, baselineId).locator(`[data-metric="${kind}"]`).innerText()
		).trim();
	}

	/** A break-even in requests/day, whole, from the line under the compact volume. */
	async breakEvenRequestsPerDay(
		candidateId: string,
		baselineId: string,
		kind: 'first' | 'sustained' = 'first'
	): Promise<number> {
		const line = this.cell(candidateId, baselineId).locator(`[data-metric="${kind}"] + *`);
		return parseNumber(await line.innerText());
	}

	// ---- explanation panel ----

	explanation(): Locator {
		return this.page.locator('section[aria-labelledby="explain-title"]');
	}

	/** Select a cell (click) and wait for its explanation panel. */
	async explain(candidateId: string, baselineId: string): Promise<Locator> {
		const cell = this.cell(candidateId, baselineId);
		if ((await cell.getAttribute('aria-pressed')) !== 'true') await cell.click();
		await expect(cell).toHaveAttribute('aria-pressed', 'true');
		const panel = this.explanation();
		await expect(panel).toBeVisible();
		return panel;
	}

	/** A top-level figure of the open explanation panel, by its exact label, as a number. */
	async explainedValue(label: string): Promise<number> {
		const items = this.explanation().locator('ul.tree > li');
		await expect(items.first()).toBeVisible();
		const figures = await items.evaluateAll((lis) =>
			lis.map((li) => [
				li.querySelector(':scope > .q-label')?.textContent?.trim() ?? '',
				li.querySelector(':scope > .q-value')?.textContent?.trim() ?? ''
			])
		);
		const hit = figures.find(([l]) => l === label);
		if (!hit) {
			throw new Error(
				`no figure "${label}" in the explanation; found: ${figures.map((f) => f[0]).join('; ')}`
			);
		}
		return parseNumber(hit[1]);
	}

	/** First break-even in tokens/month, read from the explanation panel (exact when whole). */
	async firstBreakEven(candidateId: string, baselineId: string): Promise<number> {
		await this.explain(candidateId, baselineId);
		return this.explainedValue('First break-even');
	}

	/** Sustained break-even in tokens/month, read from the explanation panel. */
	async sustainedBreakEven(candidateId: string, baselineId: string): Promise<number> {
		await this.explain(candidateId, baselineId);
		return this.explainedValue('Sustained break-even');
	}

	// ---- notices, theme, charts ----

	/** The page-level notice (a refused link or autosave), not the fields' inline messages. */
	notice(): Locator {
		return this.page.locator('.notice[role="alert"]');
	}

	themeToggle(): Locator {
		return this.page.locator('header').getByRole('button', { name: /theme/i });
	}

	async theme(): Promise<string | undefined> {
		return this.page.evaluate(() => document.documentElement.dataset.theme);
	}

	/** The requests/day of the scenario in the address bar's link (undefined without one). */
	linkRequestsPerDay(): string | undefined {
		const encoded = new URLSearchParams(new URL(this.page.url()).hash.slice(1)).get('s');
		if (encoded === null) return undefined;
		const s = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as ScenarioJson;
		return s.workload?.requestsPerDay;
	}

	async autosave(): Promise<string | null> {
		return this.page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY);
	}

	chart(id: 'cost-curve' | 'break-even' | 'breakdown'): Locator {
		return this.page.locator(`section[data-chart="${id}"]`);
	}

	/** Pixels of a chart's canvas that are not fully transparent (the chart has drawn when > 0). */
	async chartInk(id: 'cost-curve' | 'break-even' | 'breakdown'): Promise<number> {
		return this.chart(id)
			.locator('canvas')
			.evaluate((canvas: HTMLCanvasElement) => {
				const ctx = canvas.getContext('2d');
				if (!ctx || canvas.width === 0 || canvas.height === 0) return 0;
				const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
				let n = 0;
				for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) n++;
				return n;
			});
	}

	/** A chart's data table (opening its <details>), as rows of cell texts. */
	async chartTable(id: 'cost-curve' | 'break-even' | 'breakdown'): Promise<string[][]> {
		const details = this.chart(id).locator('details');
		if ((await details.getAttribute('open')) === null) {
			await details.locator(':scope > summary').click();
		}
		const table = details.locator('table');
		await expect(table).toBeVisible();
		return table
			.locator('tbody tr')
			.evaluateAll((rows) =>
				rows.map((r) =>
					Array.from(r.querySelectorAll('td, th'), (c) => c.textContent?.trim() ?? '')
				)
			);
	}
}
