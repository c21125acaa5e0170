import { parseScenario, type Scenario } from '../scenario/document';

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

export interface Library {
	version: typeof LIBRARY_VERSION;
	scenarios: SavedScenario[];
}

export type LoadedLibrary = { ok: true; library: Library } | { ok: false; error: string };

export const emptyLibrary = (): Library => ({ version: LIBRARY_VERSION, scenarios: [] });

/** Read the library from text (or nothing). Refused when damaged: then it must not be written over. */
export function readLibrary(text: string | null): LoadedLibrary {
	if (text === null) return { ok: true, library: emptyLibrary() };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return {
			ok: false,
			error: 'The saved scenarios in this browser are damaged (not JSON); they were left untouched.'
		};
	}
	const o = json as Partial<Library>;
	if (!o || typeof o !== 'object' || !Array.isArray(o.scenarios)) {
		return {
			ok: false,
			error:
				'The saved scenarios in this browser are not in a known format; they were left untouched.'
		};
	}
	if (typeof o.version !== 'number' || o.version > LIBRARY_VERSION) {
		return {
			ok: false,
			error: `The saved scenarios were written by a newer LLM TCO (library version ${String(o.version)}); update the app to open them. They were left untouched.`
		};
	}
	const scenarios = o.scenarios.filter(
		(e): e is SavedScenario =>
			!!e &&
			typeof e === 'object' &&
			typeof e.id === 'string' &&
			typeof e.name === 'string' &&
			typeof e.savedAt === 'string'
	);
	return { ok: true, library: { version: LIBRARY_VERSION, scenarios } };
}

export const writeLibrary = (l: Library): string => JSON.stringify(l);

const newId = (l: Library): string => {
	let n = l.scenarios.length + 1;
	const used = new Set(l.scenarios.map((s) => s.id));
	while (used.has(`s${n}`)) n++;
	return `s${n}`;
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
	if (!e) return { ok: false, errors: ['This saved scenario no longer exists.'] };
	return parseScenario(e.document);
}
