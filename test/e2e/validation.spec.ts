import { expect, test } from '@playwright/test';
import { CalculatorPage, exampleScenario } from './calculator-page';

/**
 * Invalid text shows an inline message naming the allowed range and changes nothing: the figures
 * on screen stay those of the last valid input until the text is corrected.
 */
const RENT = 'rent';
const GPT41 = 'openai/gpt-4.1';

let app: CalculatorPage;

test.beforeEach(async ({ page }) => {
	app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
});

test('cached-input share 1.5 is refused inline; the last valid share still holds', async () => {
	const id = 'workload-cachedInputShare';
	// Share 0.5 (valid): GPT-4.1 = 0.5 × (0.5 × $2 + 0.5 × $0.50 cached) + 0.5 × $8 = $4.625 per 1M.
	await app.typeInto(id, '0.5');
	// At plan: 6,083,333,333.33 × $4.625e-6 = $28,135.42; saving = $28,135.42 − $8,960 = $19,175.42.
	await expect.poll(() => app.saving(RENT, GPT41)).toBe(19_175.42);
	// First = $8,960 / $4.625e-6 = 1,937,297,297.30 tokens/month
	// = 1,937,297,297.30 × 12 / 730,000 = 31,845.98 requests/day → 31,846.
	expect(await app.breakEvenRequestsPerDay(RENT, GPT41)).toBe(31_846);

	await app.typeInto(id, '1.5');
	const error = app.fieldError(id);
	await expect(error).toBeVisible();
	await expect(error).toContainText('Cached-input share');
	await expect(error).toContainText('0 to 1');
	await expect(app.field(id)).toHaveAttribute('aria-invalid', 'true');
	await expect(app.field(id)).toHaveValue('1.5');
	// Still the figures of share 0.5.
	expect(await app.saving(RENT, GPT41)).toBe(19_175.42);
	expect(await app.breakEvenRequestsPerDay(RENT, GPT41)).toBe(31_846);
	// 1,937,297,297.30 in whole tokens.
	expect(await app.firstBreakEven(RENT, GPT41)).toBe(1_937_297_297);

	// Corrected to 0: the message goes and the hand-checked figures return.
	await app.typeInto(id, '0');
	await expect(error).toHaveCount(0);
	await expect(app.field(id)).not.toHaveAttribute('aria-invalid', 'true');
	await expect.poll(() => app.saving(RENT, GPT41)).toBe(21_456.67);
	expect(await app.breakEvenRequestsPerDay(RENT, GPT41)).toBe(29_458);
});

test('requests/day "abc" is refused inline; the last valid volume still holds', async () => {
	const id = 'workload-requestsPerDay';
	// 50,000/day: V = 50,000 × 365/12 × 2,000 = 3,041,666,666.67; GPT-4.1 at plan $15,208.33;
	// saving = $15,208.33 − $8,960.00 = $6,248.33.
	await app.typeInto(id, '50000');
	await expect.poll(() => app.plannedTokens()).toBe(3_041_666_667);
	expect(await app.saving(RENT, GPT41)).toBe(6_248.33);

	await app.typeInto(id, 'abc');
	const error = app.fieldError(id);
	await expect(error).toBeVisible();
	await expect(error).toContainText('not a number');
	await expect(error).toContainText('0 to 1e12');
	expect(await app.plannedTokens()).toBe(3_041_666_667);
	expect(await app.plannedRequestsPerDay()).toBe(50_000);
	expect(await app.saving(RENT, GPT41)).toBe(6_248.33);
	// The break-even does not depend on the plan: $8,960 / $5e-6 = 1,792,000,000.
	expect(await app.firstBreakEven(RENT, GPT41)).toBe(1_792_000_000);

	await app.typeInto(id, '100000');
	await expect(error).toHaveCount(0);
	await expect.poll(() => app.plannedTokens()).toBe(6_083_333_333);
	expect(await app.saving(RENT, GPT41)).toBe(21_456.67);
});

test('a negative GPU rental price is refused inline; the catalog rate still holds', async () => {
	const id = 'fig-gpus-h100-sxm-cloudUsdPerGpuHour';
	await app.setField(id, '-1');
	const error = app.fieldError(id);
	await expect(error).toBeVisible();
	await expect(error).toContainText('-1');
	await expect(error).toContainText('0 to');
	await expect(app.field(id)).toHaveAttribute('aria-invalid', 'true');
	// Still $2.00/GPU-hour: $8,960 / $5e-6 = 1,792,000,000 tokens/month; saving $21,456.67.
	expect(await app.firstBreakEven(RENT, GPT41)).toBe(1_792_000_000);
	expect(await app.saving(RENT, GPT41)).toBe(21_456.67);

	// $3.00: rent = $7,500 + 3 × 730 = $9,690; first = $9,690 / $5e-6 = 1,938,000,000.
	await app.setField(id, '3');
	await expect(error).toHaveCount(0);
	await expect.poll(() => app.firstBreakEven(RENT, GPT41)).toBe(1_938_000_000);
	expect(await app.saving(RENT, GPT41)).toBe(20_726.67);
});
