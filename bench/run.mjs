// Build the benchmark as the app ships (bundled by esbuild, no dev-time wrappers), then run it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const outfile = 'node_modules/.cache/llm-tco-bench/engine.bench.mjs';
await build({
	entryPoints: ['bench/engine.bench.ts'],
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	outfile,
	logLevel: 'warning'
});
const r = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
