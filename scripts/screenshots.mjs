// Screenshots of every page at 1280×720 and 390×844: `npm run screenshots` (builds first).
// Writes screenshots/<page>-<width>.png (full page) and refreshes the README's docs/screenshot.png
// (the calculator at 1280×720, first screen). Serves the build as the end-to-end tests do
// (serve-build.mjs) on a free local port and drives Debian's Chromium.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { browserPath, chromiumArgs } from './chromium.mjs';
import { serveBuild } from './serve-build.mjs';

const pages = [
	['calculator', '/'],
	['catalog', '/catalog'],
	['compare', '/compare']
];
const sizes = [
	[1280, 720],
	[390, 844]
];
const site = await serveBuild();
try {
	mkdirSync('screenshots', { recursive: true });
	const browser = await chromium.launch({ executablePath: browserPath, args: chromiumArgs });
	for (const [width, height] of sizes) {
		const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
		for (const [name, path] of pages) {
			await page.goto(`${site.base}${path}`);
			await page.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
			if (name === 'calculator')
				await page.waitForSelector('section[data-chart="cost-curve"] canvas');
			await page.waitForTimeout(500);
			// A page wider than the screen pans sideways: say so.
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			if (overflow > 0)
				console.warn(`${name} at ${width} px: ${overflow} px wider than the screen`);
			const file = `screenshots/${name}-${width}.png`;
			await page.screenshot({ path: file, fullPage: true });
			console.log(`wrote ${file}`);
			if (name === 'calculator' && width === 1280) {
				await page.screenshot({ path: 'docs/screenshot.png' });
				console.log('wrote docs/screenshot.png');
			}
		}
		await page.close();
	}
	await browser.close();
} finally {
	await site.close();
}
