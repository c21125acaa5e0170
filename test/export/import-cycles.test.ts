import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The export modules import each other in one direction only: context.ts loads the writers, the
// writers share types.ts and other leaves. A cycle (even through `import type` or `import()`)
// means a writer reaches back into the module that loads it; this test finds one if it comes back.

const ROOT = resolve(import.meta.dirname, '../..');
const LIB = join(ROOT, 'src/lib');

/** The .ts file an import names, or undefined for a package, a .svelte file or a missing file. */
function resolveImport(from: string, spec: string): string | undefined {
	const base = spec.startsWith('$lib/')
		? join(LIB, spec.slice('$lib/'.length))
		: spec.startsWith('.')
			? resolve(dirname(from), spec)
			: undefined;
	if (!base) return undefined;
	return [base, `${base}.ts`, join(base, 'index.ts')].find(
		(f) => f.endsWith('.ts') && existsSync(f)
	);
}

/** Every import of a file: static, type-only, re-exports and `import()` alike. */
function importsOf(file: string): string[] {
	const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
	return info.importedFiles.flatMap((f) => resolveImport(file, f.fileName) ?? []);
}

/** The import graph reachable from `roots`, following imports into other folders. */
function importGraph(roots: string[]): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	const todo = [...roots];
	for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
		if (graph.has(f)) continue;
		const to = importsOf(f);
		graph.set(f, to);
		todo.push(...to);
	}
	return graph;
}

/**
 * The cycles of a graph: each strongly connected component of two or more nodes, or a node with an
 * edge to itself, its nodes sorted (Tarjan's algorithm).
 */
function cycles(graph: Map<string, string[]>): string[][] {
	let next = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const out: string[][] = [];
	const visit = (v: string) => {
		index.set(v, next);
		low.set(v, next++);
		stack.push(v);
		onStack.add(v);
		for (const w of graph.get(v) ?? []) {
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
		}
		if (low.get(v) !== index.get(v)) return;
		const scc: string[] = [];
		let w: string;
		do {
			w = stack.pop()!;
			onStack.delete(w);
			scc.push(w);
		} while (w !== v);
		if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
	};
	for (const v of graph.keys()) if (!index.has(v)) visit(v);
	return out;
}

describe('cycles()', () => {
	const g = (edges: Record<string, string[]>) => new Map(Object.entries(edges));
	it.each([
		['no nodes', {}, []],
		['a chain', { a: ['b'], b: ['c'], c: [] }, []],
		['a diamond', { a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, []],
		['a node importing itself', { a: ['a'] }, [['a']]],
		['two nodes importing each other', { a: ['b'], b: ['a'] }, [['a', 'b']]],
		['a loop of three with a tail', { d: ['a'], a: ['b'], b: ['c'], c: ['a'] }, [['a', 'b', 'c']]],
		[
			'two loops',
			{ a: ['b'], b: ['a'], c: ['d'], d: ['c'], e: ['a', 'c'] },
			[
				['a', 'b'],
				['c', 'd']
			]
		]
	] as const)('%s', (_, edges, want) => {
		const graph = g(edges as Record<string, string[]>);
		const before = JSON.stringify([...graph]);
		expect(cycles(graph).sort()).toEqual(want);
		expect(JSON.stringify([...graph])).toBe(before);
	});
});

describe('src/lib/export', () => {
	const dir = join(LIB, 'export');
	const files = readdirSync(dir)
		.filter((f) => f.endsWith('.ts'))
		.map((f) => join(dir, f));
	const graph = importGraph(files);
	const name = (f: string) => relative(LIB, f);

	it('is read with its type-only and dynamic imports (the edges a cycle here went through)', () => {
		const edges = (f: string) => (graph.get(join(dir, f)) ?? []).map(name);
		expect(edges('context.ts')).toEqual(expect.arrayContaining(['export/csv.ts', 'export/pdf.ts']));
		expect(edges('csv.ts')).toContain('export/types.ts');
		expect(edges('types.ts')).toContain('charts/registry.ts');
	});

	it('has no import cycle through any of its files', () => {
		const inExport = cycles(graph)
			.filter((c) => c.some((f) => f.startsWith(dir)))
			.map((c) => c.map(name));
		expect(inExport).toEqual([]);
	});
});
