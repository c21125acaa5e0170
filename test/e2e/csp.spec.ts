import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CalculatorPage, exampleScenario } from './calculator-page';

/** Every .html file under a folder of the build. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? htmlFiles(join(dir, e.name))
			: e.name.endsWith('.html')
				? [join(dir, e.name)]
				: []
	);
}

const policyOf = (html: string) =>
	/<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];

test('every built HTML file carries the Content-Security-Policy, with no third-party source', () => {
	const files = htmlFiles('build');
	expect(files.length).toBeGreaterThanOrEqual(4);
	for (const file of files) {
		const html = readFileSync(file, 'utf8');
		const policy = policyOf(html);
		expect(policy, file).toBeDefined();
		const directives = new Map(
			policy!.split(';').map((d) => {
				const [name, ...sources] = d.trim().split(/\s+/);
				return [name, sources] as const;
			})
		);
		expect(directives.get('default-src'), file).toEqual(["'self'"]);
		expect(directives.get('object-src'), file).toEqual(["'none'"]);
		// Scripts: this origin and the hashes of the inline bootstrap, nothing else.
		const scripts = directives.get('script-src') ?? [];
		expect(scripts[0], file).toBe("'self'");
		for (const s of scripts.slice(1)) expect(s, file).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
		// Every inline script of the page is covered by one of them.
		const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
		expect(inline.length, file).toBeLessThanOrEqual(scripts.length - 1);
		expect(policy, file).not.toMatch(/https?:|\*|'unsafe-eval'/);
	}
});

/** Requests a page makes to anything but its own origin (data: and blob: stay in the browser). */
function watch(page: Page, origin: string) {
	const foreign: string[] = [];
	const violations: string[] = [];
	page.on('request', (r) => {
		const url = r.url();
		if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) foreign.push(url);
	});
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	return { foreign, violations };
}

test('a full run of the app makes only same-origin requests and breaks no policy rule', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	const seen = watch(page, baseURL!);
	await page.addInitScript(() => {
		(window as unknown as { cspViolations: string[] }).cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { cspViolations: string[] }).cspViolations.push(
				`${e.violatedDirective} ${e.blockedURI}`
			)
		);
	});
	const app = new CalculatorPage(page);
	await app.goto(exampleScenario('hand-checked.json'));
	await expect(page.locator('[data-testid=plan]')).toContainText('6,083,333,333');

	// The Monte Carlo runs in its Web Worker.
	const details = page.locator('.over-time > details');
	if (!(await details.evaluate((d: HTMLDetailsElement) => d.open)))
		await page.click('#overtime-title');
	await page.locator('.over-time select').nth(0).selectOption('rent');
	await page.locator('.over-time select').nth(1).selectOption('openai/gpt-4.1');
	await page.locator('.over-time .run input').nth(0).fill('500');
	await page.click('.over-time button:has-text("Run")');
	await expect(page.locator('[data-testid=mc-results]')).toBeVisible({ timeout: 30_000 });

	// A name in other scripts: the PDF export loads its Unicode font from this origin.
	await page.getByLabel('Scenario name').fill('План Ωmega שלום 🙂');
	// Every export downloads through a blob: link.
	await page.locator('#export-title').scrollIntoViewIfNeeded();
	for (const name of ['CSV', 'Excel workbook', 'PowerPoint deck', 'PDF report', 'Save PNG']) {
		const [dl] = await Promise.all([
			page.waitForEvent('download', { timeout: 60_000 }),
			page.getByRole('button', { name, exact: true }).click()
		]);
		expect(readFileSync(await dl.path()).length, name).toBeGreaterThan(100);
		if (name === 'PDF report') {
			expect(readFileSync(await dl.path()).toString('latin1')).toContain('DejaVuSans');
			await expect(page.locator('#export-title').locator('..').locator('p.status')).toContainText(
				'cannot print “🙂”'
			);
		}
	}

	for (const path of ['/catalog', '/compare', '/embed?chart=cost-curve']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	expect(seen.foreign).toEqual([]);
	expect(seen.violations).toEqual([]);
	expect(
		await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)
	).toEqual([]);
});
