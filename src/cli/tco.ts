#!/usr/bin/env node
/**
 * The `tco` command line: the same engine as the page, on a scenario file (and `tco catalog`, src/cli/catalog.ts).
 *   npm run tco -- evaluate <scenario.json> [--json]
 *   npm run tco -- import-prices <prices.json> <scenario.json> [--out <file>] [--dry-run] [--add <providers>]
 * Exit 0 on success, 1 for an invalid or unreadable file (or a result that cannot be saved),
 * 2 on a usage error.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { catalog } from '../lib/catalog';
import { figureMetaOf } from '../lib/catalog/labels';
import type { ApiOffering } from '../lib/catalog/types';
import type { BreakEven } from '../lib/domain/break-even';
import type { CandidateResult } from '../lib/domain/evaluate';
import { modeLabel } from '../lib/export/modes';
import { requestsPerDayAt } from '../lib/domain/workload';
import { chartIdOf, chartIds, LEAD_CHART, type ChartId } from '../lib/charts/registry';
import {
	exportFormats,
	loadExporter,
	reportContext,
	type ExportFormat
} from '../lib/export/context';
import { evaluationToJson } from '../lib/export/result-json';
import { formatCompact, formatNumber, formatUsd, formatUsdPerMTok, plural } from '../lib/format';
import {
	parseScenarioText,
	serializeScenario,
	validateScenario,
	type Scenario
} from '../lib/scenario/document';
import {
	applyImport,
	narrowPreview,
	previewImport,
	type ImportPreview
} from '../lib/scenario/price-import';
import { evaluateScenario } from '../lib/scenario/resolve';
import { CATALOG_USAGE, runCatalog } from './catalog';
import { SCENARIO_VERSION } from '../lib/scenario/schema';
import { checkField, workloadFields, type FieldSpec } from '../lib/scenario/fields';
import { Decimal } from '../lib/domain/decimal';

const USAGE = `usage: tco evaluate <scenario.json> [--scale <factor>] [--json [--monte-carlo <samples>] [--seed <n>]]
       tco report <scenario.json> --format <png|csv|xlsx|pptx|pdf> --out <file> [--chart <id>] [--scale <1|2|3>] [--transparent]
       tco import-prices <prices.json> <scenario.json> [--out <file>] [--dry-run] [--add <providers>]
${CATALOG_USAGE}

  evaluate        size and cost every candidate, price every baseline, and solve every break-even
    --json        print the full result as JSON: every number a decimal string with its unit,
                  with each pair's finance timeline and sensitivity
    --monte-carlo <samples>  with --json: also a Monte Carlo per pair over the default ranges
    --seed <n>    the Monte Carlo's seed (default 1), a whole number from 0 to 4,294,967,295:
                  the same seed gives the same result
    --scale <factor>  multiply the scenario's requests/day (the workload volume) by factor,
                  above 0 up to 1,000,000 ("2", "1.5", "40%" = 0.4)
  Numbers are read as on the page: "2B", "200k", "1.5M", "40%", "1,500"; a decimal comma
  ("0,4") is refused.

  report          write the scenario's report or a chart, with the same code as the page's exports
    --format      png (one chart), csv (matrix and chart data), xlsx (a workbook with live
                  formulas), pptx (a deck with native charts) or pdf (the report)
    --out <file>  the file to write
    --chart <id>  png only: cost-curve (default), break-even or breakdown
    --scale <n>   png only: 1, 2 (default) or 3
    --transparent png only: a transparent background instead of white

  import-prices   refresh API prices from a LiteLLM model_prices_and_context_window.json: print
                  what would be added, changed and skipped (with reasons), then save the scenario.
                  A changed price of a catalog offering becomes an override; a new offering is
                  added as your own entry (id litellm/<provider>/<model>)
    --out <file>  write the updated scenario to <file>; without it, <scenario.json> is updated
                  in place. Nothing is written when a file is refused or nothing changes
    --dry-run     print the preview only; write nothing
    --add <list>  add new offerings only from these LiteLLM providers (comma-separated, e.g.
                  openai,anthropic), or none; default all. Price changes always apply`;

export interface Io {
	out: (s: string) => void;
	err: (s: string) => void;
	readFile: (path: string) => string;
	/** Write a whole file (import-prices); the program writes a temporary file and renames it. */
	writeFile?: (path: string, text: string) => void;
	/** Write bytes (report). */
	writeBytes?: (path: string, bytes: Uint8Array) => void;
	/** The day stamped on imported prices; today by default. */
	today?: () => Date;
	/** Milliseconds since some fixed time, for the Monte Carlo's progress; performance.now by default. */
	now?: () => number;
}

/** Most Monte Carlo samples per pair: about 2.5 minutes a pair for the default scenario. */
export const MAX_MONTE_CARLO = 100_000;
/** Progress and an estimate go to stderr once a Monte Carlo has run this long (ms). */
const PROGRESS_AFTER_MS = 3000;

type Command =
	| { name: 'help' }
	| {
			name: 'evaluate';
			file: string;
			json: boolean;
			monteCarlo?: { samples: number; seed: number };
			/** Factor on the requests/day, a decimal string. */
			scale?: string;
	  }
	| {
			name: 'report';
			file: string;
			format: ExportFormat;
			out: string;
			chart: ChartId;
			scale: 1 | 2 | 3;
			background: 'white' | 'transparent';
	  }
	| {
			name: 'import-prices';
			prices: string;
			scenario: string;
			out?: string;
			dryRun: boolean;
			add?: string[];
	  };

/** `--seed` and `--scale` are read by the page's number parser, with the page's range messages. */
const SEED_FLAG: FieldSpec = {
	key: 'seed',
	label: '--seed',
	unit: '',
	min: '0',
	max: '4294967295',
	integer: true
};
const SCALE_FLAG: FieldSpec = {
	key: 'scale',
	label: '--scale',
	unit: '',
	min: '0',
	minExclusive: true,
	max: '1000000'
};

/** A flag's number, or an error naming the flag and its allowed range. */
function flagValue(
	f: FieldSpec,
	raw: string
): { ok: true; value: string } | { ok: false; error: string } {
	const r = checkField(f, raw);
	return r.ok ? r : { ok: false, error: `${f.label} ${r.message}` };
}

/** Read the arguments, or say what is wrong with them. */
function parseArgs(argv: string[]): Command | { error: string } {
	const args: string[] = [];
	const opts: Record<string, string | true> = {};
	const takesValue = new Set([
		'--out',
		'--add',
		'--format',
		'--chart',
		'--scale',
		'--monte-carlo',
		'--seed'
	]);
	// (`--scale` takes a value for both commands: the workload factor for evaluate, the pixel
	// ratio of a PNG for report.)
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (!a.startsWith('--')) {
			args.push(a);
			continue;
		}
		if (takesValue.has(a)) {
			const v = argv[i + 1];
			if (v === undefined || v.startsWith('--')) return { error: `${a} needs a value` };
			opts[a] = v;
			i++;
		} else opts[a] = true;
	}
	if (opts['--help']) return { name: 'help' };
	const allowed: Record<string, string[]> = {
		evaluate: ['--json', '--monte-carlo', '--seed', '--scale'],
		report: ['--format', '--out', '--chart', '--scale', '--transparent'],
		'import-prices': ['--out', '--dry-run', '--add']
	};
	const [cmd, ...files] = args;
	if (!cmd) return { error: 'no command given' };
	if (!(cmd in allowed)) return { error: `unknown command "${cmd}"` };
	const unknown = Object.keys(opts).filter((o) => !allowed[cmd].includes(o));
	if (unknown.length) return { error: `unknown option ${unknown.join(', ')}` };
	if (cmd === 'evaluate') {
		if (files.length !== 1) return { error: 'evaluate takes exactly one scenario file' };
		const json = opts['--json'] === true;
		let scale: string | undefined;
		if (opts['--scale'] !== undefined) {
			const r = flagValue(SCALE_FLAG, opts['--scale'] as string);
			if (!r.ok) return r;
			scale = r.value;
		}
		if (opts['--monte-carlo'] === undefined) {
			if (opts['--seed'] !== undefined) return { error: '--seed goes with --monte-carlo' };
			return { name: 'evaluate', file: files[0], json, scale };
		}
		if (!json) return { error: '--monte-carlo goes with --json' };
		const samples = Number(opts['--monte-carlo']);
		if (!Number.isInteger(samples) || samples < 1 || samples > MAX_MONTE_CARLO)
			return {
				error: `--monte-carlo takes a whole number of samples from 1 to ${MAX_MONTE_CARLO.toLocaleString('en-US')}`
			};
		const seed = flagValue(SEED_FLAG, (opts['--seed'] as string | undefined) ?? '1');
		if (!seed.ok) return seed;
		return {
			name: 'evaluate',
			file: files[0],
			json,
			scale,
			monteCarlo: { samples, seed: Number(seed.value) }
		};
	}
	if (cmd === 'report') {
		if (files.length !== 1) return { error: 'report takes exactly one scenario file' };
		const format = opts['--format'] as string | undefined;
		if (!format || !(exportFormats as readonly string[]).includes(format))
			return { error: `--format must be one of ${exportFormats.join(', ')}` };
		const out = opts['--out'] as string | undefined;
		if (!out) return { error: 'report needs --out <file>' };
		const chart = chartIdOf((opts['--chart'] as string | undefined) ?? LEAD_CHART);
		if (!chart) return { error: `--chart must be one of ${chartIds.join(', ')}` };
		const scale = Number(opts['--scale'] ?? '2');
		if (scale !== 1 && scale !== 2 && scale !== 3) return { error: '--scale must be 1, 2 or 3' };
		return {
			name: 'report',
			file: files[0],
			format: format as ExportFormat,
			out,
			chart,
			scale,
			background: opts['--transparent'] ? 'transparent' : 'white'
		};
	}
	if (files.length !== 2) return { error: 'import-prices takes a price file and a scenario file' };
	const add = opts['--add'] as string | undefined;
	return {
		name: 'import-prices',
		prices: files[0],
		scenario: files[1],
		out: opts['--out'] as string | undefined,
		dryRun: opts['--dry-run'] === true,
		add:
			add === undefined || add === 'all'
				? undefined
				: add === 'none'
					? []
					: add
							.split(',')
							.map((p) => p.trim().toLowerCase())
							.filter(Boolean)
	};
}

function read(io: Io, file: string): string | undefined {
	try {
		// A UTF-8 byte order mark (Windows editors write one) is not part of the JSON.
		return io.readFile(file).replace(/^\uFEFF/, '');
	} catch (e) {
		io.err(
			`tco: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`
		);
		return undefined;
	}
}

/** Exit code: a number, or a promise of one for `report` (exports are asynchronous). */
export function run(argv: string[], io: Io): number | Promise<number> {
	if (argv[0] === 'catalog') return runCatalog(argv.slice(1), io);
	const cmd = parseArgs(argv);
	if ('error' in cmd) {
		io.err(`tco: ${cmd.error}`);
		io.err(USAGE);
		return 2;
	}
	if (cmd.name === 'help') {
		io.out(USAGE);
		return 0;
	}
	if (cmd.name === 'import-prices') return importPrices(cmd, io);
	if (cmd.name === 'report') return report(cmd, io);
	const file = cmd.file;
	const text = read(io, file);
	if (text === undefined) return 1;
	const parsed = parseScenarioText(text);
	if (!parsed.ok) {
		io.err(`tco: ${file} is not a valid scenario:`);
		for (const e of parsed.errors) io.err(`  ${e}`);
		return 1;
	}
	let scenario = parsed.scenario;
	if (cmd.scale !== undefined) {
		const rpd = workloadFields.find((f) => f.key === 'requestsPerDay') ?? workloadFields[0];
		const scaled = new Decimal(scenario.workload.requestsPerDay).mul(cmd.scale).toFixed();
		const r = checkField(rpd, scaled);
		if (!r.ok) {
			io.err(
				`tco: --scale ${cmd.scale} makes the requests per day ${scaled}, outside the allowed range, ${rpd.min} to ${rpd.max} ${rpd.unit}`
			);
			return 2;
		}
		scenario = { ...scenario, workload: { ...scenario.workload, requestsPerDay: r.value } };
	}
	const { inputs, evaluation: result } = evaluateScenario(scenario);
	if (cmd.json) {
		const monteCarlo = cmd.monteCarlo && {
			...cmd.monteCarlo,
			onProgress: monteCarloProgress(io, cmd.monteCarlo.samples, result.pairs.length)
		};
		io.out(JSON.stringify(evaluationToJson(scenario, inputs, result, { monteCarlo }), null, 2));
		return 0;
	}
	const volume = (be: BreakEven) =>
		be.kind === 'never'
			? 'never'
			: `${formatCompact(be.volume)} tok/mo (${formatNumber(requestsPerDayAt(be.volume, inputs.workload))} req/day)`;
	io.out(`Scenario: ${scenario.name}`);
	if (cmd.scale !== undefined) io.out(`Requests per day scaled by ${cmd.scale} (--scale).`);
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
			`      ${plural(c.sizing.gpusPerReplica, 'GPU')} per replica${c.sizing.arrangement === 'dep' ? ' (DEP)' : ''} × ${plural(c.atPlan.replicas, 'replica')} = ${plural(c.atPlan.gpus, 'GPU')}; ` +
				`${formatUsd(c.atPlan.total.value)}/month` +
				(c.atPlan.perMTok ? `, ${formatUsdPerMTok(c.atPlan.perMTok.value)}/1M tokens` : '')
		);
		io.out(
			`      throughput ${c.throughput.path}: ${formatNumber(c.throughput.outputTokensPerSecond.value)} output tok/s per replica — ${c.throughput.label}`
		);
		const sp = c.atPlan.split;
		const pct = (x: Decimal) =>
			result.volume.value.gt(0) ? `${formatNumber(x.div(result.volume.value).mul(100), 1)}%` : '0%';
		if (c.mode !== 'follow') {
			io.out(
				`      capacity: ${modeLabel(c)}; ${formatCompact(sp.served)} tok/mo served in-house (${pct(sp.served)})` +
					(sp.overflow.gt(0) ||
					c.curve.kind === 'hybrid' ||
					(c.curve.kind === 'fleet' && c.curve.overflow)
						? `, ${formatCompact(sp.overflow)} to the overflow API (${pct(sp.overflow)}) at ${formatUsd(sp.overflowCost)}/month`
						: '') +
					(sp.unserved.gt(0)
						? `, ${formatCompact(sp.unserved)} not served (${pct(sp.unserved)})`
						: '')
			);
		}
		const h = c.hybrid;
		if (h) {
			io.out(
				`      hybrid with ${h.overflowName}: optimum ${plural(h.optimumReplicas, 'active replica')}; all API ${formatUsd(h.allApi)}/month (saving ${formatUsd(h.savingVsApi)}), all self-hosted ${formatUsd(h.allSelfHosted)}/month (saving ${formatUsd(h.savingVsSelfHosted)})` +
					(h.addsReplicaAt
						? `; adds a replica (${h.addsReplicaAt.active} active) at ${formatCompact(h.addsReplicaAt.volume)} tok/mo`
						: '')
			);
		}
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
			'saving/mo',
			'mode',
			'in-house',
			'overflow/mo',
			'serves up to'
		]
	];
	const cand = new Map(result.candidates.map((c) => [c.id, c]));
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
						formatUsd(p.savingAtPlan),
						...modeCells(cand.get(p.candidateId), result.volume.value),
						p.servesUpTo ? `${formatCompact(p.servesUpTo)} tok/mo` : ''
					]
				: [p.candidateId, p.baselineId, `— ${p.reason}`, '', '', '', '', '', '', '', '']
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

/** The mode, in-house share and overflow bill of a candidate, for the pair table. */
function modeCells(c: CandidateResult | undefined, volume: Decimal): string[] {
	if (!c?.ok) return ['', '', ''];
	const sp = c.atPlan.split;
	const share = volume.gt(0) ? sp.served.div(volume) : volume;
	return [
		c.hybrid ? `hybrid (${c.hybrid.optimumReplicas})` : modeLabel(c),
		`${formatNumber(share.mul(100), 1)}%`,
		sp.overflowCost.isZero() && !c.hybrid ? '' : formatUsd(sp.overflowCost)
	];
}

/**
 * Progress of a Monte Carlo over every pair, on stderr: nothing for a run of a few seconds; past
 * that, a line at most every 2 seconds with the samples done and an estimate of the time left.
 */
function monteCarloProgress(io: Io, samples: number, pairs: number) {
	const now = io.now ?? (() => performance.now());
	const start = now();
	const total = samples * pairs;
	let finished = 0; // samples of the pairs already done
	let last = 0; // samples done in the current pair at the last call
	let printed = start;
	return (done: number) => {
		if (done < last) finished += last; // a new pair began
		last = done;
		const t = now();
		if (t - start < PROGRESS_AFTER_MS || t - printed < 2000) return;
		printed = t;
		const all = finished + done;
		const left = ((t - start) / all) * (total - all);
		io.err(
			`tco: Monte Carlo ${all.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} samples (${Math.floor((all / total) * 100)}%), about ${Math.ceil(left / 1000)} s left`
		);
	};
}

const unit = (field: string) => figureMetaOf(field).unit;

/** One line per new offering: its prices per 1M tokens. */
function describeOffering(o: ApiOffering): string {
	const parts = [`input ${o.inputUsdPerMTok.value}`, `output ${o.outputUsdPerMTok.value}`];
	if (o.cachedInputUsdPerMTok) parts.push(`cached input ${o.cachedInputUsdPerMTok.value}`);
	const batch = o.batchDiscount ? `; batch discount ${o.batchDiscount.value}` : '';
	return `${o.id}  ${o.name}: ${parts.join(', ')} USD/1M tokens${batch}`;
}

/** The preview, as the page shows it: counts, then every addition, change and skip with its reason. */
function printPreview(p: ImportPreview, io: Io) {
	io.out(
		`${p.source}: ${plural(p.added.length, 'offering')} to add, ${plural(p.changed.length, 'price change')}, ` +
			`${plural(p.unchanged, 'offering')} already up to date, ${plural(p.skipped.length, 'entry', 'entries')} skipped.`
	);
	if (p.added.length) {
		io.out('');
		io.out(`Add (${p.added.length}):`);
		for (const o of p.added) io.out(`  ${describeOffering(o)}`);
	}
	if (p.changed.length) {
		io.out('');
		io.out(`Change (${p.changed.length}):`);
		for (const c of p.changed)
			io.out(
				`  ${c.id}  ${figureMetaOf(c.field).label}: ${c.from ?? 'none'} → ${c.to} ${unit(c.field)} ` +
					`(${c.how === 'override' ? 'override of the catalog figure' : 'edit of your entry'})`
			);
	}
	if (p.skipped.length) {
		io.out('');
		io.out(`Skipped (${p.skipped.length}):`);
		for (const k of p.skipped) io.out(`  ${k.key}: ${k.reason}`);
	}
	if (p.notes.length) {
		io.out('');
		io.out(`Notes (${p.notes.length}):`);
		for (const n of p.notes) io.out(`  ${n.key}: ${n.note}`);
	}
}

/**
 * The updated document. A current-version file keeps its own text for everything the import does
 * not touch (defaults left out stay left out); only `custom.offerings` and `overrides.offerings`
 * are replaced.
 */
function updatedText(original: string, next: Scenario): string {
	const doc = JSON.parse(original) as Record<string, unknown>;
	if (doc.version !== SCENARIO_VERSION) return serializeScenario(next);
	const custom = (doc.custom ?? {}) as Record<string, unknown>;
	const overrides = (doc.overrides ?? {}) as Record<string, unknown>;
	const offerings = Object.keys(next.overrides.offerings).length
		? next.overrides.offerings
		: undefined;
	const updated: Record<string, unknown> = { ...doc };
	if (doc.custom || next.custom.offerings.length)
		updated.custom = { ...custom, offerings: next.custom.offerings };
	if (doc.overrides || offerings) updated.overrides = { ...overrides, offerings };
	// Keep the file's own indentation: the examples are tab-indented.
	const indent = /^\{\s*\n(\t|[ ]+)"/.exec(original)?.[1] ?? 2;
	return JSON.stringify(updated, null, indent) + '\n';
}

function importPrices(cmd: Extract<Command, { name: 'import-prices' }>, io: Io): number {
	const scenarioText = read(io, cmd.scenario);
	if (scenarioText === undefined) return 1;
	const parsed = parseScenarioText(scenarioText);
	if (!parsed.ok) {
		io.err(`tco: ${cmd.scenario} is not a valid scenario:`);
		for (const e of parsed.errors) io.err(`  ${e}`);
		return 1;
	}
	const pricesText = read(io, cmd.prices);
	if (pricesText === undefined) return 1;
	const today = io.today?.() ?? new Date();
	const r = previewImport(pricesText, basename(cmd.prices), parsed.scenario, today);
	if (!r.ok) {
		io.err(`tco: ${cmd.prices} is not a LiteLLM price file: ${r.error}`);
		return 1;
	}
	const add = cmd.add;
	const preview = add ? narrowPreview(r, (o) => add.includes(o.id.split('/')[1].toLowerCase())) : r;
	if (add && preview.added.length < r.added.length)
		io.out(
			`(--add ${add.join(',') || 'none'}: ${r.added.length - preview.added.length} new offerings from other providers left out)`
		);
	printPreview(preview, io);
	io.out('');
	const target = cmd.out ?? cmd.scenario;
	if (cmd.dryRun) {
		io.out('Dry run: nothing written.');
		return 0;
	}
	if (!preview.added.length && !preview.changed.length) {
		io.out(`Nothing to change: ${target} not written.`);
		return 0;
	}
	const checked = validateScenario(applyImport(parsed.scenario, preview));
	if (!checked.ok) {
		io.err(`tco: the updated scenario would be refused, so nothing was written:`);
		for (const e of checked.errors) io.err(`  ${e}`);
		if (preview.added.length) io.err('  (use --add to add offerings from fewer providers)');
		return 1;
	}
	const text = updatedText(scenarioText, checked.scenario);
	// The file written must read back as the scenario just checked.
	const again = parseScenarioText(text);
	if (!again.ok || serializeScenario(again.scenario) !== serializeScenario(checked.scenario)) {
		io.err('tco: internal error: the updated scenario does not read back; nothing was written');
		if (!again.ok) for (const e of again.errors) io.err(`  ${e}`);
		return 1;
	}
	if (!io.writeFile) {
		io.err('tco: cannot write files here');
		return 1;
	}
	try {
		io.writeFile(target, text);
	} catch (e) {
		io.err(
			`tco: cannot write ${target}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`
		);
		return 1;
	}
	io.out(`Wrote ${target}.`);
	return 0;
}

/** `tco report`: the page's export modules, run headless (charts drawn with @napi-rs/canvas). */
async function report(cmd: Extract<Command, { name: 'report' }>, io: Io): Promise<number> {
	const text = read(io, cmd.file);
	if (text === undefined) return 1;
	const parsed = parseScenarioText(text);
	if (!parsed.ok) {
		io.err(`tco: ${cmd.file} is not a valid scenario:`);
		for (const e of parsed.errors) io.err(`  ${e}`);
		return 1;
	}
	const exporter = await loadExporter(cmd.format);
	const file = await exporter.render(reportContext(parsed.scenario), {
		chart: cmd.chart,
		scale: cmd.scale,
		background: cmd.background
	});
	if (!io.writeBytes) {
		io.err('tco: cannot write files here');
		return 1;
	}
	try {
		io.writeBytes(cmd.out, file.bytes);
	} catch (e) {
		io.err(
			`tco: cannot write ${cmd.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`
		);
		return 1;
	}
	io.out(`Wrote ${cmd.out} (${cmd.format}, ${file.bytes.length.toLocaleString('en-US')} bytes).`);
	for (const w of file.warnings ?? []) io.err(`tco: warning: ${w}`);
	return 0;
}

/**
 * Write through a temporary file renamed into place, so an interrupted write never leaves half a
 * file; the temporary file is removed when the write or the rename fails (--out a directory).
 */
export function writeAtomic(path: string, data: string | Uint8Array): void {
	const tmp = `${path}.${process.pid}.tmp`;
	try {
		writeFileSync(tmp, data);
		renameSync(tmp, path);
	} catch (e) {
		rmSync(tmp, { force: true, recursive: false });
		throw e;
	}
}

/** Any error the commands did not expect: one line, never a stack trace. */
const fatal = (e: unknown) => {
	process.stderr.write(`tco: ${e instanceof Error ? e.message : String(e)}\n`);
	process.exitCode = 1;
};

// Run only as a program, not when imported by tests.
const invoked = process.argv[1] ?? '';
if (invoked.endsWith('tco.ts') || invoked.endsWith('tco.js')) {
	// The reader went away (`tco evaluate … | head`): stop quietly, as other command-line tools do.
	for (const stream of [process.stdout, process.stderr])
		stream.on('error', (e: NodeJS.ErrnoException) => {
			if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
			throw e;
		});
	let code: number | Promise<number> = 1;
	try {
		code = run(process.argv.slice(2), {
			out: (s) => process.stdout.write(s + '\n'),
			err: (s) => process.stderr.write(s + '\n'),
			readFile: (p) => readFileSync(p, 'utf8'),
			writeFile: (p, text) => writeAtomic(p, text),
			writeBytes: (p, bytes) => writeAtomic(p, bytes)
		});
	} catch (e) {
		fatal(e);
	}
	void Promise.resolve(code).then((c) => (process.exitCode ??= c), fatal);
}
