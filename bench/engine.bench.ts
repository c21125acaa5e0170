/**
 * Engine benchmark: `npm run bench`. Recomputes (resolve + evaluate) the default scenario and a
 * large one — every catalog model × every GPU × every precision (BF16, FP8, INT4, FP4) against
 * every API offering — after an edit, as the page does when a user types a volume: each run plans
 * a new volume (requests/day alternating between the scenario's and 1.5 times it), so the
 * workload is new while the models, GPUs and serving settings are the ones the engine saw last
 * (scenario/reuse.ts). Prints median times. Targets on a 2-core machine: default ≤ 2 ms (also with
 * every default candidate a hybrid, issue 10), large ≤ 50 ms. With no target: the large one with
 * every pair read (a pair's object is made when read), and with every input a new object (nothing
 * the engine worked out before is reused: what a first evaluation costs once the JIT is warm).
 * Then the page's Monte Carlo of the default scenario, 10,000 samples, in Node (≤ 2 s; the
 * browser bench times the same run in a worker).
 */
import { catalog } from '../src/lib/catalog';
import { precisions } from '../src/lib/catalog/types';
import { evaluate } from '../src/lib/domain/evaluate';
import { monteCarlo } from '../src/lib/domain/monte-carlo';
import { analysedPair, analysisRanges, seedOf } from '../src/lib/scenario/analysis';
import { defaultScenario, type Scenario } from '../src/lib/scenario/document';
import { resolveScenario, timelineSettings } from '../src/lib/scenario/resolve';
import { freshCopy } from '../src/lib/scenario/reuse';
import type { EngineInputs } from '../src/lib/domain/inputs';

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

/** Times run(i) for i = 0, 1, 2, …; prepare(i), when given, runs untimed before each. */
function time<P = void>(
	run: (i: number, prepared: P) => void,
	minRuns: number,
	minMs: number,
	warmUp = 3,
	prepare?: (i: number) => P
): { median: number; runs: number } {
	let i = 0;
	for (; i < warmUp; i++) run(i, prepare?.(i) as P); // warm up the JIT
	const samples: number[] = [];
	const start = performance.now();
	while (samples.length < minRuns || performance.now() - start < minMs) {
		const prepared = prepare?.(i) as P;
		const t = performance.now();
		run(i++, prepared);
		samples.push(performance.now() - t);
	}
	return { median: median(samples), runs: samples.length };
}

/**
 * An edit of `s` for run i: the scenario's volume (i even) or 1.5 times it (i odd), in a new
 * workload object, as the page's store makes one for each keystroke.
 */
function volumeEdit(s: Scenario): (i: number) => Scenario {
	const volumes = [s.workload.requestsPerDay, String(Number(s.workload.requestsPerDay) * 1.5)];
	return (i) => {
		s.workload = { ...s.workload, requestsPerDay: volumes[i % 2] };
		return s;
	};
}

/** Resolve and evaluate `s` after the edit of run i (volumeEdit). */
function afterVolumeEdit(s: Scenario): (i: number) => void {
	const edit = volumeEdit(s);
	return (i) => evaluate(resolveScenario(edit(i)));
}

/** The models the engine issue names: the catalog's minimum. */
const ISSUE_MODELS = [
	'llama-3.1-8b',
	'llama-3.1-70b',
	'llama-3.1-405b',
	'llama-3.3-70b',
	'qwen-2.5-7b',
	'qwen-2.5-72b',
	'mistral-7b',
	'mistral-small-24b',
	'mixtral-8x7b',
	'deepseek-v3',
	'gpt-oss-20b',
	'gpt-oss-120b'
];

/**
 * Every model × every GPU × every precision (BF16, FP8, INT4, FP4) against every API offering;
 * with `minimum`, only the 12 models and the first 20 offerings the engine issue asks the catalog
 * to hold at least.
 */
export function largeScenario(minimum = false): Scenario {
	const s = defaultScenario();
	s.name =
		'Every model × every GPU × every precision (BF16, FP8, INT4, FP4) against every API offering';
	s.candidates = [];
	const models = minimum
		? catalog.models.filter((m) => ISSUE_MODELS.includes(m.id))
		: catalog.models;
	for (const m of models) {
		for (const g of catalog.gpus) {
			for (const p of precisions) {
				s.candidates.push({
					id: `${m.id}/${g.id}/${p}`,
					modelId: m.id,
					gpuId: g.id,
					precision: p,
					acquisition: g.cloudUsdPerGpuHour || !g.purchasePriceUsd ? 'rent' : 'buy'
				});
			}
		}
	}
	s.baselines = (minimum ? catalog.offerings.slice(0, 20) : catalog.offerings).map((o) => ({
		offeringId: o.id
	}));
	return s;
}

export function main(): void {
	const results: { name: string; median: number; target?: number; detail: string }[] = [];
	{
		const s = defaultScenario();
		const r = time(afterVolumeEdit(s), 200, 1000);
		results.push({
			name: 'default scenario',
			median: r.median,
			target: 2,
			detail: `3 × 3 pairs, ${r.runs} runs`
		});
	}
	{
		// Issue 10: the default scenario with every candidate a hybrid (overflow to GPT-4.1).
		const s = defaultScenario();
		for (const c of s.candidates) c.overflow = 'openai/gpt-4.1';
		const r = time(afterVolumeEdit(s), 200, 1000);
		results.push({
			name: 'default, hybrids',
			median: r.median,
			target: 2,
			detail: `3 hybrid candidates × 3 APIs, ${r.runs} runs`
		});
	}
	for (const [name, minimum] of [
		['large scenario', false],
		['large, issue size', true]
	] as const) {
		const s = largeScenario(minimum);
		const ev = evaluate(resolveScenario(s));
		const ok = ev.pairs.filter((p) => p.ok).length;
		const r = time(afterVolumeEdit(s), 15, 3000);
		results.push({
			name,
			median: r.median,
			target: 50,
			detail: `${s.candidates.length} candidates × ${s.baselines.length} offerings = ${ev.pairs.length} pairs (${ok} with figures), ${r.runs} runs`
		});
	}
	{
		// evaluate() solves every pair; a pair's object is made when read (domain/evaluate.ts, Pairs).
		// This times the large scenario with every pair read, as an export of all pairs reads them:
		// no target of its own, it shows what reading adds.
		const s = largeScenario(false);
		const edit = volumeEdit(s);
		const r = time(
			(i) => {
				let ok = 0;
				for (const p of evaluate(resolveScenario(edit(i))).pairs) if (p.ok && p.candidateId) ok++;
				if (ok === 0) throw new Error('the large scenario has no pair with figures');
			},
			15,
			3000
		);
		results.push({
			name: 'large, pairs read',
			median: r.median,
			detail: `the large scenario with each of its pairs read once (no target), ${r.runs} runs`
		});
	}
	{
		// Nothing reused: every run evaluates a copy of the inputs made of new objects (copied
		// untimed), so every figure the engine remembers per input object is worked out again.
		const inputs = resolveScenario(largeScenario(false));
		const r = time(
			(_i, fresh: EngineInputs) => evaluate(fresh),
			15,
			3000,
			3,
			() => freshCopy(inputs)
		);
		results.push({
			name: 'large, new inputs',
			median: r.median,
			detail: `the large scenario's inputs as new objects each run, evaluate only (no target), ${r.runs} runs`
		});
	}
	{
		// The over-time panel's Monte Carlo as the page runs it: the analysed pair (the first with
		// figures), its default ranges, 10,000 samples as the browser bench sets, the analysis seed.
		const s = defaultScenario();
		const inputs = resolveScenario(s);
		const pair = analysedPair(evaluate(inputs), s.analysis);
		if (!pair) throw new Error('the default scenario has no pair with figures');
		const ranges = analysisRanges(inputs, s, pair);
		const samples = 10_000;
		const run = () =>
			monteCarlo(resolveScenario(s), pair.candidateId, pair.baselineId, ranges, {
				samples,
				seed: seedOf(s.analysis),
				timeline: timelineSettings(s)
			});
		const r = time(run, 3, 0, 1);
		results.push({
			name: 'Monte Carlo',
			median: r.median,
			target: 2000,
			detail: `${samples.toLocaleString('en')} samples of ${pair.candidateId} against ${pair.baselineId}, ${r.runs} runs`
		});
	}
	const over = (r: (typeof results)[number]) => r.target !== undefined && r.median > r.target;
	for (const r of results) {
		const verdict =
			r.target === undefined
				? '(no target)'
				: `(target ≤ ${r.target} ms: ${over(r) ? 'OVER TARGET' : 'ok'})`;
		console.log(
			`${r.name.padEnd(18)} median ${r.median.toFixed(3).padStart(8)} ms  ${verdict}  ${r.detail}`
		);
	}
	if (results.some(over)) process.exitCode = 1;
}

const entry = process.argv[1] ?? '';
if (entry.endsWith('engine.bench.ts') || entry.endsWith('engine.bench.mjs')) main();
