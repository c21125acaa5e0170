import { isDeepStrictEqual } from 'node:util';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import { applyTexts, splitTexts, type CatalogTexts } from '../src/lib/catalog/texts';

/** The catalog's data modules, each named after the array (or object) it exports. */
const DATA = ['models', 'gpus', 'offerings', 'benchmarks', 'rates', 'assumptions'] as const;
type DataName = (typeof DATA)[number];

const CATALOG = '/src/lib/catalog/';
const TABLE = `${CATALOG}texts-table.ts`;

interface Split {
	lean: Record<DataName, unknown>;
	texts: CatalogTexts;
}

/** Loose ESTree shapes: what the transform reads of Rollup's AST. */
interface AstNode {
	type: string;
	start: number;
	end: number;
	declaration?: AstNode | null;
	declarations?: Array<{ id: { type: string; name?: string }; init: AstNode | null }>;
}

/**
 * Takes the catalog's source and note texts out of the first load (src/lib/catalog/texts.ts). In
 * a production build only: the catalog is evaluated once, as the tests and the CLI see it; each
 * data module keeps its code but its exported array becomes the same data with every `source`
 * and `note` emptied (what the array's helpers and Source constants made, computed here), and
 * texts-table.ts becomes the texts, which the app loads after the first paint. The build checks
 * that writing the texts back gives the catalog exactly.
 */
export function catalogTexts(): Plugin {
	let root = '';
	let split: Promise<Split> | undefined;
	const load = async (): Promise<Split> => {
		const url = pathToFileURL(resolve(root, 'src/lib/catalog/index.ts')).href;
		const catalog = (await tsImport(url, import.meta.url)) as Record<DataName, unknown>;
		const full = Object.fromEntries(DATA.map((k) => [k, catalog[k]])) as Record<DataName, unknown>;
		const { lean, texts } = splitTexts(full);
		const back = JSON.parse(JSON.stringify(lean)) as typeof lean;
		applyTexts(back, texts);
		if (JSON.stringify(back) !== JSON.stringify(full) || !isDeepStrictEqual(back, full))
			throw new Error('catalog texts: the lean catalog with its texts is not the catalog');
		return { lean, texts };
	};
	return {
		name: 'llm-tco:catalog-texts',
		apply: 'build',
		enforce: 'post',
		configResolved(config) {
			root = config.root;
		},
		async transform(code, id) {
			const file = id.split('?')[0];
			if (!file.includes(CATALOG)) return null;
			if (file.endsWith(TABLE)) {
				const { texts } = await (split ??= load());
				return { code: `export const table = ${JSON.stringify(texts)};\n`, map: null };
			}
			const name = DATA.find((k) => file.endsWith(`${CATALOG}${k}.ts`));
			if (!name) return null;
			const { lean } = await (split ??= load());
			const program = this.parse(code) as unknown as { body: AstNode[] };
			const data = JSON.stringify(lean[name]);
			// Every runtime export: a declared variable, or anything else (a function, `export { }`).
			type Declarator = NonNullable<AstNode['declarations']>[number];
			const exported: Array<Declarator | undefined> = program.body.flatMap((node) =>
				!node.type.startsWith('Export') ? [] : (node.declaration?.declarations ?? [undefined])
			);
			const own = exported.find((d) => d?.id.type === 'Identifier' && d.id.name === name);
			// A module that exports its data alone becomes that data: the helpers and Source constants
			// that made it are not needed, and Rollup cannot always tell that their calls are pure.
			if (own && exported.length === 1)
				return { code: `export const ${name} = ${data};\n`, map: null };
			// One that exports functions too (rates.ts) keeps its code, with the data in place.
			const init = own?.init;
			if (init) return { code: code.slice(0, init.start) + data + code.slice(init.end), map: null };
			this.error(`catalog texts: ${file} does not export const ${name}`);
		}
	};
}
