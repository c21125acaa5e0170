import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/domain/evaluate';
import { explainPair } from '../../src/lib/domain/explain';
import { parseScenarioText } from '../../src/lib/scenario/document';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { readFileSync } from 'node:fs';

describe('explainPair', () => {
	const parsed = parseScenarioText(readFileSync('examples/hand-checked.json', 'utf8'));
	if (!parsed.ok) throw new Error(parsed.errors.join());
	const ev = evaluate(resolveScenario(parsed.scenario));

	it('explains the first break-even with the step cost and the API price it divides', () => {
		const x = explainPair(ev, 'rent', 'openai/gpt-4.1');
		const first = x?.figures[0];
		expect(first?.label).toBe('First break-even');
		expect(first?.value.toString()).toBe('1792000000');
		const step = first?.inputs[0];
		expect(step?.value.toString()).toBe('8960'); // $7,500 staff + $1,460 rent
		expect(first?.inputs.map((q) => q.unit)).toContain('USD/1M tokens'); // the blended price
		// every input names a source
		for (const q of first?.inputs ?? []) expect(q.source).not.toBe('');
	});

	it('traces the rent figure to the overridden catalog rate', () => {
		const x = explainPair(ev, 'rent', 'openai/gpt-4.1');
		const step = x?.figures[0].inputs[0] as unknown as {
			inputs: { label: string; inputs?: { source: string; overridden?: boolean }[] }[];
		};
		const rental = step.inputs.find((q) => q.label === 'Rental per GPU (hourly rate)');
		expect(rental?.inputs?.find((q) => q.overridden)?.source).toMatch(/your override/);
	});

	it('says why a pair never breaks even', () => {
		const cheap = parseScenarioText(
			JSON.stringify({
				version: 1,
				baselines: [{ offeringId: 'openai/gpt-4.1-nano' }],
				candidates: [
					{
						id: 'x',
						modelId: 'llama-3.1-405b',
						gpuId: 'h200',
						precision: 'fp8',
						acquisition: 'rent'
					}
				]
			})
		);
		if (!cheap.ok) throw new Error(cheap.errors.join());
		const e = evaluate(resolveScenario(cheap.scenario));
		const x = explainPair(e, 'x', 'openai/gpt-4.1-nano');
		expect(x?.figures[1].label).toBe('Sustained break-even: never');
		expect(x?.figures[1].formula).toMatch(/costs more per token than the API/);
	});

	it('says which terms priced a hybrid: its split, the daily shape and the overflow bill', () => {
		const doc = JSON.parse(readFileSync('examples/hand-checked.json', 'utf8'));
		doc.candidates[0].overflow = 'openai/gpt-4.1';
		const p = parseScenarioText(JSON.stringify(doc));
		if (!p.ok) throw new Error(p.errors.join());
		const e = evaluate(resolveScenario(p.scenario));
		const x = explainPair(e, 'rent', 'openai/gpt-4o-mini');
		const terms = x?.figures.find((f) => f.label.endsWith('how capacity is priced'));
		expect(terms?.formula).toMatch(/hybrid optimum.*overflow to GPT-4\.1/);
		const labels = terms?.inputs.map((q) => q.label) ?? [];
		expect(labels).toContain('share of the day at peak f');
		expect(labels).toContain('overflow API bill');
		// 9 peak hours of 24
		expect(
			terms?.inputs.find((q) => q.label === 'share of the day at peak f')?.value.toString()
		).toBe('0.375');
		expect(x?.figures[0].formula).toMatch(/closed form on each linear piece of the hybrid/);
	});
});
