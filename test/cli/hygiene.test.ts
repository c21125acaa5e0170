import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/tco';

/** The real program, as a user runs it: exit code, stdout and stderr. */
function tcoProcess(args: string[], o: { input?: string } = {}) {
	const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/tco.ts', ...args], {
		encoding: 'utf8',
		input: o.input,
		timeout: 60_000
	});
	return { code: r.status, out: r.stdout, err: r.stderr };
}

function tco(...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const written: string[] = [];
	const code = run(argv, {
		out: (s) => out.push(s),
		err: (s) => err.push(s),
		readFile: (p) => readFileSync(p, 'utf8'),
		writeFile: (p) => void written.push(p),
		now: () => 0
	});
	return { code, out: out.join('\n'), err: err.join('\n'), written };
}

const dir = mkdtempSync(join(tmpdir(), 'tco-hygiene-'));
const handChecked = readFileSync('examples/hand-checked.json', 'utf8');

describe('tco: files', () => {
	it('evaluates a scenario file that starts with a UTF-8 byte order mark', () => {
		const path = join(dir, 'bom.json');
		writeFileSync(path, `\uFEFF${handChecked}`, 'utf8');
		const r = tco('evaluate', path, '--json');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out).plan.volume.unit).toBe('tokens/month');
	});

	it('reads a price file with a byte order mark', () => {
		const prices = join(dir, 'bom-prices.json');
		const entry = {
			litellm_provider: 'openai',
			mode: 'chat',
			input_cost_per_token: 1.5e-7,
			output_cost_per_token: 6e-7
		};
		writeFileSync(prices, `\uFEFF${JSON.stringify({ 'gpt-4o-mini': entry })}`, 'utf8');
		const r = tco('import-prices', prices, 'examples/hand-checked.json', '--dry-run');
		expect(r.err).toBe('');
		expect(r.code).toBe(0);
	});

	it.each(['__proto__', 'constructor', 'prototype'])(
		'import-prices refuses a price file whose provider is %s: exit 1, a message, nothing written',
		(provider) => {
			const prices = join(dir, `proto-${provider}.json`);
			const entry = {
				litellm_provider: provider,
				mode: 'chat',
				input_cost_per_token: 1e-6,
				output_cost_per_token: 2e-6
			};
			writeFileSync(prices, JSON.stringify({ 'some-model': entry }), 'utf8');
			const r = tco('import-prices', prices, 'examples/hand-checked.json');
			expect(r.code).toBe(1);
			expect(r.err).toContain(`some-model.litellm_provider: "${provider}" is not allowed`);
			expect(r.written).toEqual([]);
		}
	);

	it('import-prices refuses a __proto__ key in a price file with its path', () => {
		const prices = join(dir, 'proto-key.json');
		writeFileSync(prices, '{"m": {"mode": "chat", "__proto__": {"x": 1}}}', 'utf8');
		const r = tco('import-prices', prices, 'examples/hand-checked.json');
		expect(r.code).toBe(1);
		expect(r.err).toContain('m.__proto__: the key "__proto__" is not allowed');
	});

	it('imports providers named toString, valueOf and hasOwnProperty as providers of their own', () => {
		const prices = join(dir, 'methods.json');
		const entry = (p: string) => ({
			litellm_provider: p,
			mode: 'chat',
			input_cost_per_token: 1e-6,
			output_cost_per_token: 2e-6
		});
		writeFileSync(
			prices,
			JSON.stringify({ a: entry('toString'), b: entry('valueOf'), c: entry('hasOwnProperty') })
		);
		const r = tco(
			'import-prices',
			prices,
			'examples/hand-checked.json',
			'--out',
			join(dir, 'o.json')
		);
		expect(r.code).toBe(0);
		expect(r.out).toContain('litellm/toString/a  a (toString): input 1, output 2 USD/1M tokens');
		expect(r.written).toEqual([join(dir, 'o.json')]);
	});

	it('report --out <a directory> exits 1 with a message and leaves no file behind', () => {
		const out = mkdtempSync(join(tmpdir(), 'tco-out-dir-'));
		const r = tcoProcess(['report', 'examples/hand-checked.json', '--format', 'csv', '--out', out]);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/^tco: cannot write .*: EISDIR/m);
		expect(r.err).not.toMatch(/\n\s+at /);
		expect(readdirSync(out)).toEqual([]);
		expect(readdirSync(dirname(out)).filter((f) => f.startsWith(`${basename(out)}.`))).toEqual([]);
	});

	it('a closed pipe ends quietly', () => {
		// `head -c 1` closes the pipe after one byte, long before the JSON ends.
		const r = spawnSync(
			'bash',
			[
				'-o',
				'pipefail',
				'-c',
				`"${process.execPath}" --import tsx src/cli/tco.ts evaluate examples/default.json --json | head -c 1 >/dev/null`
			],
			{ encoding: 'utf8', timeout: 60_000 }
		);
		expect(r.stderr).toBe('');
		expect(r.status).toBe(0);
	});
});

describe('tco: --monte-carlo', () => {
	it('is capped at 100,000 samples', () => {
		const r = tco('evaluate', 'examples/hand-checked.json', '--json', '--monte-carlo', '100001');
		expect(r.code).toBe(2);
		expect(r.err).toContain('--monte-carlo takes a whole number of samples from 1 to 100,000');
	});

	it('reports progress and an estimate on stderr once it has run a few seconds', () => {
		let t = 0;
		const err: string[] = [];
		const code = run(['evaluate', 'examples/hand-checked.json', '--json', '--monte-carlo', '100'], {
			out: () => {},
			err: (s) => err.push(s),
			readFile: (p) => readFileSync(p, 'utf8'),
			// A clock that advances one second on every reading: past 3 s after three chunks.
			now: () => (t += 1000)
		});
		expect(code).toBe(0);
		expect(err.length).toBeGreaterThan(0);
		expect(err[0]).toMatch(
			/^tco: Monte Carlo [\d,]+ of [\d,]+ samples \(\d+%\), about \d+ s left$/
		);
	}, 60_000);

	it('says nothing on stderr for a quick run', { timeout: 60_000 }, () => {
		const r = tco('evaluate', 'examples/hand-checked.json', '--json', '--monte-carlo', '200');
		expect(r.code).toBe(0);
		expect(r.err).toBe('');
	});
});
