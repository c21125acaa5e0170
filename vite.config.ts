import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['test/**/*.test.ts'],
		environment: 'node',
		// The export tests build whole workbooks and decks; a loaded 2-core machine needs the room.
		testTimeout: 30_000
	}
});
