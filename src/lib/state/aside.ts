/**
 * Stored text the app cannot read (a damaged or too new autosave, a damaged library) is never
 * overwritten: it is moved aside under its own key, with why and when, and offered for download.
 */
export const ASIDE_PREFIX = 'llm-tco:aside:';

export interface AsideItem {
	key: string;
	/** The key it was read from. */
	from: string;
	reason: string;
	movedAt: string;
	text: string;
}

/**
 * Keep `text` under a new key beside `from`; returns the key, or undefined when the browser
 * refused (storage full): then the caller must leave the original where it is.
 * @example moveAside(localStorage, 'llm-tco:autosave', '{…', 'not valid JSON') → 'llm-tco:aside:llm-tco:autosave:2026-11-29T01:00:00.000Z'
 */
export function moveAside(
	storage: Storage,
	from: string,
	text: string,
	reason: string,
	now = new Date()
): string | undefined {
	let key = `${ASIDE_PREFIX}${from}:${now.toISOString()}`;
	for (let n = 2; storage.getItem(key) !== null; n++)
		key = `${ASIDE_PREFIX}${from}:${now.toISOString()}-${n}`;
	try {
		storage.setItem(key, JSON.stringify({ from, reason, movedAt: now.toISOString(), text }));
		return key;
	} catch {
		return undefined;
	}
}

/** Every text kept aside, oldest first. */
export function listAside(storage: Storage): AsideItem[] {
	const out: AsideItem[] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (!key?.startsWith(ASIDE_PREFIX)) continue;
		try {
			const o = JSON.parse(storage.getItem(key) ?? '') as Partial<AsideItem>;
			out.push({
				key,
				from: String(o.from ?? ''),
				reason: String(o.reason ?? ''),
				movedAt: String(o.movedAt ?? ''),
				text: String(o.text ?? '')
			});
		} catch {
			out.push({
				key,
				from: '',
				reason: 'unreadable',
				movedAt: '',
				text: storage.getItem(key) ?? ''
			});
		}
	}
	return out.sort((a, b) => a.key.localeCompare(b.key));
}
