import { parseScenario, type Scenario } from '../scenario/document';
import { issue, refusal } from '../scenario/issues';

/**
 * Saved scenarios, kept in the browser. The library is one JSON document with its own version;
 * each entry keeps its scenario document as saved, with that document's version, and is validated
 * (and migrated) only when it is opened, so one damaged entry never hides the others.
 */
export const LIBRARY_KEY = 'llm-tco:library';
export const LIBRARY_VERSION = 1;

export interface SavedScenario {
	id: string;
	name: string;
	/** ISO timestamp. */
	savedAt: string;
	/** The scenario document as saved (validated when opened). */
	document: unknown;
}

/** A stored entry the app cannot read: kept as it was (written back unchanged), listed with why. */
export interface DamagedEntry {
	raw: unknown;
	reason: string;
}

export interface Library {
	version: typeof LIBRARY_VERSION;
	scenarios: SavedScenario[];
	/** Entries that could not be read: never dropped, written back as they were. */
	damaged?: DamagedEntry[];
	/** What reading the library repaired (duplicate ids), for the list; not stored. */
	notes?: string[];
}

export type LoadedLibrary =
	| { ok: true; library: Library }
	| {
			ok: false;
			error: string;
			/** True when the library may be moved aside (not a newer version). */ movable: boolean;
	  };

export const emptyLibrary = (): Library => ({ version: LIBRARY_VERSION, scenarios: [] });

/** Why a stored entry cannot be listed, or undefined when it can. */
function entryProblem(e: unknown): string | undefined {
	if (!e || typeof e !== 'object' || Array.isArray(e)) return 'not an entry object';
	const o = e as Record<string, unknown>;
	for (const key of ['id', 'name', 'savedAt'] as const) {
		if (typeof o[key] !== 'string')
			return `its ${key} is ${o[key] === undefined ? 'missing' : `a ${o[key] === null ? 'null' : typeof o[key]}, not text`}`;
	}
	if (!(o.id as string).length) return 'its id is empty';
	return undefined;
}

/** A short description of a damaged entry for the list: its name or id when they are text. */
export function damagedLabel(d: DamagedEntry): string {
	const o = (d.raw && typeof d.raw === 'object' ? d.raw : {}) as Record<string, unknown>;
	const name = typeof o.name === 'string' || typeof o.name === 'number' ? String(o.name) : '';
	return name || (typeof o.id === 'string' ? o.id : 'an unnamed entry');
}

/**
 * Read the library from text (or nothing). Refused when damaged as a whole: then it must not be
 * written over. A damaged entry is kept aside in `damaged` with its reason; an entry whose id
 * repeats another's is listed under a new id, with a note.
 */
export function readLibrary(text: string | null): LoadedLibrary {
	if (text === null) return { ok: true, library: emptyLibrary() };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return {
			ok: false,
			movable: true,
			error: 'The saved scenarios in this browser are damaged (not JSON).'
		};
	}
	const o = json as Partial<Library>;
	if (!o || typeof o !== 'object' || !Array.isArray(o.scenarios)) {
		return {
			ok: false,
			movable: true,
			error: 'The saved scenarios in this browser are not in a known format.'
		};
	}
	if (typeof o.version !== 'number' || o.version > LIBRARY_VERSION) {
		return {
			ok: false,
			movable: false,
			error: `The saved scenarios were written by a newer LLM TCO (library version ${String(o.version)}); update the app to open them. They were left untouched.`
		};
	}
	const scenarios: SavedScenario[] = [];
	const damaged: DamagedEntry[] = [];
	const notes: string[] = [];
	const ids = new Set<string>();
	for (const e of o.scenarios as unknown[]) {
		const problem = entryProblem(e);
		if (problem) {
			damaged.push({ raw: e, reason: problem });
			continue;
		}
		const entry = { ...(e as SavedScenario) };
		if (ids.has(entry.id)) {
			const id = freshId(ids);
			notes.push(
				`“${entry.name}” had the same id (${entry.id}) as another entry; it is kept under ${id}.`
			);
			entry.id = id;
		}
		ids.add(entry.id);
		scenarios.push(entry);
	}
	const library: Library = { version: LIBRARY_VERSION, scenarios };
	if (damaged.length) library.damaged = damaged;
	if (notes.length) library.notes = notes;
	return { ok: true, library };
}

export const writeLibrary = (l: Library): string =>
	JSON.stringify({
		version: l.version,
		scenarios: [
			...l.scenarios.map(({ id, name, savedAt, document }) => ({ id, name, savedAt, document })),
			...(l.damaged ?? []).map((d) => d.raw)
		]
	});

const freshId = (used: Set<string>): string => {
	let n = used.size + 1;
	while (used.has(`s${n}`)) n++;
	return `s${n}`;
};

const newId = (l: Library): string =>
	freshId(new Set([...l.scenarios.map((s) => s.id), ...(l.damaged ?? []).flatMap(rawId)]));
const rawId = (d: DamagedEntry): string[] => {
	const id = (d.raw as { id?: unknown } | null)?.id;
	return typeof id === 'string' ? [id] : [];
};

/** A name not yet used in the library: "Q3 plan", else "Q3 plan (2)", "Q3 plan (3)"… */
export function uniqueName(l: Library, wanted: string, exceptId?: string): string {
	const name = wanted.trim().slice(0, 200) || 'Untitled scenario';
	const taken = new Set(l.scenarios.filter((s) => s.id !== exceptId).map((s) => s.name));
	if (!taken.has(name)) return name;
	for (let i = 2; ; i++) if (!taken.has(`${name} (${i})`)) return `${name} (${i})`;
}

/** Save a scenario under a name; returns the new library and the entry's id. */
export function saveAs(
	l: Library,
	s: Scenario,
	name: string,
	now: Date
): { library: Library; id: string } {
	const id = newId(l);
	const finalName = uniqueName(l, name);
	const entry: SavedScenario = {
		id,
		name: finalName,
		savedAt: now.toISOString(),
		document: { ...s, name: finalName }
	};
	return { library: { ...l, scenarios: [...l.scenarios, entry] }, id };
}

/** Overwrite a saved entry with the current scenario (keeping its name). */
export function saveOver(l: Library, id: string, s: Scenario, now: Date): Library {
	return {
		...l,
		scenarios: l.scenarios.map((e) =>
			e.id === id ? { ...e, savedAt: now.toISOString(), document: { ...s, name: e.name } } : e
		)
	};
}

export function rename(l: Library, id: string, name: string): Library {
	const finalName = uniqueName(l, name, id);
	return {
		...l,
		scenarios: l.scenarios.map((e) =>
			e.id === id
				? {
						...e,
						name: finalName,
						document:
							e.document && typeof e.document === 'object'
								? { ...e.document, name: finalName }
								: e.document
					}
				: e
		)
	};
}

export function duplicate(l: Library, id: string, now: Date): Library {
	const e = l.scenarios.find((x) => x.id === id);
	if (!e) return l;
	const name = uniqueName(l, `${e.name} (copy)`);
	const copy: SavedScenario = {
		id: newId(l),
		name,
		savedAt: now.toISOString(),
		document: e.document && typeof e.document === 'object' ? { ...e.document, name } : e.document
	};
	const at = l.scenarios.indexOf(e) + 1;
	return { ...l, scenarios: [...l.scenarios.slice(0, at), copy, ...l.scenarios.slice(at)] };
}

/** Delete an entry; returns what undo needs to put it back where it was. */
export function remove(
	l: Library,
	id: string
): { library: Library; undo?: { entry: SavedScenario; index: number } } {
	const index = l.scenarios.findIndex((e) => e.id === id);
	if (index < 0) return { library: l };
	return {
		library: { ...l, scenarios: l.scenarios.filter((e) => e.id !== id) },
		undo: { entry: l.scenarios[index], index }
	};
}

export function restore(l: Library, undo: { entry: SavedScenario; index: number }): Library {
	if (l.scenarios.some((e) => e.id === undo.entry.id)) return l;
	const scenarios = [...l.scenarios];
	scenarios.splice(Math.min(undo.index, scenarios.length), 0, undo.entry);
	return { ...l, scenarios };
}

/** Open a saved entry: validated and migrated like any scenario file, or refused with the reasons. */
export function open(l: Library, id: string): ReturnType<typeof parseScenario> {
	const e = l.scenarios.find((x) => x.id === id);
	if (!e) return refusal([issue([], 'This saved scenario no longer exists.')]);
	return parseScenario(e.document);
}

/** A change to the library, applied to what storage holds at the moment of writing. */
export type Change =
	| { kind: 'saveAs'; scenario: Scenario; name: string }
	| { kind: 'saveOver'; id: string; scenario: Scenario }
	| { kind: 'rename'; id: string; name: string }
	| { kind: 'duplicate'; id: string }
	| { kind: 'remove'; id: string }
	| { kind: 'restore'; undo: { entry: SavedScenario; index: number } };

export interface Applied {
	library: Library;
	/** The entry saved (saveAs, or the copy a conflict made). */
	id?: string;
	undo?: { entry: SavedScenario; index: number };
	/** Set when another tab had changed or deleted the entry: what was done instead. */
	conflict?: string;
}

/** Suffix of a copy kept because another tab changed the same entry. */
export const FROM_ANOTHER_TAB = ' (from another tab)';

/**
 * Apply a change read-modify-write: `fresh` is the library as storage holds it now, `seen` the
 * one this tab last showed. An entry edited here that another tab has changed since (another
 * name or save time) is not overwritten: this tab's edit is kept as a copy, "Plan A (from
 * another tab)". An entry another tab deleted is saved again. Nothing either tab saved is lost.
 * @example applyChange(fresh, seen, { kind: 'saveOver', id: 's1', scenario }, now) → s1 kept, a copy added when s1 changed in between
 */
export function applyChange(fresh: Library, seen: Library, change: Change, now: Date): Applied {
	switch (change.kind) {
		case 'saveAs':
			return saveAs(fresh, change.scenario, change.name, now);
		case 'duplicate': {
			if (fresh.scenarios.some((e) => e.id === change.id))
				return { library: duplicate(fresh, change.id, now) };
			const mine = seen.scenarios.find((e) => e.id === change.id);
			if (!mine) return { library: fresh };
			const r = saveAsDocument(fresh, mine.document, `${mine.name} (copy)`, now);
			return {
				...r,
				conflict: `“${mine.name}” had been deleted in another tab; its copy was saved.`
			};
		}
		case 'remove':
			return remove(fresh, change.id);
		case 'restore':
			return { library: restore(fresh, change.undo) };
		case 'saveOver':
		case 'rename': {
			const mine = seen.scenarios.find((e) => e.id === change.id);
			const theirs = fresh.scenarios.find((e) => e.id === change.id);
			if (!mine) return { library: fresh };
			const unchanged = theirs && theirs.name === mine.name && theirs.savedAt === mine.savedAt;
			if (unchanged) {
				return {
					library:
						change.kind === 'saveOver'
							? saveOver(fresh, change.id, change.scenario, now)
							: rename(fresh, change.id, change.name)
				};
			}
			const document = change.kind === 'saveOver' ? change.scenario : mine.document;
			const name =
				change.kind === 'rename' ? change.name : `${mine.name}${theirs ? FROM_ANOTHER_TAB : ''}`;
			const r = saveAsDocument(fresh, document, name, now);
			const savedName = r.library.scenarios.find((e) => e.id === r.id)?.name ?? name;
			return {
				...r,
				conflict: theirs
					? `“${mine.name}” was changed in another tab meanwhile; both are kept: this tab’s version is saved as “${savedName}”.`
					: `“${mine.name}” had been deleted in another tab; this tab’s version is saved again as “${savedName}”.`
			};
		}
	}
}

/** Save a stored document (any version) as a new entry under a unique name. */
function saveAsDocument(l: Library, document: unknown, name: string, now: Date) {
	const id = newId(l);
	const finalName = uniqueName(l, name);
	const doc =
		document && typeof document === 'object' ? { ...document, name: finalName } : document;
	const entry: SavedScenario = { id, name: finalName, savedAt: now.toISOString(), document: doc };
	return { library: { ...l, scenarios: [...l.scenarios, entry] }, id };
}

/** A saved time for display, or "date unknown" when the stored text is not a date. */
export function savedAtText(savedAt: string, locale?: string): string {
	const d = new Date(savedAt);
	return Number.isNaN(d.getTime()) ? 'date unknown' : d.toLocaleString(locale);
}
