import type { jsPDF } from 'jspdf';
import { cleanText } from './sanitize';

/**
 * The PDF's font for text beyond Latin-1: DejaVu Sans (Bitstream Vera licence, free to embed;
 * package dejavu-fonts-ttf), loaded only with the PDF export and only when the report holds such
 * text. It covers Latin, Greek, Cyrillic, Hebrew and Arabic letters (Arabic and Hebrew are
 * printed letter by letter, left to right: jsPDF does not shape or reorder them).
 */
export const UNICODE_FONT = 'DejaVuSans';

const FILES = {
	normal: new URL('../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', import.meta.url),
	bold: new URL('../../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf', import.meta.url)
};

/** Blocks the font covers, as ranges of code points (from the package's unicover.txt). */
const COVERED: [number, number][] = [
	[0x20, 0x7e],
	[0xa0, 0x24f], // Latin-1, Latin Extended-A and -B
	[0x250, 0x2ff], // IPA, spacing modifiers
	[0x300, 0x36f], // combining marks
	[0x370, 0x3ff], // Greek
	[0x400, 0x52f], // Cyrillic
	[0x590, 0x5ff], // Hebrew
	[0x600, 0x6ff], // Arabic
	[0x1e00, 0x1fff], // Latin Extended Additional, Greek Extended
	[0x2000, 0x206f], // punctuation
	[0x20a0, 0x20cf], // currency
	[0x2100, 0x22ff], // letterlike, arrows, mathematical operators
	[0x2500, 0x25ff], // box drawing, shapes
	[0xfb1d, 0xfb4f], // Hebrew presentation forms
	[0xfe70, 0xfeff] // Arabic presentation forms B
];

export const fontCovers = (code: number) => COVERED.some(([lo, hi]) => code >= lo && code <= hi);

/**
 * Text for the Unicode font: control characters removed; characters it cannot print become "?"
 * and are added to `missing`.
 * @example unicodeText('Привет 🙂', missing) → 'Привет ?', missing has '🙂'
 */
export function unicodeText(s: string, missing: Set<string>): string {
	let out = '';
	for (const ch of cleanText(s, { multiline: true }).replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
		const code = ch.codePointAt(0) ?? 0;
		if (ch === '\n' || fontCovers(code)) out += ch;
		else {
			missing.add(ch);
			out += '?';
		}
	}
	return out;
}

async function bytesOf(url: URL): Promise<Uint8Array> {
	if (url.protocol === 'file:') {
		// The command line and the tests: read the file (the module name hides it from the bundler).
		const fs = 'node:fs/promises';
		const { readFile } = (await import(/* @vite-ignore */ fs)) as typeof import('node:fs/promises');
		return new Uint8Array(await readFile(url));
	}
	const response = await fetch(url);
	if (!response.ok) throw new Error(`the PDF font could not be loaded (${response.status})`);
	return new Uint8Array(await response.arrayBuffer());
}

function base64(bytes: Uint8Array): string {
	let s = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(s);
}

/** Embed the font in a document (normal and bold). */
export async function addUnicodeFont(doc: jsPDF): Promise<void> {
	for (const [style, url] of Object.entries(FILES)) {
		const file = `${UNICODE_FONT}-${style}.ttf`;
		doc.addFileToVFS(file, base64(await bytesOf(url)));
		doc.addFont(file, UNICODE_FONT, style);
	}
}
