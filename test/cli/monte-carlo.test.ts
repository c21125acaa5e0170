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

describe('tco evaluate --json --monte-carlo', () => {
	it('adds a seeded Monte Carlo to every pair, reproducible with the seed', () => {
		const a = tco(
			'evaluate',
			'examples/hand-checked.json',
			'--json',
			'--monte-carlo',
			'400',
			'--seed',
			'7'
		);
		const b = tco(
			'evaluate',
			'examples/hand-checked.json',
			'--json',
			'--monte-carlo',
			'400',
			'--seed',
			'7'
		);
		expect(a.code).toBe(0);
		expect(a.out).toBe(b.out);
		const pair = JSON.parse(a.out).pairs.find(
			(p: { candidateId: string; baselineId: string }) =>
				p.candidateId === 'rent' && p.baselineId === 'openai/gpt-4.1'
		);
		const mc = pair.monteCarlo;
		expect(mc.ok).toBe(true);
		expect(mc.samples).toBe(400);
		expect(mc.seed).toBe(7);
		const [p10, p50, p90] = ['p10', 'p50', 'p90'].map((k) => Number(mc.savingAtPlan[k].value));
		expect(p10).toBeLessThanOrEqual(p50);
		expect(p50).toBeLessThanOrEqual(p90);
		// The API costs $30,416.67 against $8,960 rented: self-hosting wins in every sample of ±20% ranges.
		expect(mc.probabilitySelfHostWins).toBe(1);
	});

	it('refuses --seed without --monte-carlo, and --monte-carlo without --json', () => {
		expect(tco('evaluate', 'examples/hand-checked.json', '--json', '--seed', '3').code).toBe(2);
		expect(tco('evaluate', 'examples/hand-checked.json', '--monte-carlo', '100').code).toBe(2);
		expect(tco('evaluate', 'examples/hand-checked.json', '--json', '--monte-carlo', '0').code).toBe(
			2
		);
	});
});
