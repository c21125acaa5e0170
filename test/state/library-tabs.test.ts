import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/lib/scenario/document';
import { listAside, moveAside } from '../../src/lib/state/aside';
import {
	applyChange,
	emptyLibrary,
	readLibrary,
	savedAtText,
	writeLibrary,
	type Change,
	type Library
} from '../../src/lib/state/library';
import { Autosave, AUTOSAVE_KEY, TAB_AUTOSAVE_PREFIX } from '../../src/lib/state/persistence';
import { MemoryStorage } from './memory-storage';

const t1 = new Date('2026-11-26T12:00:00Z');
const t2 = new Date('2026-11-26T12:05:00Z');

/** A tab: its last view of the library, and read-modify-write against the shared text. */
function tab(shared: { text: string | null }) {
	let seen: Library = emptyLibrary();
	const read = () => {
		const r = readLibrary(shared.text);
		if (!r.ok) throw new Error(r.error);
		return r.library;
	};
	return {
		refresh: () => (seen = read()),
		apply(change: Change, now = t1) {
			const out = applyChange(read(), seen, change, now);
			shared.text = writeLibrary(out.library);
			seen = out.library;
			return out;
		},
		get names() {
			return seen.scenarios.map((e) => e.name);
		}
	};
}

const names = (text: string | null) => {
	const r = readLibrary(text);
	return r.ok ? r.library.scenarios.map((e) => e.name) : [];
};

describe('saved scenarios across tabs (read-modify-write)', () => {
	const s = defaultScenario();

	it('two tabs saving one after the other both keep their save', () => {
		const shared = { text: null as string | null };
		const a = tab(shared);
		const b = tab(shared);
		a.apply({ kind: 'saveAs', scenario: s, name: 'Plan A' });
		b.apply({ kind: 'saveAs', scenario: s, name: 'Plan B' }); // b never refreshed
		expect(names(shared.text)).toEqual(['Plan A', 'Plan B']);
	});

	it('a delete in one tab keeps what the other saved meanwhile', () => {
		const shared = { text: null as string | null };
		const a = tab(shared);
		const b = tab(shared);
		const keep = a.apply({ kind: 'saveAs', scenario: s, name: 'Keep' });
		a.apply({ kind: 'saveAs', scenario: s, name: 'Old' });
		b.refresh();
		a.apply({ kind: 'saveAs', scenario: s, name: 'New in A' });
		const old = readLibrary(shared.text);
		const oldId = old.ok ? old.library.scenarios.find((e) => e.name === 'Old')!.id : '';
		b.apply({ kind: 'remove', id: oldId });
		expect(names(shared.text)).toEqual(['Keep', 'New in A']);
		expect(keep.id).toBeDefined();
	});

	it('an edit of an entry another tab changed meanwhile is kept as a copy; nothing is lost', () => {
		const shared = { text: null as string | null };
		const a = tab(shared);
		const b = tab(shared);
		const { id } = a.apply({ kind: 'saveAs', scenario: s, name: 'Plan A' });
		b.refresh();
		const inA = { ...s, workload: { ...s.workload, requestsPerDay: '111' } };
		const inB = { ...s, workload: { ...s.workload, requestsPerDay: '222' } };
		a.apply({ kind: 'saveOver', id: id!, scenario: inA }, t2);
		const r = b.apply({ kind: 'saveOver', id: id!, scenario: inB }, t2);
		expect(r.conflict).toMatch(/changed in another tab/);
		const lib = readLibrary(shared.text);
		if (!lib.ok) throw new Error();
		const byName = Object.fromEntries(
			lib.library.scenarios.map((e) => [
				e.name,
				(e.document as { workload: { requestsPerDay: string } }).workload.requestsPerDay
			])
		);
		expect(byName).toEqual({ 'Plan A': '111', 'Plan A (from another tab)': '222' });
	});

	it('a rename of an entry another tab deleted saves it again', () => {
		const shared = { text: null as string | null };
		const a = tab(shared);
		const b = tab(shared);
		const { id } = a.apply({ kind: 'saveAs', scenario: s, name: 'Plan A' });
		b.refresh();
		a.apply({ kind: 'remove', id: id! });
		const r = b.apply({ kind: 'rename', id: id!, name: 'Renamed' });
		expect(r.conflict).toMatch(/deleted in another tab/);
		expect(names(shared.text)).toEqual(['Renamed']);
	});
});

describe('damaged entries and duplicate ids', () => {
	it('lists a damaged entry with its reason and writes it back unchanged', () => {
		const text = JSON.stringify({
			version: 1,
			scenarios: [
				{ id: 's1', name: 'Good', savedAt: t1.toISOString(), document: {} },
				{ id: 's2', name: 42, savedAt: t1.toISOString(), document: {} }
			]
		});
		const r = readLibrary(text);
		if (!r.ok) throw new Error(r.error);
		expect(r.library.scenarios.map((e) => e.name)).toEqual(['Good']);
		expect(r.library.damaged).toEqual([
			{
				raw: { id: 's2', name: 42, savedAt: t1.toISOString(), document: {} },
				reason: 'its name is a number, not text'
			}
		]);
		// A save keeps the damaged entry in storage, and does not reuse its id.
		const out = applyChange(
			r.library,
			r.library,
			{ kind: 'saveAs', scenario: defaultScenario(), name: 'New' },
			t1
		);
		expect(out.id).toBe('s3');
		const stored = JSON.parse(writeLibrary(out.library)) as { scenarios: { name: unknown }[] };
		expect(stored.scenarios.map((e) => e.name)).toEqual(['Good', 'New', 42]);
	});

	it('shows both entries of a duplicate id, the second under a new id', () => {
		const e = { id: 's1', name: 'One', savedAt: t1.toISOString(), document: {} };
		const r = readLibrary(JSON.stringify({ version: 1, scenarios: [e, { ...e, name: 'Two' }] }));
		if (!r.ok) throw new Error(r.error);
		expect(r.library.scenarios.map((x) => [x.id, x.name])).toEqual([
			['s1', 'One'],
			['s2', 'Two']
		]);
		expect(r.library.notes?.[0]).toMatch(/“Two” had the same id \(s1\)/);
	});

	it('an invalid saved date reads "date unknown"', () => {
		expect(savedAtText('yesterday')).toBe('date unknown');
		expect(savedAtText(t1.toISOString(), 'en-GB')).toMatch(/26\/11\/2026/);
	});
});

describe('autosave per tab; nothing unreadable overwritten', () => {
	it('each tab keeps its own autosave; the newest is what a new tab opens', () => {
		const storage = new MemoryStorage();
		const a = new Autosave(storage, 'a');
		const b = new Autosave(storage, 'b');
		a.save({ ...defaultScenario(), name: 'From A' });
		b.save({ ...defaultScenario(), name: 'From B' });
		expect(a.load().scenario?.name).toBe('From A');
		expect(new Autosave(storage, 'c').load().scenario?.name).toBe('From B');
		expect(storage.getItem(`${TAB_AUTOSAVE_PREFIX}a`)).toContain('From A');
	});

	it.each([
		['a newer version', JSON.stringify({ version: 2 })],
		['a truncated one', '{"version": 1, "name": "Half'],
		['one over the size limit', JSON.stringify({ version: 1, notes: 'x'.repeat(600 * 1024) })]
	])('%s is moved aside, byte for byte, and the next autosave does not touch it', (_, text) => {
		const storage = new MemoryStorage();
		storage.setItem(AUTOSAVE_KEY, text);
		const auto = new Autosave(storage, 'a');
		const r = auto.load();
		expect(r.scenario).toBeUndefined();
		expect(r.refused[0].asideKey).toMatch(/^llm-tco:aside:llm-tco:autosave:/);
		auto.save(defaultScenario());
		const aside = listAside(storage);
		expect(aside).toHaveLength(1);
		expect(aside[0].text).toBe(text);
		expect(aside[0].reason.length).toBeGreaterThan(0);
	});

	it('when there is no room to move it aside, the unreadable autosave stays and is not written over', () => {
		const storage = new MemoryStorage();
		const text = '{"version": 1, "name": "Half';
		storage.setItem(AUTOSAVE_KEY, text);
		storage.quota = text.length + 10;
		const auto = new Autosave(storage, 'a');
		expect(auto.load().refused[0].asideKey).toBeUndefined();
		storage.quota = Infinity;
		expect(auto.save(defaultScenario())).toBeUndefined();
		expect(storage.getItem(AUTOSAVE_KEY)).toBe(text);
		storage.quota = 0;
		expect(auto.save(defaultScenario())).toMatch(/Quota/);
	});

	it('moveAside refuses rather than half-writes when storage is full', () => {
		const storage = new MemoryStorage();
		storage.quota = 5;
		expect(moveAside(storage, 'k', 'long text', 'why')).toBeUndefined();
	});
});
