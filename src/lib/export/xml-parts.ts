import JSZip from 'jszip';
import { xmlSafe } from './sanitize';

/**
 * Remove XML-invalid characters from every XML part of an Office file (PPTX, XLSX), including
 * the workbooks embedded in a deck's charts: one control character in a name would otherwise make
 * the part malformed and the file unopenable. Returns the cleaned package.
 */
export async function cleanOfficeXml(bytes: Uint8Array, mimeType: string): Promise<Uint8Array> {
	const zip = await JSZip.loadAsync(bytes);
	// Rebuilt only when a part changed: a file with clean names comes back as it was written.
	if (!(await cleanZip(zip))) return bytes;
	return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType });
}

/** Clean the XML parts of an opened package in place (nested .xlsx packages too); true if any changed. */
export async function cleanZip(zip: JSZip): Promise<boolean> {
	let changed = false;
	for (const name of Object.keys(zip.files)) {
		const file = zip.file(name);
		if (!file) continue;
		if (/\.(xml|rels)$/i.test(name)) {
			const xml = await file.async('string');
			const clean = xmlSafe(xml);
			if (clean !== xml) {
				zip.file(name, clean);
				changed = true;
			}
		} else if (/\.xlsx$/i.test(name)) {
			const inner = await JSZip.loadAsync(await file.async('uint8array'));
			if (await cleanZip(inner)) {
				zip.file(name, await inner.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
				changed = true;
			}
		}
	}
	return changed;
}
