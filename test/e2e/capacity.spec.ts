import { expect, test, type Locator } from '@playwright/test';
import { CalculatorPage, exampleScenario } from './calculator-page';

/**
 * Self-hosted capacity on the page (issue 9): a candidate's GPUs per replica, pinned or chosen by
 * cost at plan, the replica sizes considered, and your own measured throughput, entered from the
 * candidate row and on /catalog. The default scenario: c1 is Llama 3.3 70B FP8 on H100 SXM,
 * rented; c3 is Llama 3.1 8B FP8 on H100 SXM, rented; 1,500 input + 300 output tokens a request.
 */

/** Open a closed <details> in a row by its summary text. */
async function open(row: Locator, summary: string): Promise<Locator> {
	const details = row.locator('details', { has: row.page().getByText(summary, { exact: true }) });
	if ((await details.getAttribute('open')) === null) {
		await details.locator(':scope > summary').click();
	}
	await expect(details).toHaveAttribute('open', '');
	return details;
}

test.describe('self-hosted capacity', () => {
	let app: CalculatorPage;

	test.beforeEach(async ({ page }) => {
		app = new CalculatorPage(page);
		await app.goto();
	});

	test('a pinned replica size is priced as pinned; Auto goes back to the cheapest', async ({
		page
	}) => {
		const c1 = app.candidate('c1');
		await app.setGpusPerReplica('c1', 4);
		await expect(c1.getByTestId('sizing')).toContainText('4 GPU/replica (pinned)');
		// One replica of 4 GPUs at plan. Staff: 0.5 FTE × $206,000 / 12 = $8,583.33/month; rent:
		// 4 GPUs × $2.99/GPU-hour × 730 h = $8,730.80. Total $8,583.33 + $8,730.80 = $17,314.13/month.
		await expect(c1.getByTestId('sizing')).toContainText('1 replica at plan');
		await expect(c1.getByTestId('cost-at-plan')).toHaveText('$17,314.13/month');
		expect(await app.candidateCostAtPlan('c1')).toBe(17_314.13);
		// The same figure in the explanation of c1 against GPT-4.1.
		await app.explain('c1', 'openai/gpt-4.1');
		await expect(app.explanation().locator('dl.capacity')).toContainText(
			'1 replica, 4 GPUs: $17,314.13/month'
		);

		// The replica sizes table names the pinned size.
		const sizes = await open(c1, 'Replica sizes considered');
		const pinnedRow = sizes.locator('tbody tr', { has: page.locator('th', { hasText: /^4$/ }) });
		await expect(pinnedRow).toContainText('pinned');
		await expect(pinnedRow).toContainText('$17,314.13');

		await app.setGpusPerReplica('c1', 'auto');
		await expect(c1.getByTestId('sizing')).toContainText('2 GPU/replica (auto: cheapest of');
		// Auto at plan: 2 replicas of 2 GPUs (the engine's capacity at 2 GPUs is under the planned
		// volume per replica): 4 GPUs, the same $8,583.33 + 4 × $2.99 × 730 = $17,314.13. A tie with
		// the 4-GPU replica goes to fewer GPUs per replica; auto never costs more than a pinned size.
		await expect(c1.getByTestId('sizing')).toContainText('2 replicas at plan');
		await expect(c1.getByTestId('cost-at-plan')).toHaveText('$17,314.13/month');
	});

	test('your measured throughput from the candidate row calibrates it', async ({ page }) => {
		const c3 = app.candidate('c3');
		await expect(c3.getByTestId('throughput-kind')).not.toHaveText(/your measurement/);
		const form = await open(c3, 'Enter your measured throughput');
		// Prefilled with the candidate's size and the workload's lengths.
		await expect(form.getByLabel('Input tokens per request')).toHaveValue('1500');
		await expect(form.getByLabel('Output tokens per request')).toHaveValue('300');
		await form.getByLabel('GPUs per replica').fill('1');
		await form.getByLabel('Output tokens/s per replica').fill('3000');
		await form.getByLabel(/^Source/).fill('our load test, vLLM');
		await form.getByRole('button', { name: 'Add your measurement' }).click();
		await expect(form.getByRole('status')).toContainText('Added your measurement');

		await expect(c3.getByTestId('throughput-kind')).toHaveText('throughput: your measurement');
		// Measured at the workload's own lengths on 1 GPU: 3,000 tokens/s ÷ 300 output tokens per
		// request = 10 requests/s per replica.
		const sizes = await open(c3, 'Replica sizes considered');
		const one = sizes.locator('tbody tr', { has: page.locator('th', { hasText: /^1$/ }) });
		await expect(one.locator('td').first()).toContainText('10.00');
	});

	test('a measured throughput of 0 is refused naming the field and its range', async () => {
		const c3 = app.candidate('c3');
		const before = await app.autosave();
		const form = await open(c3, 'Enter your measured throughput');
		await form.getByLabel('Output tokens/s per replica').fill('0');
		await form.getByLabel(/^Source/).fill('our load test');
		await form.getByRole('button', { name: 'Add your measurement' }).click();
		const error = form.locator('p.error');
		await expect(error).toHaveCount(1);
		await expect(error).toContainText('Output tokens/s per replica');
		await expect(error).toContainText('above 0 to 100000000 tokens/s');
		await expect(form.getByLabel('Output tokens/s per replica')).toHaveAttribute(
			'aria-invalid',
			'true'
		);
		// Nothing was added: the throughput is not "your measurement", and the scenario is unchanged.
		await expect(c3.getByTestId('throughput-kind')).not.toHaveText(/your measurement/);
		await app.nextFrames();
		const after = await app.autosave();
		if (before !== null && after !== null) {
			expect(JSON.parse(after).custom.benchmarks).toEqual(JSON.parse(before).custom.benchmarks);
		}
	});

	test('/catalog lists a measurement added there as "your measurement"', async ({ page }) => {
		await page.goto('/catalog');
		await app.ready();
		const section = page.locator('section#own-benchmarks');
		await expect(section).toContainText('None yet.');
		await section.locator('summary', { hasText: 'Add your measured throughput' }).click();
		await section.getByLabel('Model', { exact: true }).selectOption({ label: 'Llama 3.1 8B' });
		await section.getByLabel('GPU', { exact: true }).selectOption('h100-sxm');
		await section.getByLabel('Precision', { exact: true }).selectOption('fp8');
		await section.getByLabel('GPUs per replica').fill('1');
		await section.getByLabel('Input tokens per request').fill('1000');
		await section.getByLabel('Output tokens per request').fill('1000');
		await section.getByLabel('Output tokens/s per replica').fill('2400');
		await section.getByLabel(/^Source/).fill('our load test');
		await section.getByRole('button', { name: 'Add your measurement' }).click();

		const row = section.locator('tbody tr');
		await expect(row).toHaveCount(1);
		await expect(row).toContainText('your measurement');
		await expect(row).toContainText('Llama 3.1 8B');
		await expect(row).toContainText('NVIDIA H100 SXM 80GB');
		await expect(row).toContainText('1000 / 1000');
		await expect(row).toContainText('2400');

		await row.getByRole('button', { name: /Remove/ }).click();
		await expect(section.locator('tbody tr')).toHaveCount(0);
		await expect(section).toContainText('None yet.');
	});
});

test('an MoE candidate is priced tensor parallel and attention data parallel (DEP) at each size', async ({
	page
}) => {
	const app = new CalculatorPage(page);
	await app.goto({
		...exampleScenario('default.json'),
		candidates: [
			{ id: 'r1', modelId: 'deepseek-r1', gpuId: 'h200', precision: 'fp8', acquisition: 'rent' }
		]
	});
	const r1 = app.candidate('r1');
	const sizes = await open(r1, 'Replica sizes considered');
	const row = (name: RegExp) =>
		sizes.locator('tbody tr', { has: page.locator('th', { hasText: name }) });
	// DeepSeek-R1 (671B) fits 8 and 16 H200s, each size in both arrangements.
	await expect(sizes.locator('tbody tr')).toHaveCount(4);
	await expect(row(/^8\sDEP$/).locator('th abbr')).toHaveAttribute(
		'title',
		'attention data parallel with expert parallel (DEP)'
	);
	// Each row's cost is its replicas × GPUs × $4.54/GPU-hour × 730 h + $8,583.33 of staff:
	// 8 DEP at 6 replicas: 48 × 4.54 × 730 = $159,081.60 + $8,583.33 = $167,664.93.
	await expect(row(/^8\sDEP$/)).toContainText('$167,664.93');
	await expect(
		row(/^8\sDEP$/)
			.locator('td')
			.nth(1)
	).toHaveText('6');
	// The cheapest is chosen: 8 GPUs tensor parallel, 3 replicas: 24 × 4.54 × 730 + 8,583.33.
	await expect(row(/^8$/)).toContainText('chosen: cheapest');
	await expect(row(/^8$/)).toContainText('$88,124.13');
});
