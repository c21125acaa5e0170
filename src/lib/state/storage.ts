/**
 * The browser's storage, when the page may use it. Reading `localStorage` throws in a sandboxed
 * or third-party iframe with storage blocked (an embedded chart on another site), and a storage
 * that is full or disabled throws on write: every access goes through these, so the page works
 * without storage (it still has the link).
 */
export function browserStorage(kind: 'local' | 'session' = 'local'): Storage | undefined {
	try {
		const s = kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
		// Some browsers hand out a storage object that throws on first use.
		s?.getItem('llm-tco:probe');
		return s ?? undefined;
	} catch {
		return undefined;
	}
}

/** Run a storage access; a refusal (blocked, full, disabled) is ignored. */
export function withStorage<T>(kind: 'local' | 'session', f: (s: Storage) => T): T | undefined {
	const s = browserStorage(kind);
	if (!s) return undefined;
	try {
		return f(s);
	} catch {
		return undefined;
	}
}
