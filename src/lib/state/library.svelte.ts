import { getContext, setContext } from 'svelte';
import type { Scenario } from '../scenario/document';
import * as lib from './library';
import { listAside, moveAside, type AsideItem } from './aside';

/**
 * The saved scenarios, as the pages see them. Every write re-reads storage and applies the change
 * to what it holds (read-modify-write), so two tabs never overwrite each other's saves; a
 * `storage` event from another tab refreshes the list (see `reload`).
 */
export class LibraryStore {
	library = $state.raw<lib.Library>(lib.emptyLibrary());
	/** Set when the stored library cannot be read and was left in place: then nothing is written. */
	error = $state<string | null>(null);
	/** The last write the browser refused (storage full): shown until a write succeeds. */
	writeError = $state<string | null>(null);
	/** What happened instead of an edit another tab had overtaken, or a library moved aside. */
	notice = $state<string | null>(null);
	/** Stored texts kept aside because they could not be read, each offered for download. */
	aside = $state.raw<AsideItem[]>([]);
	/** The last deleted entry, until the next change. */
	undo = $state.raw<{ entry: lib.SavedScenario; index: number } | null>(null);
	private storage: Storage | undefined;

	load(storage: Storage) {
		this.storage = storage;
		this.reload();
	}

	/** Read the library again (on load, and when another tab changed it). */
	reload() {
		if (!this.storage) return;
		const fresh = this.read();
		if (fresh) {
			this.library = fresh;
			this.error = null;
		}
		this.aside = listAside(this.storage);
	}

	/**
	 * The library as storage holds it now. One that cannot be read is moved aside (kept under its
	 * own key, offered for download) so the user can go on saving, unless it comes from a newer
	 * version, or moving it failed: then it stays where it is and nothing is written.
	 */
	private read(): lib.Library | undefined {
		const storage = this.storage!;
		const text = storage.getItem(lib.LIBRARY_KEY);
		const r = lib.readLibrary(text);
		if (r.ok) return r.library;
		if (text !== null && r.movable) {
			const key = moveAside(storage, lib.LIBRARY_KEY, text, r.error);
			if (key) {
				storage.removeItem(lib.LIBRARY_KEY);
				this.notice = `${r.error} They were kept aside (${key}); download them below. New saves start an empty list.`;
				return lib.emptyLibrary();
			}
		}
		this.error = `${r.error}${r.movable ? ' They were left untouched.' : ''}`;
		return undefined;
	}

	private commit(change: lib.Change): lib.Applied | undefined {
		if (!this.storage) return undefined;
		const fresh = this.read();
		if (!fresh) return undefined;
		const applied = lib.applyChange(fresh, this.library, change, new Date());
		try {
			this.storage.setItem(lib.LIBRARY_KEY, lib.writeLibrary(applied.library));
		} catch {
			this.library = fresh;
			this.writeError =
				'The browser refused to store the scenario (storage full or disabled); nothing was changed. Free some space (delete a saved scenario) and try again.';
			return undefined;
		}
		this.error = null;
		this.writeError = null;
		this.notice = applied.conflict ?? null;
		this.library = applied.library;
		this.aside = listAside(this.storage);
		return applied;
	}

	saveAs(s: Scenario, name: string): string | undefined {
		this.undo = null;
		return this.commit({ kind: 'saveAs', scenario: s, name })?.id;
	}
	saveOver(id: string, s: Scenario) {
		this.undo = null;
		return this.commit({ kind: 'saveOver', id, scenario: s });
	}
	rename(id: string, name: string) {
		this.undo = null;
		return this.commit({ kind: 'rename', id, name });
	}
	duplicate(id: string) {
		this.undo = null;
		return this.commit({ kind: 'duplicate', id });
	}
	remove(id: string) {
		const r = this.commit({ kind: 'remove', id });
		if (r) this.undo = r.undo ?? null;
	}
	restore() {
		if (this.undo && this.commit({ kind: 'restore', undo: this.undo })) this.undo = null;
	}
	open(id: string) {
		return lib.open(this.library, id);
	}
	/** The library's stored text as it is (for a download when it cannot be read). */
	storedText(): string | null {
		return this.storage?.getItem(lib.LIBRARY_KEY) ?? null;
	}
	/** Forget a text kept aside (after the user downloaded it, or does not want it). */
	discardAside(key: string) {
		this.storage?.removeItem(key);
		if (this.storage) this.aside = listAside(this.storage);
	}
}

const KEY = Symbol('library');
export const setLibraryStore = (l: LibraryStore) => setContext(KEY, l);
export const getLibraryStore = () => getContext<LibraryStore>(KEY);
