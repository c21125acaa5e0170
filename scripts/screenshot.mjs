// Take the README's screenshot of the calculator: `node scripts/screenshot.mjs` (after `npm run build`).
// Serves the build with vite preview on a spare port and drives Debian's Chromium.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { browserPath, chromiumArgs } from './chromium.mjs';

const port = 4199;
const server = spawn(
	'npx',
	['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
	{
		stdio: 'ignore',
		detached: true
	}
);
try {
	for (let i = 0; i < 50; i++) {
		try {
			await fetch(`http://127.0.0.1:${port}/`);
			break;
		} catch {
			await new Promise((r) => setTimeout(r, 200));
		}
	}
	const browser = await chromium.launch({
		executablePath: browserPath,
		args: chromiumArgs
	});
	const page = await browser.newPage({
		viewport: { width: 1280, height: 860 },
		deviceScaleFactor: 1
	});
	await page.goto(`http://127.0.0.1:${port}/`);
	await page.waitForSelector('section[data-chart="cost-curve"] canvas');
	await page.waitForTimeout(500);
	await page.screenshot({ path: 'docs/screenshot.png' });
	await browser.close();
	console.log('wrote docs/screenshot.png');
} finally {
	process.kill(-server.pid);
}
