import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/tco';

async function report(...argv: string[]) {
	const written = new Map<string, Uint8Array>();
	const err: string[] = [];
	const code = await run(['report', ...argv], {
		out: () => {},
		err: (s) => err.push(s),
		readFile: (p) => readFileSync(p, 'utf8'),
		writeBytes: (p, b) => written.set(p, b)
	});
	return { code, written, err: err.join('\n') };
}

const magic: Record<string, string> = {
	png: '\x89PNG',
	xlsx: 'PK',
	pptx: 'PK',
	pdf: '%PDF',
	csv: '\ufeff'
};

describe('tco report', () => {
	it.each(['csv', 'xlsx', 'png', 'pptx', 'pdf'])(
		'writes a %s file for examples/hand-checked.json',
		async (format) => {
			const r = await report(
				'examples/hand-checked.json',
				'--format',
				format,
				'--out',
				`out.${format}`
			);
			expect(r.err).toBe('');
			expect(r.code).toBe(0);
			const bytes = r.written.get(`out.${format}`);
			expect(bytes?.length).toBeGreaterThan(100);
			const head =
				format === 'csv'
					? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes!.slice(0, 3))
					: String.fromCharCode(...bytes!.slice(0, magic[format].length));
			expect(head.startsWith(magic[format])).toBe(true);
		},
		60_000
	);

	it('a PNG at 3× of another chart, transparent', async () => {
		const r = await report(
			'examples/hand-checked.json',
			'--format',
			'png',
			'--out',
			'a.png',
			'--chart',
			'breakdown',
			'--scale',
			'3',
			'--transparent'
		);
		expect(r.code).toBe(0);
		const b = r.written.get('a.png')!;
		// IHDR width and height, big-endian at bytes 16–23: 1200 × 675 at 3×
		const view = new DataView(b.buffer, b.byteOffset);
		expect([view.getUint32(16), view.getUint32(20)]).toEqual([3600, 2025]);
	}, 60_000);

	it('exits 2 on a usage error and 1 on an invalid scenario, writing nothing', async () => {
		expect(
			(await report('examples/hand-checked.json', '--format', 'docx', '--out', 'x')).code
		).toBe(2);
		expect((await report('examples/hand-checked.json', '--format', 'pdf')).code).toBe(2);
		expect(
			(await report('examples/hand-checked.json', '--format', 'png', '--out', 'x', '--scale', '4'))
				.code
		).toBe(2);
		const bad = await report('package.json', '--format', 'pdf', '--out', 'x.pdf');
		expect(bad.code).toBe(1);
		expect(bad.written.size).toBe(0);
	});
});
