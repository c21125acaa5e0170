import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/lib/scenario/document';
import {
	duplicate,
	emptyLibrary,
	open,
	readLibrary,
	remove,
	rename,
	restore,
	saveAs,
	saveOver,
	writeLibrary
} from '../../src/lib/state/library';

const now = new Date('2026-11-26T12:00:00Z');

describe('saved scenarios', () => {
	it('saves, lists, opens, renames, duplicates and deletes with undo', () => {
		const s = defaultScenario();
		s.workload.requestsPerDay = '12345';
		const first = saveAs(emptyLibrary(), s, 'Q3 plan', now);
		const id = first.id;
		let library = first.library;
		expect(library.scenarios.map((e) => e.name)).toEqual(['Q3 plan']);
		const opened = open(library, id);
		expect(opened.ok && opened.scenario.workload.requestsPerDay).toBe('12345');
		expect(opened.ok && opened.scenario.name).toBe('Q3 plan');

		library = saveAs(library, s, 'Q3 plan', now).library; // same name → numbered
		expect(library.scenarios.map((e) => e.name)).toEqual(['Q3 plan', 'Q3 plan (2)']);
		library = rename(library, id, 'Board deck');
		expect(library.scenarios[0].name).toBe('Board deck');
		const reopened = open(library, id);
		expect(reopened.ok && reopened.scenario.name).toBe('Board deck');
		library = duplicate(library, id, now);
		expect(library.scenarios.map((e) => e.name)).toEqual([
			'Board deck',
			'Board deck (copy)',
			'Q3 plan (2)'
		]);

		const before = library;
		const r = remove(library, id);
		expect(r.library.scenarios.map((e) => e.name)).toEqual(['Board deck (copy)', 'Q3 plan (2)']);
		expect(restore(r.library, r.undo!)).toEqual(before);
	});

	it('overwrites an entry only when asked, keeping its name', () => {
		const s = defaultScenario();
		const { library, id } = saveAs(emptyLibrary(), s, 'Base', now);
		const changed = { ...s, workload: { ...s.workload, requestsPerDay: '9' } };
		const over = saveOver(library, id, changed, now);
		const r = open(over, id);
		expect(r.ok && [r.scenario.name, r.scenario.workload.requestsPerDay]).toEqual(['Base', '9']);
	});

	it('round-trips through storage text exactly', () => {
		const { library } = saveAs(emptyLibrary(), defaultScenario(), 'A', now);
		expect(readLibrary(writeLibrary(library))).toEqual({ ok: true, library });
		expect(readLibrary(null)).toEqual({ ok: true, library: emptyLibrary() });
	});

	it('refuses a damaged library or one from a newer version, so it is never written over', () => {
		expect(readLibrary('{oops').ok).toBe(false);
		expect(readLibrary('[]').ok).toBe(false);
		const newer = readLibrary(JSON.stringify({ version: 2, scenarios: [] }));
		expect(newer.ok).toBe(false);
		if (!newer.ok) expect(newer.error).toMatch(/newer LLM TCO/);
	});

	it('an entry that fails validation is refused when opened, naming the field; the rest still open', () => {
		const { library } = saveAs(emptyLibrary(), defaultScenario(), 'Good', now);
		const broken = {
			...library,
			scenarios: [
				...library.scenarios,
				{
					id: 'bad',
					name: 'Bad',
					savedAt: now.toISOString(),
					document: { version: 1, workload: { pue: 'x' } }
				}
			]
		};
		const r = open(broken, 'bad');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors[0]).toMatch(/^workload\.pue: unknown field pue/);
		expect(open(broken, library.scenarios[0].id).ok).toBe(true);
	});
});
