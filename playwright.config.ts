import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

// E2E_PORT lets several checkouts run their e2e suites side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 4173);
// Every test gets its own browser context (storage, downloads, clipboard) and the site is static,
// so spec files share no state and run side by side; E2E_WORKERS overrides the count.
const workers = Number(process.env.E2E_WORKERS ?? 2);

export default defineConfig({
	testDir: 'test/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers,
	retries: 0,
	// Budgets for a shared 2-core machine with two files running side by side: waiting longer
	// changes no assertion, it only keeps a busy machine from failing a correct page.
	timeout: 60_000,
	expect: { timeout: 10_000 },
	// Artifacts in a folder of their own: Playwright empties it at start, and vitest's report
	// (test-results/unit.json) must survive for `npm test`'s summary.
	outputDir: 'test-results/e2e-artifacts',
	// Stored chart images (chart-pixels.spec.ts): one per chart, the same on every platform name,
	// since the tests run in Debian's Chromium everywhere.
	snapshotPathTemplate: '{testDir}/__screenshots__/{arg}{ext}',
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		viewport: { width: 1280, height: 720 },
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs }
	},
	webServer: {
		// Builds only when build/ is older than its sources (`npm test` has built it already), then
		// serves build/ as a static host would, from memory and uncompressed
		// (scripts/serve-build.mjs: a page load costs some 170 ms less CPU than under `vite preview`).
		command: `node scripts/build-fresh.mjs && node scripts/serve-build.mjs --port ${port} --host 127.0.0.1`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
