import { getContext, setContext } from 'svelte';
import type { Theme } from '../charts/palette';

const THEME_KEY = 'llm-tco:theme';

/** Light or dark, following the system until the user picks one. */
export class ThemeStore {
	theme = $state<Theme>('light');

	init(storage: Storage, prefersDark: boolean): true {
		const saved = storage.getItem(THEME_KEY);
		this.theme = saved === 'dark' || saved === 'light' ? saved : prefersDark ? 'dark' : 'light';
		return true;
	}

	/** Switch themes; remembered when storage is available (and not full). */
	toggle(storage: Storage | undefined) {
		this.theme = this.theme === 'dark' ? 'light' : 'dark';
		try {
			storage?.setItem(THEME_KEY, this.theme);
		} catch {
			// Storage full or blocked: the theme holds for this visit.
		}
	}
}

const KEY = Symbol('theme');
export const setThemeStore = (t: ThemeStore) => setContext(KEY, t);
export const getThemeStore = () => getContext<ThemeStore>(KEY);
