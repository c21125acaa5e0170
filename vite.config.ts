import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['test/**/*.test.ts'],
		environment: 'node',
		// A budget per test, not an assertion: the workbook and PDF tests take 2–4 s each on an idle
		// 2-core machine and several times that when the machine is shared.
		testTimeout: 60_000
	}
});
