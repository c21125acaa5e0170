import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runTco } from './harness';

const tco = runTco;

const HAND = 'examples/hand-checked.json';
const json = (argv: string[]) => {
	const r = tco(['evaluate', HAND, '--json', ...argv]);
	expect(r.err).toBe('');
	expect(r.code).toBe(0);
	return JSON.parse(r.out);
};
const requestsPerDay = (j: { plan: { requestsPerDay: { value: string } } }) =>
	j.plan.requestsPerDay.value;

describe('tco evaluate --scale: the workload volume times a factor', () => {
	// The hand-checked scenario: 100,000 requests/day of 1,000 + 1,000 tokens.
	// V = requests/day × 365/12 × 2,000.
	it.each([
		['2', '200000', '12166666666.67'],
		['1.5', '150000', '9125000000.00'],
		['40%', '40000', '2433333333.33'],
		['1', '100000', '6083333333.33'],
		['1e-5', '1', '60833.33'],
		['1,000', '100000000', '6083333333333.33']
	])('--scale %s: %s requests/day, %s tokens/month', (scale, rpd, volume) => {
		const j = json(['--scale', scale]);
		expect(requestsPerDay(j)).toBe(rpd);
		expect(Number(j.plan.volume.value).toFixed(2)).toBe(volume);
	});

	it('scales every cost as the engine does at that volume', () => {
		const scaled = json(['--scale', '2']);
		const edited = JSON.parse(readFileSync(HAND, 'utf8'));
		edited.workload.requestsPerDay = '200000';
		const direct = JSON.parse(
			tco(['evaluate', 'edited.json', '--json'], { 'edited.json': JSON.stringify(edited) }).out
		);
		expect(scaled.pairs).toEqual(direct.pairs);
		expect(scaled.candidates).toEqual(direct.candidates);
	});

	it('says so in the readable table', () => {
		const r = tco(['evaluate', HAND, '--scale', '2']);
		expect(r.code).toBe(0);
		expect(r.out).toContain('Requests per day scaled by 2 (--scale).');
		expect(r.out).toContain('(200,000 requests/day)');
	});

	it.each([
		['0', '--scale 0 is outside the allowed range, above 0 to 1000000'],
		['-2', '--scale -2 is outside the allowed range, above 0 to 1000000'],
		['2000000', '--scale 2000000 is outside the allowed range, above 0 to 1000000'],
		['0,4', '--scale "0,4" is ambiguous: the comma could be a decimal comma. If you mean 0.4'],
		['two', '--scale "two" is not a number; allowed: above 0 to 1000000'],
		['', '--scale "" is not a number']
	])('refuses --scale %j, naming the flag and the range', (scale, message) => {
		const r = tco(['evaluate', HAND, '--scale', scale]);
		expect(r.code).toBe(2);
		expect(r.out).toBe('');
		expect(r.err).toContain(`tco: ${message}`);
	});

	it('refuses a factor that takes the requests per day out of their range', () => {
		const big = JSON.parse(readFileSync(HAND, 'utf8'));
		big.workload.requestsPerDay = '2B';
		const r = tco(['evaluate', 'big.json', '--scale', '1000'], { 'big.json': JSON.stringify(big) });
		expect(r.code).toBe(2);
		expect(r.err).toContain(
			'tco: --scale 1000 makes the requests per day 2000000000000, outside the allowed range, 0 to 1e12 requests/day'
		);
	});

	it('needs a value', () => {
		const r = tco(['evaluate', HAND, '--scale']);
		expect(r.code).toBe(2);
		expect(r.err).toContain('--scale needs a value');
	});
});

describe('tco evaluate --seed: read like every number on the page', () => {
	const mc = (seed: string) => json(['--monte-carlo', '200', '--seed', seed]);
	const seedOf = (j: { pairs: { monteCarlo?: { seed: number } }[] }) => j.pairs[0].monteCarlo?.seed;

	it.each([
		['7', 7],
		['2B', 2_000_000_000],
		['1,500', 1500],
		['1e3', 1000],
		['0', 0],
		['4294967295', 4294967295]
	])('--seed %s is seed %d', (seed, n) => expect(seedOf(mc(seed))).toBe(n));

	it('"2k" and "2000" give the same run', () => {
		expect(mc('2k').pairs).toEqual(mc('2000').pairs);
	});

	it.each([
		['40%', '--seed 0.4 must be a whole number (0 to 4294967295)'],
		['1.5', '--seed 1.5 must be a whole number (0 to 4294967295)'],
		['-1', '--seed -1 is outside the allowed range, 0 to 4294967295'],
		['5B', '--seed 5000000000 is outside the allowed range, 0 to 4294967295'],
		['0,5', '--seed "0,5" is ambiguous'],
		['seven', '--seed "seven" is not a number']
	])('refuses --seed %j, naming the flag and the range', (seed, message) => {
		const r = tco(['evaluate', HAND, '--json', '--monte-carlo', '50', '--seed', seed]);
		expect(r.code).toBe(2);
		expect(r.err).toContain(`tco: ${message}`);
	});
});
