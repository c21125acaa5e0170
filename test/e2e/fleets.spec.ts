import { expect, test, type Locator } from '@playwright/test';
import { CalculatorPage, parseNumber } from './calculator-page';

/**
 * Fleets and hybrids on the page (issue 10): a candidate's own terms, opened from its row, a fixed
 * fleet with an overflow API, the split at plan in the summary, the hybrid line in the cost chart,
 * and a refused fleet of 0. The default scenario: c1 is Llama 3.3 70B FP8 on rented H100 SXM;
 * 200,000 requests/day × 365/12 × (1,500 + 300) tokens = 10,950,000,000 tokens/month.
 */

const PLAN_TOKENS = 10_950_000_000;

/** The candidate's terms, opened from its summary line. */
async function openTerms(row: Locator): Promise<Locator> {
	const details = row.getByTestId('terms');
	if ((await details.getAttribute('open')) === null) {
		await details.locator(':scope > summary').click();
	}
	await expect(details).toHaveAttribute('open', '');
	return details;
}

/** A figure of the exact split table, by candidate and column. */
async function splitFigure(app: CalculatorPage, id: string, metric: string): Promise<number> {
	const cell = app.page.locator(
		`[data-testid="splits"] tr[data-candidate="${id}"] td[data-metric="${metric}"]`
	);
	return parseNumber(await cell.innerText());
}

test.describe('fleets and hybrids', () => {
	let app: CalculatorPage;

	test.beforeEach(async ({ page }) => {
		app = new CalculatorPage(page);
		await app.goto();
	});

	test('one rented replica with GPT-4.1 for the rest: the split at plan, by hand', async () => {
		const c1 = app.candidate('c1');
		await app.setGpusPerReplica('c1', 2);
		const terms = await openTerms(c1);
		await expect(terms.getByTestId('terms-summary')).toContainText('capacity follows volume');

		// Keyboard: the fleet select and the overflow select are labelled form controls.
		await terms.getByLabel('Fixed fleet').selectOption('replicas');
		await app.setField('cand-c1-terms-fleet-count', '1');
		await terms.getByLabel(/Overflow API/).selectOption('openai/gpt-4.1');
		await expect(terms.getByTestId('terms-summary')).toHaveText(
			'2 × NVIDIA H100 SXM 80GB rented, overflow to GPT-4.1'
		);

		// By hand. The fleet: one replica of 2 rented H100s, 2 × $2.99/GPU-hour × 730 h = $4,365.40,
		// plus staff 0.5 FTE × $206,000 / 12 = $8,583.33: $12,948.73/month, whatever it serves.
		const selfHost = 2 * 2.99 * 730 + (0.5 * 206_000) / 12;
		expect(await splitFigure(app, 'c1', 'self-host')).toBeCloseTo(selfHost, 2);
		// GPT-4.1 at the default mix (1,500 in, 300 out; 30% of input tokens cached at $0.50 per 1M):
		// 1,500/1,800 × (0.7 × $2 + 0.3 × $0.50) + 300/1,800 × $8 = $2.625 per 1M tokens, no fee.
		const pricePerToken = ((1500 / 1800) * (0.7 * 2 + 0.3 * 0.5) + (300 / 1800) * 8) / 1e6;
		const served = await splitFigure(app, 'c1', 'served');
		const overflow = await splitFigure(app, 'c1', 'overflow');
		// Nothing is dropped: what the replica does not serve goes to the API (integers on screen).
		expect(Math.abs(served + overflow - PLAN_TOKENS)).toBeLessThanOrEqual(1);
		expect(overflow).toBeGreaterThan(0);
		expect(await splitFigure(app, 'c1', 'unserved')).toBe(0);
		// The overflow bill: F_o + p_o × (V − served), F_o = 0.
		const bill = pricePerToken * (PLAN_TOKENS - served);
		expect(await splitFigure(app, 'c1', 'overflow-cost')).toBeCloseTo(bill, 1);
		expect(await splitFigure(app, 'c1', 'total')).toBeCloseTo(selfHost + bill, 1);
		// The row's cost at plan is the same total, overflow included.
		expect(await app.candidateCostAtPlan('c1')).toBeCloseTo(selfHost + bill, 1);

		// The prose names the split, rounded.
		const prose = app.page.locator('[data-testid="splits"] .split[data-candidate="c1"]');
		await expect(prose).toContainText('(hybrid)');
		await expect(prose).toContainText('overflow to GPT-4.1');

		// The cost chart draws the candidate as its own hybrid line (its data table names it).
		const rows = await app.chartTable('cost-curve');
		const series = new Set(rows.map((r) => r[0]));
		expect(series).toContain('Llama 3.3 70B Instruct · NVIDIA H100 SXM 80GB · FP8 · rent (hybrid)');
		expect(series).not.toContain(
			'Llama 3.3 70B Instruct · NVIDIA H100 SXM 80GB · FP8 · rent (self-hosted)'
		);
	});

	test('a fleet of 0 replicas is refused with the field’s message, and nothing saved changes', async () => {
		const c1 = app.candidate('c1');
		const before = await app.candidateCostAtPlan('c1');
		const terms = await openTerms(c1);
		await terms.getByLabel('Fixed fleet').selectOption('replicas');
		await app.setField('cand-c1-terms-fleet-count', '2');
		const withFleet = await app.candidateCostAtPlan('c1');
		await expect(terms.getByTestId('terms-summary')).toContainText('rented');

		await app.setField('cand-c1-terms-fleet-count', '0');
		const error = app.fieldError('cand-c1-terms-fleet-kind');
		await expect(error).toBeVisible();
		await expect(error).toContainText('fleet');
		await expect(error).toContainText('whole number from 1');
		await expect(app.field('cand-c1-terms-fleet-count')).toHaveAttribute('aria-invalid', 'true');
		// The typed text stays; the saved fleet (2 replicas) and its cost do not change.
		await expect(app.field('cand-c1-terms-fleet-count')).toHaveValue('0');
		expect(await app.candidateCostAtPlan('c1')).toBe(withFleet);

		// Back to no fixed fleet: the message goes and the cost is the one before.
		await terms.getByLabel('Fixed fleet').selectOption('none');
		await expect(error).toHaveCount(0);
		expect(await app.candidateCostAtPlan('c1')).toBe(before);
	});
});
