#!/usr/bin/env node
/**
 * The `tco` command line: the same engine as the page, on a scenario file.
 *   npm run tco -- evaluate <scenario.json> [--json]
 * Exit 0 on success, 1 for an invalid scenario or unreadable file, 2 on a usage error.
 */
import { readFileSync } from 'node:fs';
import { catalog } from '../lib/catalog';
import type { BreakEven } from '../lib/domain/break-even';
import { evaluate } from '../lib/domain/evaluate';
import { requestsPerDayAt } from '../lib/domain/workload';
import { evaluationToJson } from '../lib/export/result-json';
import { formatCompact, formatNumber, formatUsd, formatUsdPerMTok, plural } from '../lib/format';
import { parseScenarioText } from '../lib/scenario/document';
import { resolveScenario } from '../lib/scenario/resolve';

const USAGE = `usage: tco evaluate <scenario.json> [--json]

  evaluate   size and cost every candidate, price every baseline, and solve every break-even
  --json     print the full result as JSON: every number a decimal string with its unit`;

export interface Io {
	out: (s: string) => void;
	err: (s: string) => void;
	readFile: (path: string) => string;
}

export function run(argv: string[], io: Io): number {
	const args = argv.filter((a) => !a.startsWith('--'));
	const flags = new Set(argv.filter((a) => a.startsWith('--')));
	const known = new Set(['--json', '--help']);
	const unknown = [...flags].filter((f) => !known.has(f));
	if (flags.has('--help')) {
		io.out(USAGE);
		return 0;
	}
	if (unknown.length || args[0] !== 'evaluate' || args.length !== 2) {
		if (unknown.length) io.err(`tco: unknown option ${unknown.join(', ')}`);
		else if (args[0] && args[0] !== 'evaluate') io.err(`tco: unknown command "${args[0]}"`);
		else io.err('tco: evaluate takes exactly one scenario file');
		io.err(USAGE);
		return 2;
	}
	const file = args[1];
	let text: string;
	try {
		text = io.readFile(file);
	} catch (e) {
		io.err(
			`tco: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`
		);
		return 1;
	}
	const parsed = parseScenarioText(text);
	if (!parsed.ok) {
		io.err(`tco: ${file} is not a valid scenario:`);
		for (const e of parsed.errors) io.err(`  ${e}`);
		return 1;
	}
	const inputs = resolveScenario(parsed.scenario);
	const result = evaluate(inputs);
	if (flags.has('--json')) {
		io.out(JSON.stringify(evaluationToJson(parsed.scenario, inputs, result), null, 2));
		return 0;
	}
	const volume = (be: BreakEven) =>
		be.kind === 'never'
			? 'never'
			: `${formatCompact(be.volume)} tok/mo (${formatNumber(requestsPerDayAt(be.volume, inputs.workload))} req/day)`;
	io.out(`Scenario: ${parsed.scenario.name}`);
	io.out(
		`Planned volume: ${formatNumber(result.volume.value)} tokens/month (${formatNumber(result.requestsPerDay)} requests/day). Catalog as of ${catalog.asOf}.`
	);
	io.out('');
	io.out('Self-hosted candidates at plan');
	for (const c of result.candidates) {
		if (!c.ok) {
			io.out(`  ${c.id}  ${c.label}\n      no figures: ${c.reason}`);
			continue;
		}
		io.out(`  ${c.id}  ${c.label}`);
		io.out(
			`      ${plural(c.sizing.gpusPerReplica, 'GPU')} per replica × ${plural(c.atPlan.replicas, 'replica')} = ${plural(c.atPlan.gpus, 'GPU')}; ` +
				`${formatUsd(c.atPlan.total.value)}/month` +
				(c.atPlan.perMTok ? `, ${formatUsdPerMTok(c.atPlan.perMTok.value)}/1M tokens` : '')
		);
		io.out(
			`      throughput ${c.throughput.path}: ${formatNumber(c.throughput.outputTokensPerSecond.value)} output tok/s per replica — ${c.throughput.label}`
		);
		for (const w of c.warnings) io.out(`      note: ${w}`);
	}
	io.out('');
	io.out('API baselines at plan');
	for (const b of result.baselines) {
		io.out(
			b.ok
				? `  ${b.id}  ${formatUsd(b.atPlan.value)}/month, ${formatUsdPerMTok(b.perMTok.value)}/1M tokens`
				: `  ${b.id}  no figures: ${b.reason}`
		);
	}
	io.out('');
	const rows: string[][] = [
		[
			'candidate',
			'baseline',
			'first break-even',
			'sustained break-even',
			'self-host/mo',
			'API/mo',
			'saving/mo'
		]
	];
	for (const p of result.pairs) {
		rows.push(
			p.ok
				? [
						p.candidateId,
						p.baselineId,
						volume(p.first),
						volume(p.sustained),
						formatUsd(p.selfHostAtPlan),
						formatUsd(p.apiAtPlan),
						formatUsd(p.savingAtPlan)
					]
				: [p.candidateId, p.baselineId, `— ${p.reason}`, '', '', '', '']
		);
	}
	const widths = rows[0].map((_, i) =>
		Math.max(...rows.map((r) => (r[i].length > 60 ? 0 : r[i].length)))
	);
	for (const r of rows)
		io.out(
			r
				.map((cell, i) => cell.padEnd(widths[i]))
				.join('  ')
				.trimEnd()
		);
	return 0;
}

// Run only as a program, not when imported by tests.
const invoked = process.argv[1] ?? '';
if (invoked.endsWith('tco.ts') || invoked.endsWith('tco.js')) {
	process.exitCode = run(process.argv.slice(2), {
		out: (s) => process.stdout.write(s + '\n'),
		err: (s) => process.stderr.write(s + '\n'),
		readFile: (p) => readFileSync(p, 'utf8')
	});
}
