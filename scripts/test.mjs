// `npm test`: every test. Unit and property tests (vitest) while the site is built once beside them
// (skipped when build/ is fresh), then end-to-end tests (Playwright in real Chromium, files in
// parallel) against the built site.
// Prints how long each phase took, the ten slowest test files of both runners and the sum of the
// files' times, from their JSON reports. Ends with one line, `total: N passed, N failed`; fails when any test fails or when no
// test ran.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { ensureBuildAsync } from './build-fresh.mjs';

const started = Date.now();
mkdirSync('test-results', { recursive: true });
/** Run a command with the terminal, resolving with its exit status. */
const run = (cmd, args) =>
	new Promise((resolve) => {
		const child = spawn(cmd, args, { stdio: 'inherit', env: process.env });
		child.on('close', (code) => resolve(code ?? 1));
	});
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

const unitJson = 'test-results/unit.json';
const e2eJson = 'test-results/e2e.json';
for (const f of [unitJson, e2eJson]) if (existsSync(f)) rmSync(f);

const only = process.argv[2]; // 'unit' or 'e2e' to run one suite
// After the suite, files or options for its runner: `npm run test:e2e -- test/e2e/persistence.spec.ts
// --repeat-each 8` (the build still happens once, and only when stale).
const extra = only === 'unit' || only === 'e2e' ? process.argv.slice(3) : [];
let passed = 0;
let failed = 0;
let status = 0;
/** @type {{ runner: string, file: string, ms: number, tests: number }[]} */
const files = [];
/** @type {[string, number][]} */
const phases = [];

/** @param {string} name @param {() => Promise<void>} fn */
async function phase(name, fn) {
	const t0 = Date.now();
	await fn();
	phases.push([name, Date.now() - t0]);
}

// The site is built (when stale) beside the unit tests. The build is mostly one core's work (some
// 45 s on an idle 2-core machine): alone it would leave the other core idle, beside vitest's two
// workers it costs the wall time about half of that.
/** @type {Promise<{ status: number }> | undefined} */
const build = only === 'unit' ? undefined : ensureBuildAsync();

if (only !== 'e2e') {
	await phase('vitest', async () => {
		status |= await run('npx', [
			'vitest',
			'run',
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${unitJson}`,
			...extra
		]);
	});
	if (existsSync(unitJson)) {
		const r = JSON.parse(readFileSync(unitJson, 'utf8'));
		passed += r.numPassedTests;
		failed += r.numFailedTests;
		for (const t of r.testResults) {
			files.push({
				runner: 'vitest',
				file: relative(process.cwd(), t.name),
				ms: t.endTime - t.startTime,
				tests: t.assertionResults.length
			});
		}
	} else failed += 1;
}
if (only !== 'unit') {
	let built = 0;
	await phase('waiting for the build', async () => {
		built = (await build)?.status ?? 1;
	});
	if (built !== 0) {
		status |= built;
		failed += 1;
	} else {
		await phase('playwright', async () => {
			status |= await run('npx', ['playwright', 'test', ...extra]);
		});
		if (existsSync(e2eJson)) {
			const report = JSON.parse(readFileSync(e2eJson, 'utf8'));
			const s = report.stats;
			passed += s.expected;
			failed += s.unexpected + s.flaky;
			for (const suite of report.suites) {
				let ms = 0;
				let tests = 0;
				const walk = (x) => {
					for (const spec of x.specs ?? []) {
						for (const t of spec.tests) {
							tests += 1;
							for (const res of t.results) ms += res.duration;
						}
					}
					for (const child of x.suites ?? []) walk(child);
				};
				walk(suite);
				files.push({ runner: 'playwright', file: `test/e2e/${suite.file}`, ms, tests });
			}
		} else failed += 1;
	}
}

if (files.length) {
	console.log('\nslowest test files (time in the file; Playwright files run side by side):');
	for (const f of [...files].sort((a, b) => b.ms - a.ms).slice(0, 10)) {
		console.log(
			`  ${seconds(f.ms).padStart(8)}  ${f.runner.padEnd(10)}  ${f.file} (${f.tests} tests)`
		);
	}
	// The work, as against the wall time below: each runner runs two files at a time.
	const sums = ['vitest', 'playwright'].flatMap((runner) => {
		const of = files.filter((f) => f.runner === runner);
		const ms = of.reduce((s, f) => s + f.ms, 0);
		return of.length ? [`${runner} ${seconds(ms)} in ${of.length} files`] : [];
	});
	console.log(`sum of the files' times: ${sums.join(', ')}`);
}
console.log(
	`\nwall time: ${seconds(Date.now() - started)} (${phases.map(([n, ms]) => `${n} ${seconds(ms)}`).join(', ')})`
);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
