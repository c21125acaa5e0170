/**
 * A Storage in memory, like the browser's (shared by "tabs" in a test); `quota` (characters) makes
 * setItem throw as a full browser storage does.
 */
export class MemoryStorage implements Storage {
	private m = new Map<string, string>();
	quota = Infinity;
	get length() {
		return this.m.size;
	}
	clear() {
		this.m.clear();
	}
	getItem(k: string) {
		return this.m.get(k) ?? null;
	}
	key(i: number) {
		return [...this.m.keys()][i] ?? null;
	}
	removeItem(k: string) {
		this.m.delete(k);
	}
	setItem(k: string, v: string) {
		const used = [...this.m].reduce((n, [key, val]) => n + (key === k ? 0 : val.length), 0);
		if (used + v.length > this.quota) throw new Error('QuotaExceededError');
		this.m.set(k, v);
	}
}
