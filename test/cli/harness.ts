import { readFileSync } from 'node:fs';
import { run } from '../../src/cli/tco';

/**
 * Run the CLI in-process; `files` stand in for files on disk (others are read from disk). The
 * clock stands still, so a Monte Carlo that is slow on a busy machine prints no progress line on
 * stderr (test/cli/hygiene.test.ts drives the progress with a clock of its own).
 */
export function runTco(argv: string[], files: Record<string, string> = {}) {
	const out: string[] = [];
	const err: string[] = [];
	const code = run(argv, {
		out: (s) => out.push(s),
		err: (s) => err.push(s),
		readFile: (p) => files[p] ?? readFileSync(p, 'utf8'),
		now: () => 0
	});
	return { code, out: out.join('\n'), err: err.join('\n') };
}
