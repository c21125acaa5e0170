import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Static files only: the app runs with no server and no network at run time.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Every prerendered page carries this policy in a <meta> tag, with the hash of SvelteKit's
		// inline bootstrap script added to script-src: scripts, workers, fonts and requests from
		// this origin only; no third-party source anywhere. Styles allow inline attributes
		// (style="--chart-height: …" and Svelte's own), which cannot run code. Images allow data:
		// and blob: for the charts' PNG copies; downloads are blob: links, which CSP does not govern.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
