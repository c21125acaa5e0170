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
