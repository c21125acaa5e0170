// `npm test`: every test. Unit and property tests (vitest), then end-to-end tests (Playwright in
// real Chromium against the built app). Ends with one line, `total: N passed, N failed`; fails
// when any test fails or when no test ran.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status ?? 1;

const unitJson = 'test-results/unit.json';
const e2eJson = 'test-results/e2e.json';
for (const f of [unitJson, e2eJson]) if (existsSync(f)) rmSync(f);

const only = process.argv[2]; // 'unit' or 'e2e' to run one suite
let passed = 0;
let failed = 0;
let status = 0;

if (only !== 'e2e') {
	status |= run('npx', [
		'vitest',
		'run',
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${unitJson}`
	]);
	if (existsSync(unitJson)) {
		const r = JSON.parse(readFileSync(unitJson, 'utf8'));
		passed += r.numPassedTests;
		failed += r.numFailedTests;
	} else failed += 1;
}
if (only !== 'unit') {
	status |= run('npx', ['playwright', 'test']);
	if (existsSync(e2eJson)) {
		const s = JSON.parse(readFileSync(e2eJson, 'utf8')).stats;
		passed += s.expected;
		failed += s.unexpected + s.flaky;
	} else failed += 1;
}
console.log(`\ntotal: ${passed} passed, ${failed} failed`);
process.exit(status !== 0 || failed > 0 || passed === 0 ? 1 : 0);
