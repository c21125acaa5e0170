import { describe, expect, it } from 'vitest';
import { reportContext } from '../../src/lib/export/context';
import { render } from '../../src/lib/export/pdf';
import { fontCovers, unicodeText } from '../../src/lib/export/pdf-font';
import { defaultScenario } from '../../src/lib/scenario/document';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('PDF text beyond Latin-1', () => {
	it('the font covers Latin, Greek, Cyrillic, Hebrew and Arabic letters, not emoji', () => {
		for (const ch of ['é', 'Ω', 'Ж', 'ש', 'م', 'ő'])
			expect(fontCovers(ch.codePointAt(0)!), ch).toBe(true);
		expect(fontCovers('🙂'.codePointAt(0)!)).toBe(false);
		const missing = new Set<string>();
		expect(unicodeText('Привет\u0000 🙂', missing)).toBe('Привет ?');
		expect([...missing]).toEqual(['🙂']);
	});

	it('embeds the font only when a name needs it, and warns naming what it cannot print', async () => {
		const plain = await render(reportContext(defaultScenario(), new Date('2026-01-01T00:00:00Z')));
		expect(latin1(plain.bytes)).not.toContain('DejaVuSans');
		expect(plain.warnings).toBeUndefined();

		const s = { ...defaultScenario(), name: 'Ωmega Привет שלום مرحبا 🙂' };
		const file = await render(reportContext(s, new Date('2026-01-01T00:00:00Z')));
		const text = latin1(file.bytes);
		expect(text.slice(0, 5)).toBe('%PDF-');
		expect(text).toMatch(/\/BaseFont \/[A-Z+]*DejaVuSans/);
		expect(text).toContain('/FontFile2');
		expect(file.warnings).toEqual(['The PDF cannot print “🙂” (U+1F642): shown as “?”.']);
	}, 120_000);
});
