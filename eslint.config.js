import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Flat config merges `globals` across matching blocks, so the browser and Node globals every file
// gets are switched off by name for the domain, leaving the ECMAScript ones.
const esOnly = {
	...Object.fromEntries(
		Object.keys({ ...globals.browser, ...globals.node }).map((name) => [name, 'off'])
	),
	...globals.es2021
};

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
	{
		// The engine itself is plain ECMAScript: no browser or Node globals (`document`,
		// `localStorage`, `process`, `Buffer`), no dynamic `import('node:…')`, and nothing from
		// the layers above it. tsconfig.domain.json checks the same with ES libraries only.
		files: ['src/lib/domain/**/*.ts'],
		languageOptions: { globals: esOnly },
		rules: {
			'no-undef': 'error',
			'no-restricted-syntax': [
				'error',
				{
					selector: 'ImportExpression[source.value=/^(node:|fs$|path$)/]',
					message: 'The core does no I/O.'
				},
				{
					selector: 'ImportExpression[source.type!="Literal"]',
					message: 'The core imports only what it names.'
				}
			],
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '$app/*', '$lib/*', 'chart.js', 'chart.js/*'],
							message: 'Keep the core pure.'
						},
						{ group: ['node:*', 'fs', 'path'], message: 'The core does no I/O.' },
						{
							group: ['../*'],
							message:
								'The core owns its types (kinds.ts): it imports nothing from the layers above.'
						}
					]
				}
			]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] }
);
