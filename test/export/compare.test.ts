import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/domain/evaluate';
import { renderComparison as comparisonPdf } from '../../src/lib/export/pdf';
import { renderComparison as comparisonPptx } from '../../src/lib/export/pptx';
import { compareTables, type ComparedItem } from '../../src/lib/report/compare';
import { cellPlain, cellText } from '../../src/lib/report/model';
import { parseScenarioText, type Scenario } from '../../src/lib/scenario/document';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { extractText } from '../pdf-text';

const GENERATED = new Date('2026-08-01T12:00:00Z');

function items(): ComparedItem[] {
	const r = parseScenarioText(readFileSync('examples/hand-checked.json', 'utf8'));
	if (!r.ok) throw new Error(r.errors.join());
	const quieter: Scenario = {
		...r.scenario,
		name: 'Quieter',
		workload: { ...r.scenario.workload, requestsPerDay: '50000' }
	};
	return [
		{ ...r.scenario, name: 'Base' },
		{ ...quieter, name: 'Quieter' }
	].map((s) => {
		const inputs = resolveScenario(s);
		return { name: s.name, scenario: s, inputs, ev: evaluate(inputs) };
	});
}

const RENT = 'Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent';

describe('compareTables', () => {
	it('has the key figures of every pair in every scenario, and the inputs that differ', () => {
		const [figures, diff] = compareTables(items());
		const rows = figures.rows.map((r) => r.map(cellPlain));
		// Rent against GPT-4.1: $8,960 self-hosted; the API $30,416.67 at 100,000 requests/day and
		// $15,208.33 at 50,000; break-even $8,960 / $0.000005 = 1,792,000,000 tokens/month in both.
		expect(rows).toContainEqual([
			'Base',
			RENT,
			'GPT-4.1',
			'1',
			'8960',
			`30416.${'6'.repeat(34)}7`,
			`21456.${'6'.repeat(34)}7`,
			'1792000000',
			'1792000000'
		]);
		const quieter = figures.rows.find(
			(r) => cellText(r[0]) === 'Quieter' && cellText(r[1]) === RENT && cellText(r[2]) === 'GPT-4.1'
		);
		expect(quieter?.map(cellText)).toEqual([
			'Quieter',
			RENT,
			'GPT-4.1',
			'1',
			'$8,960.00',
			'$15,208.33',
			'$6,248.33',
			'1,792,000,000',
			'1,792,000,000'
		]);
		expect(diff.rows.map((r) => r.map(cellText))).toContainEqual([
			'Requests per day (requests/day)',
			'100000',
			'50000'
		]);
	});

	it('does not change its input, and has no rows for no scenarios', () => {
		const xs = items();
		const before = JSON.stringify(xs.map((x) => x.scenario));
		compareTables(xs);
		expect(JSON.stringify(xs.map((x) => x.scenario))).toBe(before);
		const [figures, diff] = compareTables([]);
		expect(figures.rows).toEqual([]);
		expect(diff.rows).toEqual([]);
	});
});

describe('the comparison as PDF and PPTX', () => {
	it('PDF: the title, the figures to the cent, the chart and the inputs that differ', async () => {
		const file = await comparisonPdf(items(), GENERATED);
		expect(file.mime).toBe('application/pdf');
		const { text } = extractText(file.bytes);
		const flat = text.replace(/\s+/g, ' ');
		expect(flat).toContain('Comparison: Base vs Quieter');
		expect(flat).toContain('$30,416.67');
		expect(flat).toContain('$15,208.33');
		expect(flat).toContain('$6,248.33');
		expect(flat).toContain('1,792,000,000');
		expect(flat).toContain('Monthly cost by monthly volume: Base vs Quieter');
		expect(flat).toContain('Inputs that differ');
		expect(flat).toContain('Requests per day (requests/day)');
	});

	it('PPTX: a native chart with both scenarios’ series, the figures and the differences', async () => {
		const file = await comparisonPptx(items(), GENERATED);
		const zip = await JSZip.loadAsync(file.bytes);
		const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
		const xml = (await Promise.all(slides.map((n) => zip.file(n)!.async('string')))).join('\n');
		expect(xml).toContain('Comparison: Base vs Quieter');
		expect(xml).toContain('$15,208.33');
		expect(xml).toContain('$6,248.33');
		expect(xml).toContain('Requests per day (requests/day)');
		const charts = Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
		expect(charts).toHaveLength(1);
		const chart = await zip.file(charts[0])!.async('string');
		expect(chart).toContain('<c:scatterChart>');
		expect(chart).toContain('Base: ');
		expect(chart).toContain('Quieter: ');
	});
});
