// Build the site only when `build/` is older than what it is built from, so `npm test`, Playwright's
// web server and the browser benchmark build once and then serve the same files.
// `node scripts/build-fresh.mjs` builds when stale; `--force` always builds.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the built site is made from: a newer file here means `build/` is stale. */
const INPUTS = [
	'src',
	'static',
	'package.json',
	'package-lock.json',
	'svelte.config.js',
	'vite.config.ts',
	'scripts/catalog-texts-plugin.ts',
	'scripts/terser-plugin.ts',
	'tsconfig.json'
];
/** Written last by adapter-static, so its time is the end of the last build. */
const OUTPUT = 'build/index.html';

/** @param {string} path @returns {number} newest modification time under path, in ms (0 if absent) */
function newest(path) {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let t = st.mtimeMs; // a deleted file changes its directory's time
	for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)));
	return t;
}

/** @returns {string | null} why the build is stale, or null when it is fresh */
export function staleReason() {
	if (!existsSync(OUTPUT)) return `${OUTPUT} is missing`;
	const built = statSync(OUTPUT).mtimeMs;
	for (const input of INPUTS) {
		if (newest(input) > built) return `${input} changed since the last build`;
	}
	return null;
}

/**
 * Build when stale (or always, with force). Returns the build's exit status (0 when nothing
 * needed building) and how long it took.
 * @param {{ force?: boolean, log?: (line: string) => void }} [options]
 */
export function ensureBuild({ force = false, log = console.log } = {}) {
	const reason = force ? 'forced' : staleReason();
	if (reason === null) {
		log('build: up to date, serving build/ as it is');
		return { status: 0, ms: 0, built: false };
	}
	log(`build: ${reason}; running vite build`);
	const t0 = Date.now();
	const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const ms = Date.now() - t0;
	log(`build: ${r.status === 0 ? 'done' : 'FAILED'} in ${(ms / 1000).toFixed(1)} s`);
	return { status: r.status ?? 1, ms, built: true };
}

/**
 * The same, in the background: resolves with the build's exit status and time. `npm test` starts
 * it beside vitest, whose last test files leave a core idle.
 * @param {{ log?: (line: string) => void }} [options]
 * @returns {Promise<{ status: number, ms: number, built: boolean }>}
 */
export function ensureBuildAsync({ log = console.log } = {}) {
	const reason = staleReason();
	if (reason === null) {
		log('build: up to date, serving build/ as it is');
		return Promise.resolve({ status: 0, ms: 0, built: false });
	}
	log(`build: ${reason}; running vite build in the background`);
	const t0 = Date.now();
	const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr.on('data', (d) => (stderr += d));
	return new Promise((resolve) => {
		child.on('close', (code) => {
			const ms = Date.now() - t0;
			if (code !== 0) process.stderr.write(stderr);
			log(`build: ${code === 0 ? 'done' : 'FAILED'} in ${(ms / 1000).toFixed(1)} s`);
			resolve({ status: code ?? 1, ms, built: true });
		});
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	process.exit(ensureBuild({ force: process.argv.includes('--force') }).status);
}
