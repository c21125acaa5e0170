/**
 * The one way the app saves a file: a download of the blob under the given name. Everything stays
 * in the browser; nothing is uploaded.
 */
export function saveFile(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a scenario name: letters, digits and dashes only. */
export function fileNameFor(name: string, extension: string): string {
	const stem =
		name
			.normalize('NFKD')
			.replace(/[^\w\s-]/g, '')
			.trim()
			.replace(/\s+/g, '-')
			.slice(0, 80) || 'scenario';
	return `${stem}.${extension}`;
}
