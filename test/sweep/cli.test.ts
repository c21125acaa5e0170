import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/tco';
import { exportFormats } from '../../src/lib/export/context';
import { defaultScenario } from '../../src/lib/scenario/document';
import {
	financeFields,
	servingFields,
	timelineFields,
	workloadFields,
	type FieldSpec
} from '../../src/lib/scenario/fields';
import { extremes, HOSTILE } from './cases';

/** The CLI on a scenario held in memory: exit code, output, and the bytes it wrote. */
async function tco(argv: string[], scenario: unknown) {
	const out: string[] = [];
	const err: string[] = [];
	let bytes: Uint8Array | undefined;
	const code = await run(argv, {
		out: (s) => out.push(s),
		err: (s) => err.push(s),
		readFile: () => JSON.stringify(scenario),
		writeBytes: (_, b) => void (bytes = b)
	});
	return { code, out: out.join('\n'), err: err.join('\n'), bytes };
}

const sections: [string, readonly FieldSpec[]][] = [
	['workload', workloadFields],
	['finance', financeFields],
	['serving', servingFields],
	['timeline', timelineFields]
];
const withField = (section: string, key: string, value: string) => {
	const s = defaultScenario() as unknown as Record<string, Record<string, string>>;
	return { ...s, [section]: { ...s[section], [key]: value } };
};
const cases = sections.flatMap(([section, fields]) =>
	fields.flatMap((f) =>
		[...extremes(f), ...HOSTILE].map((v) => [`${section}.${f.key}`, v, section, f.key] as const)
	)
);

describe('sweep: tco evaluate on every field extreme and hostile value', () => {
	it.each(cases)('%s = %j', async (path, value, section, key) => {
		const r = await tco(['evaluate', 'scenario.json'], withField(section, key, value));
		expect([0, 1]).toContain(r.code);
		if (r.code === 1) expect(r.err).toContain(path);
		else {
			expect(r.out).toContain('Planned volume');
			expect(r.out).not.toMatch(/\bNaN\b|Infinity/);
		}
		expect(r.out + r.err).not.toMatch(/\n\s+at /);
	});
});

describe('sweep: tco report', () => {
	it.each(exportFormats.map((f) => [f] as const))(
		'a refused value exits 1 with the field named (%s)',
		async (format) => {
			const r = await tco(
				['report', 'scenario.json', '--format', format, '--out', 'x'],
				withField('serving', 'targetUtilization', '1e-400')
			);
			expect(r.code).toBe(1);
			expect(r.err).toContain('serving.targetUtilization');
			expect(r.err).toContain('0.01 to 1');
			expect(r.bytes).toBeUndefined();
		}
	);

	it('the program itself answers 1e-400 and 1e-99999999 at once, with a message and no stack trace', () => {
		for (const value of ['1e-400', '1e-99999999']) {
			const file = join(mkdtempSync(join(tmpdir(), 'tco-sweep-')), 'scenario.json');
			writeFileSync(file, JSON.stringify(withField('workload', 'requestsPerDay', value)));
			const t0 = performance.now();
			const r = spawnSync(
				process.execPath,
				['--import', 'tsx', 'src/cli/tco.ts', 'evaluate', file],
				{
					encoding: 'utf8',
					timeout: 60_000
				}
			);
			expect(performance.now() - t0).toBeLessThan(30_000);
			expect(r.status).toBe(1);
			expect(r.stderr).toContain('workload.requestsPerDay');
			expect(r.stderr).not.toMatch(/\n\s+at /);
		}
	}, 70_000);
});
