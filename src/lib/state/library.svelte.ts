import { getContext, setContext } from 'svelte';
import type { Scenario } from '../scenario/document';
import * as lib from './library';

/** The saved scenarios, as the pages see them. Writes go to the browser's storage at once. */
export class LibraryStore {
	library = $state.raw<lib.Library>(lib.emptyLibrary());
	/** Set when the stored library could not be read: then nothing is written over it. */
	error = $state<string | null>(null);
	/** The last deleted entry, until the next change. */
	undo = $state.raw<{ entry: lib.SavedScenario; index: number } | null>(null);
	private storage: Storage | undefined;

	load(storage: Storage) {
		this.storage = storage;
		const r = lib.readLibrary(storage.getItem(lib.LIBRARY_KEY));
		if (r.ok) this.library = r.library;
		else this.error = r.error;
	}

	private commit(next: lib.Library) {
		if (this.error || !this.storage) return false;
		try {
			this.storage.setItem(lib.LIBRARY_KEY, lib.writeLibrary(next));
		} catch {
			this.error =
				'The browser refused to store the scenario (storage full or disabled); nothing was changed.';
			return false;
		}
		this.library = next;
		return true;
	}

	saveAs(s: Scenario, name: string): string | undefined {
		const r = lib.saveAs(this.library, s, name, new Date());
		this.undo = null;
		return this.commit(r.library) ? r.id : undefined;
	}
	saveOver(id: string, s: Scenario) {
		this.undo = null;
		this.commit(lib.saveOver(this.library, id, s, new Date()));
	}
	rename(id: string, name: string) {
		this.undo = null;
		this.commit(lib.rename(this.library, id, name));
	}
	duplicate(id: string) {
		this.undo = null;
		this.commit(lib.duplicate(this.library, id, new Date()));
	}
	remove(id: string) {
		const r = lib.remove(this.library, id);
		if (this.commit(r.library)) this.undo = r.undo ?? null;
	}
	restore() {
		if (this.undo && this.commit(lib.restore(this.library, this.undo))) this.undo = null;
	}
	open(id: string) {
		return lib.open(this.library, id);
	}
}

const KEY = Symbol('library');
export const setLibraryStore = (l: LibraryStore) => setContext(KEY, l);
export const getLibraryStore = () => getContext<LibraryStore>(KEY);
