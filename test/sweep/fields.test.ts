import { describe, expect, it } from 'vitest';
import { evaluate, type Evaluation } from '../../src/lib/domain/evaluate';
import { reportContext, loadExporter, exportFormats } from '../../src/lib/export/context';
import { render as renderCsv } from '../../src/lib/export/csv';
import { evaluationToJson } from '../../src/lib/export/result-json';
import { defaultScenario, parseScenario, type Scenario } from '../../src/lib/scenario/document';
import {
	financeFields,
	servingFields,
	timelineFields,
	workloadFields,
	type FieldSpec
} from '../../src/lib/scenario/fields';
import { resolveScenario } from '../../src/lib/scenario/resolve';
import { extremes, HOSTILE, nonFinite } from './cases';
import { ScenarioStore, type Section } from '../../src/lib/state/scenario.svelte';

/**
 * The sweep of issue 14: every field of the field table at its minimum, its maximum, the
 * smallest and largest values the parser accepts, and hostile strings, through the scenario
 * check, the engine, the page store's results and the exports. No exception, no NaN or Infinity
 * in any output, each run bounded in time.
 */
const sections: [Section, readonly FieldSpec[]][] = [
	['workload', workloadFields],
	['finance', financeFields],
	['serving', servingFields],
	['timeline', timelineFields]
];

const withField = (section: Section, key: string, value: string): unknown => {
	const s = defaultScenario() as unknown as Record<string, Record<string, string>>;
	return { ...s, [section]: { ...s[section], [key]: value } };
};

/** Run `f`, failing when it takes longer than `ms`. */
function timed<T>(ms: number, what: string, f: () => T): T {
	const t0 = performance.now();
	const out = f();
	expect(performance.now() - t0, `${what} took too long`).toBeLessThan(ms);
	return out;
}

const cases = sections.flatMap(([section, fields]) =>
	fields.flatMap((f) =>
		[...extremes(f), ...HOSTILE].map((value) => [`${section}.${f.key}`, value, section, f] as const)
	)
);

/**
 * The engine's results and the JSON result, once per distinct scenario: the JSON result (a
 * tornado for every pair) is most of the sweep's time, and many values give a scenario another
 * value gave already (a minimum that is the default, '-0' and '0', ' 20 ' and '20'). Every case
 * still checks the results of its own scenario.
 */
const outcomes = new Map<string, { ev: Evaluation; json: unknown }>();
function outcomeOf(s: Scenario) {
	const key = JSON.stringify(s);
	let o = outcomes.get(key);
	if (!o) {
		const inputs = resolveScenario(s);
		const ev = timed(5000, 'engine', () => evaluate(inputs));
		const json = timed(20_000, 'JSON result', () => evaluationToJson(s, inputs, ev));
		outcomes.set(key, (o = { ev, json }));
	}
	return o;
}

describe('sweep: every field through the check, the engine and the store', () => {
	it.each(cases)('%s = %j', (path, value, section, f) => {
		const parsed = timed(500, 'check', () => parseScenario(withField(section, f.key, value)));
		const store = new ScenarioStore();
		store.setField(section, f.key, value);
		if (!parsed.ok) {
			// Refused with the field's path and its range; the page keeps the last valid scenario.
			expect(parsed.errors.join('\n')).toContain(path);
			expect(store.errors[path]).toContain(f.max);
			expect(store.evaluationError).toBeNull();
			return;
		}
		const { ev, json } = outcomeOf(parsed.scenario);
		expect(nonFinite(json)).toBeUndefined();
		for (const p of ev.pairs) if (!p.ok) expect(p.reason.length).toBeGreaterThan(0);
		// The page's store shows the same state: no error, the same results.
		expect(store.errors).toEqual({});
		expect(store.evaluationError).toBeNull();
		expect(store.evaluation.pairs.map((p) => p.ok)).toEqual(ev.pairs.map((p) => p.ok));
	});
});

describe('sweep: every export writer at every field extreme', () => {
	/** Every field at once at its minimum, at its maximum, and at the smallest accepted value. */
	const at = (pick: (f: FieldSpec) => string): Scenario => {
		const s = defaultScenario() as unknown as Record<string, Record<string, string>>;
		for (const [section, fields] of sections)
			for (const f of fields) s[section] = { ...s[section], [f.key]: pick(f) };
		const r = parseScenario(s);
		if (!r.ok) throw new Error(r.errors.join('\n'));
		return r.scenario;
	};
	const scenarios: [string, Scenario][] = [
		['every field at its minimum', at((f) => f.min)],
		['every field at its maximum', at((f) => f.max)],
		['every field at its smallest accepted value', at((f) => extremes(f)[2] ?? f.min)],
		[
			'hostile names',
			{
				...defaultScenario(),
				name: `\u0000=HYPERLINK("http://evil.example")${'Ω'.repeat(200)}`.slice(0, 200),
				notes: '\u0007\u001b\u0085 ＝1+1 שלום مرحبا Привет'
			}
		]
	];
	const contexts = new Map<string, ReturnType<typeof reportContext>>();
	const contextOf = (what: string, s: Scenario) => {
		let ctx = contexts.get(what);
		if (!ctx) contexts.set(what, (ctx = reportContext(s)));
		return ctx;
	};
	it.each(
		scenarios.flatMap(([what, s]) =>
			exportFormats
				// The PDF takes seconds a report: at the smallest and the hostile extremes only.
				.filter((f) => f !== 'pdf' || /minimum|hostile/.test(what))
				.map((format) => [what, format, s] as const)
		)
	)(
		'%s → %s',
		async (what, format, s) => {
			// One context per scenario, as `tco report` and the page make one per export: the writers
			// share its over-time figures (the Monte Carlo is made once, not once per format).
			const ctx = contextOf(what, s);
			expect(nonFinite(evaluationToJson(s, ctx.inputs, ctx.ev))).toBeUndefined();
			const t0 = performance.now();
			const exporter = format === 'csv' ? { render: renderCsv } : await loadExporter(format);
			const file = await exporter.render(ctx, { chart: 'cost-curve', scale: 1 });
			expect(performance.now() - t0).toBeLessThan(60_000);
			expect(file.bytes.length).toBeGreaterThan(100);
			if (format === 'csv') {
				const text = new TextDecoder().decode(file.bytes);
				expect(text).not.toMatch(/\bNaN\b|Infinity/);
			}
		},
		120_000
	);
});
