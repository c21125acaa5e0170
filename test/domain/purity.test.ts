// The pure core's fence, proved on probe files: a file in src/lib/domain that reaches for the
// browser, Node or the layers above fails `npm run lint` (ESLint with the project's config) and
// `npm run check` (tsc with tsconfig.domain.json, ES libraries only), while plain ECMAScript with
// decimal.js passes both. The probes are linted and compiled in memory; nothing is written.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const probePath = resolve(root, 'src/lib/domain/probe.ts');

const eslint = new ESLint({ cwd: root });

async function lintErrors(code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: probePath });
	return result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

const configPath = resolve(root, 'tsconfig.domain.json');
const domainConfig = ts.parseJsonConfigFileContent(
	ts.readConfigFile(configPath, (p) => ts.sys.readFile(p)).config,
	ts.sys,
	dirname(configPath)
);
/** Library and engine files parsed once for all probes. */
const parsed = new Map<string, ts.SourceFile | undefined>();

/** tsc's diagnostics for the probe compiled with tsconfig.domain.json's options. */
function typeErrors(code: string): string[] {
	const { options } = domainConfig;
	const host = ts.createCompilerHost(options);
	const getSourceFile = host.getSourceFile;
	host.getSourceFile = (name, lang, ...rest) => {
		if (resolve(name) === probePath) return ts.createSourceFile(name, code, lang);
		if (!parsed.has(name)) parsed.set(name, getSourceFile.call(host, name, lang, ...rest));
		return parsed.get(name);
	};
	const fileExists = host.fileExists;
	host.fileExists = (name) => resolve(name) === probePath || fileExists.call(host, name);
	const program = ts.createProgram({ rootNames: [probePath], options, host });
	return ts
		.getPreEmitDiagnostics(program)
		.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const PURE = `import { dec } from './decimal';
import type { Precision } from './kinds';
/** Plain ECMAScript and decimal.js: what the engine is made of. */
export const bytes = (p: Precision): number => Math.max(p === 'bf16' ? 2 : 1, dec('0.5').toNumber());
export const table = new Map<string, number>([['a', 1]]);
`;

const IMPURE: { name: string; code: string; lint: RegExp; types: RegExp }[] = [
	{
		name: 'document',
		code: `export const title = (): string => document.title;\n`,
		lint: /no-undef: 'document'/,
		types: /Cannot find name 'document'/
	},
	{
		name: 'localStorage',
		code: `export const saved = (): string | null => localStorage.getItem('k');\n`,
		lint: /no-undef: 'localStorage'/,
		types: /Cannot find name 'localStorage'/
	},
	{
		name: 'process.env',
		code: `export const home = (): string | undefined => process.env.HOME;\n`,
		lint: /no-undef: 'process'/,
		types: /Cannot find name 'process'/
	},
	{
		name: "import('node:fs')",
		code: `export const read = async (): Promise<unknown> => (await import('node:fs')).readFileSync;\n`,
		lint: /no-restricted-syntax: The core does no I\/O/,
		types: /Cannot find module 'node:fs'/
	}
];

// ESLint and tsc start cold in each test file: seconds, more on a busy machine.
describe('the pure core', { timeout: 60_000 }, () => {
	it('accepts plain ECMAScript with decimal.js and its own kinds', async () => {
		expect(await lintErrors(PURE)).toEqual([]);
		expect(typeErrors(PURE)).toEqual([]);
	});

	it.each(IMPURE)('refuses $name in lint and in the type check', async ({ code, lint, types }) => {
		const lintFound = await lintErrors(code);
		expect(
			lintFound.some((m) => lint.test(m)),
			lintFound.join('\n')
		).toBe(true);
		const typeFound = typeErrors(code);
		expect(
			typeFound.some((m) => types.test(m)),
			typeFound.join('\n')
		).toBe(true);
	});

	it('refuses an import from the layers above (the domain owns its types)', async () => {
		const code = `import type { Precision } from '../catalog/types';\nexport const p: Precision = 'fp8';\n`;
		expect((await lintErrors(code)).join('\n')).toMatch(/no-restricted-imports/);
	});

	it('type-checks every file of src/lib/domain with ES libraries only', () => {
		const parsed = domainConfig;
		expect(parsed.options.lib).toEqual(['lib.es2022.d.ts']);
		expect(parsed.fileNames.some((f) => f.endsWith('src/lib/domain/break-even.ts'))).toBe(true);
		// No DOM or Node type sneaks in through a package's types.
		expect(parsed.options.types).toEqual([]);
		expect(readFileSync(resolve(root, 'package.json'), 'utf8')).toMatch(
			/"check": "[^"]*tsc -p tsconfig\.domain\.json/
		);
	});
});
