import { Decimal } from '../domain/decimal';

/**
 * The engine remembers what it works out from an input by the input's object (domain/memo.ts): a
 * model's weights and KV layout, a GPU's usable memory, the replica sizes that fit, a benchmark
 * index. Resolving a scenario makes new objects every time, so without this nothing would carry
 * over from one evaluation to the next. `reuser()` gives a function that takes freshly resolved
 * inputs and puts back, wherever a part is equal member by member to the part at the same place in
 * the inputs it was given last, that earlier object. An edit then makes new objects only where it
 * changed something (a new volume: the workload, not the models, GPUs or serving settings), and the
 * engine redoes only what depends on them, as a spreadsheet recalculates only what depends on the
 * edited cell. Results are the same as with new objects: equal inputs give equal results.
 *
 * Equal means: the same primitive (NaN is never equal), Decimals of equal value and sign, and plain
 * objects or arrays with the same keys whose members are equal. Any other object (a class
 * instance, a Map) is equal only to itself. The inputs are never mutated once made (STYLE.md), so
 * an object handed out before stays right; nor does this change what it is given: a part that is to
 * point at kept objects is a copy.
 */
export function reuser<T>(): (next: T) => T {
	let last: unknown;
	return (next) => {
		const kept = keep(last, next, new Map());
		last = kept;
		return kept as T;
	};
}

type Plain = Record<string, unknown>;

const isPlain = (x: unknown): x is Plain =>
	typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype;

/**
 * `prev` when it equals `next`; else `next`, its members replaced by the equal ones of `prev`.
 * `seen` maps each fresh object already visited to what it became, so an object referenced from
 * many places (a model shared by many candidates) is compared once.
 */
function keep(prev: unknown, next: unknown, seen: Map<object, unknown>): unknown {
	if (prev === next || typeof next !== 'object' || next === null) return next;
	if (next instanceof Decimal) {
		return prev instanceof Decimal && prev.eq(next) && prev.isNeg() === next.isNeg() ? prev : next;
	}
	const known = seen.get(next);
	if (known !== undefined) return known;
	let out: unknown = next;
	// With nothing comparable at this place, the members are still visited: an object met here that
	// was met (and kept) elsewhere becomes that kept object, so what the fresh inputs share stays
	// shared. A part whose members change is copied first (copy): nothing handed in is changed, not
	// even a catalog constant met at another place than last time.
	if (Array.isArray(next)) {
		const p = Array.isArray(prev) ? prev : undefined;
		let same = p !== undefined && p.length === next.length;
		let copy: unknown[] | undefined;
		for (let i = 0; i < next.length; i++) {
			const k = keep(p?.[i], next[i], seen);
			if (k !== next[i]) (copy ??= next.slice())[i] = k;
			if (!same || k !== p?.[i]) same = false;
		}
		out = same ? prev : (copy ?? next);
	} else if (isPlain(next)) {
		const p = isPlain(prev) ? prev : undefined;
		// Keys counted rather than listed (a plain object's for-in keys are its own): a large
		// scenario's resolve compares thousands of objects, and Object.keys made an array for each.
		let same = p !== undefined;
		let n = 0;
		let copy: Plain | undefined;
		for (const key in next) {
			n++;
			const k = keep(p?.[key], next[key], seen);
			if (k !== next[key]) (copy ??= { ...next })[key] = k;
			if (!same || !p || k !== p[key] || !Object.hasOwn(p, key)) same = false;
		}
		if (same) {
			let m = 0;
			// eslint-disable-next-line @typescript-eslint/no-unused-vars
			for (const key in p) m++;
			same = m === n;
		}
		out = same ? prev : (copy ?? next);
	}
	seen.set(next, out);
	return out;
}

/**
 * The opposite of reuse: a copy made of new objects throughout (new Decimals too), so the engine
 * has seen none of it and works everything out again. An object met twice (a model shared by many
 * candidates) is copied once, as resolve shares it. For the tests that hold results through reused
 * inputs to those of new ones, and for the engine bench's first-evaluation figure.
 */
export function freshCopy<T>(x: T, copies = new Map<object, unknown>()): T {
	if (typeof x !== 'object' || x === null) return x;
	const known = copies.get(x);
	if (known !== undefined) return known as T;
	let out: unknown;
	if (x instanceof Decimal) out = new Decimal(x);
	else if (Array.isArray(x)) out = x.map((v) => freshCopy(v, copies));
	else {
		const o: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(x)) o[k] = freshCopy(v, copies);
		out = o;
	}
	copies.set(x, out);
	return out as T;
}
