import { jsPDF } from 'jspdf';
import type { ChartPixels } from './render-chart';

/**
 * A chart's pixels as a PDF image: RGB, laid on white, each row PNG-"Up" filtered and the whole
 * deflated, stored as it is (FlateDecode with the PNG predictor, which every PDF reader decodes).
 *
 * Given a PNG, jsPDF decodes it, splits its channels sample by sample and deflates it again: over
 * a second a 2400 × 1350 chart in Node, most of a report's time (the default scenario's report
 * took 6.5–8.2 s, and takes 2.2–3.0 s). From the canvas's pixels the same image costs one pass and
 * one deflate. No pixel changes: the charts are drawn on white, so every
 * pixel is opaque and dropping the alpha channel loses nothing (a pixel that is not opaque is
 * composited on white, as a viewer would show it).
 *
 * The deflate is the platform's own (CompressionStream, in browsers and in Node 18 and later),
 * native code at zlib's default level 6: 174–257 ms a 2,400 × 1,350 chart against 455–545 ms
 * for the same level in JavaScript (fflate, 12 s of the unit suite's CPU in a profile), for an
 * image some 5% larger.
 */

/** The format's name for jsPDF: addImage calls `API.process<FORMAT>` with the image's bytes. */
const FORMAT = 'TCORGB';
/** Leads the bytes handed to addImage, ahead of width and height (no image format starts so). */
const MAGIC = [0x4c, 0x4c, 0x4d, 0x54, 0x43, 0x4f, 0x00, 0x01]; // "LLMTCO", 0, version 1
const HEADER = MAGIC.length + 8;

/** An image ready for the PDF: the header, then the filtered rows deflated. */
export interface PdfImage {
	width: number;
	height: number;
	/** MAGIC, width and height (big-endian 32-bit), then the zlib stream. */
	bytes: Uint8Array;
}

/** Composite a channel of alpha `a` on white, rounded to the nearest level. */
const onWhite = (c: number, a: number) => Math.round((c * a + 255 * (255 - a)) / 255);

/** zlib-wrapped deflate (RFC 1950, what FlateDecode reads) by the platform's CompressionStream. */
async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
	const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The chart's pixels as a PDF image (see the module's note). */
export async function pdfImage(px: ChartPixels): Promise<PdfImage> {
	const { width, height, rgba } = px;
	if (rgba.length !== width * height * 4)
		throw new Error(`a ${width} × ${height} image needs ${width * height * 4} bytes of RGBA`);
	const row = width * 3;
	// Each row: its filter type (2, "Up": the difference from the row above), then its bytes.
	const filtered = new Uint8Array((row + 1) * height);
	let above = new Uint8Array(row);
	let here = new Uint8Array(row);
	for (let y = 0; y < height; y++) {
		for (let x = 0, i = y * width * 4, j = 0; x < width; x++, i += 4, j += 3) {
			const a = rgba[i + 3];
			if (a === 255) {
				here[j] = rgba[i];
				here[j + 1] = rgba[i + 1];
				here[j + 2] = rgba[i + 2];
			} else {
				here[j] = onWhite(rgba[i], a);
				here[j + 1] = onWhite(rgba[i + 1], a);
				here[j + 2] = onWhite(rgba[i + 2], a);
			}
		}
		const at = y * (row + 1);
		filtered[at] = 2;
		for (let k = 0; k < row; k++) filtered[at + 1 + k] = here[k] - above[k];
		[above, here] = [here, above];
	}
	const z = await deflate(filtered);
	const bytes = new Uint8Array(HEADER + z.length);
	bytes.set(MAGIC);
	const view = new DataView(bytes.buffer);
	view.setUint32(MAGIC.length, width);
	view.setUint32(MAGIC.length + 4, height);
	bytes.set(z, HEADER);
	return { width, height, bytes };
}

/** Bytes as the "binary string" jsPDF writes into a stream, a character per byte. */
function binaryString(bytes: Uint8Array): string {
	let s = '';
	for (let i = 0; i < bytes.length; i += 0x2000)
		s += String.fromCharCode(...bytes.subarray(i, i + 0x2000));
	return s;
}

/**
 * What jsPDF's putImage writes for the image (the shape its own PNG and JPEG processors return):
 * the stream as stored, its filter and the predictor that undoes the row filters.
 */
function processImage(data: Uint8Array, index: number, alias: string) {
	for (let i = 0; i < MAGIC.length; i++)
		if (data[i] !== MAGIC[i]) throw new Error('not an image made by pdfImage()');
	const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
	const width = view.getUint32(MAGIC.length);
	const height = view.getUint32(MAGIC.length + 4);
	return {
		data: binaryString(data.subarray(HEADER)),
		index,
		alias,
		width,
		height,
		colorSpace: 'DeviceRGB',
		bitsPerComponent: 8,
		filter: 'FlateDecode',
		decodeParameters: `/Predictor 15 /Colors 3 /BitsPerComponent 8 /Columns ${width}`
	};
}

// jsPDF's image formats are plugins: a function named process<FORMAT> on its API, which each new
// document copies when it is made; so it is added when this module loads, before any document.
Object.assign(jsPDF.API, { [`process${FORMAT}`]: processImage });

/** Place an image made by pdfImage() on the current page, at x, y, w × h in the document's unit. */
export function addPdfImage(
	doc: jsPDF,
	img: PdfImage,
	x: number,
	y: number,
	w: number,
	h: number
): void {
	doc.addImage(img.bytes, FORMAT, x, y, w, h);
}
