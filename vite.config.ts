import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rollupOptions: {
			output: {
				// The framework (Svelte's runtime and SvelteKit's client) as one chunk: a page needs nearly
				// all of it, and one file compresses better than the dozen small ones it was split into.
				manualChunks: (id) =>
					/node_modules\/(svelte|@sveltejs\/kit|esm-env)\//.test(id) ? 'framework' : undefined
			}
		}
	},
	test: {
		include: ['test/**/*.test.ts'],
		environment: 'node',
		// A budget per test, not an assertion: the workbook and PDF tests take 2–4 s each on an idle
		// 2-core machine and several times that when the machine is shared.
		testTimeout: 60_000
	}
});
