import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pdfImage } from '../../src/lib/export/pdf-image';

/** Undo pdfImage's rows: inflate, then add each row's "Up" difference to the row above. */
function decode(bytes: Uint8Array, width: number, height: number): number[] {
	const header = 16; // "LLMTCO", 0, 1, width, height
	const data = inflateSync(bytes.subarray(header));
	const row = width * 3;
	expect(data.length).toBe((row + 1) * height);
	const px: number[] = [];
	for (let y = 0; y < height; y++) {
		expect(data[y * (row + 1)], `row ${y}'s filter`).toBe(2);
		for (let x = 0; x < row; x++)
			px.push((data[y * (row + 1) + 1 + x] + (y ? px[(y - 1) * row + x] : 0)) & 255);
	}
	return px;
}

describe('pdfImage: a chart’s pixels as a PDF image', () => {
	it('keeps every opaque pixel exactly, drops alpha, and lays the others on white', async () => {
		// 3 × 2 RGBA. Opaque pixels stay as they are. Red at alpha 128 on white:
		// R = (255·128 + 255·127)/255 = 255, G = B = (0·128 + 255·127)/255 = 127.
		// Black at alpha 0 is white: (0 + 255·255)/255 = 255.
		const rgba = new Uint8ClampedArray([
			...[31, 35, 40, 255],
			...[255, 255, 255, 255],
			...[0, 114, 178, 255],
			...[255, 0, 0, 128],
			...[0, 0, 0, 0],
			...[230, 159, 0, 255]
		]);
		const img = await pdfImage({ width: 3, height: 2, rgba });
		expect([img.width, img.height]).toEqual([3, 2]);
		const view = new DataView(img.bytes.buffer, img.bytes.byteOffset);
		expect(Buffer.from(img.bytes.subarray(0, 6)).toString('latin1')).toBe('LLMTCO');
		expect([view.getUint32(8), view.getUint32(12)]).toEqual([3, 2]);
		expect(decode(img.bytes, 3, 2)).toEqual([
			...[31, 35, 40],
			...[255, 255, 255],
			...[0, 114, 178],
			...[255, 127, 127],
			...[255, 255, 255],
			...[230, 159, 0]
		]);
	});

	it('refuses pixels that do not match the stated size', async () => {
		await expect(
			pdfImage({ width: 2, height: 2, rgba: new Uint8ClampedArray(12) })
		).rejects.toThrow(/2 × 2 image needs 16 bytes/);
	});

	it('stores a flat chart-sized image in a few kilobytes', async () => {
		// 2,400 × 1,350 of white with one dark rule: the rows above and below it are all zero
		// differences, so the stream is a tiny fraction of the 9.7 MB of raw RGB.
		const width = 2400;
		const height = 1350;
		const rgba = new Uint8ClampedArray(width * height * 4).fill(255);
		for (let x = 0; x < width; x++) rgba.set([31, 35, 40, 255], (675 * width + x) * 4);
		const img = await pdfImage({ width, height, rgba });
		expect(img.bytes.length).toBeLessThan(50_000);
		const px = decode(img.bytes, width, height);
		expect(px.slice(675 * width * 3, 675 * width * 3 + 3)).toEqual([31, 35, 40]);
		expect(px.slice(0, 3)).toEqual([255, 255, 255]);
	});
});
