import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['test/**/*.test.ts'],
		environment: 'node',
		// The machine running the suite may be shared: exports that draw charts and run a Monte Carlo
		// take seconds there, not milliseconds.
		testTimeout: 60_000
	}
});
