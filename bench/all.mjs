// `npm run bench`: the engine benchmark, then the browser benchmark, each whatever the other
// reports; exits non-zero when either misses a target.
import { spawnSync } from 'node:child_process';

const run = (file) =>
	spawnSync(process.execPath, [file, ...process.argv.slice(2)], { stdio: 'inherit' }).status ?? 1;
const engine = run('bench/run.mjs');
const browser = run('bench/browser.bench.mjs');
process.exit(engine || browser ? 1 : 0);
