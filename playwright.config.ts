import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const port = 4173;

export default defineConfig({
	testDir: 'test/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		viewport: { width: 1280, height: 720 },
		launchOptions: { executablePath: chromiumPath, args: chromiumArgs }
	},
	webServer: {
		command: `npm run build && npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
