// Serves build/ (adapter-static's output) the way a static host does, for the end-to-end tests:
// `node scripts/serve-build.mjs --port 4173 [--host 127.0.0.1]`; the benchmarks and screenshots
// serve it in their own process with serveBuild().
//
// Every file is read once at start and answered from memory, uncompressed: on one machine the
// browser and the server share the CPU, and `vite preview` gzips every response anew (100–230 ms
// of its CPU per page load here, against 35–47 ms for this server; the browser then inflates it
// all again). Pages are found by name as static hosts do: `/` is index.html, `/catalog`
// catalog.html. Hashed assets under _app/immutable/ may be cached for good; everything else is
// revalidated by its ETag. Anything else is a 404.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, sep } from 'node:path';

const ROOT = 'build';

/** Content types of the files a build holds; anything else is served as bytes. */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ttf': 'font/ttf',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

/** @param {string[]} argv @param {string} name @param {string} fallback */
const option = (argv, name, fallback) => {
	const i = argv.indexOf(`--${name}`);
	return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};

/**
 * The site as URL path → response: each file at its own path, and each page also at its name
 * without `.html` (index.html at `/`).
 * @param {string} root
 */
export function loadSite(root) {
	/** @type {Map<string, { body: Buffer, type: string, etag: string, immutable: boolean }>} */
	const site = new Map();
	for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name);
		const path = `/${relative(root, file).split(sep).join('/')}`;
		const body = readFileSync(file);
		const response = {
			body,
			type: TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream',
			etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
			immutable: path.startsWith('/_app/immutable/')
		};
		site.set(path, response);
		if (path === '/index.html') site.set('/', response);
		else if (path.endsWith('.html')) site.set(path.slice(0, -'.html'.length), response);
	}
	return site;
}

/**
 * An HTTP server answering GET and HEAD from `site`; not yet listening.
 * @param {ReturnType<typeof loadSite>} site
 */
export function siteServer(site) {
	return createServer((req, res) => {
		let path = '';
		try {
			path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
		} catch {
			// A malformed escape names no file: a 404 below.
		}
		const found = site.get(path);
		if ((req.method !== 'GET' && req.method !== 'HEAD') || !found) {
			res.writeHead(found ? 405 : 404, { 'content-type': 'text/plain; charset=utf-8' });
			res.end(found ? 'Method not allowed' : 'Not found');
			return;
		}
		const cacheControl = found.immutable ? 'public, max-age=31536000, immutable' : 'no-cache';
		if (req.headers['if-none-match'] === found.etag) {
			res.writeHead(304, { etag: found.etag, 'cache-control': cacheControl });
			res.end();
			return;
		}
		res.writeHead(200, {
			'content-type': found.type,
			'content-length': found.body.length,
			etag: found.etag,
			'cache-control': cacheControl
		});
		res.end(req.method === 'HEAD' ? undefined : found.body);
	});
}

/**
 * Serve build/ (or `root`) on a free local port, in this process: for the benchmarks and the
 * screenshots, which drive a browser against the built site as the end-to-end tests do.
 * @param {string} [root]
 * @returns {Promise<{ base: string, close: () => Promise<void> }>} the site's origin, and a stop
 */
export function serveBuild(root = ROOT) {
	const server = siteServer(loadSite(root));
	return new Promise((resolve, reject) => {
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
			resolve({
				base: `http://127.0.0.1:${port}`,
				close: () => new Promise((done) => server.close(() => done()))
			});
		});
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(option(process.argv, 'port', '4173'));
	const host = option(process.argv, 'host', '127.0.0.1');
	siteServer(loadSite(ROOT)).listen(port, host, () =>
		console.log(`serving ${ROOT}/ at http://${host}:${port}/`)
	);
}
