import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { cumulativeChart, tornadoChart } from '../charts/over-time';
import { CATEGORY_COLORS } from '../charts/palette';
import type { ChartTable } from '../charts/table';
import type { ExportFile, ReportContext } from './types';
import { answer, optionsTable, sig3, usd3, type Answer } from '../report/answer';
import { cellText, headerText } from '../report/model';
import { compareTables, compareTitle, type ComparedItem } from '../report/compare';
import { compareCurveChart } from '../charts/compare';
import {
	LEAD_CHART,
	buildChart,
	chartIds,
	charts,
	chartTitle,
	type NativeKind
} from '../charts/registry';
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
	changeText,
	kpiRows,
	metricText,
	tornadoBars,
	monteCarloRows,
	monteCarloSentences,
	overTimeReport,
	pairText,
	rangeRows,
	reportPair,
	settingsRows,
	tornadoRows,
	yearlyRows,
	type OverTimeReport
} from './over-time';
import { cleanZip } from './xml-parts';

/**
 * The deck for the board: a title slide, the summary in words, one slide per chart as a native
 * PowerPoint chart (editable, its data in an embedded sheet), the key assumptions with their
 * sources, the finance over time, sensitivity and Monte Carlo of the page's default pair, and the
 * break-even matrix. Chart series, labels and colours are read from the same
 * builders as the page, so the deck shows the chart on screen.
 */

const W = 13.333; // LAYOUT_WIDE, inches
const MARGIN = 0.5;
const BODY_W = W - 2 * MARGIN;
const FONT = 'Arial';
const TEXT = '1F2328';
const MUTED = '57606A';
const HEAD_FILL = 'E8EEF4';

/** Rows per table slide, so a long table continues on the next slide rather than off the edge. */
export const ASSUMPTION_ROWS_PER_SLIDE = 16;
export const MATRIX_ROWS_PER_SLIDE = 8;
export const SUMMARY_SENTENCES_PER_SLIDE = 6;
/** Estimated text lines (9 pt across the slide) that fit a sources slide. */
const SOURCE_LINES_PER_SLIDE = 30;
const SOURCE_CHARS_PER_LINE = 170;

const hex = (c: unknown, fallback = TEXT): string =>
	typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c) ? c.slice(1).toUpperCase() : fallback;

const chunk = <T>(xs: T[], n: number): T[][] => {
	const out: T[][] = [];
	for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
	return out.length ? out : [[]];
};

const paged = (title: string, i: number, n: number) =>
	n > 1 ? `${title} (${i + 1} of ${n})` : title;

/** A Chart.js category label (a string or lines) as one line: "Llama … · rent (never vs GPT-4.1)". */
function labelText(label: unknown): string {
	if (!Array.isArray(label)) return String(label ?? '');
	const [first, ...rest] = label.map(String);
	return rest.length ? `${first} (${rest.join('; ')})` : (first ?? '');
}

/** The title of a linear or log axis in a builder's config. */
function axisTitle(config: ChartConfiguration, axis: string): string {
	const scales = (config.options?.scales ?? {}) as Record<
		string,
		{ title?: { text?: string | string[] } } | undefined
	>;
	const t = scales[axis]?.title?.text;
	return Array.isArray(t) ? t.join(' ') : (t ?? '');
}

function axisRange(config: ChartConfiguration, axis: string): { min?: number; max?: number } {
	const scales = (config.options?.scales ?? {}) as Record<
		string,
		{ min?: unknown; max?: unknown } | undefined
	>;
	const s = scales[axis];
	const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
	return { min: num(s?.min), max: num(s?.max) };
}

// Excel number formats: at most two conditions and a default.
// No decimals: "0.###" would leave a bare decimal point on whole numbers ("1.B").
const VOLUME_FORMAT = '[>=1000000000]#,##0,,,"B";[>=1000000]#,##0,,"M";#,##0';
const USD_FORMAT = '[>=1000000]$#,##0,,"M";[>=1000]$#,##0,"k";$#,##0';

type SeriesStyle =
	{ kind: 'line'; dash: boolean } | { kind: 'markers'; symbol: string; hollow: boolean };

interface ScatterData {
	data: { name: string; values: number[] }[];
	colors: string[];
	styles: SeriesStyle[];
}

/**
 * The cost curve as scatter data. PowerPoint's scatter series share one column of x values, so
 * each series gets its own block of rows and is blank elsewhere (blank cells are left out of the
 * chart, not drawn as zero). A staircase (`stepped: 'after'`) becomes its corner points, so the
 * steps are drawn as steps.
 */
function scatterData(config: ChartConfiguration): ScatterData {
	type Pt = { x: number; y: number | null };
	const datasets = config.data.datasets as ChartDataset<'line', Pt[]>[];
	const blocks = datasets.map((d) => {
		const pts = d.data;
		if (!d.stepped) return pts;
		const out: Pt[] = [];
		pts.forEach((p, i) => {
			if (i > 0) out.push({ x: p.x, y: pts[i - 1].y });
			out.push(p);
		});
		return out;
	});
	const total = blocks.reduce((n, b) => n + b.length, 0);
	const xs: number[] = [];
	const columns = blocks.map(() => new Array<number>(total));
	blocks.forEach((pts, j) => {
		for (const p of pts) {
			if (p.y !== null && p.y > 0) columns[j][xs.length] = p.y;
			xs.push(p.x);
		}
	});
	return {
		data: [
			{ name: axisTitle(config, 'x') || 'Tokens/month', values: xs },
			...datasets.map((d, j) => ({ name: String(d.label ?? ''), values: columns[j] }))
		],
		colors: datasets.map((d) => hex(d.borderColor)),
		styles: datasets.map((d): SeriesStyle => {
			if (d.showLine === false) {
				return {
					kind: 'markers',
					symbol: d.pointStyle === 'rectRot' ? 'diamond' : 'circle',
					hollow: d.backgroundColor === 'rgba(0, 0, 0, 0)'
				};
			}
			return { kind: 'line', dash: Array.isArray(d.borderDash) && d.borderDash.length > 0 };
		})
	};
}

/**
 * The planned volume as a dashed vertical series (the page draws it as an annotation, which a
 * native chart has not got): from the lowest to the highest cost plotted.
 */
function withPlanSeries(config: ChartConfiguration): ChartConfiguration {
	type Pt = { x: number; y: number | null };
	const plugins = config.options?.plugins as
		| { annotation?: { annotations?: Record<string, { value?: unknown; borderColor?: unknown }> } }
		| undefined;
	const plan = plugins?.annotation?.annotations?.plan;
	if (!plan || typeof plan.value !== 'number') return config;
	const ys = (config.data.datasets as ChartDataset<'line', Pt[]>[]).flatMap((d) =>
		d.data.flatMap((p) => (p.y !== null && p.y > 0 ? [p.y] : []))
	);
	if (!ys.length) return config;
	const planSet: ChartDataset<'line', Pt[]> = {
		label: 'Planned volume',
		data: [
			{ x: plan.value, y: Math.min(...ys) },
			{ x: plan.value, y: Math.max(...ys) }
		],
		borderColor: typeof plan.borderColor === 'string' ? plan.borderColor : undefined,
		borderDash: [6, 4]
	};
	return { ...config, data: { ...config.data, datasets: [...config.data.datasets, planSet] } };
}

/** Bar chart data: one series per dataset, the category labels flattened to one line each. */
function barData(config: ChartConfiguration) {
	// PowerPoint draws the first category of a horizontal bar chart at the bottom, Chart.js at the
	// top: reverse the categories so the slide reads like the page.
	const labels = (config.data.labels ?? []).map(labelText).reverse();
	return config.data.datasets.map((d) => ({
		name: String(d.label ?? ''),
		labels,
		values: [...(d.data as (number | null)[])].reverse().map((v) => v ?? undefined) as number[]
	}));
}

// ——— Post-processing of the chart XML that pptxgenjs cannot express ———

/** Style each scatter series: dashed or solid lines without markers, or markers without a line. */
function styleSeries(ser: string, style: SeriesStyle | undefined): string {
	if (!style) return ser;
	if (style.kind === 'line') {
		const dash = style.dash ? 'dash' : 'solid';
		return ser
			.replace(/<a:prstDash val="[^"]*"\/>/, `<a:prstDash val="${dash}"/>`)
			.replace(/<c:symbol val="[^"]*"\/>/, '<c:symbol val="none"/>');
	}
	let out = ser
		.replace(/<a:ln w="[^"]*" cap="[^"]*">[\s\S]*?<\/a:ln>/, '<a:ln><a:noFill/></a:ln>')
		.replace(/<c:symbol val="[^"]*"\/>/, `<c:symbol val="${style.symbol}"/>`)
		.replace(/<c:size val="\d+"\/>/, '<c:size val="9"/>');
	if (style.hollow) {
		out = out.replace(
			/(<c:marker>[\s\S]*?<c:spPr>)<a:solidFill>[\s\S]*?<\/a:solidFill>/,
			'$1<a:noFill/>'
		);
	}
	return out;
}

/**
 * pptxgenjs writes a log base only for the value axis and one number format for both axes of a
 * scatter chart: give the x axis (its "category" axis) a log base and the volume format, and
 * style each series.
 */
function patchScatter(xml: string, styles: SeriesStyle[]): string {
	const X_AXIS = '2094734554'; // pptxgenjs's AXIS_ID_CATEGORY_PRIMARY
	let out = xml.replace(
		new RegExp(`(<c:valAx>\\s*<c:axId val="${X_AXIS}"/>\\s*<c:scaling>)([\\s\\S]*?</c:valAx>)`),
		(_m, head: string, rest: string) =>
			`${head}<c:logBase val="10"/>${rest.replace(
				/<c:numFmt formatCode="[^"]*" sourceLinked="1"\/>/,
				`<c:numFmt formatCode="${escapeXml(VOLUME_FORMAT)}" sourceLinked="0"/>`
			)}`
	);
	let i = -1;
	out = out.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => styleSeries(ser, styles[++i]));
	return out;
}

/** Leave blank points out of a chart's cache, as OOXML means them, instead of empty values. */
const dropBlankPoints = (xml: string) =>
	xml.replace(/<c:pt idx="\d+">\s*<c:v><\/c:v>\s*<\/c:pt>/g, '');
/** And out of the embedded sheet, where an empty value is not a number. */
const dropBlankCells = (xml: string) => xml.replace(/<c r="[A-Z]+\d+"><v><\/v><\/c>/g, '');

const escapeXml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Dash the line series the builder dashes (the API's); pptxgenjs dashes all lines or none. */
function patchLine(xml: string, dashed: boolean[]): string {
	let i = -1;
	return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) =>
		styleSeries(ser, { kind: 'line', dash: dashed[++i] ?? false })
	);
}

async function postProcess(
	bytes: Uint8Array,
	scatterStyles: SeriesStyle[],
	lineDashes: boolean[] = []
): Promise<Uint8Array> {
	const zip = await JSZip.loadAsync(bytes);
	for (const name of Object.keys(zip.files)) {
		if (/^ppt\/charts\/chart\d+\.xml$/.test(name)) {
			let xml = await zip.file(name)!.async('string');
			if (xml.includes('<c:scatterChart>')) xml = patchScatter(xml, scatterStyles);
			if (xml.includes('<c:lineChart>')) xml = patchLine(xml, lineDashes);
			zip.file(name, dropBlankPoints(xml));
		} else if (/^ppt\/embeddings\/.*\.xlsx$/.test(name)) {
			const book = await JSZip.loadAsync(await zip.file(name)!.async('uint8array'));
			const sheet = book.file('xl/worksheets/sheet1.xml');
			if (sheet) book.file('xl/worksheets/sheet1.xml', dropBlankCells(await sheet.async('string')));
			zip.file(name, await book.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
		}
	}
	await cleanZip(zip);
	return zip.generateAsync({
		type: 'uint8array',
		compression: 'DEFLATE',
		mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
	});
}

// ——— Slides ———

/** The three numbers beside the answer's chart: the chosen API, self-hosting, and the break-even. */
function keyNumbers(a: Answer): [string, string][] {
	const out: [string, string][] = [];
	if (a.baseline) out.push([`${usd3(a.baseline.monthly)}/mo`, `${a.baseline.name} at plan`]);
	if (a.candidate)
		out.push([`${usd3(a.candidate.monthly)}/mo`, `self-hosting ${a.candidate.name} at plan`]);
	const be = a.candidate?.pair?.sustained;
	if (be)
		out.push(
			be.kind === 'never'
				? ['never', 'self-hosting pays off at no volume']
				: [`${sig3(be.volume)}`, 'tokens/month: self-hosting pays off above this']
		);
	return out;
}

type Slide = ReturnType<PptxGenJS['addSlide']>;

function slideWithTitle(pptx: PptxGenJS, title: string): Slide {
	const slide = pptx.addSlide();
	slide.addText(title, {
		x: MARGIN,
		y: 0.3,
		w: BODY_W,
		h: 0.7,
		fontFace: FONT,
		fontSize: 24,
		bold: true,
		color: TEXT,
		valign: 'middle',
		fit: 'shrink'
	});
	return slide;
}

function footer(slide: Slide, text: string) {
	slide.addText(text, {
		x: MARGIN,
		y: 6.85,
		w: BODY_W,
		h: 0.5,
		fontFace: FONT,
		fontSize: 9,
		color: MUTED,
		valign: 'top',
		fit: 'shrink'
	});
}

const headCell = (text: string) => ({
	text,
	options: { bold: true, fill: { color: HEAD_FILL } }
});

function table(
	slide: Slide,
	header: string[],
	rows: string[][],
	colW: number[],
	fontSize = 11,
	at: { x?: number; y?: number; w?: number } = {}
) {
	slide.addTable([header.map(headCell), ...rows.map((r) => r.map((text) => ({ text })))], {
		x: at.x ?? MARGIN,
		y: at.y ?? 1.15,
		w: at.w ?? BODY_W,
		colW,
		fontFace: FONT,
		fontSize,
		color: TEXT,
		valign: 'middle',
		border: { type: 'solid', pt: 0.5, color: 'C9D1D9' },
		margin: 0.05
	});
}

function chartSlide(
	pptx: PptxGenJS,
	config: ChartConfiguration,
	tableText: ChartTable,
	foot: string,
	kind: NativeKind,
	place: { slide?: Slide; x?: number; y?: number; w?: number; h?: number } = {}
): SeriesStyle[] {
	const slide = place.slide ?? slideWithTitle(pptx, chartTitle(config));
	if (kind === 'scatter') config = withPlanSeries(config);
	const common = {
		x: place.x ?? MARGIN,
		y: place.y ?? 1.1,
		w: place.w ?? BODY_W,
		h: place.h ?? 5.6,
		fontFace: FONT,
		showLegend: true,
		legendPos: 'b' as const,
		// Compact: the chart, not its legend, fills the slide.
		legendFontSize: 9,
		showTitle: false,
		showCatAxisTitle: true,
		showValAxisTitle: true,
		catAxisLabelFontSize: 11,
		valAxisLabelFontSize: 11,
		catAxisTitleFontSize: 12,
		valAxisTitleFontSize: 12
	};
	let styles: SeriesStyle[] = [];
	const empty =
		config.data.datasets.every((d) => d.data.length === 0) ||
		(kind !== 'scatter' && (config.data.labels ?? []).length === 0);
	if (empty) {
		// pptxgenjs cannot write a chart without points: say so instead.
		slide.addText(`Nothing to chart. ${tableText.caption}`, {
			x: MARGIN,
			y: 1.15,
			w: BODY_W,
			h: 5.6,
			fontFace: FONT,
			fontSize: 16,
			color: MUTED,
			valign: 'top'
		});
	} else if (kind === 'scatter') {
		const s = scatterData(config);
		styles = s.styles;
		// PowerPoint labels a log axis from its minimum on: start and end at powers of ten.
		const { min, max } = axisRange(config, 'x');
		// (The epsilon keeps an exact power of ten where it is despite log10's rounding.)
		const x = {
			min: min && min > 0 ? 10 ** Math.floor(Math.log10(min) + 1e-9) : undefined,
			max: max && max > 0 ? 10 ** Math.ceil(Math.log10(max) - 1e-9) : undefined
		};
		slide.addChart(pptx.ChartType.scatter, s.data, {
			...common,
			chartColors: s.colors,
			lineSize: 2,
			lineDataSymbol: 'none',
			displayBlanksAs: 'gap',
			catAxisTitle: axisTitle(config, 'x'),
			valAxisTitle: axisTitle(config, 'y'),
			catAxisMinVal: x.min,
			catAxisMaxVal: x.max,
			valAxisLogScaleBase: 10,
			valAxisLabelFormatCode: USD_FORMAT
		});
	} else {
		const data = barData(config);
		const colors = config.data.datasets.map((d) => hex(d.backgroundColor, CATEGORY_COLORS.api));
		const x = axisRange(config, 'x');
		slide.addChart(pptx.ChartType.bar, data, {
			...common,
			barDir: 'bar',
			barGrouping: kind === 'stacked' ? 'stacked' : 'clustered',
			chartColors: colors,
			catAxisTitle: axisTitle(config, 'y'),
			valAxisTitle: axisTitle(config, 'x'),
			displayBlanksAs: 'gap',
			...(kind === 'bars'
				? {
						valAxisLogScaleBase: 10,
						valAxisMinVal: x.min,
						valAxisMaxVal: x.max,
						valAxisLabelFormatCode: VOLUME_FORMAT
					}
				: { valAxisLabelFormatCode: USD_FORMAT })
		});
	}
	footer(slide, foot);
	// The chart's text alternative, as on the page, for the presenter.
	slide.addNotes(tableText.caption);
	return styles;
}

/** Titles of the over-time slides: one when no pair has figures, five otherwise. */
function overTimeTitles(ctx: ReportContext): string[] {
	return reportPair(ctx)
		? [
				'Over time',
				'Over time: by year',
				'Sensitivity',
				'Sensitivity: by input',
				'Risks: Monte Carlo'
			]
		: ['Over time'];
}

const bodyText = (slide: Slide, text: string, y = 1.15, h = 5.6) =>
	slide.addText(text, {
		x: MARGIN,
		y,
		w: BODY_W,
		h,
		fontFace: FONT,
		fontSize: 14,
		color: MUTED,
		valign: 'top'
	});

const CHART_TEXT = {
	fontFace: FONT,
	showLegend: true,
	legendPos: 'b' as const,
	legendFontSize: 11,
	showTitle: false,
	showCatAxisTitle: true,
	showValAxisTitle: true,
	catAxisLabelFontSize: 11,
	valAxisLabelFontSize: 11,
	catAxisTitleFontSize: 12,
	valAxisTitleFontSize: 12
};

/**
 * The over-time slides of the page's default pair: KPIs and the cumulative cost as a native line
 * chart, the yearly table, the tornado as a native bar chart and its table, the Monte Carlo.
 * Returns which line series are dashed, for postProcess.
 */
function overTimeSlides(pptx: PptxGenJS, r: OverTimeReport | undefined, foot: string): boolean[] {
	if (!r) {
		const slide = slideWithTitle(pptx, 'Over time');
		bodyText(
			slide,
			'No timeline, sensitivity or Monte Carlo: they need a self-hosted candidate and an API with figures.'
		);
		return [];
	}
	const pairLine = `${pairText(r)}.`;
	let dashes: boolean[] = [];

	// Over time: KPIs and the cumulative cost
	const over = slideWithTitle(pptx, 'Over time');
	const tl = r.timeline;
	if (!tl.ok) bodyText(over, `${pairLine}\nNo timeline: ${tl.reason}`);
	else {
		over.addText(pairLine, {
			x: MARGIN,
			y: 1.0,
			w: BODY_W,
			h: 0.45,
			fontFace: FONT,
			fontSize: 12,
			color: MUTED,
			valign: 'top',
			fit: 'shrink'
		});
		over.addText(
			[...settingsRows(r.settings), ...kpiRows(tl)].map(([label, value]) => ({
				text: `${label}: ${value}`,
				options: { breakLine: true }
			})),
			{
				x: MARGIN,
				y: 1.5,
				w: 3.9,
				h: 5.2,
				fontFace: FONT,
				fontSize: 13,
				color: TEXT,
				valign: 'top',
				paraSpaceAfter: 6,
				fit: 'shrink'
			}
		);
		const cum = cumulativeChart(
			tl,
			{ candidate: r.pair.candidate, baseline: r.pair.baseline },
			r.view,
			{ theme: 'light' }
		);
		type Pt = { x: number; y: number };
		const sets = cum.config.data.datasets as ChartDataset<'line', Pt[]>[];
		dashes = sets.map((d) => Array.isArray(d.borderDash) && d.borderDash.length > 0);
		over.addChart(
			pptx.ChartType.line,
			sets.map((d) => ({
				name: String(d.label ?? ''),
				labels: d.data.map((p) => String(p.x)),
				values: d.data.map((p) => p.y)
			})),
			{
				...CHART_TEXT,
				x: 4.5,
				y: 1.5,
				w: W - 4.5 - MARGIN,
				h: 5.2,
				chartColors: sets.map((d) => hex(d.borderColor)),
				lineSize: 2,
				lineDataSymbol: 'none',
				catAxisTitle: axisTitle(cum.config, 'x'),
				valAxisTitle: axisTitle(cum.config, 'y'),
				catAxisLabelFrequency: String(Math.max(1, Math.ceil(tl.months.length / 12))),
				valAxisLabelFormatCode: USD_FORMAT
			}
		);
		over.addNotes(`${chartTitle(cum.config)}. ${cum.table.caption}`);
	}
	footer(over, foot);

	// Over time: by year
	const years = slideWithTitle(pptx, 'Over time: by year');
	if (!tl.ok) bodyText(years, `No timeline: ${tl.reason}`);
	else {
		table(years, [...YEARLY_COLUMNS], yearlyRows(tl), [1.6, 2.4, 2.8, 2.4, 3.133], 12);
	}
	footer(
		years,
		`${pairLine} Capex is net of the residual value recovered; the cumulative difference is API minus self-hosted cash, positive when self-hosting is ahead.`
	);

	// Sensitivity: the tornado, native. Each builder bar floats from 0 to the side's change, so
	// it is an ordinary bar of that value; the two sides overlap as on the page.
	const sens = slideWithTitle(pptx, 'Sensitivity');
	if (!r.bars.ok) bodyText(sens, `No sensitivity: ${r.bars.reason}`);
	else {
		const t = tornadoChart(tornadoBars(r), { theme: 'light' }, r.metric);
		const labels = (t.config.data.labels ?? []).map(labelText).reverse();
		const data = t.config.data.datasets.map((d) => ({
			name: String(d.label ?? ''),
			labels,
			values: d.data.map((v) => (Array.isArray(v) ? v[1] - v[0] : Number(v))).reverse()
		}));
		sens.addChart(pptx.ChartType.bar, data, {
			...CHART_TEXT,
			x: MARGIN,
			y: 1.1,
			w: BODY_W,
			h: 5.6,
			barDir: 'bar',
			barGrouping: 'clustered',
			barOverlapPct: 100,
			barGapWidthPct: 60,
			chartColors: t.config.data.datasets.map((d) => hex(d.backgroundColor)),
			catAxisTitle: 'Input',
			valAxisTitle: axisTitle(t.config, 'x'),
			valAxisLabelFormatCode: r.metric === 'saving' ? '$#,##0;-$#,##0' : VOLUME_FORMAT
		});
		sens.addNotes(`${chartTitle(t.config)}. ${t.table.caption}`);
	}
	footer(sens, `${pairLine} ${changeText(r)} (shares held within 0 to 1): ${metricText(r)}.`);

	const byInput = slideWithTitle(pptx, 'Sensitivity: by input');
	if (!r.bars.ok) bodyText(byInput, `No sensitivity: ${r.bars.reason}`);
	else
		table(byInput, [...TORNADO_COLUMNS], tornadoRows(tornadoBars(r)), [4.4, 3.2, 3.2, 1.533], 11);
	footer(byInput, `${pairLine} Rows sorted by the swing of the monthly saving at plan.`);

	// Monte Carlo
	const mcSlide = slideWithTitle(pptx, 'Risks: Monte Carlo');
	table(mcSlide, [...RANGE_COLUMNS], rangeRows(r.ranges), [3.6, 0.8, 1.0, 0.8], 10, {
		w: 6.2
	});
	if (!r.mc.ok) bodyText(mcSlide, `No Monte Carlo: ${r.mc.reason}`, 4.6, 2.0);
	else {
		table(mcSlide, [...MC_COLUMNS], monteCarloRows(r.mc.value), [1.6, 1.1, 1.1, 1.1, 1.133], 11, {
			x: 7.0,
			w: W - 7.0 - MARGIN
		});
		mcSlide.addText(
			monteCarloSentences(r, r.mc.value).map((text) => ({
				text,
				options: { bullet: true, breakLine: true }
			})),
			{
				x: MARGIN,
				y: 4.3,
				w: BODY_W,
				h: 2.4,
				fontFace: FONT,
				fontSize: 13,
				color: TEXT,
				valign: 'top',
				paraSpaceAfter: 4,
				fit: 'shrink'
			}
		);
	}
	footer(
		mcSlide,
		`${pairLine} Triangular ranges (low, most likely, high) as on the page: entered ranges are marked, the others derive from the pair.`
	);
	return dashes;
}

/** Sources as numbered lines, split into slides by an estimate of the lines each takes. */
function sourcePages(sources: string[]): string[][] {
	const pages: string[][] = [[]];
	let lines = 0;
	sources.forEach((s, i) => {
		const text = `[${i + 1}] ${s}`;
		const need = Math.ceil(text.length / SOURCE_CHARS_PER_LINE);
		if (lines + need > SOURCE_LINES_PER_SLIDE && pages[pages.length - 1].length) {
			pages.push([]);
			lines = 0;
		}
		pages[pages.length - 1].push(text);
		lines += need;
	});
	return pages;
}

/** The registry's charts after the lead one, one appendix slide each. */
const appendixCharts = () => chartIds.filter((id) => id !== LEAD_CHART);

/**
 * The slide titles of a deck, in order, for a report context: what `render` produces.
 */
export function deckTitles(ctx: ReportContext): string[] {
	const a = assumptions(ctx, 'key');
	const rows = chunk(a.rows, ASSUMPTION_ROWS_PER_SLIDE);
	const src = sourcePages(a.sources);
	const matrix = chunk(matrixRows(ctx), MATRIX_ROWS_PER_SLIDE);
	return [
		ctx.scenario.name,
		'The answer',
		'Options at the planned volume',
		...overTimeTitles(ctx),
		...rows.map((_, i) => paged('Key assumptions', i, rows.length)),
		...src.map((_, i) => paged('Sources', i, src.length)),
		...appendixCharts().map(
			(id) => `Appendix: ${chartTitle(buildChart(id, ctx.ev, ctx.inputs).config)}`
		),
		...matrix.map((_, i) => paged('Appendix: break-even matrix', i, matrix.length)),
		'Appendix: method'
	];
}

/**
 * The deck as .pptx bytes.
 * @example render(reportContext(handChecked)) → title, summary, 3 native charts, key
 *          assumptions, sources and the matrix; the breakdown chart's rent bar stacks
 *          1460 (hardware: the GPU rental) + 7500 (staff) = $8,960.00/month.
 */
export async function render(ctx: ReportContext): Promise<ExportFile> {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = ctx.scenario.name;
	pptx.subject = 'Self-host an open model or pay an API per token: break-even and monthly cost';
	pptx.author = 'LLM TCO';
	pptx.company = 'LLM TCO';
	const date = isoDate(ctx.generatedAt);
	const foot = chartFootnote(ctx);

	// 1. Title
	const title = pptx.addSlide();
	title.addText(ctx.scenario.name, {
		x: MARGIN,
		y: 2.0,
		w: BODY_W,
		h: 1.4,
		fontFace: FONT,
		fontSize: 36,
		bold: true,
		color: TEXT,
		valign: 'bottom',
		fit: 'shrink'
	});
	title.addText(
		[
			{ text: 'Self-host an open model or pay an API per token?', options: { breakLine: true } },
			{ text: `LLM TCO report, ${date} · Catalog as of ${ctx.catalogAsOf}` }
		],
		{
			x: MARGIN,
			y: 3.5,
			w: BODY_W,
			h: 1.0,
			fontFace: FONT,
			fontSize: 18,
			color: MUTED,
			valign: 'top'
		}
	);
	if (ctx.scenario.notes) {
		title.addText(ctx.scenario.notes, {
			x: MARGIN,
			y: 4.7,
			w: BODY_W,
			h: 1.8,
			fontFace: FONT,
			fontSize: 12,
			color: MUTED,
			valign: 'top',
			fit: 'shrink'
		});
	}

	// 2. The answer: the decision in rounded figures, the cost curve with the plan marked, and
	// three numbers.
	const over = overTimeReport(ctx);
	const ans = answer(ctx.scenario, ctx.inputs, ctx.ev, over?.mc.ok ? over.mc.value : undefined);
	const answerSlide = slideWithTitle(pptx, 'The answer');
	answerSlide.addText(ans.paragraph, {
		x: MARGIN,
		y: 1.0,
		w: BODY_W,
		h: 1.0,
		fontFace: FONT,
		fontSize: 13,
		color: TEXT,
		valign: 'top',
		fit: 'shrink'
	});
	const curve = buildChart(LEAD_CHART, ctx.ev, ctx.inputs);
	const scatterStyles = chartSlide(
		pptx,
		curve.config,
		curve.table,
		foot,
		charts[LEAD_CHART].native,
		{
			slide: answerSlide,
			y: 2.05,
			w: 8.9,
			h: 4.75
		}
	);
	const big = keyNumbers(ans);
	answerSlide.addText(
		big.flatMap(([value, label]) => [
			{ text: value, options: { fontSize: 26, bold: true, color: TEXT, breakLine: true } },
			{ text: label, options: { fontSize: 11, color: MUTED, breakLine: true, paraSpaceAfter: 14 } }
		]),
		{ x: 9.5, y: 2.1, w: W - 9.5 - MARGIN, h: 4.6, fontFace: FONT, valign: 'top', fit: 'shrink' }
	);
	// The chart has no title on the slide (the slide's title is the answer): it is in the notes.
	answerSlide.addNotes(`${ans.paragraph}\n\n${chartTitle(curve.config)}. ${curve.table.caption}`);

	// 3. The options table, exact figures
	const opts = optionsTable(ctx.scenario, ctx.inputs, ans);
	const optionsSlide = slideWithTitle(pptx, 'Options at the planned volume');
	if (opts.rows.length)
		table(
			optionsSlide,
			opts.columns.map(headerText),
			opts.rows.map((r) => r.map(cellText)),
			[2.7, 1.0, 0.8, 1.2, 1.0, 0.9, 1.1, 1.2, 1.2, 1.233],
			10
		);
	else bodyText(optionsSlide, 'No option has figures.');
	footer(optionsSlide, opts.caption ?? '');

	// Over time, sensitivity and risks (Monte Carlo) of the pair analysed on the page
	const lineDashes = overTimeSlides(pptx, over, foot);

	// Assumptions, with numbered sources
	const a = assumptions(ctx, 'key');
	const pages = chunk(a.rows, ASSUMPTION_ROWS_PER_SLIDE);
	pages.forEach((rows, i) => {
		const slide = slideWithTitle(pptx, paged('Key assumptions', i, pages.length));
		table(
			slide,
			['Group', 'Assumption', 'Value', 'Source'],
			rows.map((r) => [r.group, r.label, r.value, `[${r.source}]`]),
			[1.3, 6.9, 3.3, 0.833],
			10
		);
		footer(
			slide,
			'Sources are listed on the next slide. Every figure can be overridden in the scenario.'
		);
	});
	const src = sourcePages(a.sources);
	src.forEach((lines, i) => {
		const slide = slideWithTitle(pptx, paged('Sources', i, src.length));
		slide.addText(
			lines.map((text) => ({ text, options: { breakLine: true } })),
			{
				x: MARGIN,
				y: 1.15,
				w: BODY_W,
				h: 5.6,
				fontFace: FONT,
				fontSize: 9,
				color: TEXT,
				valign: 'top',
				paraSpaceAfter: 3
			}
		);
	});

	// Appendix: the other charts, every pair, and the method
	for (const id of appendixCharts()) {
		const { config, table } = buildChart(id, ctx.ev, ctx.inputs);
		chartSlide(pptx, config, table, foot, charts[id].native, {
			slide: slideWithTitle(pptx, `Appendix: ${chartTitle(config)}`)
		});
	}
	const matrix = chunk(matrixRows(ctx), MATRIX_ROWS_PER_SLIDE);
	matrix.forEach((rows, i) => {
		const slide = slideWithTitle(pptx, paged('Appendix: break-even matrix', i, matrix.length));
		table(slide, [...MATRIX_COLUMNS], rows, [2.6, 1.4, 2.0, 2.0, 1.45, 1.45, 1.433], 10);
		footer(
			slide,
			'First: the least volume at which self-hosting costs no more than the API. Sustained: from there on it stays cheaper. Saving: API minus self-hosted cost at the planned volume.'
		);
	});
	const method = slideWithTitle(pptx, 'Appendix: method');
	method.addText(
		summarySentences(ctx).map((text) => ({ text, options: { bullet: true, breakLine: true } })),
		{
			x: MARGIN,
			y: 1.15,
			w: BODY_W,
			h: 5.6,
			fontFace: FONT,
			fontSize: 12,
			color: TEXT,
			valign: 'top',
			paraSpaceAfter: 4,
			fit: 'shrink'
		}
	);
	footer(method, `Catalog as of ${ctx.catalogAsOf} · LLM TCO, ${date}`);

	const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
	const bytes = await postProcess(raw, scatterStyles, lineDashes);
	return {
		bytes,
		mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
		extension: 'pptx'
	};
}

/** Rows of the comparison's figures table per slide. */
export const COMPARE_ROWS_PER_SLIDE = 9;

/**
 * The comparison of 2 to 4 saved scenarios (the /compare page) as a deck: a title slide, the
 * overlaid cost-against-volume chart as a native chart (from the page's builder), the key figures
 * per candidate against each API, and the inputs that differ, by name and value.
 */
export async function renderComparison(
	items: ComparedItem[],
	generatedAt = new Date()
): Promise<ExportFile> {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	const title = compareTitle(items);
	pptx.title = title;
	pptx.subject = 'Self-host an open model or pay an API per token: scenarios compared';
	pptx.author = 'LLM TCO';
	pptx.company = 'LLM TCO';
	const date = isoDate(generatedAt);
	const foot = `${items.map((i) => `${i.name}: planned ${formatCompact(i.ev.volume.value)} tokens/month`).join(' · ')} · Catalog as of ${catalog.asOf} · LLM TCO, ${date}`;

	const cover = pptx.addSlide();
	cover.addText(title, {
		x: MARGIN,
		y: 2.0,
		w: BODY_W,
		h: 1.4,
		fontFace: FONT,
		fontSize: 32,
		bold: true,
		color: TEXT,
		valign: 'bottom',
		fit: 'shrink'
	});
	cover.addText(
		[
			{ text: 'Self-host an open model or pay an API per token?', options: { breakLine: true } },
			{ text: `LLM TCO comparison, ${date} · Catalog as of ${catalog.asOf}` }
		],
		{ x: MARGIN, y: 3.5, w: BODY_W, h: 1.0, fontFace: FONT, fontSize: 18, color: MUTED }
	);

	const chart = compareCurveChart(items, { theme: 'light' });
	const styles = chartSlide(pptx, chart.config, chart.table, foot, 'scatter', {
		slide: slideWithTitle(pptx, 'Monthly cost against monthly volume')
	});

	const [figures, diff] = compareTables(items);
	const pages = chunk(figures.rows, COMPARE_ROWS_PER_SLIDE);
	pages.forEach((rows, i) => {
		const slide = slideWithTitle(pptx, paged(figures.title, i, pages.length));
		table(
			slide,
			figures.columns.map(headerText),
			rows.map((r) => r.map(cellText)),
			[1.6, 1.9, 1.6, 0.7, 1.2, 1.2, 1.2, 1.41, 1.42],
			10
		);
		if (figures.caption) footer(slide, figures.caption);
	});
	const diffPages = chunk(diff.rows, ASSUMPTION_ROWS_PER_SLIDE);
	diffPages.forEach((rows, i) => {
		const slide = slideWithTitle(pptx, paged(diff.title, i, diffPages.length));
		if (!rows.length) {
			slide.addText('The chosen scenarios have the same inputs.', {
				x: MARGIN,
				y: 1.15,
				w: BODY_W,
				h: 1,
				fontFace: FONT,
				fontSize: 16,
				color: MUTED
			});
			return;
		}
		const first = 4.2;
		const each = (BODY_W - first) / Math.max(items.length, 1);
		table(
			slide,
			diff.columns.map(headerText),
			rows.map((r) => r.map(cellText)),
			[first, ...items.map(() => each)],
			10
		);
	});

	const raw = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
	return {
		bytes: await postProcess(raw, styles),
		mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
		extension: 'pptx'
	};
}
