import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BREAKDOWN_COLUMNS } from '../../src/lib/charts/breakdown';
import { dec, type Decimal } from '../../src/lib/domain/decimal';
import { costCategories } from '../../src/lib/domain/self-host-cost';
import { requestsPerDayAt } from '../../src/lib/domain/workload';
import { reportContext, type ReportContext } from '../../src/lib/export/context';
import { chartTables } from '../../src/lib/export/chart-data';
import {
	csvCell,
	csvField,
	fixed,
	guardText,
	MATRIX_COLUMNS,
	render
} from '../../src/lib/export/csv';
import { count, figure, none, share, text, usd, volume } from '../../src/lib/report/model';
import { defaultScenario, parseScenarioText, type Scenario } from '../../src/lib/scenario/document';
import { SCENARIOS } from '../charts/scenarios';
import { plainNumber } from './page-text';

const GENERATED = new Date('2026-08-01T12:00:00Z');

function handChecked(): Scenario {
	const r = parseScenarioText(readFileSync('examples/hand-checked.json', 'utf8'));
	if (!r.ok) throw new Error(r.errors.join('\n'));
	return r.scenario;
}

function edited(base: () => Scenario, edit: (s: Scenario) => void): Scenario {
	const s = structuredClone(base());
	edit(s);
	return s;
}

/**
 * A strict RFC 4180 reader: CRLF between records, fields quoted when they hold a comma, a quote
 * or a line break, quotes doubled inside. Throws on a bare LF or CR outside quotes, or on a quote
 * inside an unquoted field, so a sloppy writer cannot pass.
 */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let i = 0;
	for (;;) {
		let field = '';
		if (text[i] === '"') {
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('unterminated quoted field');
				if (text[i] === '"') {
					if (text[i + 1] === '"') {
						field += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				field += text[i++];
			}
		} else {
			while (i < text.length && !',\r\n'.includes(text[i])) {
				if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
				field += text[i++];
			}
		}
		record.push(field);
		if (text[i] === ',') {
			i++;
			continue;
		}
		if (text.startsWith('\r\n', i)) {
			records.push(record);
			record = [];
			i += 2;
			if (i >= text.length) return records;
			continue;
		}
		if (i >= text.length) throw new Error('the last record does not end with CRLF');
		throw new Error(`bare line break at ${i}`);
	}
}

async function csvOf(ctx: ReportContext): Promise<{ text: string; rows: string[][] }> {
	const file = await render(ctx);
	expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
	const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
	expect(text.startsWith('\uFEFF')).toBe(true);
	return { text, rows: parseCsv(text.slice(1)) };
}

/** The rows of a section: the lines after its title line, up to the next blank line. */
function section(rows: string[][], title: string): string[][] {
	const start = rows.findIndex((r) => r.length === 1 && r[0] === title);
	if (start < 0) throw new Error(`no section ${title}`);
	const end = rows.findIndex((r, i) => i > start && r.length === 1 && r[0] === '');
	return rows.slice(start + 1, end < 0 ? undefined : end);
}

function matrix(rows: string[][]): Record<string, string>[] {
	const [header, ...body] = section(rows, 'Break-even matrix');
	expect(header).toEqual(MATRIX_COLUMNS);
	return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

const RENT = 'Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent';
const BUY = 'Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · buy';

describe('csv: examples/hand-checked.json', async () => {
	const ctx = reportContext(handChecked(), GENERATED);
	const file = await render(ctx);
	const { text, rows } = await csvOf(ctx);
	const m = matrix(rows);
	const pair = (c: string, api: string) => {
		const r = m.find((x) => x.Candidate === c && x.API === api);
		if (!r) throw new Error(`no row ${c} vs ${api}`);
		return r;
	};

	it('is a UTF-8 CSV with CRLF line ends', () => {
		expect(file.extension).toBe('csv');
		expect(file.mime).toBe('text/csv;charset=utf-8');
		// parseCsv refuses a bare line break outside quotes; the name holds none.
		expect(text.split('\r\n').every((line) => !/[\r\n]/.test(line))).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
	});

	it('opens with the scenario name and the catalog date', () => {
		expect(rows[0]).toEqual(['LLM TCO: self-hosting against API pricing']);
		expect(rows).toContainEqual(['Scenario', ctx.scenario.name]);
		expect(rows).toContainEqual(['Catalog as of', ctx.catalogAsOf]);
		expect(rows).toContainEqual(['Generated', '2026-08-01T12:00:00.000Z']);
		expect(rows).toContainEqual(['Planned volume (tokens/month)', '6083333333.33']);
		expect(rows).toContainEqual(['Planned requests/day', '100000.00']);
	});

	it('separates sections by a blank line and a title line', () => {
		const titles = rows.flatMap((r, i) => (i > 0 && rows[i - 1].join('') === '' ? [r[0]] : []));
		expect(titles).toEqual([
			'Break-even matrix',
			'Chart data: Cost curve',
			'Chart data: First break-even',
			'Chart data: Sustained break-even',
			'Chart data: Monthly cost breakdown'
		]);
	});

	it('has the hand-computed break-evens, costs and saving as plain decimals', () => {
		// test/cli/tco.test.ts and docs/scenario-format.md work these out by hand.
		const g41 = pair(RENT, 'GPT-4.1');
		expect(g41['First break-even (tokens/month)']).toBe('1792000000.00');
		expect(g41['First break-even (requests/day)']).toBe('29457.53');
		expect(g41['Sustained break-even (tokens/month)']).toBe('1792000000.00');
		expect(g41['Self-hosted (USD/month at plan)']).toBe('8960.00');
		expect(g41['API (USD/month at plan)']).toBe('30416.67');
		expect(g41['Saving (USD/month at plan)']).toBe('21456.67');
		expect(g41['Cheaper at plan']).toBe('self-host');
		const mini = pair(RENT, 'GPT-4o mini');
		expect(mini['First break-even (tokens/month)']).toBe('23893333333.33');
		expect(mini['First break-even (requests/day)']).toBe('392767.12');
		expect(mini['Sustained break-even (tokens/month)']).toBe('23893333333.33');
		expect(mini['API (USD/month at plan)']).toBe('2281.25');
		// Negative numbers stay numbers: no quote in front of the minus.
		expect(mini['Saving (USD/month at plan)']).toBe('-6678.75');
		expect(mini['Cheaper at plan']).toBe('API');
		expect(pair(BUY, 'GPT-4.1')['First break-even (tokens/month)']).toBe('1674331666.67');
		expect(pair(BUY, 'GPT-4.1')['Self-hosted (USD/month at plan)']).toBe('8371.66');
	});

	it('writes every number so a spreadsheet can sort it', () => {
		const numeric = MATRIX_COLUMNS.filter((c) => /\(/.test(c));
		for (const r of m) {
			for (const c of numeric)
				// Only a fleet with no overflow API has a volume it serves in full up to: blank otherwise.
				expect(r[c], c).toMatch(
					c === 'Serves in full up to (tokens/month)' ? /^(\d+\.\d{2})?$/ : /^(-?\d+\.\d{2}|never)$/
				);
		}
	});

	it('carries every row of every chart table', () => {
		for (const { title, table } of chartTables(ctx)) {
			const body = section(rows, `Chart data: ${title}`);
			expect(body[0]).toEqual([table.caption]);
			expect(body[1]).toEqual(table.columns);
			expect(body.slice(2)).toHaveLength(table.rows.length);
			table.rows.forEach((row, j) => {
				const got = body[2 + j];
				expect(got).toHaveLength(row.length);
				row.forEach((cell, i) => {
					const n = plainNumber(cell);
					const ok = got[i] === cell || (n !== undefined && got[i] === n);
					expect(ok, `${title} row ${j} column ${table.columns[i]}: ${got[i]} for ${cell}`).toBe(
						true
					);
				});
			});
		}
	});
});

describe('csv: formula injection', () => {
	it.each([
		['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
		['+1+2', "'+1+2"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\t=1', "'\t=1"],
		['\r=1', "'\r=1"],
		['Plain name', 'Plain name'],
		['', ''],
		['−$5.00 (typographic minus)', '−$5.00 (typographic minus)']
	])('guardText(%j) → %j', (input, want) => {
		expect(guardText(input)).toBe(want);
	});

	it('quotes and doubles quotes per RFC 4180; numbers are never prefixed', () => {
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
		expect(csvField('=1')).toBe("'=1");
		expect(csvField({ number: '-12.50' })).toBe('-12.50');
	});

	it('neutralises a scenario name and a candidate label that look like formulas', async () => {
		const ctx = reportContext(
			edited(handChecked, (s) => {
				s.name = '=HYPERLINK("x")';
				s.notes = '@import, "quoted"\nsecond line';
				s.candidates[0].label = '-cmd|/C calc';
			}),
			GENERATED
		);
		const { text, rows } = await csvOf(ctx);
		expect(rows).toContainEqual(['Scenario', `'=HYPERLINK("x")`]);
		expect(rows).toContainEqual(['Notes', `'@import, "quoted"\nsecond line`]);
		expect(text).toContain(`Scenario,"'=HYPERLINK(""x"")"\r\n`);
		const m = matrix(rows);
		expect(m.filter((r) => r.Candidate === "'-cmd|/C calc")).toHaveLength(2);
		// No cell anywhere starts with a formula character unless it is a plain number.
		for (const r of rows) {
			for (const cell of r) {
				if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^-\d+(\.\d+)?$/);
			}
		}
	});
});

describe('csv: numbers', () => {
	it.each([
		['$1,234.50', '1234.50'],
		['−$0.01', '-0.01'],
		['-$2,000.00', '-2000.00'],
		['$0.00', '0.00'],
		['−$0.00', '0.00'],
		['12,345', '12345'],
		['0', '0'],
		['1234567', '1234567'],
		['never', undefined],
		['', undefined],
		['23.9B', undefined],
		['1,23', undefined],
		['Llama 3.1 8B', undefined]
	])('plainNumber(%j) → %j', (input, want) => {
		expect(plainNumber(input)).toBe(want);
	});

	it.each([
		['1792000000', '1792000000.00'],
		['23893333333.333333333', '23893333333.33'],
		['0.005', '0.01'],
		['-0.001', '0.00'],
		['-6678.75', '-6678.75'],
		['1e21', '1000000000000000000000.00']
	])('fixed(%s) → %s', (input, want) => {
		expect(fixed(dec(input)).number).toBe(want);
	});

	it.each([
		[
			'a monthly cost, to the cent',
			usd(dec('30416.666666666666'), 'month'),
			{ number: '30416.67' }
		],
		['a negative saving', usd(dec('-6678.75'), 'month'), { number: '-6678.75' }],
		['a tiny negative, no "-0"', usd(dec('-0.001')), { number: '0.00' }],
		['a price per 1M tokens', usd(dec('0.075'), '1M tokens'), { number: '0.08' }],
		['a volume, 2 decimals', volume(dec('23893333333.333333333')), { number: '23893333333.33' }],
		['a huge volume', volume(dec('1e21')), { number: '1000000000000000000000.00' }],
		[
			'a volume its table reports whole',
			figure(dec('1792000000.4'), 'tokens/month', 0),
			{ number: '1792000000' }
		],
		['a share, as a fraction', share(dec('0.438336')), { number: '0.4383' }],
		['a count', count(3, 'GPUs'), { number: '3' }],
		['zero', count(0, 'replicas'), { number: '0' }],
		['never', none('never'), 'never'],
		['nothing', none(''), ''],
		['a label', text('=1+1'), '=1+1']
	])('csvCell: %s', (_, cell, want) => {
		const before = JSON.stringify(cell);
		expect(csvCell(cell)).toEqual(want);
		expect(JSON.stringify(cell)).toBe(before);
	});
});

/**
 * The chart data of a scenario against the engine itself, not against the page's text: every
 * cost in the breakdown is the engine's to the cent, every break-even volume and its requests/day
 * the engine's to the whole token and request.
 */
function expectChartDataIsTheEngines(ctx: ReportContext, rows: string[][]): void {
	const cents = (got: string, want: Decimal, where: string) =>
		expect(dec(got).equals(want.toDecimalPlaces(2)), `${where}: ${got} for ${want}`).toBe(true);
	const whole = (got: string, want: Decimal, where: string) =>
		expect(dec(got).equals(want.toDecimalPlaces(0)), `${where}: ${got} for ${want}`).toBe(true);
	const { ev, inputs } = ctx;

	type Bar = { label: string; parts: Record<string, Decimal | undefined>; total: Decimal };
	const bars: Bar[] = [
		...ev.candidates.flatMap((c): Bar[] =>
			c.ok
				? [
						{
							label: c.label,
							// A hybrid's overflow bill is its API usage.
							parts: {
								...c.atPlan.breakdown,
								...(c.atPlan.split.overflowCost.gt(0) ? { api: c.atPlan.split.overflowCost } : {})
							},
							total: c.atPlan.total.value
						}
					]
				: []
		),
		...ev.baselines.flatMap((b): Bar[] =>
			b.ok
				? [{ label: `${b.name} (API)`, parts: { api: b.atPlan.value }, total: b.atPlan.value }]
				: []
		)
	];
	const keys = [...costCategories, 'api'];
	expect(BREAKDOWN_COLUMNS.slice(2, -1)).toHaveLength(keys.length);
	const breakdown = section(rows, 'Chart data: Monthly cost breakdown').slice(2);
	expect(breakdown).toHaveLength(bars.length);
	bars.forEach((b, i) => {
		const r = breakdown[i];
		expect(r[0].startsWith(b.label), `${r[0]} is ${b.label}`).toBe(true);
		cents(r.at(-1)!, b.total, `${b.label} total`);
		keys.forEach((k, j) => {
			const want = b.parts[k];
			// A category that does not apply is blank.
			if (want) cents(r[2 + j], want, `${b.label} ${k}`);
			else expect(r[2 + j], `${b.label} ${k}`).toBe('');
		});
	});

	const cands = ev.candidates.filter((c) => c.ok);
	const apis = ev.baselines.filter((b) => b.ok);
	for (const which of ['first', 'sustained'] as const) {
		const title = `Chart data: ${which === 'first' ? 'First' : 'Sustained'} break-even`;
		const body = section(rows, title).slice(2);
		expect(body).toHaveLength(cands.length * apis.length);
		cands.forEach((c, i) =>
			apis.forEach((b, j) => {
				const r = body[i * apis.length + j];
				const p = ev.pairs.find((x) => x.candidateId === c.id && x.baselineId === b.id);
				const be = p?.ok ? p[which] : undefined;
				if (!be || be.kind === 'never') {
					expect(r.slice(2, 4)).toEqual(['never', 'never']);
					return;
				}
				whole(r[2], be.volume, `${c.label} vs ${b.id} ${which}`);
				whole(r[3], requestsPerDayAt(be.volume, inputs.workload), `${c.label} vs ${b.id} rpd`);
			})
		);
	}
}

describe('csv: the default scenario and the edge cases', () => {
	for (const [name, edit] of Object.entries(SCENARIOS)) {
		it(`${name}: parses back, one matrix row per pair, every chart row present`, async () => {
			const ctx = reportContext(edited(defaultScenario, edit), GENERATED);
			const { rows } = await csvOf(ctx);
			const m = matrix(rows);
			expect(m).toHaveLength(ctx.ev.pairs.length);
			ctx.ev.pairs.forEach((p, i) => {
				const r = m[i];
				if (!p.ok) {
					expect(r.Note).toBe(p.reason);
					return;
				}
				expect(r['First break-even (tokens/month)']).toBe(
					p.first.kind === 'never' ? 'never' : fixed(p.first.volume).number
				);
				expect(r['Sustained break-even (tokens/month)']).toBe(
					p.sustained.kind === 'never' ? 'never' : fixed(p.sustained.volume).number
				);
				expect(r['Saving (USD/month at plan)']).toBe(fixed(p.savingAtPlan).number);
			});
			for (const { title, table } of chartTables(ctx)) {
				expect(section(rows, `Chart data: ${title}`).slice(2)).toHaveLength(table.rows.length);
			}
			for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^-0(\.0+)?$/);
		});

		it(`${name}: the chart data's costs and volumes are the engine's, to the cent`, async () => {
			const ctx = reportContext(edited(defaultScenario, edit), GENERATED);
			expectChartDataIsTheEngines(ctx, (await csvOf(ctx)).rows);
		});
	}

	it('writes "never" where self-hosting never breaks even (default: c1 vs GPT-4o mini)', async () => {
		const ctx = reportContext(defaultScenario(), GENERATED);
		const r = matrix((await csvOf(ctx)).rows)[0];
		expect(r.API).toBe('GPT-4o mini');
		expect(r['First break-even (tokens/month)']).toBe('never');
		expect(r['First break-even (requests/day)']).toBe('never');
		expect(r['Sustained break-even (requests/day)']).toBe('never');
	});

	it('does not change its input', async () => {
		const ctx = reportContext(handChecked(), GENERATED);
		const before = JSON.stringify(ctx.scenario);
		const volume = ctx.ev.volume.value.toString();
		await render(ctx);
		expect(JSON.stringify(ctx.scenario)).toBe(before);
		expect(ctx.ev.volume.value.toString()).toBe(volume);
	});
});

/**
 * examples/hybrid.json (worked by hand in test/cli/tco.test.ts): the hybrid serves 63,997,056,000 of
 * 146e9 tokens in-house (43.83%) and pays GPT-4o mini $30,751.10; the fleet of 3 serves
 * 112,663,722,666.67 (77.17%) and pays $12,501.10; the fleet of 2 serves 91,331,370,666.67
 * (62.56%), leaves 54,668,629,333.33 unserved and serves everything up to 63,997,056,000.
 */
describe('csv: fleets and a hybrid (examples/hybrid.json)', async () => {
	const r = parseScenarioText(readFileSync('examples/hybrid.json', 'utf8'));
	if (!r.ok) throw new Error(r.errors.join('\n'));
	const m = matrix((await csvOf(reportContext(r.scenario, GENERATED))).rows);
	const cols = (i: number) =>
		[
			'Capacity',
			'Served in-house at plan (% of tokens)',
			'Overflow API (USD/month at plan)',
			'Not served (tokens/month at plan)',
			'Serves in full up to (tokens/month)'
		].map((k) => m[i][k]);

	it('writes the chart data as the engine has it: the hybrid’s API usage, to the cent', async () => {
		const ctx = reportContext(r.scenario, GENERATED);
		const { rows } = await csvOf(ctx);
		expectChartDataIsTheEngines(ctx, rows);
		const hybrid = section(rows, 'Chart data: Monthly cost breakdown').find((x) =>
			x[0].endsWith('(hybrid)')
		);
		// The hybrid's overflow bill to GPT-4o mini, $30,751.10 (worked out in test/cli/tco.test.ts).
		expect(hybrid?.[7]).toBe('30751.10');
	});

	it('carries mode, in-house share, overflow bill, unserved tokens and servesUpTo per pair', () => {
		expect(cols(0)).toEqual(['hybrid', '43.83', '30751.10', '0.00', '']);
		expect(cols(1)).toEqual(['fleet of 3', '77.17', '12501.10', '0.00', '']);
		expect(cols(2)).toEqual(['fleet of 2', '62.56', '0.00', '54668629333.33', '63997056000.00']);
		expect(m[2].Note).toBe(
			'a fleet with no overflow API: compared only up to the volume it serves in full'
		);
		expect(m[0]['Self-hosted (USD/month at plan)']).toBe('45351.10');
	});
});
