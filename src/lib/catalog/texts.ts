/**
 * The catalog's texts (sources, notes, benchmark conditions), taken out of the first load.
 *
 * Every catalog figure carries its `source` and `note`; with the benchmarks' `conditions` they are
 * most of the catalog's bytes, and the first numbers on the page need none of them. In the source
 * tree (tests, the CLI, `vite dev`) the catalog modules carry their texts and the table
 * (texts-table.ts) is empty. The production build (scripts/catalog-texts-plugin.ts) evaluates the
 * catalog, writes each data module's array with every text emptied (splitTexts), and puts the
 * texts in the table, a chunk of its own that `loadCatalogTexts()` (index.ts) fetches after the
 * first paint and writes back into the same objects (applyTexts).
 */

/**
 * The texts in the order a walk of the catalog meets them (textSlots): `at[k]` is the index in
 * `strings` of the k-th text; each distinct text is held once.
 */
export interface CatalogTexts {
	strings: readonly string[];
	at: readonly number[];
}

type Node = Record<string, unknown>;
const isNode = (x: unknown): x is Node => typeof x === 'object' && x !== null;

/**
 * The texts of an object: `source` and `note` where it is sourced (a Figure or a Source, with a
 * `source` string), and a benchmark's `conditions` (what was measured, in words). Emptying a text
 * keeps it one, so the full catalog and the lean one have the same places.
 */
function isText(o: Node, key: string): boolean {
	if (typeof o[key] !== 'string') return false;
	return (
		key === 'conditions' || ((key === 'source' || key === 'note') && typeof o.source === 'string')
	);
}

/** Every place of a text under `root`, as [object, key], arrays by index and keys in order. */
function* textSlots(root: unknown): Generator<[Node, string]> {
	if (Array.isArray(root)) {
		for (const item of root) yield* textSlots(item);
	} else if (isNode(root)) {
		for (const key of Object.keys(root)) {
			if (isText(root, key)) yield [root, key];
			else yield* textSlots(root[key]);
		}
	}
}

/**
 * Take the texts out of a catalog: a copy of `root` as JSON would make it, with every text
 * emptied (keys and their order kept), and the texts that were there. `root` is not changed.
 * @example splitTexts({ models: [{ source: 'EIA', asOf: '2024', value: '1' }] })
 *   // { lean: { models: [{ source: '', asOf: '2024', value: '1' }] },
 *   //   texts: { strings: ['EIA'], at: [0] } }
 */
export function splitTexts<T extends object>(root: T): { lean: T; texts: CatalogTexts } {
	// A copy as the build emits it (JSON): an object the catalog uses twice becomes two.
	const lean = JSON.parse(JSON.stringify(root)) as T;
	const strings: string[] = [];
	const index = new Map<string, number>();
	const at: number[] = [];
	for (const [o, key] of textSlots(lean)) {
		const text = o[key] as string;
		let i = index.get(text);
		if (i === undefined) index.set(text, (i = strings.push(text) - 1));
		at.push(i);
		o[key] = '';
	}
	return { lean, texts: { strings, at } };
}

/**
 * Write the texts back into the catalog objects they were taken from (the build's lean catalog).
 * The one place the catalog is changed after it is made: it completes objects the build emptied.
 */
export function applyTexts(root: object, t: CatalogTexts): void {
	if (t.at.length === 0) return; // the source tree's catalog: its texts are there
	let k = 0;
	for (const [o, key] of textSlots(root)) {
		if (k === t.at.length) throw new Error('catalog texts: more places than texts');
		o[key] = t.strings[t.at[k++]];
	}
	if (k !== t.at.length) throw new Error(`catalog texts: ${t.at.length - k} texts left over`);
}
