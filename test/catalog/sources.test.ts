import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/lib/catalog';
import { fieldDefault } from '../../src/lib/scenario/document';
import {
	financeFields,
	servingFields,
	timelineFields,
	workloadFields
} from '../../src/lib/scenario/fields';

/**
 * Sources fit for a board pack: every figure names a public source a reader can check, with a
 * date, or is a labelled assumption with its reasoning. No first-person notes, no admissions of
 * unchecked figures, no files of this repository or documents outside it.
 */

interface Sourced {
	path: string;
	source: string;
	asOf?: string;
	verification?: string;
	note?: string;
}

/** Every object with a `source` string reachable from `root`, with the path that leads to it. */
function sourced(root: unknown, path = '', out: Sourced[] = []): Sourced[] {
	if (Array.isArray(root)) {
		root.forEach((item, i) => {
			const id = (item as { id?: unknown })?.id;
			sourced(item, `${path}[${typeof id === 'string' ? id : i}]`, out);
		});
	} else if (typeof root === 'object' && root !== null) {
		const o = root as Record<string, unknown>;
		if (typeof o.source === 'string') out.push({ ...(o as unknown as Sourced), path });
		for (const [key, value] of Object.entries(o)) sourced(value, `${path}.${key}`, out);
	}
	return out;
}

const { models, gpus, offerings, benchmarks, rates, assumptions } = catalog;
const all = sourced({ models, gpus, offerings, benchmarks, rates, assumptions });
const fields = [...workloadFields, ...financeFields, ...servingFields, ...timelineFields].map(
	(f) => ({ path: `field ${f.key}`, source: fieldDefault(f).source })
);

/** Text a finance reader should never meet in a source or its note, with why. */
const unfit: Array<[RegExp, string]> = [
	[/\brecall/i, 'memory is not a source'],
	[/\bunverified\b/i, 'an unchecked figure must be an assumption, with its reasoning'],
	[/\bnot (viewed|retrieved)\b/i, 'an unchecked figure must be an assumption'],
	[/(^|[\s(])(I|I'm|I've|my)\s/, 'first-person note'],
	[
		/(^|[\s(`'])(src\/(lib|cli|routes)|test\/(domain|catalog|scenario|export|cli|charts|state|e2e)|scripts\/calibrate)/,
		'a file of this repository'
	],
	[/\.test\.ts\b|\/work\//, 'a test file or a local path'],
	[
		/\b(DESIGN|STYLE)\.md\b|reference-figures\.json|model-architectures\.json/,
		'a document outside the repository'
	],
	[/\/careers\//, 'a careers page is not a cost source']
];

describe('catalog sources are fit for a board pack', () => {
	it('finds the sources to check', () => {
		expect(all.length).toBeGreaterThan(800);
		expect(fields.length).toBeGreaterThan(20);
	});

	it.each(unfit)('no source or note matches %s (%s)', (re) => {
		const hits = [...all, ...fields]
			.filter((s) => re.test(s.source) || re.test((s as Sourced).note ?? ''))
			.map((s) => `${s.path}: ${s.source.slice(0, 120)}`);
		expect(hits).toEqual([]);
	});

	it('every sourced figure has an asOf date', () => {
		const undated = all.filter((s) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s.asOf ?? ''));
		expect(undated.map((s) => s.path)).toEqual([]);
	});

	it('every assumption gives its reasoning', () => {
		const bare = all.filter(
			(s) => s.verification === 'assumption' && (s.note ?? '').trim().length < 40
		);
		expect(bare.map((s) => s.path)).toEqual([]);
	});
});
