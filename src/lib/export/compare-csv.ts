import type { Evaluation } from '../domain/evaluate';
import type { Scenario } from '../scenario/document';
import { diffScenarios } from '../scenario/diff';
import { csvText, fixed, NEVER, type CsvCell } from './csv';
import type { ExportFile } from './types';

/** One compared scenario: its document and the engine's results. */
export interface ComparedScenario {
	name: string;
	scenario: Scenario;
	ev: Evaluation;
}

/**
 * The comparison page as CSV (RFC 4180, UTF-8 with a BOM): the key figures of every candidate in
 * every scenario against each API (numbers as plain decimals), then the inputs that differ, by
 * name and value. Text goes through csvText's formula guard.
 */
export function compareCsv(items: ComparedScenario[]): ExportFile {
	const lines: CsvCell[][] = [['LLM TCO: comparison of scenarios'], []];
	lines.push(['Key figures per candidate, at each scenario’s planned volume']);
	lines.push([
		'Scenario',
		'Candidate',
		'API',
		'GPUs at plan',
		'Self-hosted (USD/month)',
		'API (USD/month)',
		'Saving (USD/month)',
		'First break-even (tokens/month)',
		'Sustained break-even (tokens/month)'
	]);
	for (const it of items) {
		for (const c of it.ev.candidates) {
			if (!c.ok) {
				lines.push([it.name, c.label, '', `no figures: ${c.reason}`]);
				continue;
			}
			for (const p of it.ev.pairs.filter((x) => x.candidateId === c.id)) {
				const b = it.ev.baselines.find((x) => x.id === p.baselineId);
				if (!p.ok || !b?.ok) continue;
				const be = (x: typeof p.first) => (x.kind === 'never' ? NEVER : fixed(x.volume));
				lines.push([
					it.name,
					c.label,
					b.name,
					{ number: String(c.atPlan.gpus) },
					fixed(p.selfHostAtPlan),
					fixed(p.apiAtPlan),
					fixed(p.savingAtPlan),
					be(p.first),
					be(p.sustained)
				]);
			}
		}
	}
	lines.push([]);
	lines.push(['Inputs that differ']);
	lines.push(['Input', ...items.map((i) => i.name)]);
	for (const d of diffScenarios(items.map((i) => i.scenario))) lines.push([d.label, ...d.values]);
	const text = '\ufeff' + csvText(lines);
	return { bytes: new TextEncoder().encode(text), mime: 'text/csv', extension: 'csv' };
}
