import { jsPDF } from 'jspdf';
import { cumulativeChart, tornadoChart } from '../charts/over-time';
import type { ExportFile, ReportContext } from './types';
import { addUnicodeFont, UNICODE_FONT, unicodeText } from './pdf-font';
import { cleanText } from './sanitize';
import { answer, optionsTable } from '../report/answer';
import { cellText, headerText, type Cell, type ReportTable } from '../report/model';
import { compareTables, compareTitle, type ComparedItem } from '../report/compare';
import { compareCurveChart } from '../charts/compare';
import { LEAD_CHART, buildChart, chartIds, chartTitle } from '../charts/registry';
import { catalog } from '../catalog';
import { formatCompact } from '../format';
import {
	MATRIX_COLUMNS,
	assumptions,
	chartFootnote,
	isoDate,
	matrixRows,
	summarySentences
} from './footnote';
import {
	MC_COLUMNS,
	RANGE_COLUMNS,
	TORNADO_COLUMNS,
	YEARLY_COLUMNS,
	kpiRows,
	monteCarloRows,
	changeText,
	metricText,
	monteCarloSentences,
	overTimeReport,
	tornadoBars,
	pairText,
	type OverTimeReport,
	rangeRows,
	settingsRows,
	tornadoRows,
	yearlyRows
} from './over-time';
import {
	CHART_HEIGHT,
	CHART_WIDTH,
	defaultCanvasFactory,
	renderChartPixels,
	type CanvasFactory,
	type RenderOptions
} from './render-chart';
import { addPdfImage, pdfImage, type PdfImage } from './pdf-image';

/**
 * The report for finance, as a PDF, the answer first: page 1 holds the decision in one paragraph
 * of rounded figures, the options table (exact figures) and the cost-against-volume chart with the
 * planned volume marked; then the finance over time, the sensitivity tornado and the Monte Carlo
 * of the pair analysed on the page, with its settings; then an appendix with every pair (the
 * break-even matrix), the other charts, the assumptions with sources, and the method. Text is real text in the standard Helvetica font,
 * so it can be searched, copied and read by screen readers and `pdftotext`.
 */

const PAGE_W = 210; // A4 portrait, mm
const PAGE_H = 297;
const M = 18; // margin
const BODY_W = PAGE_W - 2 * M;
const PT = 0.3528; // mm per point
const TEXT: [number, number, number] = [31, 35, 40];
const MUTED: [number, number, number] = [87, 96, 106];

// The standard PDF fonts cover Windows-1252 only: these Unicode characters exist there.
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Record<string, string> = {
	'−': '-',
	'≤': '<=',
	'≥': '>=',
	'→': '->',
	'←': '<-',
	'≈': '~',
	η: 'eta',
	'\u00a0': ' ',
	'\u2009': ' ',
	'\u202f': ' '
};

/**
 * Text as the standard fonts can show it: Windows-1252 characters are kept, a few symbols the
 * app uses are spelled out (− → "-", η → "eta"), accents outside the code page are dropped
 * (ő → o), and anything else becomes "?". Never markup: jsPDF draws strings as they are.
 * @example pdfText('−$6,678.75 · η_mem ≤ 1') → '-$6,678.75 · eta_mem <= 1'
 */
export function pdfText(s: string): string {
	let out = '';
	for (const ch of s) {
		const code = ch.codePointAt(0) ?? 0;
		if (ch === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) {
			out += ch;
		} else if (CP1252_EXTRA.has(ch)) out += ch;
		else if (ch in REPLACEMENTS) out += REPLACEMENTS[ch];
		else {
			const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
			out += [...base].every((c) => (c.codePointAt(0) ?? 0) <= 0x7e && c >= ' ') ? base : '?';
		}
	}
	return out;
}

interface Column {
	header: string;
	width: number;
	align?: 'left' | 'right';
}

/** A top-to-bottom writer over A4 pages that starts a new page when the next block does not fit. */
class Writer {
	readonly doc: jsPDF;
	/** Helvetica (Latin-1 only), or the embedded Unicode font when the report needs it. */
	font = 'helvetica';
	/** Characters the Unicode font cannot print, for the export's warning. */
	readonly missing = new Set<string>();
	toText = (s: string) => (this.font === 'helvetica' ? pdfText(s) : unicodeText(s, this.missing));
	y = M;
	/** Text width of the current page (portrait or landscape). */
	width = BODY_W;
	bottom = PAGE_H - 16;

	constructor() {
		this.doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
		this.doc.setFont(this.font, 'normal');
		this.doc.setTextColor(...TEXT);
		this.doc.setLineHeightFactor(1.25);
	}

	newPage(orientation: 'portrait' | 'landscape' = 'portrait') {
		this.doc.addPage('a4', orientation);
		const landscape = orientation === 'landscape';
		this.width = (landscape ? PAGE_H : PAGE_W) - 2 * M;
		this.bottom = (landscape ? PAGE_W : PAGE_H) - 16;
		this.y = M;
	}

	ensure(height: number) {
		if (this.y + height > this.bottom) this.newPage(this.width > BODY_W ? 'landscape' : 'portrait');
	}

	lines(text: string, width: number): string[] {
		return this.doc.splitTextToSize(this.toText(text), width) as string[];
	}

	lineHeight(size: number) {
		return size * PT * 1.25;
	}

	/** Wrapped text; continues on the next page line by line when it is long. */
	text(
		text: string,
		o: { size?: number; bold?: boolean; color?: [number, number, number]; indent?: number } = {}
	) {
		const size = o.size ?? 10;
		const indent = o.indent ?? 0;
		this.doc.setFont(this.font, o.bold ? 'bold' : 'normal');
		this.doc.setFontSize(size);
		this.doc.setTextColor(...(o.color ?? TEXT));
		const lh = this.lineHeight(size);
		for (const line of this.lines(text, this.width - indent)) {
			this.ensure(lh);
			this.doc.text(line, M + indent, this.y + size * PT);
			this.y += lh;
		}
		this.doc.setFont(this.font, 'normal');
		this.doc.setTextColor(...TEXT);
	}

	heading(text: string, size = 15) {
		this.ensure(this.lineHeight(size) + 20);
		if (this.y > M) this.y += 3;
		this.text(text, { size, bold: true });
		this.y += 2;
	}

	bullets(items: string[], size = 10) {
		for (const item of items) {
			const lh = this.lineHeight(size);
			this.ensure(lh);
			this.doc.setFontSize(size);
			this.doc.text('•', M + 1, this.y + size * PT);
			this.text(item, { size, indent: 5 });
			this.y += 1.2;
		}
	}

	/** A table with wrapped cells; the header row repeats on every page the table runs onto. */
	table(columns: Column[], rows: string[][], size = 8) {
		const pad = 1.2;
		const lh = this.lineHeight(size);
		const doc = this.doc;
		const wrap = (cells: string[]) =>
			columns.map((c, i) => this.lines(cells[i] ?? '', c.width - 2 * pad));
		const drawRow = (cells: string[][], header: boolean) => {
			const h = Math.max(...cells.map((l) => l.length)) * lh + 2 * pad;
			let x = M;
			doc.setFont(this.font, header ? 'bold' : 'normal');
			doc.setFontSize(size);
			doc.setDrawColor(201, 209, 217);
			doc.setLineWidth(0.2);
			columns.forEach((c, i) => {
				if (header) {
					doc.setFillColor(232, 238, 244);
					doc.rect(x, this.y, c.width, h, 'FD');
				} else doc.rect(x, this.y, c.width, h, 'S');
				const tx = c.align === 'right' ? x + c.width - pad : x + pad;
				const lines = cells[i];
				if (lines.length)
					doc.text(lines, tx, this.y + pad + size * PT, { align: c.align ?? 'left' });
				x += c.width;
			});
			this.y += h;
			doc.setFont(this.font, 'normal');
			return h;
		};
		// Wrapped at the table's own size (and the header in bold), not at the size of the text
		// written before it, so a header breaks only where it must.
		doc.setFontSize(size);
		doc.setFont(this.font, 'bold');
		const head = wrap(columns.map((c) => c.header));
		doc.setFont(this.font, 'normal');
		const headH = Math.max(...head.map((l) => l.length)) * lh + 2 * pad;
		this.ensure(headH + lh + 2 * pad);
		drawRow(head, true);
		for (const r of rows) {
			const cells = wrap(r);
			const h = Math.max(...cells.map((l) => l.length)) * lh + 2 * pad;
			if (this.y + h > this.bottom) {
				this.newPage(this.width > BODY_W ? 'landscape' : 'portrait');
				drawRow(head, true);
			}
			drawRow(cells, false);
		}
		this.y += 3;
	}

	/** Label and value rows as a two-column table. */
	pairs(rows: [string, string][], size = 9) {
		this.table(
			[
				{ header: 'Figure', width: 80 },
				{ header: 'Value', width: 60, align: 'right' }
			],
			rows,
			size
		);
	}

	image(img: PdfImage, width: number, height: number, x = M, advance = true) {
		this.ensure(height);
		addPdfImage(this.doc, img, x, this.y, width, height);
		if (advance) this.y += height;
	}

	/** "LLM TCO · date · Catalog as of … · name" and "Page i of n" on every page but the cover. */
	footers(text: string) {
		const doc = this.doc;
		const n = doc.getNumberOfPages();
		for (let i = 2; i <= n; i++) {
			doc.setPage(i);
			const w = doc.internal.pageSize.getWidth();
			const h = doc.internal.pageSize.getHeight();
			doc.setFont(this.font, 'normal');
			doc.setFontSize(7.5);
			doc.setTextColor(...MUTED);
			const page = `Page ${i} of ${n}`;
			doc.text(page, w - M, h - 9, { align: 'right' });
			const room = w - 2 * M - doc.getTextWidth(page) - 6;
			let left = this.toText(text);
			while (left.length > 1 && doc.getTextWidth(left) > room) left = left.slice(0, -2) + '…';
			doc.text(left, M, h - 9);
		}
	}
}

/** A chart drawn for the PDF: its pixels, compressed once (pdf-image.ts), never a PNG to decode. */
async function chartImage(
	config: Parameters<typeof renderChartPixels>[0],
	opts: RenderOptions,
	factory: CanvasFactory
): Promise<PdfImage> {
	return pdfImage(await renderChartPixels(config, opts, factory));
}

/**
 * A new report document: the Unicode font embedded only when a user text needs it (names in Greek,
 * Cyrillic, Hebrew, Arabic… go beyond Latin-1; most reports stay small), its properties, its date
 * and its language.
 */
async function startDocument(
	texts: string[],
	date: Date,
	props: { title: string; subject: string; keywords?: string }
): Promise<Writer> {
	const w = new Writer();
	const doc = w.doc;
	if (texts.some(needsUnicode)) {
		await addUnicodeFont(doc);
		w.font = UNICODE_FONT;
		doc.setFont(w.font, 'normal');
	}
	doc.setProperties({
		title: w.toText(props.title),
		subject: props.subject,
		author: 'LLM TCO',
		creator: 'LLM TCO',
		...(props.keywords ? { keywords: props.keywords } : {})
	});
	doc.setCreationDate(date);
	doc.setLanguage('en-US');
	return w;
}

/**
 * "Finance over time", "Sensitivity" and "Monte Carlo" for the page's default pair, each chart
 * from the page's builders; or one line saying why there is none.
 */
async function overTimeSections(
	w: Writer,
	ctx: ReportContext,
	factory: CanvasFactory,
	foot: string,
	imgH: number,
	r: OverTimeReport | undefined
) {
	const draw = async (config: Parameters<typeof chartImage>[0], scale = 1) =>
		w.image(
			await chartImage(
				config,
				{ width: CHART_WIDTH, height: CHART_HEIGHT, scale: 2, background: 'white', footnote: foot },
				factory
			),
			BODY_W * scale,
			imgH * scale
		);
	w.newPage();
	w.heading('Finance over time', 18);
	if (!r) {
		w.text(
			'No timeline, sensitivity or Monte Carlo: they need a self-hosted candidate and an API with figures.',
			{ size: 10 }
		);
		return;
	}
	w.text(`Pair: ${pairText(r)}.`, { size: 10 });
	w.y += 2;
	const tl = r.timeline;
	if (!tl.ok) w.text(`No timeline: ${tl.reason}`, { size: 10 });
	else {
		w.pairs([...settingsRows(r.settings), ...kpiRows(tl)]);
		w.heading('By year', 12);
		w.table(
			YEARLY_COLUMNS.map((header, i) => ({
				header,
				width: [24, 34, 40, 34, BODY_W - 132][i],
				align: i ? ('right' as const) : ('left' as const)
			})),
			yearlyRows(tl),
			9
		);
		const cum = cumulativeChart(
			tl,
			{ candidate: r.pair.candidate, baseline: r.pair.baseline },
			r.view,
			{ theme: 'light' }
		);
		w.heading(chartTitle(cum.config), 12);
		await draw(cum.config);
		w.y += 1.5;
		w.text(cum.table.caption, { size: 8, color: MUTED });
	}

	w.newPage();
	w.heading('Sensitivity', 18);
	w.text(
		`${r.pair.candidate} against ${r.pair.baseline}: ${changeText(r).replace(/^E/, 'e')} (shares held within 0 to 1), ${metricText(r)}; rows sorted by swing.`,
		{ size: 9, color: MUTED }
	);
	w.y += 2;
	if (!r.bars.ok) w.text(`No sensitivity: ${r.bars.reason}`, { size: 10 });
	else {
		const t = tornadoChart(tornadoBars(r), { theme: 'light' }, r.metric);
		w.heading(chartTitle(t.config), 12);
		// Smaller, so the Monte Carlo shares the page.
		await draw(t.config, 0.6);
		w.y += 3;
		w.table(
			TORNADO_COLUMNS.map((header, i) => ({
				header,
				width: [62, 44, 44, BODY_W - 150][i],
				align: i === 3 ? ('right' as const) : ('left' as const)
			})),
			tornadoRows(tornadoBars(r)),
			6.5
		);
	}

	// The Monte Carlo follows on the same page when it fits (a short section).
	w.y += 3;
	w.ensure(80);
	w.heading('Monte Carlo', 15);
	w.text(
		`${r.pair.candidate} against ${r.pair.baseline}, with the page's triangular ranges (low, most likely, high); ranges the user entered are marked, the others derive from the pair:`,
		{ size: 9, color: MUTED }
	);
	w.y += 2;
	w.table(
		RANGE_COLUMNS.map((header, i) => ({
			header,
			width: i ? 30 : BODY_W - 90,
			align: i ? ('right' as const) : ('left' as const)
		})),
		rangeRows(r.ranges),
		7.5
	);
	if (!r.mc.ok) w.text(`No Monte Carlo: ${r.mc.reason}`, { size: 10 });
	else {
		w.table(
			MC_COLUMNS.map((header, i) => ({
				header,
				width: i ? 30 : BODY_W - 120,
				align: i ? ('right' as const) : ('left' as const)
			})),
			monteCarloRows(r.mc.value),
			7.5
		);
		w.bullets(monteCarloSentences(r, r.mc.value), 8);
	}
}

/**
 * The report as PDF bytes. Charts are drawn off screen at 2× for print; `createCanvas` is for
 * tests and the command line (by default: the DOM, or @napi-rs/canvas in Node).
 * @example render(reportContext(handChecked)) → a PDF whose text has "$8,960.00",
 *          "1,792,000,000 tokens/month" and "saves $21,456.67/month"
 */
export async function render(
	ctx: ReportContext,
	_opts?: unknown,
	createCanvas?: CanvasFactory
): Promise<ExportFile> {
	const factory = createCanvas ?? (await defaultCanvasFactory());
	const date = isoDate(ctx.generatedAt);
	const name = ctx.scenario.name;
	const w = await startDocument(userTexts(ctx), ctx.generatedAt, {
		title: name,
		subject: 'Self-host an open model or pay an API per token: break-even and monthly cost',
		keywords: 'LLM TCO, break-even, self-hosting, API pricing'
	});
	const doc = w.doc;

	const foot = chartFootnote(ctx);
	const imgH = (BODY_W * CHART_HEIGHT) / CHART_WIDTH;
	const over = overTimeReport(ctx);
	const ans = answer(ctx.scenario, ctx.inputs, ctx.ev, over?.mc.ok ? over.mc.value : undefined);

	// Page 1: the answer first. Title, the decision in one paragraph of rounded figures, the
	// options table (exact figures), and the cost-against-volume chart with the plan marked.
	w.text(`LLM TCO report · prepared ${date} · catalog as of ${ctx.catalogAsOf}`, {
		size: 9,
		color: MUTED
	});
	w.y += 1;
	w.text(name, { size: 20, bold: true });
	w.y += 2;
	w.heading('The answer', 14);
	w.text(ans.paragraph, { size: 10.5 });
	w.y += 2;
	const opts = optionsTable(ctx.scenario, ctx.inputs, ans);
	if (opts.rows.length) {
		w.heading(opts.title, 12);
		// Kind and class ride with the option's name, so the number columns have room on A4.
		const widths = [52, 22, 18, 27, 27, BODY_W - 146];
		const cols = [0, 3, 4, 7, 8, 9];
		w.table(
			cols.map((c, i) => ({
				header:
					i === 0
						? 'Option (kind, class; in-house share, overflow API)'
						: headerText(opts.columns[c]),
				width: widths[i],
				align: i ? ('right' as const) : ('left' as const)
			})),
			opts.rows.map((r) => cols.map((c) => (c === 0 ? optionCell(r) : cellText(r[c])))),
			7
		);
		if (opts.caption) w.text(opts.caption, { size: 7.5, color: MUTED });
	}
	{
		const { config, table } = buildChart(LEAD_CHART, ctx.ev, ctx.inputs);
		w.ensure(imgH + 12);
		w.heading(chartTitle(config), 11);
		const img = await chartImage(
			config,
			{ width: CHART_WIDTH, height: CHART_HEIGHT, scale: 2, background: 'white', footnote: foot },
			factory
		);
		w.image(img, BODY_W, imgH);
		w.y += 1;
		w.text(table.caption, { size: 7.5, color: MUTED });
	}
	// Over time, sensitivity and Monte Carlo of the analysed pair, as on the page.
	await overTimeSections(w, ctx, factory, foot, imgH, over);

	// Appendix: every pair, the other charts, assumptions with sources, and the method.
	w.newPage();
	w.heading('Appendix A. Break-even matrix: every pair', 15);
	w.text(
		'First: the least volume at which self-hosting costs no more than the API. Sustained: the volume beyond which it stays cheaper at every larger volume. Saving: API minus self-hosted cost at the planned volume.',
		{ size: 8, color: MUTED }
	);
	w.y += 1;
	const widths = [40, 20, 28, 28, 19, 19, BODY_W - 154];
	w.table(
		MATRIX_COLUMNS.map((header, i) => ({
			header,
			width: widths[i],
			align: i >= 4 ? ('right' as const) : ('left' as const)
		})),
		matrixRows(ctx),
		6.5
	);
	w.heading('Appendix B. Break-even volumes and the cost breakdown', 13);
	// The registry's other charts, two side by side, half width each: the page shows both at once.
	const half = (BODY_W - 4) / 2;
	const halfH = (half * CHART_HEIGHT) / CHART_WIDTH;
	const appendix = chartIds.filter((id) => id !== LEAD_CHART);
	for (let row = 0; row < appendix.length; row += 2) {
		w.ensure(halfH + 30);
		const top = w.y;
		const captions: string[] = [];
		for (const [i, id] of appendix.slice(row, row + 2).entries()) {
			const { config, table } = buildChart(id, ctx.ev, ctx.inputs);
			const img = await chartImage(
				config,
				{ width: CHART_WIDTH, height: CHART_HEIGHT, scale: 2, background: 'white', footnote: foot },
				factory
			);
			w.y = top;
			w.image(img, half, halfH, M + i * (half + 4), false);
			captions.push(`${i ? 'Right' : 'Left'}: ${chartTitle(config)}. ${table.caption}`);
		}
		w.y = top + halfH + 1;
		for (const c of captions) w.text(c, { size: 6.5, color: MUTED });
	}

	w.newPage();
	w.heading('Appendix C. Assumptions and sources', 16);
	w.text(
		'Every input behind the results, with its source. Figures you changed say "your override" and keep the catalog value they replaced.',
		{ size: 8.5, color: MUTED }
	);
	w.y += 1;
	const a = assumptions(ctx, 'all');
	w.table(
		[
			{ header: 'Group', width: 20 },
			{ header: 'Assumption', width: 84 },
			{ header: 'Value', width: 56 },
			{ header: 'Source', width: BODY_W - 160, align: 'right' }
		],
		a.rows.map((r) => [r.group, r.label, r.value, `[${r.source}]`]),
		6.5
	);
	w.heading('Sources', 11);
	for (const [i, s] of a.sources.entries()) {
		w.text(`[${i + 1}] ${s}`, { size: 6.5 });
		w.y += 0.2;
	}
	if (ctx.scenario.notes) {
		w.heading('Notes', 11);
		w.text(ctx.scenario.notes, { size: 8.5 });
	}
	w.heading('Method', 11);
	w.bullets(summarySentences(ctx), 8);
	w.text(
		'Costs are monthly, in US dollars, computed to full precision and rounded to the cent for display. Figures in prose are rounded to 3 significant figures; tables are exact. docs/model.md gives every formula.',
		{ size: 8, color: MUTED }
	);

	w.footers(`LLM TCO · ${date} · Catalog as of ${ctx.catalogAsOf} · ${name}`);
	const bytes = new Uint8Array(doc.output('arraybuffer'));
	const warnings = w.missing.size
		? [
				`The PDF cannot print ${[...w.missing].map((c) => `“${c}” (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}: shown as “?”.`
			]
		: undefined;
	return { bytes, mime: 'application/pdf', extension: 'pdf', ...(warnings ? { warnings } : {}) };
}

const marks = (s: string) => s.split('?').length;
/** Text Helvetica would print with "?" for some character. */
const needsUnicode = (t: string) => {
	const clean = cleanText(t, { multiline: true });
	return marks(pdfText(clean)) > marks(clean);
};

/** The text of a report that the user wrote: names, notes, labels and their own entries. */
/**
 * The options table's first cell: name (kind, class), and for a hybrid or a fleet the share served
 * in-house and the overflow API's bill: "… (hybrid, small; 43.84% in-house, overflow $30,751.10/month)".
 */
function optionCell(r: Cell[]): string {
	const head = `${cellText(r[0])} (${cellText(r[1])}, ${cellText(r[2])}`;
	const share = r[5];
	const overflow = r[6];
	if (share.kind !== 'number' || cellText(r[1]) === 'self-hosted') return `${head})`;
	const bill = overflow.kind === 'number' ? `, overflow ${cellText(overflow)}/month` : '';
	return `${head}; ${cellText(share)} in-house${bill})`;
}

function userTexts(ctx: ReportContext): string[] {
	const s = ctx.scenario;
	return [
		s.name,
		s.notes,
		...s.candidates.map((c) => c.label ?? ''),
		...ctx.ev.candidates.flatMap((c) => [c.label, c.modelName, c.gpuName]),
		...ctx.ev.baselines.flatMap((b) => [b.name, b.provider])
	];
}

/**
 * The comparison of 2 to 4 saved scenarios (the /compare page) as a PDF: landscape A4, the key
 * figures per candidate against each API, the overlaid cost-against-volume chart from the page's
 * builder, and the inputs that differ by name and value. Exact figures, as on the page.
 */
export async function renderComparison(
	items: ComparedItem[],
	generatedAt = new Date(),
	createCanvas?: CanvasFactory
): Promise<ExportFile> {
	const factory = createCanvas ?? (await defaultCanvasFactory());
	const date = isoDate(generatedAt);
	const title = compareTitle(items);
	const [figures, diff] = compareTables(items);
	const texts = [title, ...[figures, diff].flatMap((t) => t.rows.flat().map(cellText))];
	const w = await startDocument(texts, generatedAt, {
		title,
		subject: 'Self-host an open model or pay an API per token: scenarios compared'
	});
	const doc = w.doc;
	// Landscape throughout: the figures table has nine columns.
	doc.deletePage(1);
	w.newPage('landscape');
	w.text(`LLM TCO comparison · prepared ${date} · catalog as of ${catalog.asOf}`, {
		size: 9,
		color: MUTED
	});
	w.y += 1;
	w.text(title, { size: 18, bold: true });
	const writeTable = (t: ReportTable, widths: number[], size: number) => {
		w.heading(t.title, 13);
		w.table(
			t.columns.map((c, i) => ({
				header: headerText(c),
				width: widths[i],
				align: c.numeric ? ('right' as const) : ('left' as const)
			})),
			t.rows.map((r) => r.map(cellText)),
			size
		);
		if (t.caption) w.text(t.caption, { size: 7.5, color: MUTED });
	};
	const fixed = [28, 52, 34, 13, 26, 26, 26];
	const rest = (w.width - fixed.reduce((a, b) => a + b, 0)) / 2;
	writeTable(figures, [...fixed, rest, rest], 7);

	const chart = compareCurveChart(items, { theme: 'light' });
	const imgW = w.width;
	const imgH = Math.min((imgW * CHART_HEIGHT) / CHART_WIDTH, w.bottom - M - 20);
	const img = await chartImage(
		chart.config,
		{
			width: CHART_WIDTH,
			height: Math.round((CHART_WIDTH * imgH) / imgW),
			scale: 2,
			background: 'white',
			footnote: `${items.map((i) => `${i.name}: planned ${formatCompact(i.ev.volume.value)} tokens/month`).join(' · ')} · Catalog as of ${catalog.asOf} · LLM TCO, ${date}`
		},
		factory
	);
	w.newPage('landscape');
	w.heading(chartTitle(chart.config), 12);
	w.image(img, imgW, imgH);
	w.y += 1;
	w.text(
		`${chart.table.caption}. Colour by option (the same candidate or API has one colour in every scenario), line style by scenario.`,
		{ size: 7.5, color: MUTED }
	);

	if (diff.rows.length) {
		const first = 70;
		writeTable(
			diff,
			[first, ...items.map(() => (w.width - first) / Math.max(items.length, 1))],
			7.5
		);
	} else {
		w.heading(diff.title, 13);
		w.text('The chosen scenarios have the same inputs.', { size: 9 });
	}
	w.footers(`LLM TCO · ${date} · Catalog as of ${catalog.asOf} · ${title}`);
	return {
		bytes: new Uint8Array(doc.output('arraybuffer')),
		mime: 'application/pdf',
		extension: 'pdf'
	};
}
