import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/domain/evaluate';
import { evaluationToJson } from '../../src/lib/export/result-json';
import { parseScenarioText } from '../../src/lib/scenario/document';
import { resolveScenario } from '../../src/lib/scenario/resolve';

const parsed = parseScenarioText(readFileSync('examples/hand-checked.json', 'utf8'));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const inputs = resolveScenario(parsed.scenario);
const json = evaluationToJson(parsed.scenario, inputs, evaluate(inputs));
const pair = (c: string, b: string) => {
	const p = json.pairs.find((x) => x.candidateId === c && x.baselineId === b);
	if (!p || !p.ok) throw new Error('no pair');
	return p;
};
const usd = (x: { value: string }) => Number(x.value).toFixed(2);

/**
 * examples/hand-checked.json over the default 36 months, no growth, flat API prices, discount 0:
 * GPT-4.1 costs $30,416.67 a month (6,083,333,333.33 tokens × $5/1M) → $1,095,000.00 over 36 months.
 * Rent: $8,960 a month → $322,560.00; cheaper from month 1; no capex.
 * Buy: $30,000 GPU paid in month 1; opex $7,538.325 a month (staff $7,500 + power $38.325).
 *   Cash: month 1 $37,538.33 > $30,416.67; by month 2 $45,076.65 < $60,833.33 → crossover month 2.
 *   Payback: Σ(API − opex) = $22,878.34 after month 1, $45,756.68 after month 2 ≥ $30,000 → month 2.
 *   P&L: $30,000/36 = $833.33 depreciation + $7,538.325 = $8,371.66 a month, the app's monthly cost.
 */
describe('tco evaluate --json: finance over time', () => {
	it('rent against GPT-4.1', () => {
		const o = pair('rent', 'openai/gpt-4.1').overTime;
		if (!o.ok) throw new Error(o.reason);
		expect(o.horizonMonths).toBe(36);
		expect(usd(o.npv.api)).toBe('1095000.00');
		expect(usd(o.npv.selfHost)).toBe('322560.00');
		expect(usd(o.npv.saving)).toBe('772440.00');
		expect(o.crossoverMonthCash).toBe(1);
		expect(o.paybackMonth).toBe('no-capex');
		// each year: API 12 × $30,416.67 = $365,000; rent 12 × $8,960 = $107,520; difference $257,480
		expect(o.years.map((y) => usd(y.cumulativeDifference))).toEqual([
			'257480.00',
			'514960.00',
			'772440.00'
		]);
	});

	it('buy against GPT-4.1', () => {
		const o = pair('buy', 'openai/gpt-4.1').overTime;
		if (!o.ok) throw new Error(o.reason);
		expect(usd(o.years[0].capex)).toBe('30000.00');
		expect(o.crossoverMonthCash).toBe(2);
		expect(o.paybackMonth).toBe(2);
		// year 1 P&L: 12 × $8,371.658333… = $100,459.90
		expect(usd(o.years[0].pnl)).toBe('100459.90');
	});

	it('each pair carries its tornado, largest saving swing first', () => {
		const s = pair('rent', 'openai/gpt-4.1').sensitivity;
		if (!s.ok) throw new Error(s.reason);
		expect(s.bars).toHaveLength(9);
		const swings = s.bars.map((b) => Number(b.savingSwing.value));
		expect([...swings].sort((a, b) => b - a)).toEqual(swings);
		// requests/day ±20% moves the GPT-4.1 bill by ±$6,083.33 and the rent not at all (1 replica still)
		const rpd = s.bars.find((b) => b.input === 'requestsPerDay');
		expect(Number(rpd?.savingSwing.value).toFixed(2)).toBe('12166.67');
	});
});

/**
 * examples/hybrid.json (worked by hand in test/cli/tco.test.ts): the hybrid keeps 1 replica
 * ($14,600) and sends 82,002,944,000 tokens to GPT-4o mini ($30,751.104), saving $54,750 − $45,351.104
 * = $9,398.896 against all API; the fleet of 2 leaves 54,668,629,333.33 tokens unserved.
 */
describe('evaluationToJson: a hybrid and fleets', () => {
	const p = parseScenarioText(readFileSync('examples/hybrid.json', 'utf8'));
	if (!p.ok) throw new Error(p.errors.join('\n'));
	const inp = resolveScenario(p.scenario);
	const j = evaluationToJson(p.scenario, inp, evaluate(inp));
	const cand = (id: string) => {
		const c = j.candidates.find((x) => x.id === id);
		if (!c || !c.ok) throw new Error('no candidate');
		return c;
	};

	it('carries mode, split and the hybrid summary', () => {
		const h = cand('hybrid');
		expect(h.mode).toBe('hybrid');
		expect(h.atPlan.activeReplicas).toBe(1);
		expect(h.atPlan.overflowCost.value).toBe('30751.104');
		expect(h.hybrid?.optimumReplicas).toBe(1);
		expect(h.hybrid?.savingVsApi.value).toBe('9398.896');
		expect(cand('fleet2').atPlan.tokens.unserved.value).toMatch(/^54668629333\.33/);
		expect(cand('fleet3').mode).toBe('fleet');
	});

	it('prices the hybrid over time as its monthly cost, and the fleet without overflow only as paid', () => {
		const pairOf = (id: string) => {
			const x = j.pairs.find((q) => q.candidateId === id);
			if (!x || !x.ok || !x.overTime.ok) throw new Error('no timeline');
			return x.overTime;
		};
		// No growth, no price change, no discount rate: 36 × $45,351.104 = $1,632,639.744, against
		// 36 × $54,750 = $1,971,000 on GPT-4o mini
		expect(pairOf('hybrid').npv.selfHost.value).toBe('1632639.744');
		expect(pairOf('hybrid').npv.api.value).toBe('1971000');
		// The fleet of 2 is paid for (36 × $29,200) and its unserved tokens are not billed
		expect(pairOf('fleet2').npv.selfHost.value).toBe('1051200');
	});
});
