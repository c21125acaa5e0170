import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
	assumptions,
	benchmarks,
	gpus,
	loadCatalogTexts,
	models,
	offerings,
	rates
} from '../../src/lib/catalog';
import { table } from '../../src/lib/catalog/texts-table';
import { applyTexts, splitTexts, type CatalogTexts } from '../../src/lib/catalog/texts';

const full = { models, gpus, offerings, benchmarks, rates, assumptions };
const json = (x: unknown) => JSON.stringify(x);

/** Every string under `root` kept by key, in order: what must survive the split unchanged. */
function strings(root: unknown, out: string[] = []): string[] {
	if (Array.isArray(root)) for (const x of root) strings(x, out);
	else if (typeof root === 'object' && root !== null)
		for (const [k, v] of Object.entries(root)) {
			if (typeof v === 'string') out.push(`${k}=${v}`);
			else strings(v, out);
		}
	return out;
}

describe('splitTexts and applyTexts (what the build does to the catalog)', () => {
	const before = json(full);
	const { lean, texts } = splitTexts(full);

	it('empties every source, note and benchmark conditions, and nothing else', () => {
		const was = strings(full);
		const now = strings(lean);
		expect(now).toHaveLength(was.length);
		const changed = now.filter((s, i) => s !== was[i]);
		expect(changed.length).toBe(texts.at.length);
		for (const s of changed) expect(s).toMatch(/^(source|note|conditions)=$/);
		expect(json(lean)).not.toMatch(/"(source|note|conditions)":"[^"]/);
		expect(json(lean).length).toBeLessThan(json(full).length / 2);
	});

	it('gives the catalog back exactly, keys in the same order, from a copy as the build emits it', () => {
		const back = JSON.parse(json(lean));
		applyTexts(back, texts);
		expect(json(back)).toBe(before);
		expect(isDeepStrictEqual(back, JSON.parse(before))).toBe(true);
	});

	it('holds each text once', () => {
		expect(new Set(texts.strings).size).toBe(texts.strings.length);
		expect(texts.at.every((i) => i >= 0 && i < texts.strings.length)).toBe(true);
	});

	it('leaves the catalog it was given unchanged', () => {
		expect(json(full)).toBe(before);
	});
});

describe('splitTexts and applyTexts, case by case', () => {
	const cases: Array<[string, object, unknown, CatalogTexts]> = [
		['empty', {}, {}, { strings: [], at: [] }],
		['no texts', { a: [{ value: '1' }] }, { a: [{ value: '1' }] }, { strings: [], at: [] }],
		[
			'a figure with a note',
			{ a: [{ source: 'S', asOf: '2024', note: 'N', value: '1' }] },
			{ a: [{ source: '', asOf: '2024', note: '', value: '1' }] },
			{ strings: ['S', 'N'], at: [0, 1] }
		],
		[
			'a note with no source is not a text',
			{ a: { note: 'N', value: '1' } },
			{ a: { note: 'N', value: '1' } },
			{ strings: [], at: [] }
		],
		[
			'a benchmark: its conditions and its figure',
			{ b: [{ id: 'x', f: { source: 'S', asOf: '2025', value: '9' }, conditions: 'C' }] },
			{ b: [{ id: 'x', f: { source: '', asOf: '2025', value: '9' }, conditions: '' }] },
			{ strings: ['S', 'C'], at: [0, 1] }
		],
		[
			'one figure used twice: two places, one text',
			(() => {
				const f = { source: 'S', asOf: '2024', value: '0' };
				return { a: [{ r: f }, { r: f }] };
			})(),
			{
				a: [
					{ r: { source: '', asOf: '2024', value: '0' } },
					{ r: { source: '', asOf: '2024', value: '0' } }
				]
			},
			{ strings: ['S'], at: [0, 0] }
		],
		[
			'huge: a long text',
			{ a: { source: 'x'.repeat(100_000), asOf: '2026' } },
			{ a: { source: '', asOf: '2026' } },
			{ strings: ['x'.repeat(100_000)], at: [0] }
		]
	];
	it.each(cases)('%s', (_name, root, lean, texts) => {
		const before = json(root);
		const split = splitTexts(root);
		expect(split.lean).toEqual(lean);
		expect(split.texts).toEqual(texts);
		expect(json(root)).toBe(before);
		const back = JSON.parse(json(split.lean));
		applyTexts(back, split.texts);
		expect(json(back)).toBe(before);
	});

	it('refuses texts that do not fit the catalog', () => {
		const lean = { a: [{ source: '', asOf: '2024' }] };
		expect(() => applyTexts(lean, { strings: ['S'], at: [0, 0] })).toThrow(/left over/);
		expect(() =>
			applyTexts({ a: [lean.a[0], { source: '', asOf: '2024' }] }, { strings: ['S'], at: [0] })
		).toThrow(/more places/);
	});
});

describe('the source tree', () => {
	it('has an empty table: its catalog modules carry their own texts', () => {
		expect(table).toEqual({ strings: [], at: [] });
	});

	it('loadCatalogTexts leaves the catalog as it is', async () => {
		const before = json(full);
		await loadCatalogTexts();
		expect(json(full)).toBe(before);
		expect(models.every((m) => m.source.source.length > 0)).toBe(true);
	});
});
