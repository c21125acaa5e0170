/**
 * Keys that mean something to every JavaScript object. A document that uses one as a name (a
 * model id, an override, a provider) would reach object lookups where it does not mean an entry,
 * so scenario and price files that hold one anywhere are refused with its path.
 */
export const RESERVED_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

export const isReservedKey = (key: string): boolean =>
	(RESERVED_KEYS as readonly string[]).includes(key);

/**
 * The path to the first reserved key in a parsed JSON value, or undefined. Iterative, so a deeply
 * nested document cannot overflow the stack; own keys only (JSON.parse makes `__proto__` one).
 * @example findReservedKey(JSON.parse('{"overrides":{"models":{"__proto__":{}}}}')) → ['overrides', 'models', '__proto__']
 */
export function findReservedKey(value: unknown): (string | number)[] | undefined {
	// Each node links to its parent: the path is built only for the key found, so a deep
	// document costs time in proportion to its size.
	type Node = { v: unknown; key: string | number; parent?: Node };
	const pathOf = (n: Node | undefined): (string | number)[] => {
		const out: (string | number)[] = [];
		for (; n?.parent; n = n.parent) out.push(n.key);
		return out.reverse();
	};
	const stack: Node[] = [{ v: value, key: '' }];
	while (stack.length) {
		const node = stack.pop()!;
		const v = node.v;
		if (!v || typeof v !== 'object') continue;
		if (Array.isArray(v)) {
			v.forEach((x, i) => stack.push({ v: x, key: i, parent: node }));
			continue;
		}
		for (const key of Object.keys(v)) {
			if (isReservedKey(key)) return [...pathOf(node), key];
			stack.push({ v: (v as Record<string, unknown>)[key], key, parent: node });
		}
	}
	return undefined;
}
