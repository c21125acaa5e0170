import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { catalogTexts } from './scripts/catalog-texts-plugin';
import { terserClientChunks } from './scripts/terser-plugin';

/** A PPTX deck numbers its charts from a counter in pptxgenjs's module: chart1 only in a fresh one. */
const freshModules = ['test/export/pptx.test.ts'];

export default defineConfig({
	plugins: [sveltekit(), catalogTexts(), terserClientChunks()],
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
		environment: 'node',
		// Two files at a time on a 2-core machine. Vitest 4's own default outside watch mode is one
		// fewer worker than os.availableParallelism(), here a single one, whatever its docs say.
		maxWorkers: 2,
		// Worker threads rather than child processes: the whole unit suite takes 78–82 s against
		// 86–88 s with forks on this 2-core machine (`npx vitest run --pool=…`, alternated), about 10%
		// less CPU. No test changes the working directory or depends on a process of its own.
		pool: 'threads',
		// A budget per test, not an assertion: the workbook and PDF tests take 2–4 s each on an idle
		// 2-core machine and several times that when the machine is shared.
		testTimeout: 60_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['test/**/*.test.ts'],
					exclude: freshModules,
					// The files share one module graph per worker, so decimal.js, the catalog, the
					// engine, exceljs, jsPDF and HyperFormula are loaded twice in all, not once a file.
					// No test changes a module's state (the code under test never mutates an input).
					isolate: false
				}
			},
			{ extends: true, test: { name: 'fresh-modules', include: freshModules } }
		]
	}
});
