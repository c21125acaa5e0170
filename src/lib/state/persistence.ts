import {
	parseScenarioText,
	serializeScenario,
	type ParseResult,
	type Scenario
} from '../scenario/document';
import { moveAside } from './aside';

/** The newest autosave of any tab: what a new tab opens. */
export const AUTOSAVE_KEY = 'llm-tco:autosave';
/** Each tab's own autosave, so tabs never overwrite each other's work without a trace. */
export const TAB_AUTOSAVE_PREFIX = `${AUTOSAVE_KEY}:tab:`;
/** This tab's id, in sessionStorage (kept across a reload of the tab). */
export const TAB_ID_KEY = 'llm-tco:tab-id';
/** Tab autosaves kept (the newest tabs'); older ones are removed. */
const TABS_KEPT = 8;

/** This tab's id: made once per tab, ordered by creation time. */
export function tabId(session: Storage): string {
	let id = session.getItem(TAB_ID_KEY);
	if (!id) {
		id = `${Date.now().toString(36).padStart(9, '0')}${Math.random().toString(36).slice(2, 6)}`;
		session.setItem(TAB_ID_KEY, id);
	}
	return id;
}

export interface AutosaveLoad {
	/** The scenario to show, when an autosave could be read. */
	scenario?: Scenario;
	/** Autosaves that could not be read: where they were kept, and why. */
	refused: { key: string; asideKey?: string; errors: string[] }[];
}

/**
 * Autosave of the scenario being edited. On load it reads this tab's own autosave (a reload),
 * else the newest of any tab. An autosave it cannot read (damaged, too large, from a newer
 * version) is moved aside under its own key and never written over; when even that fails, the
 * key is left alone and this tab saves only under its own key.
 */
export class Autosave {
	private readonly own: string;
	/** Keys holding an unreadable autosave that could not be moved aside: never written. */
	private readonly blocked = new Set<string>();

	constructor(
		private readonly storage: Storage,
		tab: string
	) {
		this.own = `${TAB_AUTOSAVE_PREFIX}${tab}`;
	}

	load(): AutosaveLoad {
		const refused: AutosaveLoad['refused'] = [];
		for (const key of [this.own, AUTOSAVE_KEY]) {
			const text = this.storage.getItem(key);
			if (text === null) continue;
			const r: ParseResult = parseScenarioText(text);
			if (r.ok) return { scenario: r.scenario, refused };
			const asideKey = moveAside(this.storage, key, text, r.errors.join('; '));
			if (asideKey) this.storage.removeItem(key);
			else this.blocked.add(key);
			refused.push({ key, asideKey, errors: r.errors });
		}
		return { refused };
	}

	/** Save; returns the browser's refusal (storage full or disabled), or undefined. */
	save(s: Scenario): string | undefined {
		const text = serializeScenario(s);
		let failure: string | undefined;
		for (const key of [this.own, AUTOSAVE_KEY]) {
			if (this.blocked.has(key)) continue;
			try {
				this.storage.setItem(key, text);
			} catch (e) {
				failure = e instanceof Error ? e.message : String(e);
			}
		}
		this.prune();
		return failure;
	}

	/** Remove the autosaves of all but the newest tabs (tab ids sort by creation time). */
	private prune() {
		const tabs: string[] = [];
		for (let i = 0; i < this.storage.length; i++) {
			const key = this.storage.key(i);
			if (key?.startsWith(TAB_AUTOSAVE_PREFIX) && key !== this.own) tabs.push(key);
		}
		tabs.sort().reverse();
		for (const key of tabs.slice(TABS_KEPT - 1)) this.storage.removeItem(key);
	}
}
