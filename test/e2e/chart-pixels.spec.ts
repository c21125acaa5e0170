import { expect, test } from '@playwright/test';
import { CalculatorPage, exampleScenario } from './calculator-page';

// Each chart of the hand-checked scenario, cropped to its canvas, against a stored image
// (test/e2e/__screenshots__/<chart>.png). A missing series, a moved break-even marker or a lost
// axis fails; anti-aliasing noise does not (tolerances below). After an intended change to a
// chart, refresh the images with `npm run test:update-images` and look at the diff before committing.
const CHARTS = ['cost-curve', 'break-even', 'breakdown'] as const;

test.use({ colorScheme: 'light', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });

for (const id of CHARTS) {
	test(`the ${id} chart looks as stored`, async ({ page }) => {
		const app = new CalculatorPage(page);
		await app.goto(exampleScenario('hand-checked.json'));
		const canvas = app.chart(id).locator('canvas');
		await canvas.scrollIntoViewIfNeeded();
		// Chart.js arrives after the first paint; compare once this chart has drawn.
		await expect(canvas).toHaveAttribute('data-drawn', /\d+/);
		await page.mouse.move(0, 0); // no tooltip
		await expect(canvas).toHaveScreenshot(`${id}.png`, {
			animations: 'disabled',
			// A pixel counts as changed when its colour moves more than 20% (YIQ distance); at most
			// 200 may change: less than one series line or two markers moved, more than anti-aliasing.
			threshold: 0.2,
			maxDiffPixels: 200
		});
	});
}
