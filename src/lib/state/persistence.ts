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

/**
 * The links this tab's address bar has held (short digests, newest last, in sessionStorage: this
 * tab only, kept across a reload). A reload that opens one of them opens this tab's autosave
 * instead: the autosave is written on every edit and when the page hides, so it is never older
 * than a link the tab wrote. Not only the newest link counts: the browser may reload the address
 * it held just before the page's last `history.replaceState`.
 */
export const TAB_LINKS_KEY = 'llm-tco:tab-links';
const TAB_LINKS_KEPT = 4;

/** A 53-bit digest of a link (cyrb53): links are long, and only equality matters. */
export function linkDigest(link: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < link.length; i++) {
		const ch = link.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function tabLinks(session: Storage): string[] {
	try {
		const list: unknown = JSON.parse(session.getItem(TAB_LINKS_KEY) ?? '[]');
		return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
	} catch {
		return [];
	}
}

/** Note that this tab's address bar holds the link (call before or as it is written). */
export function rememberTabLink(session: Storage, link: string): void {
	const d = linkDigest(link);
	const list = tabLinks(session).filter((x) => x !== d);
	session.setItem(TAB_LINKS_KEY, JSON.stringify([...list, d].slice(-TAB_LINKS_KEPT)));
}

/**
 * Forget the links this tab held: the user put another link in the address bar (a `hashchange`,
 * which the page's own `history.replaceState` never fires), so a reload opens that link.
 */
export function forgetTabLinks(session: Storage): void {
	session.removeItem(TAB_LINKS_KEY);
}

/**
 * True when a page load should show this tab's autosave rather than the scenario in its link:
 * the link is one this tab held (a reload), and the tab has an autosave of its own.
 */
export function autosaveWinsOverLink(local: Storage, session: Storage, link: string): boolean {
	const tab = session.getItem(TAB_ID_KEY);
	if (!tab || local.getItem(`${TAB_AUTOSAVE_PREFIX}${tab}`) === null) return false;
	return tabLinks(session).includes(linkDigest(link));
}
