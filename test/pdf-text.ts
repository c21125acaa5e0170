import { inflateSync } from 'node:zlib';

// Windows-1252 bytes 0x80–0x9F (WinAnsiEncoding, the standard fonts' encoding); the rest is Latin-1.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'.split('');

/** Decode a PDF literal string's body: escapes, octal codes, and WinAnsi bytes. */
function literal(body: string): string {
	let out = '';
	for (let i = 0; i < body.length; i++) {
		let ch = body[i];
		if (ch === '\\') {
			const next = body[++i];
			const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
			if (next in simple) ch = simple[next];
			else if (/[0-7]/.test(next)) {
				let oct = next;
				while (oct.length < 3 && /[0-7]/.test(body[i + 1] ?? '')) oct += body[++i];
				ch = String.fromCharCode(parseInt(oct, 8));
			} else if (next === '\r' || next === '\n') {
				if (next === '\r' && body[i + 1] === '\n') i++;
				continue;
			} else ch = next;
		}
		const code = ch.charCodeAt(0);
		out += code >= 0x80 && code <= 0x9f ? CP1252[code - 0x80] : ch;
	}
	return out;
}

/**
 * A minimal text extractor for the PDFs jsPDF writes: every stream that is not an image is
 * inflated when it is FlateDecode'd, and the strings shown by Tj, TJ, ' and " are collected in
 * order. Enough for standard-font text; not a general PDF parser.
 */
export function extractText(pdf: Uint8Array): {
	items: string[];
	text: string;
	pages: number;
	images: number;
} {
	const bin = Buffer.from(pdf).toString('latin1');
	const items: string[] = [];
	let images = 0;
	const streamRe = /stream\r?\n/g;
	let m: RegExpExecArray | null;
	while ((m = streamRe.exec(bin))) {
		if (bin.slice(m.index - 3, m.index) === 'end') continue; // "endstream"
		const objStart = bin.lastIndexOf(' obj', m.index);
		const dict = bin.slice(objStart, m.index);
		const start = m.index + m[0].length;
		const end = bin.indexOf('endstream', start);
		streamRe.lastIndex = end + 'endstream'.length;
		if (/\/Subtype\s*\/Image/.test(dict)) {
			images++;
			continue;
		}
		let data = Buffer.from(bin.slice(start, end).replace(/\r?\n$/, ''), 'latin1');
		if (/\/FlateDecode/.test(dict)) {
			try {
				data = inflateSync(data);
			} catch {
				continue; // not a content stream we can read (fonts are not embedded anyway)
			}
		}
		const content = data.toString('latin1');
		if (!/\bBT\b/.test(content)) continue;
		// Tokenise just enough: literal strings (balanced parentheses), arrays and operators.
		const pending: string[] = [];
		for (let i = 0; i < content.length; i++) {
			const c = content[i];
			if (c === '(') {
				let depth = 1;
				let j = i + 1;
				for (; j < content.length && depth > 0; j++) {
					if (content[j] === '\\') j++;
					else if (content[j] === '(') depth++;
					else if (content[j] === ')') depth--;
				}
				pending.push(literal(content.slice(i + 1, j - 1)));
				i = j - 1;
			} else if (/[A-Za-z'"]/.test(c)) {
				let j = i;
				while (j < content.length && /[A-Za-z*'"]/.test(content[j])) j++;
				const op = content.slice(i, j);
				if (op === 'Tj' || op === "'" || op === '"') items.push(pending.pop() ?? '');
				else if (op === 'TJ') items.push(pending.join(''));
				if (op === 'Tj' || op === 'TJ' || op === "'" || op === '"') pending.length = 0;
				i = j - 1;
			}
		}
	}
	const pages = (bin.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
	return { items, text: items.join(' ').replace(/\s+/g, ' '), pages, images };
}

/** An image XObject of a PDF, its pixels decoded: RGB (or gray) rows from the top. */
export interface PdfImagePixels {
	width: number;
	height: number;
	colors: number;
	pixels: Uint8Array;
}

/**
 * Every image of a PDF that is stored FlateDecode'd with 8 bits per component, decoded as a reader
 * would: inflated, then each row's PNG predictor undone (`/Predictor` ≥ 10: a filter byte per row,
 * None, Sub, Up, Average or Paeth). Throws on an image it cannot decode, so a test cannot pass on
 * one it skipped.
 */
export function extractImages(pdf: Uint8Array): PdfImagePixels[] {
	const bin = Buffer.from(pdf).toString('latin1');
	const out: PdfImagePixels[] = [];
	const streamRe = /stream\r?\n/g;
	let m: RegExpExecArray | null;
	while ((m = streamRe.exec(bin))) {
		if (bin.slice(m.index - 3, m.index) === 'end') continue;
		const dict = bin.slice(bin.lastIndexOf(' obj', m.index), m.index);
		const start = m.index + m[0].length;
		const end = bin.indexOf('endstream', start);
		streamRe.lastIndex = end + 'endstream'.length;
		if (!/\/Subtype\s*\/Image/.test(dict)) continue;
		const num = (key: string) => Number(new RegExp(`/${key}\\s+(\\d+)`).exec(dict)?.[1]);
		const width = num('Width');
		const height = num('Height');
		const colors = /\/DeviceGray/.test(dict) ? 1 : 3;
		if (!/\/FlateDecode/.test(dict) || num('BitsPerComponent') !== 8)
			throw new Error(`an image this decoder does not read: ${dict}`);
		const data = inflateSync(Buffer.from(bin.slice(start, end).replace(/\r?\n$/, ''), 'latin1'));
		const row = width * colors;
		const pixels = new Uint8Array(row * height);
		if (!(num('Predictor') >= 10)) {
			pixels.set(data.subarray(0, pixels.length));
		} else {
			if (data.length !== (row + 1) * height)
				throw new Error(`${data.length} bytes for ${height} rows of ${row}`);
			for (let y = 0; y < height; y++) {
				const type = data[y * (row + 1)];
				for (let x = 0; x < row; x++) {
					const raw = data[y * (row + 1) + 1 + x];
					const a = x >= colors ? pixels[y * row + x - colors] : 0;
					const b = y > 0 ? pixels[(y - 1) * row + x] : 0;
					const c = x >= colors && y > 0 ? pixels[(y - 1) * row + x - colors] : 0;
					const p = a + b - c;
					const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
					const paeth = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
					const pred = [0, a, b, (a + b) >> 1, paeth][type];
					if (pred === undefined) throw new Error(`row ${y}: filter type ${type}`);
					pixels[y * row + x] = (raw + pred) & 255;
				}
			}
		}
		out.push({ width, height, colors, pixels });
	}
	return out;
}
