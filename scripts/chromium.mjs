// How this project starts Chromium for tests, benchmarks and screenshots: Debian's build where it is
// installed (this project's machines and CI), else Playwright's own (`npx playwright install
// chromium`). There is no network here, so Chromium must not reach out at start.
import { existsSync } from 'node:fs';

const debian = '/usr/bin/chromium';

/** @type {string | undefined} */
export const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync(debian) ? debian : undefined);

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
