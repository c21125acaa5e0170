import type { Evaluation } from '../domain/evaluate';
import type { EngineInputs } from '../domain/inputs';
import type { Scenario } from '../scenario/document';
import { diffScenarios } from '../scenario/diff';
import { count, none, text, usd, volume, type Cell, type ReportTable } from './model';

/** One scenario of a comparison: its document and the engine's results (all its tables need). */
export interface ComparedScenario {
	name: string;
	scenario: Scenario;
	ev: Evaluation;
}

/** A compared scenario with the engine's inputs too, which its chart needs. */
export interface ComparedItem extends ComparedScenario {
	inputs: EngineInputs;
}

/**
 * The comparison page as report tables, for the PDF, the PPTX and the CSV: the key figures of every
 * candidate in every scenario against each API at that scenario's planned volume, then the inputs
 * that differ, by name and value (the page's two tables).
 * @example compareTables([a, b])[0].columns[0].label → 'Scenario'
 */
export function compareTables(items: ComparedScenario[]): [ReportTable, ReportTable] {
	const rows: Cell[][] = [];
	for (const it of items) {
		for (const c of it.ev.candidates) {
			if (!c.ok) {
				rows.push([
					text(it.name),
					text(c.label),
					none('—'),
					none(`no figures: ${c.reason}`),
					none(''),
					none(''),
					none(''),
					none(''),
					none('')
				]);
				continue;
			}
			for (const p of it.ev.pairs.filter((x) => x.candidateId === c.id)) {
				const b = it.ev.baselines.find((x) => x.id === p.baselineId);
				if (!p.ok || !b?.ok) continue;
				const be = (x: typeof p.first) => (x.kind === 'never' ? none('never') : volume(x.volume));
				rows.push([
					text(it.name),
					text(c.label),
					text(b.name),
					count(c.atPlan.gpus, 'GPUs'),
					usd(p.selfHostAtPlan, 'month'),
					usd(p.apiAtPlan, 'month'),
					usd(p.savingAtPlan, 'month'),
					be(p.first),
					be(p.sustained)
				]);
			}
		}
	}
	const figures: ReportTable = {
		title: 'Key figures per candidate, at each scenario’s planned volume',
		columns: [
			{ label: 'Scenario' },
			{ label: 'Candidate' },
			{ label: 'API' },
			{ label: 'GPUs', numeric: true },
			{ label: 'Self-hosted', unit: 'USD/month', numeric: true },
			{ label: 'API', unit: 'USD/month', numeric: true },
			{ label: 'Saving', unit: 'USD/month', numeric: true },
			{ label: 'First break-even', unit: 'tokens/month', numeric: true },
			{ label: 'Sustained break-even', unit: 'tokens/month', numeric: true }
		],
		rows,
		caption:
			'Saving: API minus self-hosted cost at the planned volume. First break-even: the least volume at which self-hosting costs no more than the API; sustained: from there on it stays cheaper.'
	};
	const diff: ReportTable = {
		title: 'Inputs that differ',
		columns: [{ label: 'Input' }, ...items.map((i) => ({ label: i.name }))],
		rows: diffScenarios(items.map((i) => i.scenario)).map((d) => [
			text(d.label),
			...d.values.map(text)
		]),
		caption: items.length ? undefined : 'No scenarios chosen.'
	};
	return [figures, diff];
}

/** The comparison's title: "Plan A vs Plan B". */
export const compareTitle = (items: { name: string }[]) =>
	`Comparison: ${items.map((i) => i.name).join(' vs ')}`;
