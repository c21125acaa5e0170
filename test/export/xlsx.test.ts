import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { HyperFormula, type RawCellContent, type SimpleCellAddress } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { dec, toNumber, type Decimal } from '../../src/lib/domain/decimal';
import type { Quantity } from '../../src/lib/domain/quantity';
import { costCategories } from '../../src/lib/domain/self-host-cost';
import { curveAt } from '../../src/lib/domain/self-host-curve';
import { requestsPerDayAt } from '../../src/lib/domain/workload';
import { reportContext, type ExportFile, type ReportContext } from '../../src/lib/export/context';
import { chartTables } from '../../src/lib/export/chart-data';
import { PAIR_COLUMNS, render, SHEETS, SOLVE_CLASSES } from '../../src/lib/export/xlsx';
import {
	defaultScenario as appDefault,
	parseScenarioText,
	type Scenario
} from '../../src/lib/scenario/document';
import { SCENARIOS } from '../charts/scenarios';
import { plainNumber } from './page-text';

const GENERATED = new Date('2026-08-01T12:00:00Z');

/**
 * A scenario of the formula tests, its Monte Carlo at the fewest samples allowed (100). The sheet is
 * still written (and read by each workbook test); at the scenario's own 2,000, which "the Monte
 * Carlo sheet" below checks, the samples were most of this file's time, some 20 s of 35.
 */
const fewSamples = (s: Scenario): Scenario => ({
	...s,
	analysis: { ...s.analysis, samples: '100' }
});

function handChecked(): Scenario {
	const r = parseScenarioText(readFileSync('examples/hand-checked.json', 'utf8'));
	if (!r.ok) throw new Error(r.errors.join('\n'));
	return fewSamples(r.scenario);
}

/** The app's default scenario, with fewSamples. */
const defaultScenario = () => fewSamples(appDefault());

/** A scenario edited on a copy, so no test changes another's input. */
function edited(base: () => Scenario, edit: (s: Scenario) => void): Scenario {
	const s = structuredClone(base());
	edit(s);
	return s;
}

/** The functions the workbook may use: all in Excel 2007+ and in HyperFormula. */
const ALLOWED_FUNCTIONS = [
	'IF',
	'MAX',
	'MIN',
	'CEILING',
	'ROUND',
	'PMT',
	'GCD',
	'COUNT',
	'COUNTIF',
	'ISNUMBER',
	'SUM'
];

interface FormulaCell {
	sheet: string;
	address: string;
	row: number;
	col: number;
	formula: string;
	result: unknown;
}

/**
 * A workbook read back with exceljs and loaded into HyperFormula: formula cells as '=…', value
 * cells as numbers and strings (strings behind an apostrophe, so HyperFormula never parses a
 * label as a number, a date or a formula), defined names as named expressions.
 */
interface Loaded {
	wb: ExcelJS.Workbook;
	hf: HyperFormula;
	formulas: FormulaCell[];
	sheetId(name: string): number;
}

const XML_ENTITIES: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&apos;': "'"
};
const xmlText = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (e) => XML_ENTITIES[e]);

/**
 * The cached result of every formula cell, read from the sheets' XML: what a viewer that does not
 * recalculate shows. (exceljs reads a cached 0 back as no result, so it is not asked.)
 */
async function cachedResults(bytes: Uint8Array): Promise<Map<string, number | string>> {
	const zip = await JSZip.loadAsync(bytes);
	const book = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
	const names = [...book.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => xmlText(m[1]));
	const out = new Map<string, number | string>();
	for (const [i, name] of names.entries()) {
		const xml = (await zip.file(`xl/worksheets/sheet${i + 1}.xml`)?.async('string')) ?? '';
		for (const m of xml.matchAll(
			/<c r="([A-Z]+\d+)"([^>]*)><f>[^<]*<\/f>(?:<v>([^<]*)<\/v>|<v\/>)?<\/c>/g
		)) {
			const [, address, attrs, v] = m;
			out.set(
				`${name}!${address}`,
				attrs.includes('t="str"') ? xmlText(v ?? '') : v === undefined ? '' : Number(v)
			);
		}
	}
	return out;
}

async function load(bytes: Uint8Array): Promise<Loaded> {
	const cached = await cachedResults(bytes);
	const wb = new ExcelJS.Workbook();
	await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
	const sheets: Record<string, RawCellContent[][]> = {};
	const formulas: FormulaCell[] = [];
	wb.eachSheet((ws) => {
		const grid: RawCellContent[][] = [];
		ws.eachRow((row, r) => {
			row.eachCell((cell, c) => {
				const v = cell.value;
				let content: RawCellContent;
				if (cell.type === ExcelJS.ValueType.Formula) {
					content = `=${cell.formula}`;
					formulas.push({
						sheet: ws.name,
						address: cell.address,
						row: r,
						col: c,
						formula: cell.formula,
						result: cached.get(`${ws.name}!${cell.address}`)
					});
				} else if (typeof v === 'string') content = `'${v}`;
				else if (typeof v === 'number' || typeof v === 'boolean' || v === null) content = v;
				else
					throw new Error(`${ws.name}!${cell.address}: unexpected cell value ${JSON.stringify(v)}`);
				(grid[r - 1] ??= [])[c - 1] = content;
			});
		});
		// Rows are sparse: reduce skips the holes a spread would turn into NaN.
		const width = grid.reduce((w, g) => Math.max(w, g.length), 0);
		sheets[ws.name] = Array.from(grid, (g) =>
			Array.from({ length: width }, (_, i) => (g ? (g[i] ?? null) : null))
		);
	});
	const names = wb.definedNames.model.map((d) => ({
		name: d.name,
		expression: `=${d.ranges[0]}`
	}));
	// Excel keeps 15 significant digits; HyperFormula rounds what it reports to 10 by default, which
	// would hide cents above $100 million.
	const hf = HyperFormula.buildFromSheets(
		sheets,
		{ licenseKey: 'gpl-v3', precisionRounding: 15 },
		names
	);
	const sheetId = (name: string) => {
		const id = hf.getSheetId(name);
		if (id === undefined) throw new Error(`no sheet ${name}`);
		return id;
	};
	return { wb, hf, formulas, sheetId };
}

/**
 * Each workbook rendered once per scenario and date, and shared by the tests that read that same
 * document: a render runs the Monte Carlo sheet's samples and takes seconds, and the hand-checked
 * and default workbooks back several tests each. A test still loads its own copy into
 * HyperFormula, which it may change. (For contexts made by reportContext, which carry no Monte
 * Carlo result: the scenario and the date are then all a render depends on.)
 */
const rendered = new Map<string, Promise<ExportFile>>();
function renderOnce(ctx: ReportContext): Promise<ExportFile> {
	const key = `${ctx.generatedAt.toISOString()} ${JSON.stringify(ctx.scenario)}`;
	let file = rendered.get(key);
	if (!file) rendered.set(key, (file = render(ctx)));
	return file;
}

const workbookOf = async (ctx: ReportContext) => load((await renderOnce(ctx)).bytes);

/** The row of a sheet whose column A holds the text, or throws. */
function rowWithLabel(book: Loaded, sheet: string, label: string, col = 1): number {
	const ws = book.wb.getWorksheet(sheet);
	let found = 0;
	ws?.eachRow((row, r) => {
		if (!found && row.getCell(col).value === label) found = r;
	});
	if (!found) throw new Error(`${sheet}: no row labelled ${label}`);
	return found;
}

/** The cell behind a defined name. */
function namedCell(book: Loaded, name: string): SimpleCellAddress {
	const d = book.wb.definedNames.model.find((x) => x.name === name);
	if (!d) throw new Error(`no defined name ${name}`);
	const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+)$/.exec(d.ranges[0]);
	if (!m) throw new Error(`unexpected range ${d.ranges[0]}`);
	const col = [...m[2]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
	return { sheet: book.sheetId(m[1]), row: Number(m[3]) - 1, col: col - 1 };
}

const pairCol = (name: (typeof PAIR_COLUMNS)[number]) => PAIR_COLUMNS.indexOf(name);

/** The row of the candidate × API table for a pair. */
function pairRow(book: Loaded, candidate: string, api: string): number {
	const ws = book.wb.getWorksheet(SHEETS.calculation);
	let found = 0;
	ws?.eachRow((row, r) => {
		if (row.getCell(1).value === candidate && row.getCell(2).value === api) found = r;
	});
	if (!found) throw new Error(`no pair row for ${candidate} vs ${api}`);
	return found;
}

function value(book: Loaded, sheet: string, row: number, col0: number): unknown {
	return book.hf.getCellValue({ sheet: book.sheetId(sheet), row: row - 1, col: col0 });
}

const num = (x: unknown): number => {
	if (typeof x !== 'number') throw new Error(`not a number: ${JSON.stringify(x)}`);
	return x;
};
const cents = (x: unknown, d: Decimal) =>
	expect(Math.abs(num(x) - d.toNumber())).toBeLessThan(0.005);
const relative = (x: unknown, d: Decimal) => {
	const want = d.toNumber();
	expect(Math.abs(num(x) - want)).toBeLessThanOrEqual(1e-6 * Math.max(Math.abs(want), 1));
};

/**
 * The workbook's figures against the app's: each pair's costs and saving to the cent, the first
 * break-even within 1e-6 (relative), and each candidate's and API's monthly cost.
 */
function expectMatchesApp(book: Loaded, ctx: ReportContext): void {
	const { ev } = ctx;
	for (const p of ev.pairs) {
		const c = ev.candidates.find((x) => x.id === p.candidateId);
		const b = ev.baselines.find((x) => x.id === p.baselineId);
		if (!p.ok || !c?.ok || !b?.ok) continue;
		const r = pairRow(book, c.label, b.name);
		const at = (col: (typeof PAIR_COLUMNS)[number]) =>
			value(book, SHEETS.calculation, r, pairCol(col));
		cents(at('Self-hosted (USD/month at plan)'), p.selfHostAtPlan);
		cents(at('API (USD/month at plan)'), p.apiAtPlan);
		cents(at('Saving (USD/month at plan)'), p.savingAtPlan);
		expect(at('Cheaper at plan')).toBe(p.cheaperAtPlan === 'api' ? 'API' : p.cheaperAtPlan);
		if (p.first.kind === 'never') {
			expect(at('First break-even (tokens/month)')).toBe('never');
		} else {
			expect(at('Active replicas at first break-even k*')).toBe(p.first.activeReplicas);
			relative(at('First break-even (tokens/month)'), p.first.volume);
		}
		// The sustained break-even is a live formula too (issue 11): it follows a change like the app.
		if (p.sustained.kind === 'never') {
			expect(at('Sustained break-even (tokens/month)')).toBe('never');
		} else {
			relative(at('Sustained break-even (tokens/month)'), p.sustained.volume);
		}
	}
	const candRow = rowWithLabel(
		book,
		SHEETS.calculation,
		'Monthly cost at plan (self-hosted + overflow API)'
	);
	ev.candidates
		.filter((c) => c.ok)
		.forEach((c, j) => {
			if (c.ok) cents(value(book, SHEETS.calculation, candRow, 2 + j), c.atPlan.total.value);
		});
	const apiRow = rowWithLabel(book, SHEETS.calculation, 'API monthly cost at plan');
	ev.baselines
		.filter((b) => b.ok)
		.forEach((b, j) => {
			if (b.ok) cents(value(book, SHEETS.calculation, apiRow, 2 + j), b.atPlan.value);
		});
}

/**
 * The Chart data sheet against the engine itself: every cost of the breakdown a number equal to
 * the engine's to the cent, formatted as dollars; every break-even volume and its requests/day a
 * whole number formatted #,##0; "never" as text; a category that does not apply blank.
 */
function expectChartDataIsTheEngines(book: Loaded, ctx: ReportContext): void {
	const ws = book.wb.getWorksheet(SHEETS.charts)!;
	const numberCell = (r: number, c: number, want: Decimal, places: number, fmt: string) => {
		const cell = ws.getCell(r, c);
		const where = `${SHEETS.charts}!${cell.address}`;
		expect(cell.type, where).toBe(ExcelJS.ValueType.Number);
		expect(cell.value, where).toBe(toNumber(want.toDecimalPlaces(places)));
		expect(cell.numFmt, where).toBe(fmt);
	};
	const { ev, inputs } = ctx;
	const breakdown = rowWithLabel(book, SHEETS.charts, 'Monthly cost breakdown') + 3;
	const bars = [
		...ev.candidates.flatMap((c) =>
			c.ok
				? [
						{
							parts: {
								...c.atPlan.breakdown,
								...(c.atPlan.split.overflowCost.gt(0) ? { api: c.atPlan.split.overflowCost } : {})
							} as Partial<Record<string, Decimal>>,
							total: c.atPlan.total.value
						}
					]
				: []
		),
		...ev.baselines.flatMap((b) =>
			b.ok
				? [
						{
							parts: { api: b.atPlan.value } as Partial<Record<string, Decimal>>,
							total: b.atPlan.value
						}
					]
				: []
		)
	];
	bars.forEach((b, i) => {
		[...costCategories, 'api'].forEach((k, j) => {
			const want = b.parts[k];
			if (want) numberCell(breakdown + i, 3 + j, want, 2, '"$"#,##0.00');
			else expect(ws.getCell(breakdown + i, 3 + j).value).toBe(null);
		});
		numberCell(breakdown + i, 9, b.total, 2, '"$"#,##0.00');
	});
	expect(ws.getCell(breakdown + bars.length, 1).value).toBe(null);

	const cands = ev.candidates.filter((c) => c.ok);
	const apis = ev.baselines.filter((b) => b.ok);
	for (const which of ['first', 'sustained'] as const) {
		const title = `${which === 'first' ? 'First' : 'Sustained'} break-even`;
		const start = rowWithLabel(book, SHEETS.charts, title) + 3;
		cands.forEach((c, i) =>
			apis.forEach((b, j) => {
				const r = start + i * apis.length + j;
				expect(ws.getCell(r, 2).value).toBe(b.name);
				const p = ev.pairs.find((x) => x.candidateId === c.id && x.baselineId === b.id);
				const be = p?.ok ? p[which] : undefined;
				if (!be || be.kind === 'never') {
					expect([ws.getCell(r, 3).value, ws.getCell(r, 4).value]).toEqual(['never', 'never']);
					return;
				}
				numberCell(r, 3, be.volume, 0, '#,##0');
				numberCell(r, 4, requestsPerDayAt(be.volume, inputs.workload), 0, '#,##0');
			})
		);
	}
}

/** Every formula recalculated by HyperFormula equals the app's value cached in the file. */
function expectFormulasMatchCache(book: Loaded): void {
	expect(book.formulas.length).toBeGreaterThan(0);
	for (const f of book.formulas) {
		expect(f.result, `${f.sheet}!${f.address} has a cached result`).toBeDefined();
		const got = book.hf.getCellValue({
			sheet: book.sheetId(f.sheet),
			row: f.row - 1,
			col: f.col - 1
		});
		const where = `${f.sheet}!${f.address} = ${f.formula}`;
		if (typeof f.result === 'number') {
			expect(typeof got, where).toBe('number');
			const tol = 1e-9 * Math.max(Math.abs(f.result), 1e-3);
			expect(
				Math.abs((got as number) - f.result),
				`${where}: ${got} vs ${f.result}`
			).toBeLessThanOrEqual(tol);
		} else {
			expect(got, where).toBe(f.result);
		}
	}
}

describe('xlsx: examples/hand-checked.json', async () => {
	const ctx = reportContext(handChecked(), GENERATED);
	const file = await renderOnce(ctx);
	const book = await load(file.bytes);

	it('is an XLSX file with the four sheets', () => {
		expect(file.extension).toBe('xlsx');
		expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		expect([...file.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // a zip
		expect(book.wb.worksheets.map((w) => w.name)).toEqual(Object.values(SHEETS));
	});

	/**
	 * The default pair, rent against GPT-4o mini, over the default 36 months (no growth, flat API
	 * prices, discount 0): the API $2,281.25 a month, rent $8,960, no capex; each year
	 * 12 × (2,281.25 − 8,960) = −$80,145.00; no crossover.
	 */
	it('has the timeline of the default pair as values, with the yearly table and NPV', () => {
		const ws = book.wb.getWorksheet(SHEETS.overTime)!;
		const cellAt = (label: string, col = 2) =>
			ws.getCell(rowWithLabel(book, SHEETS.overTime, label), col).value;
		expect(String(ws.getCell('A2').value)).toContain(
			'Pair: Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent against GPT-4o mini'
		);
		expect(String(ws.getCell('A3').value)).toContain('Values computed by LLM TCO on 2026-');
		expect(String(ws.getCell('A3').value)).toContain('not live formulas');
		expect(cellAt('Horizon (months)')).toBe(36);
		expect(cellAt('Discount rate per year (share)')).toBe(0);
		expect(cellAt('NPV of the API (USD)')).toBeCloseTo(82_125, 6);
		expect(cellAt('NPV of self-hosting (USD)')).toBeCloseTo(322_560, 6);
		expect(cellAt('NPV saving, API − self-hosting (USD)')).toBeCloseTo(-240_435, 6);
		expect(cellAt('Crossover month (cash)')).toBe('never');
		expect(cellAt('Crossover month (P&L)')).toBe('never');
		expect(cellAt('Payback month of the capex')).toBe('no capex (rented)');
		// By year: year, months, API, capex, residual, opex, cash, P&L, cumulative difference
		const y1 = rowWithLabel(book, SHEETS.overTime, 'By year') + 2;
		const years = [0, 1, 2].map((i) =>
			(ws.getRow(y1 + i).values as unknown[])
				.slice(1, 10)
				.map((v) => Math.round(Number(v) * 100) / 100)
		);
		expect(years).toEqual([
			[1, 12, 27_375, 0, 0, 107_520, 107_520, 107_520, -80_145],
			[2, 12, 27_375, 0, 0, 107_520, 107_520, 107_520, -160_290],
			[3, 12, 27_375, 0, 0, 107_520, 107_520, 107_520, -240_435]
		]);
		// By month: 36 rows, no formulas
		const m1 = rowWithLabel(book, SHEETS.overTime, 'By month') + 2;
		expect(ws.getCell(m1 - 1, 10).value).toBe('Cumulative P&L (USD)');
		const month = (i: number) =>
			(ws.getRow(m1 + i).values as unknown[]).slice(1, 11).map((v) => Number(v));
		const first = month(0);
		expect(first[0]).toBe(1);
		expect(first[1]).toBeCloseTo(6_083_333_333.33, 1);
		expect(first.slice(2)).toEqual([2281.25, 0, 8960, 8960, 8960, 2281.25, 8960, 8960]);
		const last = month(35);
		expect(last[0]).toBe(36);
		expect(last.slice(7)).toEqual([82_125, 322_560, 322_560]);
		expect(ws.getCell(m1 + 36, 1).value).toBeNull();
		expect(book.formulas.filter((f) => f.sheet === SHEETS.overTime)).toEqual([]);
	});

	it('has the tornado of the default pair, largest swing first', () => {
		const ws = book.wb.getWorksheet(SHEETS.sensitivity)!;
		expect(ws.getCell('A6').value).toBe('Input');
		const labels = Array.from({ length: 9 }, (_, i) => ws.getCell(7 + i, 1).value);
		expect(labels[0]).toBe('Loaded staff cost');
		expect(ws.getCell(16, 1).value).toBeNull();
		const swings = labels.map((_, i) => Number(ws.getCell(7 + i, 12).value));
		expect([...swings].sort((a, b) => b - a)).toEqual(swings);
		// requests/day ±20%: GPT-4o mini $2,281.25 → $1,825.00 / $2,737.50; rent unchanged
		const rpd = rowWithLabel(book, SHEETS.sensitivity, 'Requests per day');
		const row = (ws.getRow(rpd).values as unknown[]).slice(1);
		expect(row.slice(0, 12)).toEqual([
			'Requests per day',
			'requests/day',
			100_000,
			80_000,
			'no',
			-7135,
			-456.25,
			120_000,
			'no',
			-6222.5,
			456.25,
			912.5
		]);
	});

	it('recalculates in HyperFormula to the values the app cached, with no errors', () => {
		expectFormulasMatchCache(book);
		for (const f of book.formulas) {
			const got = book.hf.getCellValue({
				sheet: book.sheetId(f.sheet),
				row: f.row - 1,
				col: f.col - 1
			});
			expect(got, `${f.sheet}!${f.address}`).not.toBeInstanceOf(Object);
		}
	});

	it('uses only functions Excel and HyperFormula both have', () => {
		const known = HyperFormula.getRegisteredFunctionNames('enGB');
		for (const f of book.formulas) {
			for (const [, name] of f.formula.matchAll(/([A-Z][A-Z.]*)\(/g)) {
				expect(ALLOWED_FUNCTIONS, f.formula).toContain(name);
				expect(known).toContain(name);
			}
		}
	});

	it('matches the hand-checked figures', () => {
		const r = pairRow(book, 'Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent', 'GPT-4.1');
		const at = (col: (typeof PAIR_COLUMNS)[number]) =>
			value(book, SHEETS.calculation, r, pairCol(col));
		expect(at('Self-hosted (USD/month at plan)')).toBe(8960);
		cents(at('API (USD/month at plan)'), dec('30416.67'));
		cents(at('Saving (USD/month at plan)'), dec('21456.67'));
		relative(at('First break-even (tokens/month)'), dec('1792000000'));
		expect(num(at('First break-even (requests/day)')).toFixed(2)).toBe('29457.53');
		const mini = pairRow(book, 'Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent', 'GPT-4o mini');
		relative(
			value(book, SHEETS.calculation, mini, pairCol('First break-even (tokens/month)')),
			dec('23893333333.333333')
		);
		const buy = pairRow(book, 'Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · buy', 'GPT-4.1');
		cents(
			value(book, SHEETS.calculation, buy, pairCol('Self-hosted (USD/month at plan)')),
			dec('8371.66')
		);
		relative(
			value(book, SHEETS.calculation, buy, pairCol('First break-even (tokens/month)')),
			dec('1674331666.666667')
		);
		const vrep = rowWithLabel(book, SHEETS.calculation, 'Volume per replica Vrep');
		relative(value(book, SHEETS.calculation, vrep, 2), dec('31998528000'));
	});

	it('matches the app for every pair', () => expectMatchesApp(book, ctx));

	it('lists every input with its value, unit and source; scalar inputs have names', () => {
		const ws = book.wb.getWorksheet(SHEETS.assumptions);
		const rows: { label: unknown; value: unknown; unit: unknown; source: unknown }[] = [];
		ws?.eachRow((row, r) => {
			if (r > 7 && typeof row.getCell(2).value === 'number') {
				rows.push({
					label: row.getCell(1).value,
					value: row.getCell(2).value,
					unit: row.getCell(3).value,
					source: row.getCell(4).value
				});
			}
		});
		const { inputs } = ctx;
		const quantities = [
			inputs.workload.requestsPerDay,
			inputs.workload.inputTokensPerRequest,
			inputs.workload.outputTokensPerRequest,
			inputs.workload.cachedInputShare,
			inputs.workload.batchShare,
			inputs.workload.peakToAverage,
			inputs.workload.peakHoursPerDay,
			// nodeCostBasis and colocationBasis are choices, written as 1/0 flags (tested below).
			...Object.values(inputs.finance).filter((q): q is Quantity => typeof q === 'object'),
			inputs.serving.targetUtilization,
			inputs.serving.minReplicas,
			inputs.serving.redundancy,
			...inputs.baselines.flatMap((o) => [
				o.inputUsdPerMTok,
				o.outputUsdPerMTok,
				o.cachedInputUsdPerMTok,
				o.batchDiscount,
				o.fixedMonthlyUsd
			]),
			inputs.candidates[0].gpu.tdpWatts,
			inputs.candidates[0].gpu.cloudUsdPerGpuHour!,
			inputs.candidates[0].gpu.purchasePriceUsd!
		];
		for (const q of quantities) {
			const row = rows.find((r) => r.label === q.label);
			expect(row, q.label).toBeDefined();
			expect(row?.value).toBe(q.value.toNumber());
			expect(row?.unit).toBe(q.unit);
			expect(row?.source).toBe(q.source);
		}
		for (const name of [
			'RequestsPerDay',
			'GpusPerNode',
			'CostOfCapital',
			'MinReplicas',
			'ShiftBatchOffPeak'
		]) {
			expect(book.wb.definedNames.model.map((d) => d.name)).toContain(name);
		}
		// The throughput and the sizing come from the app, labelled as such.
		const rps = rows.find((r) => String(r.label).endsWith('requests/s per replica'));
		expect(rps?.value).toBe(15.22);
		expect(String(rps?.source)).toMatch(/^computed by the app \(benchmark\)/);
	});

	it('formats money as $ with 2 decimals and volumes as #,##0', () => {
		const ws = book.wb.getWorksheet(SHEETS.calculation);
		const r = pairRow(book, 'Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent', 'GPT-4.1');
		expect(ws?.getCell(r, pairCol('Saving (USD/month at plan)') + 1).numFmt).toBe('"$"#,##0.00');
		expect(ws?.getCell(r, pairCol('First break-even (tokens/month)') + 1).numFmt).toBe('#,##0');
	});

	it('writes the chart data as numbers in their units, the engine’s to the cent', () =>
		expectChartDataIsTheEngines(book, ctx));

	it('carries the three charts’ tables, numbers as numbers', () => {
		const ws = book.wb.getWorksheet(SHEETS.charts);
		const texts: unknown[] = [];
		ws?.eachRow((row) => texts.push(row.getCell(1).value));
		for (const t of [
			'Cost curve',
			'First break-even',
			'Sustained break-even',
			'Monthly cost breakdown'
		]) {
			expect(texts).toContain(t);
		}
		const title = rowWithLabel(book, SHEETS.charts, 'Monthly cost breakdown');
		let bd = 0;
		ws?.eachRow((row, r) => {
			if (r > title && row.getCell(1).value === 'Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent')
				bd ||= r;
		});
		expect(ws?.getCell(bd, 9).value).toBe(8960);
		expect(ws?.getCell(bd, 9).numFmt).toBe('"$"#,##0.00');
		expect(ws?.getCell(bd, 8).value).toBe(null); // no API usage for a self-hosted option
		// Every row of every table, each number equal to the table's text.
		for (const { title, table } of chartTables(ctx)) {
			const start = rowWithLabel(book, SHEETS.charts, title);
			expect(ws?.getCell(start + 1, 1).value).toBe(table.caption);
			expect(table.columns.map((_, i) => ws?.getCell(start + 2, i + 1).value)).toEqual(
				table.columns
			);
			table.rows.forEach((row, j) => {
				row.forEach((text, i) => {
					const got = ws?.getCell(start + 3 + j, i + 1).value;
					const n = plainNumber(text);
					const want = text === '' ? null : n !== undefined && i > 0 ? Number(n) : text;
					expect(got, `${title} row ${j} column ${i}`).toBe(want);
				});
			});
		}
	});
});

describe('xlsx: a change in the workbook recomputes like the app', async () => {
	/**
	 * Set the inputs in HyperFormula (by defined name or by Assumptions label), evaluate the same
	 * change in the app, and compare.
	 */
	async function check(
		base: () => Scenario,
		changes: { name?: string; label?: string; value: number }[],
		edit: (s: Scenario) => void
	) {
		const before = reportContext(base(), GENERATED);
		const book = await workbookOf(before);
		for (const c of changes) {
			const at = c.name
				? namedCell(book, c.name)
				: {
						sheet: book.sheetId(SHEETS.assumptions),
						row: rowWithLabel(book, SHEETS.assumptions, c.label ?? '') - 1,
						col: 1
					};
			book.hf.setCellContents(at, c.value);
		}
		// The workbook keeps each candidate's replica size as exported (the app chooses it at the
		// planned volume): the app is asked for the same sizes.
		const sizes = new Map(
			before.ev.candidates.flatMap((c) => (c.ok ? [[c.id, c.sizing.gpusPerReplica] as const] : []))
		);
		const after = reportContext(
			edited(base, (s) => {
				edit(s);
				s.candidates = s.candidates.map((c) =>
					sizes.has(c.id) ? { ...c, gpusPerReplica: sizes.get(c.id) } : c
				);
			}),
			GENERATED
		);
		expectMatchesApp(book, after);
		return { book, after };
	}

	it('hand-checked: 3,000,000 requests/day (6 replicas)', async () => {
		const { after } = await check(
			handChecked,
			[{ name: 'RequestsPerDay', value: 3_000_000 }],
			(s) => {
				s.workload.requestsPerDay = '3000000';
			}
		);
		const rent = after.ev.candidates[0];
		expect(rent.ok && rent.atPlan.replicas).toBe(6);
	});

	it('hand-checked: a volume of exactly nine replicas needs nine, whatever the float noise', async () => {
		// 10,651,564.8 requests/day × 365 × 2,000 / 12 = 1,295,940,384,000 tokens/month; at peak 1
		// and 90% a replica serves 15.22 × 0.9 × 2,628,000 × 2,000 = 143,993,376,000: exactly 9.
		// In floating point the ratio is 9.000000000000002, which CEILING alone would make 10.
		const { book, after } = await check(
			handChecked,
			[
				{ name: 'RequestsPerDay', value: 10_651_564.8 },
				{ name: 'PeakToAverage', value: 1 },
				{ name: 'TargetUtilization', value: 0.9 }
			],
			(s) => {
				s.workload.requestsPerDay = '10651564.8';
				s.workload.peakToAverage = '1';
				s.serving.targetUtilization = '0.9';
			}
		);
		const rent = after.ev.candidates[0];
		expect(rent.ok && rent.atPlan.replicas).toBe(9);
		const active = rowWithLabel(book, SHEETS.calculation, 'Active replicas at plan');
		expect(value(book, SHEETS.calculation, active, 2)).toBe(9);
	});

	it('hand-checked: the H100 rate at $3.50 and a 20% commitment discount', async () => {
		await check(
			handChecked,
			[
				{ label: 'NVIDIA H100 SXM 80GB: cloud rate', value: 3.5 },
				{ name: 'CommitmentDiscount', value: 0.2 }
			],
			(s) => {
				s.overrides.gpus['h100-sxm'] = {
					...s.overrides.gpus['h100-sxm'],
					cloudUsdPerGpuHour: '3.5'
				};
				s.finance.commitmentDiscount = '0.2';
			}
		);
	});

	it('hand-checked: cost of capital 8%, residual 10%, maintenance 5% (the PMT path)', async () => {
		await check(
			handChecked,
			[
				{ name: 'CostOfCapital', value: 0.08 },
				{ name: 'ResidualValue', value: 0.1 },
				{ name: 'MaintenancePerYear', value: 0.05 }
			],
			(s) => {
				s.finance.costOfCapital = '0.08';
				s.finance.residualValue = '0.1';
				s.finance.maintenancePerYear = '0.05';
			}
		);
	});

	it('default: 5,000,000 requests/day, $60,000 nodes, 4 GPUs a node (node costs, residue classes)', async () => {
		const { after } = await check(
			defaultScenario,
			[
				{ name: 'RequestsPerDay', value: 5_000_000 },
				{ name: 'NodeCostUsd', value: 60_000 },
				{ name: 'GpusPerNode', value: 4 }
			],
			(s) => {
				s.workload.requestsPerDay = '5000000';
				s.finance.nodeCostUsd = '60000';
				s.finance.gpusPerNode = '4';
			}
		);
		const buy = after.ev.candidates.find((c) => c.acquisition === 'buy');
		expect(buy?.ok && buy.atPlan.nodes).toBeGreaterThan(1);
	});

	it('default: 3 GPUs a node, redundancy 1, minimum 2, 2% per year cost of capital', async () => {
		await check(
			defaultScenario,
			[
				{ name: 'GpusPerNode', value: 3 },
				{ name: 'RedundantReplicas', value: 1 },
				{ name: 'MinReplicas', value: 2 },
				{ name: 'CostOfCapital', value: 0.02 },
				{ name: 'NodeCostUsd', value: 40_000 }
			],
			(s) => {
				s.finance.gpusPerNode = '3';
				s.serving.redundancy = '1';
				s.serving.minReplicas = '2';
				s.finance.costOfCapital = '0.02';
				s.finance.nodeCostUsd = '40000';
			}
		);
	});

	/**
	 * Every per-candidate term at once on hand-checked: the rented H100 with its own serving terms
	 * (60%, minimum 2, N+1) on a 12-month commitment at 30% off; an autoscaled copy (off-peak minimum 1);
	 * the bought H100 with a $12,000 one-off cost, colocation on average kW and whole nodes.
	 */
	function terms(): Scenario {
		return edited(handChecked, (s) => {
			s.workload.peakHoursPerDay = '6';
			s.finance.colocationUsdPerKwMonth = '150';
			s.finance.colocationBasis = 'average';
			s.finance.nodeCostBasis = 'whole';
			s.finance.nodeCostUsd = '20000';
			s.finance.nodeBaseWatts = '1000';
			s.finance.gpusPerNode = '4';
			s.candidates[0].serving = { targetUtilization: '0.6', minReplicas: '2', redundancy: '1' };
			s.candidates[0].rental = { kind: 'committed', months: 12, discount: '0.3' };
			s.candidates[1].oneOff = [{ label: 'integration', amountUsd: '12000', month: 1 }];
			s.candidates.push({
				...s.candidates[0],
				id: 'auto',
				label: 'H100 rented, autoscaled',
				serving: undefined,
				rental: { kind: 'autoscaled', minReplicas: 1 }
			});
		});
	}

	it('per-candidate terms: serving, commitment, autoscaled rent, one-off cost, average kW, whole nodes', async () => {
		const ctx = reportContext(terms(), GENERATED);
		const book = await workbookOf(ctx);
		expectFormulasMatchCache(book);
		expectMatchesApp(book, ctx);
		const util = rowWithLabel(
			book,
			SHEETS.assumptions,
			`${ctx.ev.candidates[0].label}: target utilisation at peak`
		);
		expect(book.wb.getWorksheet(SHEETS.assumptions)?.getCell(util, 4).value).toBe(
			'your entry for this candidate'
		);
		expect(
			value(book, SHEETS.calculation, rowWithLabel(book, SHEETS.calculation, 'Capacity'), 4)
		).toBe('autoscaled');
	});

	it('per-candidate terms follow a change of volume, peak hours, their own inputs and the flags', async () => {
		const label = reportContext(terms(), GENERATED).ev.candidates[0].label;
		await check(
			terms,
			[
				{ name: 'RequestsPerDay', value: 2_000_000 },
				{ name: 'PeakHoursPerDay', value: 4 },
				{ name: 'ColocationOnAverageKw', value: 0 },
				{ name: 'NodeCostWholeNodes', value: 0 },
				{ label: `${label}: target utilisation at peak`, value: 0.7 },
				{ label: `${label}: commitment discount (12-month commitment)`, value: 0.2 }
			],
			(s) => {
				s.workload.requestsPerDay = '2000000';
				s.workload.peakHoursPerDay = '4';
				s.finance.colocationBasis = 'contracted';
				s.finance.nodeCostBasis = 'share';
				s.candidates[0].serving = { ...s.candidates[0].serving, targetUtilization: '0.7' };
				s.candidates[0].rental = { kind: 'committed', months: 12, discount: '0.2' };
			}
		);
	});

	it('default: API prices and the batch share', async () => {
		await check(
			defaultScenario,
			[
				{ label: 'GPT-4o mini: input price', value: 0.3 },
				{ name: 'BatchShare', value: 0.4 },
				{ name: 'PeakToAverage', value: 3 }
			],
			(s) => {
				s.overrides.offerings['openai/gpt-4o-mini'] = { inputUsdPerMTok: '0.3' };
				s.workload.batchShare = '0.4';
				s.workload.peakToAverage = '3';
			}
		);
	});
});

describe('xlsx: the default scenario and the edge cases', () => {
	for (const [name, edit] of Object.entries(SCENARIOS)) {
		it(`${name}: every formula recalculates to the app's value`, async () => {
			const ctx = reportContext(edited(defaultScenario, edit), GENERATED);
			const book = await workbookOf(ctx);
			expectFormulasMatchCache(book);
			expectMatchesApp(book, ctx);
		});
	}

	it('solves bought candidates with node costs over the residue classes', async () => {
		const ctx = reportContext(defaultScenario(), GENERATED);
		const book = await workbookOf(ctx);
		const ws = book.wb.getWorksheet(SHEETS.solve);
		let classes = 0;
		ws?.eachRow((row) => {
			if (typeof row.getCell(1).value === 'number') classes++;
		});
		const buys = ctx.ev.candidates.filter(
			(c) => c.acquisition === 'buy' && c.ok && c.curve.kind === 'follow'
		).length;
		expect(classes).toBe(buys * ctx.ev.baselines.filter((b) => b.ok).length * SOLVE_CLASSES);
	});

	it('solves with whole nodes and power following load: k* and the volume are the engine’s', async () => {
		// Whole nodes put node costs back into the staircase; the default idle share 0.18 makes power
		// per token served, so the solve compares the steps with p − s.
		const ctx = reportContext(
			edited(defaultScenario, (s) => {
				s.finance.nodeCostBasis = 'whole';
				s.finance.gpusPerNode = '4';
			}),
			GENERATED
		);
		const book = await workbookOf(ctx);
		expectFormulasMatchCache(book);
		expectMatchesApp(book, ctx);
		const c2 = ctx.ev.candidates.find((c) => c.id === 'c2');
		expect(c2?.ok && c2.cost.perNodeTotal.gt(0) && c2.curve.perToken.gt(0)).toBe(true);
	});

	it('keeps user text as text: a formula-like scenario name is a string cell', async () => {
		const ctx = reportContext(
			edited(defaultScenario, (s) => {
				s.name = '=HYPERLINK("http://example.com","x")';
				s.candidates[0].label = '+cmd';
			}),
			GENERATED
		);
		const book = await workbookOf(ctx);
		const cell = book.wb.getWorksheet(SHEETS.assumptions)?.getCell('B2');
		expect(cell?.type).toBe(ExcelJS.ValueType.String);
		expect(cell?.value).toBe('=HYPERLINK("http://example.com","x")');
		expect(book.formulas.some((f) => f.formula.includes('HYPERLINK'))).toBe(false);
		expectFormulasMatchCache(book);
	});

	it('does not change its input', async () => {
		const ctx = reportContext(handChecked(), GENERATED);
		const before = JSON.stringify(ctx.scenario);
		const costs = ctx.ev.pairs.map((p) => (p.ok ? p.savingAtPlan.toString() : p.reason));
		await render(ctx);
		expect(JSON.stringify(ctx.scenario)).toBe(before);
		expect(ctx.ev.pairs.map((p) => (p.ok ? p.savingAtPlan.toString() : p.reason))).toEqual(costs);
	});
});

describe('XLSX: the Monte Carlo sheet', () => {
	it('reports the default pair’s seeded run: ranges and P10/P50/P90, with the scenario’s own values', async () => {
		const parsed = parseScenarioText(readFileSync('examples/hand-checked.json', 'utf8'));
		if (!parsed.ok) throw new Error(parsed.errors.join());
		const file = await render(reportContext(parsed.scenario, new Date('2026-11-26T12:00:00Z')));
		const wb = new ExcelJS.Workbook();
		await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
		const ws = wb.getWorksheet(SHEETS.monteCarlo);
		if (!ws) throw new Error('no Monte Carlo sheet');
		const rows: string[] = [];
		ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map(String).join(' | ')));
		const text = rows.join('\n');
		expect(text).toContain('2,000 samples');
		expect(text).toContain('seed 1');
		// Numbers are stored as numbers, not text.
		const valuesOf = (label: string) => {
			let out: unknown[] = [];
			ws.eachRow((r) => {
				if (String(r.getCell(1).value).startsWith(label)) out = (r.values as unknown[]).slice(2);
			});
			return out;
		};
		// The default pair is rent against GPT-4o mini: $2,281.25 − $8,960.00 = −$6,678.75 in the scenario.
		const saving = valuesOf('Saving at plan');
		expect(saving[3]).toBeCloseTo(-6678.75, 6);
		expect(saving.slice(0, 3).every((v) => typeof v === 'number')).toBe(true);
		expect(valuesOf('Samples')).toEqual([2000]);
		expect(valuesOf('Seed')).toEqual([1]);
		// A rented H100 at $2.00/GPU-hour: its rate ±20%, derived from the pair, stored as numbers.
		expect(valuesOf('GPU price')).toEqual([1.6, 2, 2.4, 'no (derived from the pair)']);
		expect(rows.some((r) => r.startsWith('Throughput'))).toBe(true);
	});
});

describe('XLSX: print setup and named inputs', async () => {
	const ctx = reportContext(handChecked(), GENERATED);
	const zip = await JSZip.loadAsync((await renderOnce(ctx)).bytes);
	const text = async (name: string) => {
		const f = zip.file(name);
		if (!f) throw new Error(`no part ${name}`);
		return f.async('string');
	};
	const workbookXml = await text('xl/workbook.xml');
	const sheetNames = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
	const definedNames = [
		...workbookXml.matchAll(/<definedName name="([^"]+)"(?: localSheetId="(\d+)")?>([^<]*)</g)
	].map((m) => ({ name: m[1], sheet: m[2], ref: m[3].replaceAll('&apos;', "'") }));

	it('prints every sheet landscape, one page wide, as many pages tall as needed', async () => {
		expect(sheetNames).toEqual(Object.values(SHEETS));
		for (let i = 1; i <= sheetNames.length; i++) {
			const xml = await text(`xl/worksheets/sheet${i}.xml`);
			expect(xml, sheetNames[i - 1]).toMatch(/<sheetPr[^>]*>\s*<pageSetUpPr fitToPage="1"\/>/);
			const setup = /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? '';
			expect(setup, sheetNames[i - 1]).toContain('orientation="landscape"');
			expect(setup).toContain('fitToWidth="1"');
			expect(setup).toContain('fitToHeight="0"');
		}
	});

	it('gives every sheet a print area over its cells and a repeated header row', () => {
		sheetNames.forEach((sheet, i) => {
			const area = definedNames.find((d) => d.name === '_xlnm.Print_Area' && d.sheet === `${i}`);
			expect(area?.ref, sheet).toMatch(new RegExp(`^'${sheet}'!\\$A\\$1:\\$[A-Z]+\\$\\d+$`));
			const titles = definedNames.find(
				(d) => d.name === '_xlnm.Print_Titles' && d.sheet === `${i}`
			);
			expect(titles?.ref, sheet).toMatch(new RegExp(`^'${sheet}'!\\$(\\d+):\\$\\1$`));
		});
		const at = (sheet: string, name: string) =>
			definedNames.find((d) => d.name === name && d.sheet === `${sheetNames.indexOf(sheet)}`)?.ref;
		// The Assumptions table's header (row 7) repeats; its print area reaches the last input.
		expect(at(SHEETS.assumptions, '_xlnm.Print_Titles')).toBe(`'Assumptions'!$7:$7`);
		const last = Number(/\$(\d+)$/.exec(at(SHEETS.assumptions, '_xlnm.Print_Area') ?? '')?.[1]);
		expect(last).toBeGreaterThan(40);
	});

	it('names the main inputs on the Assumptions sheet', () => {
		const names = new Map(definedNames.filter((d) => !d.sheet).map((d) => [d.name, d.ref]));
		for (const name of [
			'RequestsPerDay',
			'InputTokensPerRequest',
			'OutputTokensPerRequest',
			'PeakToAverage',
			'HoursPerMonth',
			'DepreciationYears',
			'CostOfCapital',
			'ElectricityUsdPerKwh',
			'LoadedAnnualCostUsd',
			'GpuPriceUsd_h100_sxm',
			'GpuUsdPerHour_h100_sxm',
			'GpuTdpWatts_h100_sxm',
			'ApiInputUsdPerMTok_openai_gpt_4o_mini',
			'ApiOutputUsdPerMTok_openai_gpt_4o_mini'
		]) {
			expect(names.get(name), name).toMatch(/^Assumptions!\$B\$\d+$/);
		}
	});
});

function hybridExample(): Scenario {
	const r = parseScenarioText(readFileSync('examples/hybrid.json', 'utf8'));
	if (!r.ok) throw new Error(r.errors.join('\n'));
	return fewSamples(r.scenario);
}

/**
 * examples/hybrid.json by hand: V = 2,400,000 × 365 / 12 × 2,000 = 146e9 tokens/month; P = 2 for 8
 * hours: f = 1/3, L = (1 − 2/3) / (2/3) = 0.5. A replica: Vrep = 15.22 × 0.8 × 2,628,000 × 2,000 / 2
 * = 31,998,528,000, Ku = 2 × Vrep = 63,997,056,000; rent $20 × 730 = $14,600/month; GPT-4o mini
 * 0.5 × $0.15 + 0.5 × $0.60 = $0.375 per 1M tokens.
 * - hybrid, 1 replica: P·V = 292e9 and L·V = 73e9 both exceed Ku: served = Ku; overflow
 *   146e9 − 63,997,056,000 = 82,002,944,000 → $30,751.104; total $45,351.104.
 * - fleet of 3 with overflow: C = 191,991,168,000; served = Ku + (2/3) × 73e9 = 112,663,722,666.67;
 *   overflow 33,336,277,333.33 → $12,501.104; total 43,800 + 12,501.104 = $56,301.104.
 * - fleet of 2, no overflow: served = (1/3) × 127,994,112,000 + (2/3) × 73e9 = 91,331,370,666.67;
 *   unserved 54,668,629,333.33; cost $29,200.
 */
describe('xlsx: fleets and a hybrid (examples/hybrid.json)', async () => {
	const ctx = reportContext(hybridExample(), GENERATED);
	const book = await workbookOf(ctx);
	const at = (label: string, j: number) =>
		value(book, SHEETS.calculation, rowWithLabel(book, SHEETS.calculation, label), 2 + j);

	it('recalculates to the app’s values, to the cent', () => {
		expectFormulasMatchCache(book);
		expectMatchesApp(book, ctx);
	});

	it('writes the chart data as numbers in their units: the hybrid’s API usage to the cent', () => {
		expectChartDataIsTheEngines(book, ctx);
		const ws = book.wb.getWorksheet(SHEETS.charts)!;
		// The breakdown's first bar.
		const r = rowWithLabel(book, SHEETS.charts, 'Monthly cost breakdown') + 3;
		expect(ws.getCell(r, 1).value).toBe(`${ctx.ev.candidates[0].label} (hybrid)`);
		// Its overflow bill to GPT-4o mini, $30,751.104 (above): a number, shown as $30,751.10.
		expect(ws.getCell(r, 8).value).toBe(30751.1);
		expect(ws.getCell(r, 8).numFmt).toBe('"$"#,##0.00');
	});

	it('has the hand-computed split and costs', () => {
		expect(at('Capacity', 0)).toBe('hybrid');
		expect(at('Capacity', 1)).toBe('fleet of 3');
		expect(at('Capacity', 2)).toBe('fleet of 2');
		expect(at('Active replicas at plan', 0)).toBe(1);
		relative(at('Tokens served in-house', 0), dec('63997056000'));
		relative(at('Tokens sent to the overflow API', 0), dec('82002944000'));
		cents(at('Overflow API cost at plan', 0), dec('30751.104'));
		cents(at('Monthly cost at plan (self-hosted + overflow API)', 0), dec('45351.104'));
		relative(at('Tokens sent to the overflow API', 1), dec('33336277333.333333'));
		cents(at('Overflow API cost at plan', 1), dec('12501.104'));
		cents(at('Monthly cost at plan (self-hosted + overflow API)', 1), dec('56301.104'));
		relative(at('Tokens not served', 2), dec('54668629333.333333'));
		expect(at('Overflow API cost at plan', 2)).toBe(0);
		cents(at('Monthly cost at plan (self-hosted + overflow API)', 2), dec('29200'));
		// The pure options: all API 146e9 × $0.375/1M = $54,750; all self-hosted 5 × $14,600.
		cents(at('All API (the overflow API alone)', 0), dec('54750'));
		cents(at('All self-hosted (capacity following volume)', 0), dec('73000'));
		cents(at('Hybrid saving against all API', 0), dec('9398.896'));
	});

	it('labels the optimum replica count as the app’s value and the break-evens as values', () => {
		const ws = book.wb.getWorksheet(SHEETS.calculation)!;
		const active = ws.getCell(rowWithLabel(book, SHEETS.calculation, 'Active replicas at plan'), 3);
		expect(active.type).toBe(ExcelJS.ValueType.Number);
		expect(String(active.note)).toContain('computed by LLM TCO on 2026-08-01');
		const r = pairRow(book, ctx.ev.candidates[0].label, 'GPT-4o mini');
		expect(
			String(ws.getCell(r, pairCol('How the first break-even is computed') + 1).value)
		).toMatch(/^values computed by LLM TCO on 2026-08-01 \(hybrid/);
		const fleet2 = pairRow(book, ctx.ev.candidates[2].label, 'GPT-4o mini');
		// The fleet of 2 serves everything up to C / P = 127,994,112,000 / 2.
		relative(
			value(book, SHEETS.calculation, fleet2, pairCol('Serves in full up to (tokens/month)')),
			dec('63997056000')
		);
	});

	it('follows a change of requests/day like the engine: the fleet’s overflow and the hybrid at its fixed count', () => {
		// 3,000,000 requests/day: V = 182.5e9. Fleet of 3: served = Ku + (2/3) × 91.25e9 =
		// 124,830,389,333.33, overflow 57,669,610,666.67 → $21,626.104, total $65,426.104.
		// Hybrid held at 1 replica: overflow 182.5e9 − Ku = 118,502,944,000 → $44,438.604, total $59,038.604.
		book.hf.setCellContents(namedCell(book, 'RequestsPerDay'), 3_000_000);
		const after = reportContext(
			edited(hybridExample, (s) => {
				s.workload.requestsPerDay = '3000000';
			}),
			GENERATED
		);
		const V = after.ev.volume.value;
		expect(V.toString()).toBe('182500000000');
		const [hybrid, fleet3] = after.ev.candidates;
		if (!hybrid.ok || !fleet3.ok || hybrid.curve.kind !== 'hybrid') throw new Error('ok');
		cents(at('Overflow API cost at plan', 1), fleet3.atPlan.split.overflowCost);
		cents(at('Overflow API cost at plan', 1), dec('21626.104'));
		cents(at('Monthly cost at plan (self-hosted + overflow API)', 1), dec('65426.104'));
		const atOne = curveAt({ ...hybrid.curve, kind: 'fleet', active: 1 }, V);
		cents(at('Overflow API cost at plan', 0), atOne.overflowCost);
		cents(at('Monthly cost at plan (self-hosted + overflow API)', 0), atOne.total);
		cents(at('Monthly cost at plan (self-hosted + overflow API)', 0), dec('59038.604'));
	});
});
