import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/domain/evaluate';
import { compareCsv } from '../../src/lib/export/compare-csv';
import { parseScenarioText } from '../../src/lib/scenario/document';
import { resolveScenario } from '../../src/lib/scenario/resolve';

describe('compareCsv', () => {
	it('has each scenario’s key figures and the inputs that differ, by name and value', () => {
		const r = parseScenarioText(readFileSync('examples/hand-checked.json', 'utf8'));
		if (!r.ok) throw new Error(r.errors.join());
		const base = r.scenario;
		const quieter = {
			...base,
			name: 'Quieter',
			workload: { ...base.workload, requestsPerDay: '50000' }
		};
		const items = [base, quieter].map((s) => ({
			name: s.name === 'Quieter' ? 'Quieter' : 'Base',
			scenario: s,
			ev: evaluate(resolveScenario(s))
		}));
		const text = new TextDecoder().decode(compareCsv(items).bytes);
		const lines = text.split('\r\n');
		// rent against GPT-4.1 in the base: $8,960.00 self-hosted, $30,416.67 API, break-even 1,792,000,000.
		expect(lines).toContain(
			'Base,Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent,GPT-4.1,1,8960.00,30416.67,21456.67,1792000000.00,1792000000.00'
		);
		// 50,000 requests/day: GPT-4.1 at half the bill, $15,208.33; the rent still $8,960.00.
		expect(lines).toContain(
			'Quieter,Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent,GPT-4.1,1,8960.00,15208.33,6248.33,1792000000.00,1792000000.00'
		);
		expect(lines).toContain('Requests per day (requests/day),100000,50000');
	});
});
