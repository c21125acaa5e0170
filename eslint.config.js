import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			// State here is replaced immutably ($state.raw); the Sets, Maps and Dates this rule flags are
			// local temporaries, never reactive state, so Svelte's reactive versions would only add cost.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// The domain core stays pure: the same code runs in the page, the tests and the CLI.
		files: ['src/lib/domain/**/*.ts', 'src/lib/catalog/**/*.ts', 'src/lib/scenario/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '$app/*', 'chart.js', 'chart.js/*'],
							message: 'Keep the core pure.'
						},
						{ group: ['node:*', 'fs', 'path'], message: 'The core does no I/O.' }
					]
				}
			]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] }
);
