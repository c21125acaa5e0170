// How this project starts Chromium for tests, benchmarks and screenshots: Debian's builds where they
// are installed (this project's machines and CI), else Playwright's own (`npx playwright install
// chromium`). There is no network here, so Chromium must not reach out at start.
//
// The end-to-end tests run in Chromium's headless shell (Debian's `chromium-headless-shell`, built
// from the same source and version as `chromium`): the same Blink, V8 and Skia without the
// browser's own UI layers, and what Playwright itself runs for headless tests with its own browsers
// since v1.49 (https://github.com/microsoft/playwright/issues/33566).
// A page load costs about 1.8 s of CPU there against 4.1 s in `chromium --headless` on a 2-core
// machine, which is most of the end-to-end suite's time. The benchmarks and screenshots use the
// full browser, the one people open the app in.
import { existsSync } from 'node:fs';

const debian = '/usr/bin/chromium';
const debianShell = '/usr/bin/chromium-headless-shell';
const first = (/** @type {string[]} */ ...paths) => paths.find((p) => existsSync(p));

/** The browser for end-to-end tests: CHROMIUM_PATH, else the headless shell, else the full browser. */
/** @type {string | undefined} */
export const chromiumPath = process.env.CHROMIUM_PATH ?? first(debianShell, debian);

/** The full browser, for benchmarks and screenshots: CHROMIUM_PATH, else Debian's Chromium. */
/** @type {string | undefined} */
export const browserPath = process.env.CHROMIUM_PATH ?? first(debian);

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
