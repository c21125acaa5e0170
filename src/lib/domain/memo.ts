/**
 * Results of pure functions remembered per input object, held only as long as the object lives.
 * Inputs are never mutated (STYLE.md), so a figure computed from a model, a GPU or the serving
 * settings stays right for as long as that object exists; a changed input is a new object, and
 * misses. Candidates share models and GPUs, so a large scenario computes each shared figure once.
 */
export function remember<K, V>(
	map: { get(key: K): V | undefined; set(key: K, value: V): unknown },
	key: K,
	make: () => V
): V {
	let v = map.get(key);
	if (v === undefined) map.set(key, (v = make()));
	return v;
}

/**
 * The map one level down a chain of keys, created on first use.
 * @example const byServing = level(byModel, model); remember(byServing, serving, () => ...)
 */
export function level<K extends object, K2 extends object, V>(
	map: WeakMap<K, WeakMap<K2, V>>,
	key: K
): WeakMap<K2, V> {
	let m = map.get(key);
	if (!m) map.set(key, (m = new WeakMap()));
	return m;
}
