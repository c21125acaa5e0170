import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSite, serveBuild, siteServer } from '../../scripts/serve-build.mjs';

/** The end-to-end tests' server (scripts/serve-build.mjs) on a small site of its own. */
describe('serve-build: build/ as a static host serves it', () => {
	const root = mkdtempSync(join(tmpdir(), 'llm-tco-serve-'));
	const server = siteServer(
		(() => {
			mkdirSync(join(root, '_app', 'immutable'), { recursive: true });
			writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
			writeFileSync(join(root, 'catalog.html'), '<h1>catalog</h1>');
			writeFileSync(join(root, '_app', 'immutable', 'a.js'), 'export const a = 1;');
			writeFileSync(join(root, 'font.ttf'), Buffer.from([0, 1, 0, 0]));
			return loadSite(root);
		})()
	);
	let base = '';
	beforeAll(async () => {
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => {
		server.close();
		rmSync(root, { recursive: true, force: true });
	});

	it('answers a page at its name, with or without .html, and / with index.html', async () => {
		for (const [path, body] of [
			['/', '<h1>home</h1>'],
			['/index.html', '<h1>home</h1>'],
			['/catalog', '<h1>catalog</h1>'],
			['/catalog.html', '<h1>catalog</h1>'],
			['/catalog?x=1#y', '<h1>catalog</h1>']
		]) {
			const r = await fetch(base + path);
			expect(r.status, path).toBe(200);
			expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
			expect(r.headers.get('cache-control')).toBe('no-cache');
			expect(await r.text()).toBe(body);
		}
	});

	it('serves uncompressed, even to a client that accepts gzip', async () => {
		const r = await fetch(`${base}/_app/immutable/a.js`, {
			headers: { 'accept-encoding': 'gzip' }
		});
		expect(r.headers.get('content-encoding')).toBeNull();
		expect(r.headers.get('content-length')).toBe(String('export const a = 1;'.length));
		expect(r.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
		expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
	});

	it('answers a revalidation with the same ETag by 304, and HEAD without a body', async () => {
		const first = await fetch(`${base}/catalog`);
		const etag = first.headers.get('etag') ?? '';
		expect(etag).toMatch(/^".+"$/);
		const again = await fetch(`${base}/catalog`, { headers: { 'if-none-match': etag } });
		expect(again.status).toBe(304);
		const head = await fetch(`${base}/font.ttf`, { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(head.headers.get('content-type')).toBe('font/ttf');
		expect(head.headers.get('content-length')).toBe('4');
	});

	it('refuses what is not there, a malformed path and other methods', async () => {
		expect((await fetch(`${base}/nope`)).status).toBe(404);
		expect((await fetch(`${base}/catalog/`)).status).toBe(404);
		expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(404);
		expect((await fetch(`${base}/..%2Fpackage.json`)).status).toBe(404);
		expect((await fetch(`${base}/catalog`, { method: 'POST' })).status).toBe(405);
	});
});

describe('serveBuild: the same server on a free port, for the benchmarks and screenshots', () => {
	it('serves a built site at the origin it returns, and stops when closed', async () => {
		const root = mkdtempSync(join(tmpdir(), 'llm-tco-serve-'));
		writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
		try {
			const site = await serveBuild(root);
			expect(site.base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
			const r = await fetch(`${site.base}/`, { headers: { connection: 'close' } });
			expect(await r.text()).toBe('<h1>home</h1>');
			await site.close();
			await expect(fetch(`${site.base}/`)).rejects.toThrow();
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
