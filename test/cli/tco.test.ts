import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/tco';

function tco(...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = run(argv, {
		out: (s) => out.push(s),
		err: (s) => err.push(s),
		readFile: (p) => readFileSync(p, 'utf8')
	});
	return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * examples/hand-checked.json, by hand:
 * V = 100,000 requests/day × 365/12 × (1,000 + 1,000) = 6,083,333,333.33… tokens/month.
 * Throughput: the TensorRT-LLM Llama 3.1 8B / H100 / FP8 1000/1000 benchmark, 15,220 output tok/s on one GPU
 *   → 15.22 requests/s per replica; × 0.8 utilisation × 2,628,000 s × 2,000 tokens / peak 2
 *   = 31,998,528,000 tokens/month per replica → 1 replica at plan.
 * Rent: 1 GPU × $2.00 × 730 h = $1,460; staff 0.5 FTE × $180,000 / 12 = $7,500 → S = $8,960.00.
 * Buy: $30,000 / 36 months = $833.33…; power 700 W × 0.5 = 0.35 kW × 1.5 × 730 h × $0.10 = $38.325;
 *   + $7,500 → S = $8,371.66 (8,371.658333…).
 * GPT-4o mini: f_in = 0.5 → 0.5 × $0.15 + 0.5 × $0.60 = $0.375 per 1M → A = $2,281.25 at plan.
 * GPT-4.1: 0.5 × $2 + 0.5 × $8 = $5 per 1M → A = $30,416.67.
 * First break-even vs GPT-4o mini (rent): $8,960 / $0.375e-6 = 23,893,333,333.33 tokens/month (inside
 *   the first replica's 31,998,528,000), = 392,767.12 requests/day; each further replica costs $1,460
 *   and serves $11,999.45 of API tokens, so sustained = first.
 * vs GPT-4.1 (rent): $8,960 / $5e-6 = 1,792,000,000 tokens/month = 29,457.53 requests/day; saving at
 *   plan $30,416.67 − $8,960.00 = $21,456.67.
 * vs GPT-4.1 (buy): $8,371.658333… / $5e-6 = 1,674,331,666.67 tokens/month.
 */
describe('tco evaluate examples/hand-checked.json', () => {
	const r = tco('evaluate', 'examples/hand-checked.json', '--json');
	const json = JSON.parse(r.out);
	const pair = (c: string, b: string) =>
		json.pairs.find(
			(p: { candidateId: string; baselineId: string }) => p.candidateId === c && p.baselineId === b
		);
	const cand = (id: string) => json.candidates.find((c: { id: string }) => c.id === id);

	it('exits 0', () => expect(r.code).toBe(0));

	it('plans 6,083,333,333.33 tokens/month', () => {
		expect(Number(json.plan.volume.value).toFixed(2)).toBe('6083333333.33');
		expect(json.plan.volume.unit).toBe('tokens/month');
	});

	it('sizes one H100 serving 31,998,528,000 tokens/month from the benchmark', () => {
		const c = cand('rent');
		expect(c.gpusPerReplica).toBe(1);
		expect(c.throughput.path).toBe('benchmark');
		expect(c.throughput.requestsPerSecond.value).toBe('15.22');
		expect(c.volumePerReplica.value).toBe('31998528000');
		expect(c.atPlan.replicas).toBe(1);
	});

	it('costs $8,960.00 rented and $8,371.66 bought', () => {
		expect(cand('rent').atPlan.monthlyCost.value).toBe('8960');
		expect(Number(cand('buy').atPlan.monthlyCost.value).toFixed(2)).toBe('8371.66');
		expect(cand('buy').atPlan.breakdown.power.value).toBe('38.325');
	});

	it('prices the APIs at $2,281.25 and $30,416.67', () => {
		expect(json.baselines[0].monthlyCost.value).toBe('2281.25');
		expect(Number(json.baselines[1].monthlyCost.value).toFixed(2)).toBe('30416.67');
	});

	it('finds the break-evens computed by hand', () => {
		const mini = pair('rent', 'openai/gpt-4o-mini');
		expect(Number(mini.first.volume.value).toFixed(2)).toBe('23893333333.33');
		expect(Number(mini.first.requestsPerDay.value).toFixed(2)).toBe('392767.12');
		expect(mini.sustained.volume.value).toBe(mini.first.volume.value);
		const g41 = pair('rent', 'openai/gpt-4.1');
		expect(g41.first.volume.value).toBe('1792000000');
		expect(Number(g41.first.requestsPerDay.value).toFixed(2)).toBe('29457.53');
		expect(Number(g41.savingAtPlan.value).toFixed(2)).toBe('21456.67');
		expect(g41.cheaperAtPlan).toBe('self-host');
		expect(Number(pair('buy', 'openai/gpt-4.1').first.volume.value).toFixed(2)).toBe(
			'1674331666.67'
		);
	});

	it('prints the same numbers as a table', () => {
		const t = tco('evaluate', 'examples/hand-checked.json');
		expect(t.code).toBe(0);
		expect(t.out).toContain('$8,960.00');
		expect(t.out).toContain('392,767 req/day');
		expect(t.out).toContain('$21,456.67');
	});

	it('every number in --json is a decimal string with a unit', () => {
		const walk = (x: unknown): void => {
			if (Array.isArray(x)) return x.forEach(walk);
			if (x && typeof x === 'object') {
				const o = x as Record<string, unknown>;
				if ('value' in o) {
					expect(typeof o.value).toBe('string');
					expect(typeof o.unit).toBe('string');
				}
				Object.values(o).forEach(walk);
			}
		};
		walk(json);
	});
});

describe('tco evaluate: errors and exit codes', () => {
	it('a candidate that fits nowhere is reported on its pairs; the rest still evaluates', () => {
		const r = tco('evaluate', 'examples/fits-nowhere.json', '--json');
		expect(r.code).toBe(0);
		const json = JSON.parse(r.out);
		expect(json.pairs[0].ok).toBe(false);
		expect(json.pairs[0].reason).toMatch(/fits no GPU count/);
		expect(json.pairs[1].ok).toBe(true);
	});

	it('exit 2 on a usage error', () => {
		expect(tco().code).toBe(2);
		expect(tco('frobnicate', 'x.json').code).toBe(2);
		expect(tco('evaluate').code).toBe(2);
		expect(tco('evaluate', 'a.json', '--yaml').err).toMatch(/unknown option --yaml/);
	});

	it('exit 1 for an unreadable file', () => {
		const r = tco('evaluate', 'examples/no-such-file.json');
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/cannot read examples\/no-such-file.json: ENOENT/);
	});

	it('exit 1 naming the field, value and range for an invalid scenario', () => {
		const out: string[] = [];
		const code = run(['evaluate', 'bad.json'], {
			out: () => {},
			err: (s) => out.push(s),
			readFile: () => JSON.stringify({ version: 1, workload: { cachedInputShare: '1.5' } })
		});
		expect(code).toBe(1);
		expect(out.join('\n')).toMatch(
			/workload\.cachedInputShare: 1\.5 is outside the allowed range, 0 to 1/
		);
	});
});

/** `tco` with files in memory: reads fall back to the disk, writes are kept. */
function tcoFiles(files: Record<string, string>, ...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const written: Record<string, string> = {};
	const code = run(argv, {
		out: (s) => out.push(s),
		err: (s) => err.push(s),
		readFile: (p) => written[p] ?? files[p] ?? readFileSync(p, 'utf8'),
		writeFile: (p, text) => {
			written[p] = text;
		},
		today: () => new Date(2026, 10, 26, 12)
	});
	return { code, out: out.join('\n'), err: err.join('\n'), written };
}

const PRICES = 'test/fixtures/litellm-prices.json';
const HAND = 'examples/hand-checked.json';

describe('tco import-prices', () => {
	it('prints the preview and writes the updated scenario to --out', () => {
		const r = tcoFiles({}, 'import-prices', PRICES, HAND, '--out', 'updated.json');
		expect(r.code).toBe(0);
		expect(r.out).toContain(
			'LiteLLM price file litellm-prices.json, imported 2026-11-26: 5 offerings to add, 5 price changes, 5 offerings already up to date, 8 entries skipped.'
		);
		expect(r.out).toContain(
			'litellm/anthropic/claude-3-opus-20240229  claude-3-opus-20240229 (Anthropic): input 15, output 75, cached input 1.5 USD/1M tokens'
		);
		expect(r.out).toContain(
			'openai/gpt-4.1  input price: 2 → 1.8 USD/1M tokens (override of the catalog figure)'
		);
		expect(r.out).toContain('groq/mixtral-8x7b-32768: output_cost_per_token missing');
		expect(r.out).toContain('gpt-4o: batch discount left out');
		expect(r.out).toContain('Wrote updated.json.');
		expect(Object.keys(r.written)).toEqual(['updated.json']);
	});

	it('keeps the rest of the file as it was, and the new prices flow into the results', () => {
		const r = tcoFiles({}, 'import-prices', PRICES, HAND, '--out', 'updated.json');
		const doc = JSON.parse(r.written['updated.json']);
		const original = JSON.parse(readFileSync(HAND, 'utf8'));
		expect(doc.finance).toEqual(original.finance);
		expect(doc.serving).toEqual(original.serving); // defaults left out stay left out
		expect(doc.overrides.gpus).toEqual(original.overrides.gpus);
		expect(doc.overrides.offerings['openai/gpt-4.1']).toEqual({
			inputUsdPerMTok: '1.8',
			cachedInputUsdPerMTok: '0.45'
		});
		expect(doc.custom.offerings).toHaveLength(5);

		// GPT-4.1 now: 0.5 × $1.8 + 0.5 × $8 = $4.9 per 1M (no cached input in this scenario);
		// × 6,083,333,333.33 tokens = $29,808.33/month; rent break-even $8,960 / $4.9e-6 =
		// 1,828,571,428.57 tokens/month.
		const ev = tcoFiles({ 'u.json': r.written['updated.json'] }, 'evaluate', 'u.json', '--json');
		expect(ev.code).toBe(0);
		const json = JSON.parse(ev.out);
		expect(Number(json.baselines[1].monthlyCost.value).toFixed(2)).toBe('29808.33');
		const pair = json.pairs.find(
			(p: { candidateId: string; baselineId: string }) =>
				p.candidateId === 'rent' && p.baselineId === 'openai/gpt-4.1'
		);
		expect(Number(pair.first.volume.value).toFixed(2)).toBe('1828571428.57');
	});

	it('updates the scenario file in place without --out; a second run has nothing to change', () => {
		const files = { 'mine.json': readFileSync(HAND, 'utf8') };
		const first = tcoFiles(files, 'import-prices', PRICES, 'mine.json');
		expect(first.code).toBe(0);
		expect(Object.keys(first.written)).toEqual(['mine.json']);
		const second = tcoFiles(
			{ 'mine.json': first.written['mine.json'] },
			'import-prices',
			PRICES,
			'mine.json'
		);
		expect(second.code).toBe(0);
		expect(second.out).toContain(
			'0 offerings to add, 0 price changes, 13 offerings already up to date'
		);
		expect(second.out).toContain('Nothing to change: mine.json not written.');
		expect(second.written).toEqual({});
	});

	it('--dry-run prints the preview and writes nothing', () => {
		const r = tcoFiles({}, 'import-prices', PRICES, HAND, '--dry-run');
		expect(r.code).toBe(0);
		expect(r.out).toContain('5 offerings to add');
		expect(r.out).toContain('Dry run: nothing written.');
		expect(r.written).toEqual({});
	});

	it('--add limits new offerings to some providers; price changes still apply', () => {
		const none = tcoFiles({}, 'import-prices', PRICES, HAND, '--add', 'none', '--out', 'o.json');
		expect(none.code).toBe(0);
		// none before, none added; the file's own measurement stays as it was
		const kept = JSON.parse(none.written['o.json']).custom;
		expect(kept.offerings).toEqual([]);
		expect(kept.benchmarks.map((b: { id: string }) => b.id)).toEqual(['our-h100-8b-1k1k']);
		expect(none.out).toContain('0 offerings to add, 5 price changes');
		const some = tcoFiles(
			{},
			'import-prices',
			PRICES,
			HAND,
			'--add',
			'anthropic,deepseek',
			'--out',
			'o.json'
		);
		expect(
			JSON.parse(some.written['o.json']).custom.offerings.map((o: { id: string }) => o.id)
		).toEqual(['litellm/anthropic/claude-3-opus-20240229', 'litellm/deepseek/deepseek-chat']);
	});

	it.each([
		[
			'a price file that is not JSON',
			{ 'p.json': '{ nope' },
			'p.json',
			HAND,
			/p\.json is not a LiteLLM price file: not valid JSON/
		],
		['a price file that is an array', { 'p.json': '[]' }, 'p.json', HAND, /found an array/],
		[
			'a missing price file',
			{},
			'no-such-prices.json',
			HAND,
			/cannot read no-such-prices\.json: ENOENT/
		],
		[
			'an invalid scenario',
			{ 's.json': '{"version": 1, "workload": {"batchShare": "2"}}' },
			PRICES,
			's.json',
			/s\.json is not a valid scenario/
		]
	])('exit 1 and nothing written for %s', (_, files, prices, scenario, message) => {
		const r = tcoFiles(files as Record<string, string>, 'import-prices', prices, scenario);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(message);
		expect(r.written).toEqual({});
	});

	it('exit 1 and nothing written when the result would be too large to load again', () => {
		const entries: Record<string, unknown> = {};
		for (let i = 0; i < 1500; i++)
			entries[`m${i}`] = {
				litellm_provider: 'bulk',
				mode: 'chat',
				input_cost_per_token: 1e-6,
				output_cost_per_token: 2e-6
			};
		const r = tcoFiles({ 'big.json': JSON.stringify(entries) }, 'import-prices', 'big.json', HAND);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/would be refused, so nothing was written/);
		expect(r.err).toMatch(/use --add/);
		expect(r.written).toEqual({});
	});

	it.each([
		[['import-prices', PRICES], /import-prices takes a price file and a scenario file/],
		[['import-prices', PRICES, HAND, '--out'], /--out needs a value/],
		[['import-prices', PRICES, HAND, '--json'], /unknown option --json/],
		[['evaluate', HAND, '--dry-run'], /unknown option --dry-run/]
	])('exit 2 on a usage error: %j', (argv, message) => {
		const r = tcoFiles({}, ...argv);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(message);
		expect(r.err).toContain('usage: tco evaluate');
		expect(r.written).toEqual({});
	});

	it('--help prints the usage, with import-prices', () => {
		const r = tcoFiles({}, '--help');
		expect(r.code).toBe(0);
		expect(r.out).toContain(
			'tco import-prices <prices.json> <scenario.json> [--out <file>] [--dry-run]'
		);
	});
});

describe('tco import-prices: a malformed long-context tier', () => {
	it('is refused with the reason, exit 1, and nothing is written', () => {
		const bad = JSON.stringify({
			'gpt-4o': {
				litellm_provider: 'openai',
				mode: 'chat',
				input_cost_per_token: 2.5e-6,
				output_cost_per_token: 1e-5,
				output_cost_per_token_above_200k_tokens: 2e-5
			}
		});
		const r = tcoFiles({ 'bad.json': bad }, 'import-prices', 'bad.json', HAND, '--out', 'out.json');
		expect(r.code).toBe(1);
		expect(r.err).toContain(
			'entry "gpt-4o": long-context tier above 200k tokens has output_cost_per_token_above_200k_tokens but no input_cost_per_token_above_200k_tokens'
		);
		expect(r.written).toEqual({});
	});
});

/**
 * examples/hybrid.json, by hand: V = 2,400,000 × 365/12 × 2,000 = 146,000,000,000 tokens/month;
 * peak 2× for 8 hours: f = 1/3, L = (1 − 2/3) / (2/3) = 0.5. A replica: Vrep = 31,998,528,000 (as in
 * hand-checked), Ku = 2 × Vrep = 63,997,056,000 tokens/month were it used all month; rent
 * $20 × 730 = $14,600; no staff; GPT-4o mini $0.375 per 1M → all API 146e9 × 0.375e-6 = $54,750.
 * hybrid: k = 0 → $54,750; k = 1: P·V = 292e9 and L·V = 73e9 exceed Ku, served = Ku, overflow
 *   82,002,944,000 → $30,751.104, total $45,351.104; k = 2: served = (1/3)·127,994,112,000 +
 *   (2/3)·73e9 = 91,331,370,666.67, overflow 54,668,629,333.33 → $20,500.736, total $49,700.74;
 *   all self-hosted: ceil(146e9 / 31,998,528,000) = 5 replicas = $73,000. Optimum 1 replica, in-house
 *   share 63,997,056,000 / 146e9 = 0.438336; saving $9,398.896 vs API, $27,648.896 vs self-hosted.
 *   Adds a replica where k = 2 (middle piece: 29,200 + p·(2V/3 − (2/3)·Ku)) meets k = 1 (14,600 +
 *   p·(V − Ku)): V/3 = 14,600/p + Ku/3 → V = 43,800 / 0.375e-6 + Ku = 180,797,056,000.
 * fleet3 (3 replicas, overflow): served = Ku + (2/3)·73e9 = 112,663,722,666.67 (77.17%), overflow
 *   33,336,277,333.33 → $12,501.104; total $56,301.104.
 * fleet2 (2 replicas, no overflow): served 91,331,370,666.67 (62.56%), unserved 54,668,629,333.33;
 *   $29,200; serves everything up to C / P = 127,994,112,000 / 2 = 63,997,056,000 tokens/month.
 */
describe('tco evaluate examples/hybrid.json', () => {
	const r = tco('evaluate', 'examples/hybrid.json', '--json');
	const json = JSON.parse(r.out);
	const cand = (id: string) => json.candidates.find((c: { id: string }) => c.id === id);
	const pair = (c: string) => json.pairs.find((p: { candidateId: string }) => p.candidateId === c);
	const usd = (x: { value: string }) => Number(x.value).toFixed(3);

	it('carries the mode and where the tokens go', () => {
		expect(r.code).toBe(0);
		expect(cand('hybrid').mode).toBe('hybrid');
		expect(cand('fleet3').mode).toBe('fleet');
		expect(cand('fleet3').fleet).toEqual({ replicas: 3, activeReplicas: 3 });
		const h = cand('hybrid').atPlan;
		expect(h.tokens.servedInHouse.value).toBe('63997056000');
		expect(h.tokens.servedInHouse.share).toBe('0.438336');
		expect(h.tokens.overflow.value).toBe('82002944000');
		expect(usd(h.overflowCost)).toBe('30751.104');
		expect(usd(h.selfHostedCost)).toBe('14600.000');
		expect(usd(h.monthlyCost)).toBe('45351.104');
		const f3 = cand('fleet3').atPlan;
		expect(Number(f3.tokens.overflow.value).toFixed(2)).toBe('33336277333.33');
		expect(usd(f3.overflowCost)).toBe('12501.104');
		expect(usd(f3.monthlyCost)).toBe('56301.104');
		const f2 = cand('fleet2').atPlan;
		expect(Number(f2.tokens.unserved.value).toFixed(2)).toBe('54668629333.33');
		expect(Number(f2.tokens.unserved.share).toFixed(4)).toBe('0.3744');
		expect(f2.tokens.overflow.value).toBe('0');
		expect(usd(f2.monthlyCost)).toBe('29200.000');
	});

	it('reports the hybrid optimum next to the pure options', () => {
		const h = cand('hybrid').hybrid;
		expect(h.overflowId).toBe('openai/gpt-4o-mini');
		expect(h.optimumReplicas).toBe(1);
		expect(Number(h.inHouseShare)).toBe(0.438336);
		expect(usd(h.allApi)).toBe('54750.000');
		expect(usd(h.allSelfHosted)).toBe('73000.000');
		expect(usd(h.savingVsApi)).toBe('9398.896');
		expect(usd(h.savingVsSelfHosted)).toBe('27648.896');
		expect(h.addsReplicaAt.activeReplicas).toBe(2);
		expect(h.addsReplicaAt.volume.value).toBe('180797056000');
		expect(cand('fleet3').hybrid).toBeUndefined();
	});

	it('gives the volume a fleet without overflow serves in full', () => {
		expect(pair('fleet2').servesUpTo.value).toBe('63997056000');
		expect(pair('fleet3').servesUpTo).toBeUndefined();
	});

	it('prints mode, in-house share, overflow bill and the hybrid line in the table', () => {
		const t = tco('evaluate', 'examples/hybrid.json');
		expect(t.code).toBe(0);
		expect(t.out).toContain(
			'hybrid with GPT-4o mini: optimum 1 active replica; all API $54,750.00/month (saving $9,398.90), all self-hosted $73,000.00/month (saving $27,648.90); adds a replica (2 active) at 181B tok/mo'
		);
		expect(t.out).toContain(
			'capacity: fleet of 2; 91.3B tok/mo served in-house (62.6%), 54.7B not served (37.4%)'
		);
		const row = (id: string) => t.out.split('\n').find((l) => l.startsWith(`${id} `)) ?? '';
		expect(row('hybrid')).toMatch(
			/\$45,351\.10 +\$54,750\.00 +\$9,398\.90 +hybrid \(1\) +43\.8% +\$30,751\.10$/
		);
		expect(row('fleet3')).toMatch(/fleet of 3 +77\.2% +\$12,501\.10$/);
		expect(row('fleet2')).toMatch(/fleet of 2 +62\.6% +64B tok\/mo$/);
	});
});
