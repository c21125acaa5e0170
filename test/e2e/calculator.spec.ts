import { expect, test } from '@playwright/test';
import { CalculatorPage, exampleScenario } from './calculator-page';

/**
 * The hand-checked scenario (examples/hand-checked.json, worked out in docs/scenario-format.md):
 * Llama 3.1 8B on one H100 SXM at FP8, rented at $2.00/GPU-hour or bought for $30,000, against
 * GPT-4o mini and GPT-4.1; 100,000 requests/day of 1,000 input + 1,000 output tokens.
 * Every expected value below is worked out here, by hand, from the scenario's inputs.
 */
const RENT = 'rent';
const BUY = 'buy';
const GPT41 = 'openai/gpt-4.1';
const MINI = 'openai/gpt-4o-mini';
const RENT_RATE = 'fig-gpus-h100-sxm-cloudUsdPerGpuHour';
const GPT41_OUTPUT = 'fig-offerings-openai-gpt-4-1-outputUsdPerMTok';

test.describe('calculator, hand-checked scenario', () => {
	let app: CalculatorPage;

	test.beforeEach(async ({ page }) => {
		app = new CalculatorPage(page);
		await app.goto(exampleScenario('hand-checked.json'));
	});

	test('a link to the hand-checked scenario shows the hand-computed figures', async () => {
		// V = 100,000 req/day × 365/12 × (1,000 + 1,000) = 6,083,333,333.33 tokens/month, shown whole.
		expect(await app.plannedTokens()).toBe(6_083_333_333);
		expect(await app.plannedRequestsPerDay()).toBe(100_000);

		// Rent: 1 GPU × $2.00 × 730 h = $1,460; staff 0.5 × $180,000 / 12 = $7,500; total $8,960.
		// GPT-4.1: 0.5 × $2 + 0.5 × $8 = $5 per 1M; at plan 6,083,333,333.33 × $5e-6 = $30,416.67.
		// Saving = $30,416.67 − $8,960.00 = $21,456.67.
		expect(await app.saving(RENT, GPT41)).toBe(21_456.67);
		// Buy: $30,000 / 36 = $833.333; power 0.7 kW × 0.5 × 1.5 PUE × 730 h × $0.10 = $38.325;
		// staff $7,500; total $8,371.658. Saving = $30,416.667 − $8,371.658 = $22,045.01.
		expect(await app.saving(BUY, GPT41)).toBe(22_045.01);
		// GPT-4o mini: 0.5 × $0.15 + 0.5 × $0.60 = $0.375 per 1M; at plan $2,281.25.
		// Saving = $2,281.25 − $8,960.00 = −$6,678.75 (self-hosting costs more at plan).
		expect(await app.saving(RENT, MINI)).toBe(-6_678.75);

		// First break-even vs GPT-4.1: $8,960 / $0.000005 = 1,792,000,000 tokens/month (inside the
		// first step, one replica serves 31,998,528,000) = 1.792e9 × 12 / (365 × 2,000) = 29,457.53
		// requests/day, shown whole with grouping: 29,458.
		expect(await app.breakEvenRequestsPerDay(RENT, GPT41)).toBe(29_458);
		expect(await app.firstBreakEven(RENT, GPT41)).toBe(1_792_000_000);
		// Each further replica adds $1,460 and serves tokens worth far more at the API: sustained = first.
		expect(await app.sustainedBreakEven(RENT, GPT41)).toBe(1_792_000_000);

		// First vs GPT-4o mini: $8,960 / $0.000000375 = 23,893,333,333.33 tokens/month
		// = 23,893,333,333.33 × 12 / 730,000 = 392,767.12 requests/day → 392,767.
		expect(await app.breakEvenRequestsPerDay(RENT, MINI)).toBe(392_767);
		expect(await app.breakEvenRequestsPerDay(RENT, MINI, 'sustained')).toBe(392_767);
		// The panel shows a volume in whole tokens with its unit: 23,893,333,333 tokens/month.
		expect(await app.firstBreakEven(RENT, MINI)).toBe(23_893_333_333);
	});

	test('prices and workload changed on the page recompute every figure', async () => {
		// GPU rental override $3.00/GPU-hour: rent = $7,500 + 3 × 730 = $9,690/month.
		await app.setField(RENT_RATE, '3.00');
		// First vs GPT-4.1 = $9,690 / $0.000005 = 1,938,000,000 tokens/month
		// = 1.938e9 × 12 / 730,000 = 31,857.53 requests/day → 31,858.
		await expect.poll(() => app.firstBreakEven(RENT, GPT41)).toBe(1_938_000_000);
		expect(await app.breakEvenRequestsPerDay(RENT, GPT41)).toBe(31_858);
		// Saving at plan = $30,416.67 − $9,690.00 = $20,726.67.
		expect(await app.saving(RENT, GPT41)).toBe(20_726.67);
		// Buying does not use the rental rate: still $30,416.67 − $8,371.66 = $22,045.01.
		expect(await app.saving(BUY, GPT41)).toBe(22_045.01);

		// Requests/day 50,000: V = 50,000 × 365/12 × 2,000 = 3,041,666,666.67 → 3,041,666,667.
		await app.typeInto('workload-requestsPerDay', '50000');
		await expect.poll(() => app.plannedTokens()).toBe(3_041_666_667);
		expect(await app.plannedRequestsPerDay()).toBe(50_000);
		// GPT-4.1 at plan = 3,041,666,666.67 × $5e-6 = $15,208.33; saving = $15,208.33 − $9,690 = $5,518.33.
		expect(await app.saving(RENT, GPT41)).toBe(5_518.33);
		// The break-even does not depend on the planned volume: still 1,938,000,000.
		expect(await app.firstBreakEven(RENT, GPT41)).toBe(1_938_000_000);

		// GPT-4.1 output price override $10 per 1M: 0.5 × $2 + 0.5 × $10 = $6 per 1M.
		await app.setField(GPT41_OUTPUT, '10');
		// First = $9,690 / $0.000006 = 1,615,000,000 tokens/month = 1.615e9 × 12 / 730,000
		// = 26,547.95 requests/day → 26,548.
		await expect.poll(() => app.firstBreakEven(RENT, GPT41)).toBe(1_615_000_000);
		expect(await app.breakEvenRequestsPerDay(RENT, GPT41)).toBe(26_548);
		// At plan: 3,041,666,666.67 × $6e-6 = $18,250.00; saving = $18,250.00 − $9,690.00 = $8,560.00.
		expect(await app.saving(RENT, GPT41)).toBe(8_560);

		// Loaded engineer cost $240,000/year: staff = 0.5 × 240,000 / 12 = $10,000;
		// rent = $10,000 + $2,190 = $12,190/month.
		await app.typeInto('finance-loadedAnnualCostUsd', '240000');
		// First = $12,190 / $0.000006 = 2,031,666,666.67 tokens/month (shown in whole tokens:
		// 2,031,666,667) = 2,031,666,666.67 × 12 / 730,000 = 33,397.26 requests/day → 33,397.
		await expect.poll(() => app.firstBreakEven(RENT, GPT41)).toBe(2_031_666_667);
		expect(await app.breakEvenRequestsPerDay(RENT, GPT41)).toBe(33_397);
		// Saving = $18,250.00 − $12,190.00 = $6,060.00.
		expect(await app.saving(RENT, GPT41)).toBe(6_060);
	});

	test('a workload input recomputes as you type, with no submit', async () => {
		// Typing without leaving the field: 25,000 requests/day → V = 25,000 × 365/12 × 2,000
		// = 1,520,833,333.33 → 1,520,833,333; GPT-4.1 at plan = $7,604.17; saving = $7,604.17 − $8,960
		// = −$1,355.83 (below the 1,792,000,000 break-even, the API is cheaper).
		await app.typeInto('workload-requestsPerDay', '25000');
		await expect.poll(() => app.plannedTokens()).toBe(1_520_833_333);
		expect(await app.saving(RENT, GPT41)).toBe(-1_355.83);
		await expect(app.field('workload-requestsPerDay')).toBeFocused();
	});

	// Every input recomputes as you type, catalog figure overrides included (no leaving the field).
	test('a catalog figure override recomputes as you type, like the other inputs', async () => {
		// Open the explanation first: clicking a cell afterwards would leave the field and apply it.
		await app.explain(RENT, GPT41);
		await app.typeInto(RENT_RATE, '3.00');
		await expect(app.field(RENT_RATE)).toBeFocused();
		// $9,690 / $0.000005 = 1,938,000,000 tokens/month, while the cursor is still in the field.
		await expect
			.poll(() => app.explainedValue('First break-even'), { timeout: 2_000 })
			.toBe(1_938_000_000);
	});
});

test('the summary and the pickers show the hand-computed figures', async ({ page }) => {
	const app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
	// At plan: GPT-4o mini $2,281.25, buy $8,371.66, rent $8,960.00, GPT-4.1 $30,416.67 → GPT-4o mini,
	// the cheapest in the class of the analysed API (GPT-4o mini, small models).
	await expect(page.getByTestId('verdict')).toHaveText(
		'Cheapest in the class of GPT-4o mini (small): GPT-4o mini at $2,281.25/month (API).'
	);
	// The answer first, in rounded figures: 6,083,333,333 tokens/month → 6.08B; $2,281.25 → $2.28k.
	await expect(page.getByTestId('answer')).toContainText(
		'At 6.08B tokens/month (100k requests/day), keep GPT-4o mini ($2.28k/month).'
	);
	// Blended prices, i = o = 1,000, no cache or batch: 0.5 × $0.15 + 0.5 × $0.60 and 0.5 × $2 + 0.5 × $8.
	const baselines = page.locator('#baselines-title ~ ul.chips li');
	await expect(baselines.nth(0)).toContainText('$0.3750 per 1M tokens, blended');
	await expect(baselines.nth(1)).toContainText('$5.00 per 1M tokens, blended');
	// One H100 holds the 8B model (pinned, the measurement's GPU count); 6,083,333,333 tokens need
	// one replica of 31,998,528,000 (your measurement: 15,220 tokens/s ÷ 1,000 = 15.22 requests/s).
	await expect(app.candidateSizing('rent')).toContainText(
		'1 GPU/replica (pinned), 1 replica at plan · $8,960.00/month at plan'
	);
	await expect(app.candidate('rent').getByTestId('throughput-kind')).toHaveText(
		'throughput: your measurement'
	);
});
