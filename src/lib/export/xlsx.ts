import ExcelJS from 'exceljs';
import type { Cell, Workbook, Worksheet } from 'exceljs';
import { peakFactor } from '../domain/capacity';
import { defaultCacheWriteShare } from '../domain/api-cost';
import { stepCost } from '../domain/break-even';
import { toNumber, ZERO, type Decimal } from '../domain/decimal';
import type { BaselineResult, CandidateResult, PairResult } from '../domain/evaluate';
import type {
	CandidateInputs,
	FinanceInputs,
	GpuInputs,
	ModelInputs,
	OfferingInputs,
	ServingInputs,
	WorkloadInputs
} from '../domain/inputs';
import type { Explained, Quantity } from '../domain/quantity';
import { costCategories, monthlyCapitalCost, monthlyEnergyCost } from '../domain/self-host-cost';
import { dayShape } from '../domain/fleet';
import { ARRANGEMENT_NAMES } from '../domain/sizing';
import { modeLabel } from './modes';
import {
	inputShare,
	requestsPerDayAt,
	SECONDS_PER_MONTH,
	tokensPerRequest
} from '../domain/workload';
import type { ExportFile, ExportOptions, ReportContext } from './types';
import { cleanOfficeXml } from './xml-parts';
import { chartTables } from './chart-data';
import { readingPlaces, type Cell as ReportCell, type NumberCell } from '../report/model';
import { unitStyles } from '../format';
import { tornado, type TornadoBar } from '../domain/sensitivity';
import type { BreakEven } from '../domain/break-even';
import { sensitivityInputs } from '../scenario/analysis';
import { isoDate } from './footnote';
import { timeline } from '../domain/timeline';
import { timelineSettings } from '../scenario/resolve';
import {
	changeText,
	MC_COLUMNS,
	monteCarloSentences,
	overTimeReport,
	RANGE_COLUMNS,
	rangeLabel,
	reportPair,
	type OverTimeReport
} from './over-time';

/**
 * The workbook finance audits. Four sheets:
 * - **Assumptions**: every input the numbers use, one row each (name, value as a number, unit,
 *   source, as-of), the scalar ones under a defined name (`RequestsPerDay`, `GpusPerNode`, …);
 * - **Calculation**: live formulas on those cells: volume, API prices and costs, replicas, GPUs,
 *   nodes, the monthly self-hosted cost by category, the saving and the first break-even;
 * - **Break-even solve**: the engine's residue-class solve for bought candidates, as formulas;
 * - **Chart data**: the tables of the page's charts, from the same builders;
 * - **Over time**: the finance timeline of the page's default pair, month by month and by year,
 *   with NPV, crossover and payback, as the app's values (not formulas);
 * - **Sensitivity**: that pair's tornado at ±20%, as values.
 * GPU and API prices carry defined names too (`GpuPriceUsd_h100_sxm`, `ApiInputUsdPerMTok_…`).
 * Every sheet prints landscape, one page wide, with a print area and its main table's header row
 * repeated on each page.
 * Every formula cell also carries the app's own value as its cached result, so a viewer that does
 * not recalculate shows the app's numbers, and a test can recalculate and compare.
 */

export const SHEETS = {
	assumptions: 'Assumptions',
	calculation: 'Calculation',
	solve: 'Break-even solve',
	charts: 'Chart data',
	overTime: 'Over time',
	sensitivity: 'Sensitivity',
	monteCarlo: 'Monte Carlo'
} as const;

/** Residue classes written per bought pair: the period q = gpusPerNode / gcd(n, gpusPerNode) ≤ 16. */
export const SOLVE_CLASSES = 16;

const FMT = {
	usd: '"$"#,##0.00',
	usdInput: '"$"#,##0.00####',
	usdPerMTok: '"$"#,##0.0000',
	usdPerToken: '"$"0.000000000000',
	volume: '#,##0',
	count: '#,##0',
	decimal: '#,##0.00',
	share: '0.0000',
	decimalLong: '#,##0.00####'
} as const;

const BLUE = 'FF0000FF';
const GREY = 'FF666666';
const APP_FILL = 'FFF2F2F2';
const SECTION_FILL = 'FFDDEBF7';

/** Defined names of the scalar inputs, by engine key. */
const WORKLOAD_NAMES: Record<Exclude<keyof WorkloadInputs, 'cacheWriteShare'>, string> = {
	requestsPerDay: 'RequestsPerDay',
	inputTokensPerRequest: 'InputTokensPerRequest',
	outputTokensPerRequest: 'OutputTokensPerRequest',
	cachedInputShare: 'CachedInputShare',
	batchShare: 'BatchShare',
	peakToAverage: 'PeakToAverage',
	peakHoursPerDay: 'PeakHoursPerDay'
};
const SERVING_NAMES = {
	targetUtilization: 'TargetUtilization',
	minReplicas: 'MinReplicas',
	redundancy: 'RedundantReplicas'
} as const satisfies Partial<Record<keyof ServingInputs, string>>;
type FinanceNumberKey = Exclude<keyof FinanceInputs, 'nodeCostBasis' | 'colocationBasis'>;
const FINANCE_NAMES: Record<FinanceNumberKey, string> = {
	hoursPerMonth: 'HoursPerMonth',
	depreciationYears: 'DepreciationYears',
	costOfCapital: 'CostOfCapital',
	residualValue: 'ResidualValue',
	maintenancePerYear: 'MaintenancePerYear',
	nodeCostUsd: 'NodeCostUsd',
	gpusPerNode: 'GpusPerNode',
	nodeBaseWatts: 'NodeBaseWatts',
	gpuLoadFactor: 'GpuLoadFactor',
	gpuIdlePowerShare: 'GpuIdlePowerShare',
	electricityUsdPerKwh: 'ElectricityUsdPerKwh',
	pue: 'PowerUsageEffectiveness',
	colocationUsdPerKwMonth: 'ColocationUsdPerKwMonth',
	commitmentDiscount: 'CommitmentDiscount',
	loadedAnnualCostUsd: 'LoadedAnnualCostUsd',
	baseFte: 'BaseFte',
	ftePer100Gpus: 'FtePer100Gpus',
	otherFixedMonthlyUsd: 'OtherFixedMonthlyUsd',
	licensePerGpuMonthUsd: 'LicensePerGpuMonthUsd',
	oneOffAmortizationMonths: 'OneOffAmortizationMonths'
};
/** Prefixes of the defined names of an API offering's prices: `ApiInputUsdPerMTok_gpt_4o_mini`. */
const OFFERING_NAMES = {
	inputUsdPerMTok: 'ApiInputUsdPerMTok',
	outputUsdPerMTok: 'ApiOutputUsdPerMTok',
	cachedInputUsdPerMTok: 'ApiCachedInputUsdPerMTok',
	batchDiscount: 'ApiBatchDiscount',
	fixedMonthlyUsd: 'ApiFixedMonthlyUsd'
} as const;
/** Serving settings the app's sizing and roofline read; no formula here does. */
const SIZING_KEYS = [
	'tokensPerSecondPerUser',
	'maxBatch',
	'memoryUtilization',
	'runtimeOverheadGBPerGpu',
	'minUsefulBatch',
	'efficiencyMemory',
	'efficiencyCompute',
	'int4BytesPerParam'
] as const satisfies readonly (keyof ServingInputs)[];
const GPU_SIZING_KEYS = [
	'memoryGB',
	'memoryBandwidthTBps',
	'denseBf16Tflops',
	'denseFp8Tflops'
] as const satisfies readonly (keyof GpuInputs)[];
const MODEL_KEYS = [
	'totalParams',
	'activeParams',
	'layers',
	'kvHeads',
	'headDim',
	'contextLength',
	'kvBytesPerTokenBf16'
] as const satisfies readonly (keyof ModelInputs)[];
const OFFERING_KEYS = [
	'inputUsdPerMTok',
	'outputUsdPerMTok',
	'cachedInputUsdPerMTok',
	'batchDiscount',
	'fixedMonthlyUsd'
] as const satisfies readonly (keyof OfferingInputs)[];

/** 1/0 flags on the Assumptions sheet for the finance settings that are choices. */
const FLAGS = {
	nodeWhole: 'NodeCostWholeNodes',
	colocAverage: 'ColocationOnAverageKw'
} as const;

/** Derived names on the Calculation sheet. */
const N = {
	dayF: 'DayPeakShare',
	dayP: 'DayPeakLoad',
	dayL: 'DayOffPeakLoad',
	tokens: 'TokensPerRequest',
	volume: 'MonthlyVolume',
	inputShare: 'InputShare',
	peak: 'PeakFactor',
	seconds: 'SecondsPerMonth',
	shift: 'ShiftBatchOffPeak'
} as const;

type OkCandidate = Extract<CandidateResult, { ok: true }>;
type OkBaseline = Extract<BaselineResult, { ok: true }>;
type OkPair = Extract<PairResult, { ok: true }>;
type Result = number | string;

/** Column letters of a 1-based column index: 1 → A, 28 → AB. */
export function columnName(col: number): string {
	let s = '';
	for (let n = col; n > 0; n = Math.floor((n - 1) / 26))
		s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
	return s;
}

const sheetRef = (sheet: string) =>
	/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
/** An absolute reference to a cell of another sheet: Assumptions!$B$7. */
const absRef = (sheet: string, row: number, col: number) =>
	`${sheetRef(sheet)}!$${columnName(col)}$${row}`;
/** A reference to a cell of the same sheet: C12. */
const ref = (row: number, col: number) => `${columnName(col)}${row}`;

const num = (d: Decimal | number): number => (typeof d === 'number' ? d : toNumber(d));

/** A formula cell with the app's value as its cached result. */
function setFormula(cell: Cell, formula: string, result: Result | Decimal, fmt?: string): void {
	cell.value = { formula, result: typeof result === 'object' ? num(result) : result };
	if (fmt) cell.numFmt = fmt;
}

function setValue(cell: Cell, value: Result | Decimal, fmt?: string): void {
	cell.value = typeof value === 'object' ? num(value) : value;
	if (fmt) cell.numFmt = fmt;
}

function sectionRow(ws: Worksheet, row: number, text: string, width: number): void {
	const r = ws.getRow(row);
	r.getCell(1).value = text;
	r.font = { bold: true };
	for (let c = 1; c <= width; c++) {
		r.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SECTION_FILL } };
	}
}

/** The rows each sheet's tables start with, for the print titles. */
const headerRows = new WeakMap<Worksheet, number[]>();

function headerRow(ws: Worksheet, row: number, cells: string[]): void {
	headerRows.set(ws, [...(headerRows.get(ws) ?? []), row]);
	const r = ws.getRow(row);
	cells.forEach((t, i) => (r.getCell(i + 1).value = t));
	r.font = { bold: true };
	r.alignment = { wrapText: true, vertical: 'top' };
}

function noteRow(ws: Worksheet, row: number, text: string): void {
	const cell = ws.getCell(row, 1);
	cell.value = text;
	cell.font = { italic: true, color: { argb: GREY } };
}

/** How an Assumptions row is used: a live input, a figure computed by the app, or context only. */
type Role = 'input' | 'app' | 'context';

interface AssumptionRow {
	label: string;
	value: number;
	unit: string;
	source: string;
	asOf?: string;
	note?: string;
	name?: string;
	role: Role;
}

const ASSUMPTION_COLUMNS = ['Name', 'Value', 'Unit', 'Source', 'As of', 'Note', 'Name in formulas'];
const NOT_LIVE =
	'used by the app to size replicas and estimate throughput; no formula here reads it';

/** Writes the Assumptions sheet row by row; returns each cell's reference for the formulas. */
class AssumptionsWriter {
	row = 1;
	constructor(
		readonly wb: Workbook,
		readonly ws: Worksheet
	) {}

	section(text: string): void {
		this.row++;
		sectionRow(this.ws, this.row++, text, ASSUMPTION_COLUMNS.length);
	}

	add(a: AssumptionRow): string {
		const r = this.ws.getRow(this.row);
		const v = r.getCell(2);
		r.getCell(1).value = a.label;
		v.value = a.value;
		v.numFmt = /^USD/.test(a.unit)
			? FMT.usdInput
			: Number.isInteger(a.value) && Math.abs(a.value) >= 1000
				? FMT.count
				: 'General';
		if (a.role === 'input') v.font = { color: { argb: BLUE } };
		if (a.role === 'app') {
			v.font = { italic: true };
			v.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: APP_FILL } };
		}
		if (a.role === 'context') v.font = { color: { argb: GREY } };
		r.getCell(3).value = a.unit;
		r.getCell(4).value = a.source;
		if (a.asOf) r.getCell(5).value = a.asOf;
		if (a.note) r.getCell(6).value = a.note;
		const where = absRef(this.ws.name, this.row, 2);
		if (a.name) {
			r.getCell(7).value = a.name;
			this.wb.definedNames.add(where, a.name);
		}
		this.row++;
		return a.name ?? where;
	}

	quantity(q: Quantity, role: Role, name?: string, note?: string): string {
		return this.add({
			label: q.label,
			value: num(q.value),
			unit: q.unit,
			source: q.source,
			asOf: q.asOf,
			note: note ?? (q.overridden ? 'overridden in this scenario' : undefined),
			name,
			role
		});
	}

	note(text: string): void {
		noteRow(this.ws, this.row++, text);
	}

	readonly #names = new Set<string>();
	/**
	 * A defined name for a figure of one catalog entry, `GpuPriceUsd_h100_sxm`: the id reduced to
	 * the characters a name may hold, numbered when two ids reduce to the same name (names are
	 * case-insensitive). The prefix keeps it from reading as a cell reference.
	 */
	entryName(prefix: string, id: string): string {
		const base = `${prefix}_${id.replace(/[^A-Za-z0-9_]+/g, '_')}`.slice(0, 240);
		let name = base;
		for (let i = 2; this.#names.has(name.toLowerCase()); i++) name = `${base}_${i}`;
		this.#names.add(name.toLowerCase());
		return name;
	}
}

/** Cell references of the inputs a candidate's formulas read. */
interface GpuRefs {
	tdp: string;
	price?: string;
	rate?: string;
}
interface CandidateRefs {
	n: string;
	rps: string;
	/** The candidate's own serving terms, when set (else the scenario's names). */
	util?: string;
	min?: string;
	red?: string;
	fleet?: { byGpus: boolean; ref: string };
	discount?: string;
	minOffPeak?: string;
	oneOff: string[];
}
type OfferingRefs = Record<(typeof OFFERING_KEYS)[number], string> & {
	cacheWrite?: string;
	cacheWriteShare?: string;
	reasoning?: string;
	discount?: string;
	longContext?: {
		threshold: string;
		input: string;
		output: string;
		cached: string;
		write?: string;
	};
};

/**
 * The blended price per 1M tokens as a live formula, the engine's apiLine: long-context prices
 * when the prompt is above the threshold, cache writes, reasoning tokens and the negotiated discount
 * where the offering has them.
 */
function blendedFormula(o: OfferingRefs): string {
	const lc = o.longContext;
	const h = WORKLOAD_NAMES.cachedInputShare;
	const pick = (long: string, base: string) =>
		lc ? `IF(${WORKLOAD_NAMES.inputTokensPerRequest}>${lc.threshold},${long},${base})` : base;
	const pIn = pick(lc?.input ?? '', o.inputUsdPerMTok);
	const pOut = pick(lc?.output ?? '', o.outputUsdPerMTok);
	const pCached = pick(lc?.cached ?? '', o.cachedInputUsdPerMTok);
	const pWrite = pick(lc?.write ?? lc?.cached ?? '', o.cacheWrite ?? o.cachedInputUsdPerMTok);
	const c = o.cacheWriteShare;
	const cached = c ? `((1-${c})*${pCached}+${c}*${pWrite})` : pCached;
	const outShare = o.reasoning
		? `(1-${N.inputShare}+${o.reasoning}/${N.tokens})`
		: `(1-${N.inputShare})`;
	const discount = o.discount ? `*(1-${o.discount})` : '';
	return `(${N.inputShare}*((1-${h})*${pIn}+${h}*${cached})+${outShare}*${pOut})*(1-${WORKLOAD_NAMES.batchShare}*${o.batchDiscount})${discount}`;
}

/** The sources behind a figure the app computed: the benchmark it used, if any. */
function leafSources(q: Quantity | Explained): Quantity[] {
	if (!('formula' in q)) return [q];
	return q.inputs.flatMap(leafSources);
}

function writeAssumptions(wb: Workbook, ctx: ReportContext) {
	const ws = wb.addWorksheet(SHEETS.assumptions, { views: [{ state: 'frozen', ySplit: 7 }] });
	ws.columns = [
		{ width: 52 },
		{ width: 18 },
		{ width: 22 },
		{ width: 70 },
		{ width: 12 },
		{ width: 60 },
		{ width: 26 }
	];
	const { inputs, ev, scenario } = ctx;
	ws.getCell('A1').value = 'LLM TCO: assumptions';
	ws.getCell('A1').font = { bold: true, size: 14 };
	ws.getCell('A2').value = 'Scenario';
	ws.getCell('B2').value = scenario.name;
	ws.getCell('A3').value = 'Catalog as of';
	ws.getCell('B3').value = ctx.catalogAsOf;
	ws.getCell('A4').value = 'Generated';
	ws.getCell('B4').value = ctx.generatedAt.toISOString();
	noteRow(
		ws,
		5,
		'Blue values are inputs: change one and the Calculation sheet recomputes. Grey-filled values ' +
			'were computed by the app (sizing, throughput) and are used as given. Grey text: context only.'
	);
	headerRow(ws, 7, ASSUMPTION_COLUMNS);
	const w = new AssumptionsWriter(wb, ws);
	w.row = 8;

	w.section('Workload');
	for (const k of Object.keys(WORKLOAD_NAMES) as (keyof typeof WORKLOAD_NAMES)[]) {
		w.quantity(inputs.workload[k], 'input', WORKLOAD_NAMES[k]);
	}

	w.section('Serving');
	for (const k of Object.keys(SERVING_NAMES) as (keyof typeof SERVING_NAMES)[]) {
		w.quantity(inputs.serving[k], 'input', SERVING_NAMES[k]);
	}
	w.add({
		label: 'Batch traffic runs off-peak',
		value: inputs.serving.shiftBatchOffPeak ? 1 : 0,
		unit: '1 = yes, 0 = no',
		source: 'scenario setting',
		note: 'when 1, the peak factor is max(P·(1 − batch share), 1)',
		name: N.shift,
		role: 'input'
	});

	w.section('Finance');
	for (const k of Object.keys(FINANCE_NAMES) as FinanceNumberKey[]) {
		w.quantity(inputs.finance[k], 'input', FINANCE_NAMES[k]);
	}
	w.add({
		label: 'Node costs charged by whole nodes',
		value: inputs.finance.nodeCostBasis === 'whole' ? 1 : 0,
		unit: '1 = whole nodes, 0 = share of node',
		source: 'scenario setting (finance.nodeCostBasis)',
		note: 'share: a GPU carries 1 / GPUs per node of its node’s server, base power and colocation; whole: every node started is paid in full',
		name: FLAGS.nodeWhole,
		role: 'input'
	});
	w.add({
		label: 'Colocation billed on average kW',
		value: inputs.finance.colocationBasis === 'average' ? 1 : 0,
		unit: '1 = average kW, 0 = contracted kW',
		source: 'scenario setting (finance.colocationBasis)',
		note: 'contracted: the draw at full load is reserved whatever the traffic; average: the draw above idle is charged per token served, like power',
		name: FLAGS.colocAverage,
		role: 'input'
	});

	w.section('Sizing and throughput settings (read by the app, not by these formulas)');
	for (const k of SIZING_KEYS) w.quantity(inputs.serving[k], 'context', undefined, NOT_LIVE);
	w.add({
		label: 'Use catalog benchmarks before the roofline',
		value: inputs.serving.useBenchmarks ? 1 : 0,
		unit: '1 = yes, 0 = no',
		source: 'scenario setting',
		note: NOT_LIVE,
		role: 'context'
	});

	// One block per GPU and per model, as in the app: an override of a GPU's figure applies to
	// every candidate on that GPU.
	const gpus = new Map<string, GpuRefs>();
	const seenModels = new Set<string>();
	const byGpu = new Map<string, CandidateInputs[]>();
	for (const c of inputs.candidates) byGpu.set(c.gpu.id, [...(byGpu.get(c.gpu.id) ?? []), c]);
	for (const [id, cs] of byGpu) {
		const g = cs[0].gpu;
		w.section(`GPU: ${g.name} (${id})`);
		const buys = cs.some((c) => c.acquisition === 'buy');
		const rents = cs.some((c) => c.acquisition === 'rent');
		const refs: GpuRefs = {
			tdp: w.quantity(
				g.tdpWatts,
				buys ? 'input' : 'context',
				w.entryName('GpuTdpWatts', id),
				buys ? undefined : 'power is in the rental rate'
			)
		};
		if (g.purchasePriceUsd)
			refs.price = w.quantity(
				g.purchasePriceUsd,
				buys ? 'input' : 'context',
				w.entryName('GpuPriceUsd', id)
			);
		if (g.cloudUsdPerGpuHour)
			refs.rate = w.quantity(
				g.cloudUsdPerGpuHour,
				rents ? 'input' : 'context',
				w.entryName('GpuUsdPerHour', id)
			);
		for (const k of GPU_SIZING_KEYS) {
			const q = g[k];
			if (q) w.quantity(q, 'context', undefined, NOT_LIVE);
		}
		gpus.set(id, refs);
	}
	for (const c of inputs.candidates) {
		if (seenModels.has(c.model.id)) continue;
		seenModels.add(c.model.id);
		w.section(`Model: ${c.model.name} (${c.model.id})`);
		for (const k of MODEL_KEYS) {
			const q = c.model[k];
			if (q) w.quantity(q, 'context', undefined, NOT_LIVE);
		}
	}

	const candidates = new Map<string, CandidateRefs>();
	for (const c of ev.candidates) {
		w.section(`Candidate ${c.id}: ${c.label}`);
		if (!c.ok) {
			w.note(`Not evaluated: ${c.reason}`);
			continue;
		}
		const n = w.add({
			label: `${c.label}: GPUs per replica`,
			value: c.sizing.gpusPerReplica,
			unit: 'GPUs',
			source: `${c.pinned ? 'your pinned replica size (gpusPerReplica)' : 'computed by the app: the replica size with the lowest monthly cost at the planned volume'}; ${ARRANGEMENT_NAMES[c.sizing.arrangement]}`,
			note: 'computed by the app (sizing); not a live formula: it depends on the model, the GPU, the token lengths, the serving settings and, unless pinned, the planned volume. It stays fixed here when an input changes.',
			role: 'app'
		});
		const bench = leafSources(c.throughput.requestsPerSecond).find((q) =>
			q.label.startsWith('benchmark ')
		);
		const rps = w.add({
			label: `${c.label}: requests/s per replica`,
			value: num(c.throughput.requestsPerSecond.value),
			unit: 'requests/s',
			source: `computed by the app (${c.throughput.path}): ${c.throughput.label}${bench ? `; ${bench.source}` : ''}`,
			asOf: bench?.asOf,
			note: 'computed by the app (throughput: benchmark or roofline); not a live formula: it depends on the token lengths and the serving settings',
			role: 'app'
		});
		const refsOf: CandidateRefs = { n, rps, oneOff: [] };
		const cin = inputs.candidates.find((x) => x.id === c.id);
		// The candidate's own terms: each replaces the scenario's setting for this candidate only.
		const own = (q: Quantity | undefined, label: string, unit: string) =>
			q &&
			w.add({
				label: `${c.label}: ${label}`,
				value: num(q.value),
				unit,
				source: q.source,
				note: 'your entry for this candidate: replaces the scenario’s setting for it',
				role: 'input'
			});
		refsOf.util = own(cin?.serving?.targetUtilization, 'target utilisation at peak', 'share 0–1');
		refsOf.min = own(cin?.serving?.minReplicas, 'minimum replicas', 'replicas');
		refsOf.red = own(cin?.serving?.redundancy, 'redundant replicas', 'replicas');
		const fleet = cin?.fleet;
		if (fleet) {
			const byGpus = 'gpus' in fleet;
			refsOf.fleet = {
				byGpus,
				ref: w.add({
					label: `${c.label}: fixed fleet (${byGpus ? 'GPUs' : 'replicas'}, redundant ones included)`,
					value: byGpus ? fleet.gpus : fleet.replicas,
					unit: byGpus ? 'GPUs' : 'replicas',
					source: 'your entry for this candidate',
					note: 'capacity no longer follows volume: what the fleet cannot serve overflows or goes unserved',
					role: 'input'
				})
			};
		}
		const rental = c.acquisition === 'rent' ? cin?.rental : undefined;
		if (rental?.kind === 'committed')
			refsOf.discount = w.add({
				label: `${c.label}: commitment discount (${rental.months}-month commitment)`,
				value: num(rental.discount.value),
				unit: rental.discount.unit,
				source: rental.discount.source,
				note: 'your entry for this candidate: replaces the scenario’s commitment discount',
				role: 'input'
			});
		if (rental?.kind === 'autoscaled')
			refsOf.minOffPeak = w.add({
				label: `${c.label}: minimum replicas off-peak (autoscaled rent)`,
				value: rental.minReplicas,
				unit: 'replicas',
				source: 'your entry for this candidate',
				role: 'input'
			});
		for (const o of cin?.oneOffCosts ?? [])
			refsOf.oneOff.push(
				w.add({
					label: `${c.label}: one-off cost: ${o.label} (month ${o.month})`,
					value: num(o.amountUsd.value),
					unit: 'USD',
					source: o.amountUsd.source,
					note: 'spread over the amortisation months in the monthly view (straight line)',
					role: 'input'
				})
			);
		if (cin?.overflow)
			w.add({
				label: `${c.label}: overflow API`,
				value: 1,
				unit: cin.overflow.name,
				source: 'your entry for this candidate',
				note: 'the API that serves what the self-hosted capacity does not: priced in its column of the Calculation sheet',
				role: 'context'
			});
		candidates.set(c.id, refsOf);
	}

	const offerings = new Map<string, OfferingRefs>();
	for (const o of inputs.baselines) {
		w.section(`API: ${o.name} (${o.id})`);
		const refs = {} as OfferingRefs;
		for (const k of OFFERING_KEYS)
			refs[k] = w.quantity(o[k], 'input', w.entryName(OFFERING_NAMES[k], o.id));
		const lc = o.longContext;
		if (lc) {
			refs.longContext = {
				threshold: w.quantity(lc.thresholdTokens, 'input'),
				input: w.quantity(lc.inputUsdPerMTok, 'input'),
				output: w.quantity(lc.outputUsdPerMTok, 'input'),
				cached: w.quantity(lc.cachedInputUsdPerMTok, 'input'),
				write: lc.cacheWriteUsdPerMTok && w.quantity(lc.cacheWriteUsdPerMTok, 'input')
			};
		}
		if (o.cacheWriteUsdPerMTok) refs.cacheWrite = w.quantity(o.cacheWriteUsdPerMTok, 'input');
		if (o.cacheWriteUsdPerMTok || lc?.cacheWriteUsdPerMTok) {
			const set = inputs.workload.cacheWriteShare;
			if (set) refs.cacheWriteShare = w.quantity(set, 'input');
			else {
				// Derived from the requests per day, so the workbook derives it live too.
				w.quantity(
					defaultCacheWriteShare(inputs.workload),
					'context',
					undefined,
					'min(1, 288 / requests per day): one cache write per 5-minute cache lifetime; the formulas compute it from the requests per day'
				);
				const r = WORKLOAD_NAMES.requestsPerDay;
				refs.cacheWriteShare = `IF(${r}<=288,1,288/${r})`;
			}
		}
		if (o.reasoningTokensPerRequest)
			refs.reasoning = w.quantity(o.reasoningTokensPerRequest, 'input');
		if (o.negotiatedDiscount) refs.discount = w.quantity(o.negotiatedDiscount, 'input');
		offerings.set(o.id, refs);
	}
	return { gpus, candidates, offerings };
}

/** Rows of a candidate column on the Calculation sheet. */
const CANDIDATE_ROWS = [
	['acquisition', 'Acquisition', ''],
	['mode', 'Capacity', ''],
	['n', 'GPUs per replica (from the app)', 'GPUs'],
	['rps', 'Requests/s per replica (from the app)', 'requests/s'],
	['util', 'Target utilisation at peak', 'share'],
	['min', 'Minimum replicas', 'replicas'],
	['red', 'Redundant replicas', 'replicas'],
	['vrep', 'Volume per replica Vrep', 'tokens/month'],
	['ku', 'Capacity of one active replica Ku, were it used all month', 'tokens/month'],
	['active', 'Active replicas at plan', 'replicas'],
	['billed', 'Replicas billed at plan', 'replicas'],
	['replicas', 'Replicas at plan (with redundancy)', 'replicas'],
	['gpus', 'GPUs at plan', 'GPUs'],
	['billedGpus', 'GPUs billed at plan', 'GPUs'],
	['nodes', 'Nodes at plan', 'nodes'],
	['nodesCharged', 'Nodes charged (whole nodes, or the GPUs’ share)', 'nodes'],
	['running', 'Self-hosted side in use at plan', '1 = yes'],
	['head:volume', 'Where the planned tokens go', ''],
	['served', 'Tokens served in-house', 'tokens/month'],
	['overflow', 'Tokens sent to the overflow API', 'tokens/month'],
	['unserved', 'Tokens not served', 'tokens/month'],
	['inHouse', 'Share served in-house', 'share'],
	['head:cost', 'Monthly cost at plan', ''],
	['hardware', 'Hardware', 'USD/month'],
	['power', 'Power', 'USD/month'],
	['hosting', 'Hosting', 'USD/month'],
	['staff', 'Staff', 'USD/month'],
	['other', 'Other', 'USD/month'],
	['selfHost', 'Monthly self-hosted cost at plan', 'USD/month'],
	['overflowCost', 'Overflow API cost at plan', 'USD/month'],
	['total', 'Monthly cost at plan (self-hosted + overflow API)', 'USD/month'],
	['perMTok', 'Cost per 1M tokens handled at plan', 'USD/1M tokens'],
	['head:hybrid', 'Hybrid: the pure options at plan', ''],
	['allSelf', 'All self-hosted (capacity following volume)', 'USD/month'],
	['allApi', 'All API (the overflow API alone)', 'USD/month'],
	['savingVsApi', 'Hybrid saving against all API', 'USD/month'],
	['savingVsSelf', 'Hybrid saving against all self-hosted', 'USD/month'],
	['head:unit', 'Unit costs (the steps of the cost staircase)', ''],
	['capGpu', 'Capital cost per GPU (buy)', 'USD/month'],
	['capNode', 'Capital cost per node (buy)', 'USD/month'],
	['perGpu', 'Cost per GPU billed, all categories (power at idle)', 'USD/month'],
	['perReplica', 'Cost per replica c', 'USD/month'],
	['nodeCost', 'Cost of a node, all categories (buy)', 'USD/month'],
	['perNode', 'Cost per whole node (buy, whole nodes)', 'USD/month'],
	['perToken', 'Cost per token served s (power above idle)', 'USD/token'],
	['fixed', 'Fixed cost (base staff, other fixed, one-off costs spread)', 'USD/month']
] as const;
type CandidateRow = (typeof CANDIDATE_ROWS)[number][0];

const CANDIDATE_NOTES: Partial<Record<CandidateRow, string>> = {
	mode: 'follow: capacity follows volume; fleet of N: fixed; hybrid: the cheapest split with an overflow API; autoscaled: rent billed on the day’s average',
	n: 'from Assumptions: the sizing stays in the app',
	rps: 'from Assumptions: the throughput (benchmark or roofline) stays in the app',
	util: 'the scenario’s serving setting, or the candidate’s own entry on the Assumptions sheet',
	vrep: 'requests/s × target utilisation × seconds/month × (i + o) / peak factor',
	ku: 'Vrep × peak factor',
	active:
		'follow: MAX(minimum, CEILING(V / Vrep)); fleet: replicas − redundant; autoscaled: at peak, MAX(minimum, CEILING(P·V / Ku)); hybrid: the optimum from the app (a value). Ratios are rounded to 9 decimals first so floating-point noise cannot add a replica',
	billed:
		'active + redundant (0 when no replica runs); autoscaled: f·peak replicas + (1 − f)·MAX(off-peak minimum, CEILING(L·V / Ku)) + redundant',
	replicas: 'replicas billed, rounded up',
	billedGpus: 'replicas billed × GPUs per replica: the GPUs the per-GPU costs are charged on',
	nodes: 'CEILING(GPUs / GPUs per node)',
	nodesCharged: 'whole nodes: nodes at plan; share of node: GPUs billed / GPUs per node',
	served:
		'fleet and hybrid: f·MIN(P·V, C) + (1 − f)·MIN(L·V, C) with C = active × Ku (peaks overflow first); otherwise V',
	overflow: 'V − served, when the candidate names an overflow API',
	unserved: 'V − served, when it names none: reported, never priced',
	hardware:
		'rent: GPUs billed × $/GPU-hour × hours × (1 − discount); buy: GPUs billed × (PMT + maintenance) + nodes charged × (PMT + maintenance)',
	power:
		'buy: (GPUs billed × TDP × MIN(idle share, load factor) + nodes charged × node base watts + TDP × (load factor − idle share) × GPUs/replica × served × utilisation / Ku) / 1000 × PUE × hours × $/kWh; rent: in the rate',
	hosting:
		'buy: IT kW × colocation $/kW-month: contracted kW at the load factor, or average kW (idle per GPU + the swing per token served); rent: in the rate',
	staff: '(base FTE + FTE per 100 GPUs × GPUs billed / 100) × loaded annual cost / 12',
	other: 'other fixed + one-off costs / amortisation months + licences per GPU × GPUs billed',
	overflowCost: 'IF(overflow > 0, F + overflow × p) of the overflow API',
	perMTok: 'monthly cost / (V − unserved) × 1e6',
	allSelf:
		'fixed + (k + redundant)·c + nodes·node cost + s·V with k = MAX(minimum, CEILING(V / Vrep))',
	allApi: 'F + V × p of the overflow API',
	capGpu: 'PMT(rate/12, years × 12, −price, residual × price); straight-line when the rate is 0',
	capNode: 'the same for the node (server without GPUs)',
	perGpu:
		'capital + maintenance + idle power + colocation + staff + licence per GPU, plus 1 / GPUs per node of a node when charged by share',
	perReplica: 'cost per GPU × GPUs per replica',
	nodeCost: 'capital + maintenance + power and colocation of the node base load',
	perNode: 'the node cost when charged by whole nodes, else 0 (it is in the cost per GPU)',
	perToken:
		'TDP × (load factor − idle share) / 1000 × (PUE × hours × $/kWh + colocation when on average kW) × GPUs/replica × utilisation / Ku'
};

const API_ROWS = [
	['blended', 'Blended price per 1M tokens', 'USD/1M tokens'],
	['perToken', 'Price per token p', 'USD/token'],
	['fee', 'Fixed monthly fee F', 'USD/month'],
	['cost', 'API monthly cost at plan', 'USD/month'],
	['perMTok', 'API cost per 1M tokens at plan', 'USD/1M tokens']
] as const;
type ApiRow = (typeof API_ROWS)[number][0];

/** Columns of the candidate × API table on the Calculation sheet. */
export const PAIR_COLUMNS = [
	'Candidate',
	'API',
	'Self-hosted (USD/month at plan)',
	'API (USD/month at plan)',
	'Saving (USD/month at plan)',
	'Cheaper at plan',
	'Active replicas at first break-even k*',
	'First break-even (tokens/month)',
	'First break-even (requests/day)',
	'Last step not wholly cheaper L',
	'Sustained break-even (tokens/month)',
	'Sustained break-even (requests/day)',
	'API fee F',
	'API price per token p',
	'Volume per replica Vrep',
	'Fixed cost',
	'Cost per replica c',
	'Cost per node',
	'GPUs per replica n',
	'Minimum replicas',
	'Redundant replicas',
	'Cost per token served s',
	'API price less s, p − s',
	'Serves in full up to (tokens/month)',
	'How the first break-even is computed'
] as const;
const P = Object.fromEntries(PAIR_COLUMNS.map((c, i) => [c, i + 1])) as Record<
	(typeof PAIR_COLUMNS)[number],
	number
>;

interface PairRow {
	row: number;
	pair: OkPair;
	cand: OkCandidate;
	base: OkBaseline;
}

function writeCalculation(
	wb: Workbook,
	ctx: ReportContext,
	refs: ReturnType<typeof writeAssumptions>
): PairRow[] {
	const { inputs, ev } = ctx;
	const w = inputs.workload;
	const ws = wb.addWorksheet(SHEETS.calculation);
	const cands = ev.candidates.filter((c): c is OkCandidate => c.ok);
	const bases = ev.baselines.filter((b): b is OkBaseline => b.ok);
	const width = Math.max(PAIR_COLUMNS.length, 3 + Math.max(cands.length, bases.length));
	ws.columns = Array.from({ length: width }, (_, i) => ({
		width: i === 0 ? 46 : i === 1 ? 22 : 20
	}));
	ws.getCell('A1').value = 'LLM TCO: calculation';
	ws.getCell('A1').font = { bold: true, size: 14 };
	noteRow(
		ws,
		2,
		'Every figure is a live formula on the Assumptions sheet (names such as RequestsPerDay are ' +
			'defined names). Change an input there and these cells recompute. Two figures per candidate ' +
			'come from the app as values: GPUs per replica (sizing) and requests/s per replica ' +
			'(benchmark or roofline): the sizing and the roofline stay in the app. A hybrid’s optimum ' +
			'replica count at plan is a value from the app too (grey fill): its costs are live formulas at that ' +
			'count. The break-evens of fleets, hybrids and autoscaled rent are the app’s values (grey fill, ' +
			'dated in the last column).'
	);
	let row = 4;
	const noteCol = 3 + Math.max(cands.length, bases.length, 1);

	// Workload
	sectionRow(ws, row++, 'Workload', noteCol);
	const t = tokensPerRequest(w);
	const global = (
		label: string,
		unit: string,
		name: string,
		formula: string,
		result: Decimal,
		fmt: string,
		note: string
	) => {
		ws.getCell(row, 1).value = label;
		ws.getCell(row, 2).value = unit;
		setFormula(ws.getCell(row, 3), formula, result, fmt);
		ws.getCell(row, noteCol).value = note;
		wb.definedNames.add(absRef(SHEETS.calculation, row, 3), name);
		row++;
	};
	global(
		'Tokens per request i + o',
		'tokens',
		N.tokens,
		`${WORKLOAD_NAMES.inputTokensPerRequest}+${WORKLOAD_NAMES.outputTokensPerRequest}`,
		t,
		FMT.count,
		'input + output tokens per request'
	);
	global(
		'Monthly volume V',
		'tokens/month',
		N.volume,
		`${WORKLOAD_NAMES.requestsPerDay}*365*${N.tokens}/12`,
		ev.volume.value,
		FMT.volume,
		'requests/day × 365 / 12 × (i + o)'
	);
	global(
		'Input-token share f_in',
		'share',
		N.inputShare,
		`IF(${N.tokens}=0,0,${WORKLOAD_NAMES.inputTokensPerRequest}/${N.tokens})`,
		inputShare(w),
		FMT.share,
		'i / (i + o)'
	);
	global(
		'Peak factor',
		'×',
		N.peak,
		`IF(${N.shift}=1,MAX(${WORKLOAD_NAMES.peakToAverage}*(1-${WORKLOAD_NAMES.batchShare}),1),${WORKLOAD_NAMES.peakToAverage})`,
		peakFactor(w, inputs.serving).value,
		FMT.share,
		'peak-to-average P, or max(P·(1 − batch share), 1) when batch traffic runs off-peak'
	);
	const day = dayShape(peakFactor(w, inputs.serving).value, w.peakHoursPerDay.value);
	const fRaw = `${WORKLOAD_NAMES.peakHoursPerDay}/24`;
	global(
		'Share of the day at peak f',
		'share',
		N.dayF,
		`IF(${N.peak}<=1,1,IF(${fRaw}*${N.peak}>=1,1/${N.peak},${fRaw}))`,
		day.f,
		FMT.share,
		'peak hours / 24; 1 when the peak factor is 1; 1 / P when the peak cannot last that long (f·P ≥ 1)'
	);
	global(
		'Load at peak over average P',
		'×',
		N.dayP,
		`IF(${N.peak}<=1,1,${N.peak})`,
		day.P,
		FMT.share,
		'the peak factor (at least 1)'
	);
	global(
		'Load off-peak over average L',
		'×',
		N.dayL,
		`IF(${N.peak}<=1,1,IF(${fRaw}*${N.peak}>=1,0,(1-${fRaw}*${N.peak})/(1-${fRaw})))`,
		day.L,
		FMT.share,
		'the daily shape: peak hours at P, the rest at L = (1 − f·P) / (1 − f), so the day averages 1'
	);
	global(
		'Seconds per month',
		's',
		N.seconds,
		'365/12*86400',
		SECONDS_PER_MONTH,
		FMT.count,
		'365 / 12 days × 86,400 s'
	);

	// API baselines
	row++;
	sectionRow(ws, row++, 'API baselines at the planned volume', noteCol);
	headerRow(ws, row, ['Line item', 'Unit', ...bases.map((b) => b.name)]);
	ws.getCell(row, noteCol).value = 'How';
	row++;
	const apiRow = {} as Record<ApiRow, number>;
	API_ROWS.forEach(([k], i) => (apiRow[k] = row + i));
	const apiCol = new Map<string, number>();
	bases.forEach((b, j) => {
		const col = 3 + j;
		apiCol.set(b.id, col);
		const o = refs.offerings.get(b.id);
		if (!o) throw new Error(`no assumptions for API ${b.id}`);
		const at = (k: ApiRow) => ref(apiRow[k], col);
		setFormula(
			ws.getCell(apiRow.blended, col),
			blendedFormula(o),
			b.line.pricePerTokenExplained.value,
			FMT.usdPerMTok
		);
		setFormula(
			ws.getCell(apiRow.perToken, col),
			`${at('blended')}/1000000`,
			b.line.pricePerToken,
			FMT.usdPerToken
		);
		setFormula(
			ws.getCell(apiRow.fee, col),
			o.discount ? `${o.fixedMonthlyUsd}*(1-${o.discount})` : o.fixedMonthlyUsd,
			b.line.fixedMonthly,
			FMT.usd
		);
		setFormula(
			ws.getCell(apiRow.cost, col),
			`${at('fee')}+${N.volume}*${at('perToken')}`,
			b.atPlan.value,
			FMT.usd
		);
		setFormula(
			ws.getCell(apiRow.perMTok, col),
			`IF(${N.volume}>0,${at('cost')}/${N.volume}*1000000,${at('blended')})`,
			b.perMTok.value,
			FMT.usdPerMTok
		);
	});
	API_ROWS.forEach(([, label, unit], i) => {
		ws.getCell(row + i, 1).value = label;
		ws.getCell(row + i, 2).value = unit;
	});
	ws.getCell(apiRow.blended, noteCol).value =
		'[f_in·((1 − h)·p_in + h·p_cached) + (1 − f_in)·p_out] · (1 − batch share · batch discount)';
	ws.getCell(apiRow.cost, noteCol).value = 'F + V × p';
	row += API_ROWS.length;
	for (const b of ev.baselines) if (!b.ok) noteRow(ws, row++, `Not priced: ${b.name}: ${b.reason}`);

	// Self-hosted candidates
	row++;
	sectionRow(ws, row++, 'Self-hosted candidates at the planned volume', noteCol);
	headerRow(ws, row, ['Line item', 'Unit', ...cands.map((c) => c.label)]);
	ws.getCell(row, noteCol).value = 'How';
	ws.getRow(row).height = 45;
	row++;
	const cr = {} as Record<CandidateRow, number>;
	CANDIDATE_ROWS.forEach(([k, label, unit], i) => {
		cr[k] = row + i;
		ws.getCell(row + i, 1).value = label;
		ws.getCell(row + i, 2).value = unit;
		if (k.startsWith('head:')) ws.getCell(row + i, 1).font = { bold: true, italic: true };
		const note = CANDIDATE_NOTES[k];
		if (note) ws.getCell(row + i, noteCol).value = note;
	});
	ws.getCell(cr.total, 1).font = { bold: true };
	const candCol = new Map<string, number>();
	cands.forEach((c, j) => {
		const col = 3 + j;
		candCol.set(c.id, col);
		const at = (k: CandidateRow) => ref(cr[k], col);
		const cin = inputs.candidates.find((x) => x.id === c.id);
		const a = refs.candidates.get(c.id);
		const g = cin && refs.gpus.get(cin.gpu.id);
		if (!cin || !a || !g) throw new Error(`no assumptions for candidate ${c.id}`);
		const buy = c.acquisition === 'buy';
		const cs = c.cost;
		const cell = (k: CandidateRow) => ws.getCell(cr[k], col);
		const set = (k: CandidateRow, formula: string, result: Result | Decimal, fmt: string) =>
			setFormula(cell(k), formula, result, fmt);
		const F = FINANCE_NAMES;
		const S = SERVING_NAMES;
		const split = c.atPlan.split;
		const curve = c.curve;
		const V = N.volume;

		setValue(cell('acquisition'), c.acquisition);
		setValue(cell('mode'), modeLabel(c));
		set('n', a.n, c.sizing.gpusPerReplica, FMT.count);
		set('rps', a.rps, c.throughput.requestsPerSecond.value, FMT.decimal);
		set(
			'util',
			a.util ?? S.targetUtilization,
			(cin.serving?.targetUtilization ?? inputs.serving.targetUtilization).value,
			FMT.share
		);
		set('min', a.min ?? S.minReplicas, c.capacity.minActive, FMT.count);
		set('red', a.red ?? S.redundancy, c.capacity.redundancy, FMT.count);
		for (const k of ['util', 'min', 'red'] as const)
			if (a[k]) ws.getCell(cr[k], col).note = 'your entry for this candidate';
		set(
			'vrep',
			`${at('rps')}*${at('util')}*${N.seconds}*${N.tokens}/${N.peak}`,
			c.capacity.volumePerReplica.value,
			FMT.volume
		);
		const Ku = c.capacity.volumePerReplica.value.mul(c.capacity.peakFactor.value);
		set('ku', `${at('vrep')}*${N.peak}`, Ku, FMT.volume);
		const ceil = (x: string) => `CEILING(ROUND(${x},9),1)`;
		if (curve.kind === 'fleet') {
			const fl = a.fleet;
			if (!fl) throw new Error(`candidate ${c.id}: no fleet input`);
			set(
				'active',
				`${fl.byGpus ? `${fl.ref}/${at('n')}` : fl.ref}-${at('red')}`,
				curve.active,
				FMT.count
			);
		} else if (curve.kind === 'hybrid') {
			setValue(cell('active'), split.activeReplicas, FMT.count);
			cell('active').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: APP_FILL } };
			cell('active').note =
				`the optimum replica count at the planned volume, computed by LLM TCO on ${isoDate(ctx.generatedAt)} (a value: the costs below are live formulas at this count)`;
		} else if (curve.kind === 'autoscaled') {
			set(
				'active',
				`MAX(${at('min')},${ceil(`${N.dayP}*${V}/${at('ku')}`)})`,
				split.activeReplicas,
				FMT.count
			);
		} else {
			set(
				'active',
				`MAX(${at('min')},${ceil(`${V}/${at('vrep')}`)})`,
				split.activeReplicas,
				FMT.count
			);
		}
		if (curve.kind === 'autoscaled') {
			if (!a.minOffPeak) throw new Error(`candidate ${c.id}: no off-peak minimum`);
			set(
				'billed',
				`${N.dayF}*${at('active')}+(1-${N.dayF})*MAX(${a.minOffPeak},${ceil(`${N.dayL}*${V}/${at('ku')}`)})+${at('red')}`,
				split.billedReplicas,
				FMT.decimal
			);
		} else {
			set(
				'billed',
				`IF(${at('active')}=0,0,${at('active')}+${at('red')})`,
				split.billedReplicas,
				FMT.decimal
			);
		}
		set('replicas', ceil(at('billed')), c.atPlan.replicas, FMT.count);
		set('gpus', `${at('replicas')}*${at('n')}`, c.atPlan.gpus, FMT.count);
		set(
			'billedGpus',
			`${at('billed')}*${at('n')}`,
			split.billedReplicas.mul(c.sizing.gpusPerReplica),
			FMT.decimal
		);
		set('nodes', `CEILING(${at('gpus')}/${F.gpusPerNode},1)`, c.atPlan.nodes, FMT.count);
		const whole = inputs.finance.nodeCostBasis === 'whole';
		set(
			'nodesCharged',
			`${FLAGS.nodeWhole}*${at('nodes')}+(1-${FLAGS.nodeWhole})*${at('billedGpus')}/${F.gpusPerNode}`,
			buy
				? whole
					? c.atPlan.nodes
					: split.billedReplicas.mul(c.sizing.gpusPerReplica).div(inputs.finance.gpusPerNode.value)
				: 0,
			FMT.decimal
		);
		if (!buy) setFormula(cell('nodesCharged'), '0', 0, FMT.decimal);
		set('running', `IF(${at('active')}>0,1,0)`, split.activeReplicas > 0 ? 1 : 0, FMT.count);

		// Where the tokens go: peaks overflow first.
		const capped = curve.kind === 'fleet' || curve.kind === 'hybrid';
		const C = `${at('active')}*${at('ku')}`;
		set(
			'served',
			capped ? `${N.dayF}*MIN(${N.dayP}*${V},${C})+(1-${N.dayF})*MIN(${N.dayL}*${V},${C})` : V,
			split.served,
			FMT.volume
		);
		const hasOverflow = capped && !!cin.overflow;
		set('overflow', hasOverflow ? `MAX(0,${V}-${at('served')})` : '0', split.overflow, FMT.volume);
		set(
			'unserved',
			capped && !hasOverflow ? `MAX(0,${V}-${at('served')})` : '0',
			split.unserved,
			FMT.volume
		);
		set(
			'inHouse',
			`IF(${V}>0,${at('served')}/${V},0)`,
			ev.volume.value.gt(0) ? split.served.div(ev.volume.value) : 0,
			FMT.share
		);

		const capital = (capex: string) =>
			`IF(${F.costOfCapital}=0,(${capex}-${F.residualValue}*${capex})/(${F.depreciationYears}*12),` +
			`PMT(${F.costOfCapital}/12,${F.depreciationYears}*12,-${capex},${F.residualValue}*${capex}))`;
		const bd = c.atPlan.breakdown;
		const staffPerGpu = `${F.ftePer100Gpus}/100*${F.loadedAnnualCostUsd}/12`;
		const on = `${at('running')}*`;
		const gpusB = at('billedGpus');
		const energy = `${F.pue}*${F.hoursPerMonth}*${F.electricityUsdPerKwh}`;
		const idleW = `${g.tdp}*MIN(${F.gpuIdlePowerShare},${F.gpuLoadFactor})`;
		const swingW = `${g.tdp}*MAX(${F.gpuLoadFactor}-${F.gpuIdlePowerShare},0)`;
		const colocW = `${g.tdp}*(${FLAGS.colocAverage}*MIN(${F.gpuIdlePowerShare},${F.gpuLoadFactor})+(1-${FLAGS.colocAverage})*${F.gpuLoadFactor})`;
		// The swing above idle is charged per token served: per GPU at full load × GPUs/replica × served × u / Ku.
		const perServed = `${at('n')}*${at('served')}*${at('util')}/${at('ku')}`;
		if (buy) {
			if (!g.price) throw new Error(`candidate ${c.id}: no purchase price`);
			const years = inputs.finance.depreciationYears.value;
			const rate = inputs.finance.costOfCapital.value;
			const resid = inputs.finance.residualValue.value;
			const price = cin.gpu.purchasePriceUsd?.value ?? ZERO;
			set('capGpu', capital(g.price), monthlyCapitalCost(price, years, rate, resid), FMT.usd);
			const nodeCapital = monthlyCapitalCost(inputs.finance.nodeCostUsd.value, years, rate, resid);
			set('capNode', capital(F.nodeCostUsd), nodeCapital, FMT.usd);
			const nodeMaint = `${F.nodeCostUsd}*${F.maintenancePerYear}/12`;
			set(
				'hardware',
				`${on}(${gpusB}*(${at('capGpu')}+${g.price}*${F.maintenancePerYear}/12)+${at('nodesCharged')}*(${at('capNode')}+${nodeMaint}))`,
				bd.hardware,
				FMT.usd
			);
			set(
				'power',
				`${on}(${gpusB}*${idleW}+${at('nodesCharged')}*${F.nodeBaseWatts}+${swingW}*${perServed})/1000*${energy}`,
				bd.power,
				FMT.usd
			);
			set(
				'hosting',
				`${on}(${gpusB}*${colocW}+${at('nodesCharged')}*${F.nodeBaseWatts}+${FLAGS.colocAverage}*${swingW}*${perServed})/1000*${F.colocationUsdPerKwMonth}`,
				bd.hosting,
				FMT.usd
			);
			const nodeCostTotal = nodeCapital
				.add(inputs.finance.nodeCostUsd.value.mul(inputs.finance.maintenancePerYear.value).div(12))
				.add(monthlyEnergyCost(inputs.finance.nodeBaseWatts.value, inputs.finance))
				.add(
					inputs.finance.nodeBaseWatts.value
						.div(1000)
						.mul(inputs.finance.colocationUsdPerKwMonth.value)
				);
			set(
				'nodeCost',
				`${at('capNode')}+${nodeMaint}+${F.nodeBaseWatts}/1000*${energy}+${F.nodeBaseWatts}/1000*${F.colocationUsdPerKwMonth}`,
				nodeCostTotal,
				FMT.usd
			);
			set(
				'perGpu',
				`${at('capGpu')}+${g.price}*${F.maintenancePerYear}/12` +
					`+${idleW}/1000*${energy}+${colocW}/1000*${F.colocationUsdPerKwMonth}` +
					`+${staffPerGpu}+${F.licensePerGpuMonthUsd}+(1-${FLAGS.nodeWhole})*${at('nodeCost')}/${F.gpusPerNode}`,
				costCategories.reduce((sum, k) => sum.add(cs.perGpu[k]), ZERO),
				FMT.usd
			);
			set('perNode', `${FLAGS.nodeWhole}*${at('nodeCost')}`, cs.perNodeTotal, FMT.usd);
			set(
				'perToken',
				`${swingW}/1000*(${energy}+${FLAGS.colocAverage}*${F.colocationUsdPerKwMonth})*${at('n')}*${at('util')}/${at('ku')}`,
				curve.perToken,
				FMT.usdPerToken
			);
		} else {
			if (!g.rate) throw new Error(`candidate ${c.id}: no cloud rate`);
			setValue(cell('capGpu'), '');
			setValue(cell('capNode'), '');
			const rental = `${g.rate}*${F.hoursPerMonth}*(1-${a.discount ?? F.commitmentDiscount})`;
			set('hardware', `${on}${gpusB}*${rental}`, bd.hardware, FMT.usd);
			setValue(cell('power'), 0, FMT.usd);
			setValue(cell('hosting'), 0, FMT.usd);
			set(
				'perGpu',
				`${rental}+${staffPerGpu}+${F.licensePerGpuMonthUsd}`,
				costCategories.reduce((sum, k) => sum.add(cs.perGpu[k]), ZERO),
				FMT.usd
			);
			setValue(cell('nodeCost'), 0, FMT.usd);
			setValue(cell('perNode'), 0, FMT.usd);
			setValue(cell('perToken'), 0, FMT.usdPerToken);
		}
		set(
			'staff',
			`${on}(${F.baseFte}+${F.ftePer100Gpus}*${gpusB}/100)*${F.loadedAnnualCostUsd}/12`,
			bd.staff,
			FMT.usd
		);
		const oneOff = a.oneOff.length ? `+(${a.oneOff.join('+')})/${F.oneOffAmortizationMonths}` : '';
		set(
			'other',
			`${on}(${F.otherFixedMonthlyUsd}${oneOff}+${F.licensePerGpuMonthUsd}*${gpusB})`,
			bd.other,
			FMT.usd
		);
		set('selfHost', `SUM(${at('hardware')}:${at('other')})`, split.selfHost, FMT.usd);
		const o = cin.overflow && apiCol.get(cin.overflow.id);
		if (hasOverflow && o) {
			set(
				'overflowCost',
				`IF(${at('overflow')}>0,${ref(apiRow.fee, o)}+${at('overflow')}*${ref(apiRow.perToken, o)},0)`,
				split.overflowCost,
				FMT.usd
			);
		} else setFormula(cell('overflowCost'), '0', 0, FMT.usd);
		set('total', `${at('selfHost')}+${at('overflowCost')}`, c.atPlan.total.value, FMT.usd);
		cell('total').font = { bold: true };
		set(
			'perMTok',
			`IF(${V}-${at('unserved')}>0,${at('total')}/(${V}-${at('unserved')})*1000000,"")`,
			c.atPlan.perMTok?.value ?? '',
			FMT.usdPerMTok
		);
		set('perReplica', `${at('perGpu')}*${at('n')}`, cs.perReplicaTotal, FMT.usd);
		set(
			'fixed',
			`${F.baseFte}*${F.loadedAnnualCostUsd}/12+${F.otherFixedMonthlyUsd}${oneOff}`,
			cs.fixedTotal,
			FMT.usd
		);
		const h = c.hybrid;
		if (h && o) {
			const k = `MAX(${at('min')},${ceil(`${V}/${at('vrep')}`)})`;
			set(
				'allSelf',
				`${at('fixed')}+(${k}+${at('red')})*${at('perReplica')}+CEILING((${k}+${at('red')})*${at('n')}/${F.gpusPerNode},1)*${at('perNode')}+${at('perToken')}*${V}`,
				h.allSelfHosted,
				FMT.usd
			);
			set('allApi', `${ref(apiRow.fee, o)}+${V}*${ref(apiRow.perToken, o)}`, h.allApi, FMT.usd);
			set('savingVsApi', `${at('allApi')}-${at('total')}`, h.savingVsApi, FMT.usd);
			set('savingVsSelf', `${at('allSelf')}-${at('total')}`, h.savingVsSelfHosted, FMT.usd);
		}
	});
	row += CANDIDATE_ROWS.length;
	for (const c of ev.candidates) {
		if (!c.ok) noteRow(ws, row++, `Not evaluated: ${c.label}: ${c.reason}`);
	}

	// Candidate × API
	row++;
	sectionRow(
		ws,
		row++,
		'Candidate × API: costs at the planned volume and the first break-even',
		width
	);
	noteRow(
		ws,
		row++,
		'First break-even: the least volume where self-hosting costs no more than the API. Rent (no node ' +
			'costs): k* = MAX(min, CEILING((fixed + redundancy·c − F)/(p·Vrep − c))) when p·Vrep > c, ' +
			'V = MAX(0, (fixed + (k* + redundancy)·c − F)/p). Buy: the least k over the residue classes ' +
			'on the "Break-even solve" sheet, and so is the sustained break-even.'
	);
	headerRow(ws, row, [...PAIR_COLUMNS]);
	ws.getRow(row).height = 60;
	row++;
	const pairRows: PairRow[] = [];
	for (const p of ev.pairs) {
		const c = ev.candidates.find((x) => x.id === p.candidateId);
		const b = ev.baselines.find((x) => x.id === p.baselineId);
		ws.getCell(row, P.Candidate).value = c?.label ?? p.candidateId;
		ws.getCell(row, P.API).value = b?.name ?? p.baselineId;
		if (!p.ok || !c?.ok || !b?.ok) {
			ws.getCell(row, P['How the first break-even is computed']).value = p.ok
				? ''
				: `not evaluated: ${p.reason}`;
			row++;
			continue;
		}
		const cc = candCol.get(c.id) as number;
		const bc = apiCol.get(b.id) as number;
		const at = (col: (typeof PAIR_COLUMNS)[number]) => ref(row, P[col]);
		const cell = (col: (typeof PAIR_COLUMNS)[number]) => ws.getCell(row, P[col]);
		const s = c.staircase.s;
		setFormula(
			cell('Self-hosted (USD/month at plan)'),
			ref(cr.total, cc),
			p.selfHostAtPlan,
			FMT.usd
		);
		// A fleet that leaves tokens unserved is compared with the API's bill for the tokens it serves.
		setFormula(
			cell('API (USD/month at plan)'),
			p.apiForServedTokens
				? `IF(${ref(cr.unserved, cc)}>0,${ref(apiRow.fee, bc)}+${ref(apiRow.perToken, bc)}*${ref(cr.served, cc)},${ref(apiRow.cost, bc)})`
				: ref(apiRow.cost, bc),
			p.apiAtPlan,
			FMT.usd
		);
		const saving = at('Saving (USD/month at plan)');
		setFormula(
			cell('Saving (USD/month at plan)'),
			`${at('API (USD/month at plan)')}-${at('Self-hosted (USD/month at plan)')}`,
			p.savingAtPlan,
			FMT.usd
		);
		setFormula(
			cell('Cheaper at plan'),
			`IF(${saving}>0,"self-host",IF(${saving}<0,"API","equal"))`,
			p.cheaperAtPlan === 'api' ? 'API' : p.cheaperAtPlan
		);
		setFormula(cell('API fee F'), ref(apiRow.fee, bc), b.line.fixedMonthly, FMT.usd);
		setFormula(
			cell('API price per token p'),
			ref(apiRow.perToken, bc),
			b.line.pricePerToken,
			FMT.usdPerToken
		);
		setFormula(cell('Volume per replica Vrep'), ref(cr.vrep, cc), s.volumePerReplica, FMT.volume);
		setFormula(cell('Fixed cost'), ref(cr.fixed, cc), s.fixed, FMT.usd);
		setFormula(cell('Cost per replica c'), ref(cr.perReplica, cc), s.perReplica, FMT.usd);
		setFormula(cell('Cost per node'), ref(cr.perNode, cc), s.perNode, FMT.usd);
		setFormula(cell('GPUs per replica n'), ref(cr.n, cc), s.gpusPerReplica, FMT.count);
		setFormula(cell('Minimum replicas'), ref(cr.min, cc), s.minActive, FMT.count);
		setFormula(cell('Redundant replicas'), ref(cr.red, cc), s.redundancy, FMT.count);

		setFormula(
			cell('Cost per token served s'),
			ref(cr.perToken, cc),
			c.curve.perToken,
			FMT.usdPerToken
		);
		setFormula(
			cell('API price less s, p − s'),
			`${at('API price per token p')}-${at('Cost per token served s')}`,
			b.line.pricePerToken.sub(c.curve.perToken),
			FMT.usdPerToken
		);
		if (p.servesUpTo)
			setValue(cell('Serves in full up to (tokens/month)'), p.servesUpTo, FMT.volume);
		if (c.curve.kind !== 'follow') {
			// Fleets, hybrids and autoscaled rent: the app's piecewise solve, as values.
			const be = (x: typeof p.first): Result | Decimal =>
				x.kind === 'volume' ? x.volume : 'never';
			for (const [x, replicasCol, volumeCol, requestsCol] of [
				[
					p.first,
					'Active replicas at first break-even k*',
					'First break-even (tokens/month)',
					'First break-even (requests/day)'
				],
				[
					p.sustained,
					'Last step not wholly cheaper L',
					'Sustained break-even (tokens/month)',
					'Sustained break-even (requests/day)'
				]
			] as const) {
				setValue(cell(replicasCol), x.kind === 'volume' ? x.activeReplicas : 'never', FMT.count);
				setValue(cell(volumeCol), be(x), FMT.volume);
				setValue(
					cell(requestsCol),
					x.kind === 'volume' ? requestsPerDayAt(x.volume, w) : 'never',
					FMT.volume
				);
			}
			for (const k of [
				'Active replicas at first break-even k*',
				'First break-even (tokens/month)',
				'First break-even (requests/day)',
				'Last step not wholly cheaper L',
				'Sustained break-even (tokens/month)',
				'Sustained break-even (requests/day)'
			] as const)
				cell(k).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: APP_FILL } };
			cell('How the first break-even is computed').value =
				`values computed by LLM TCO on ${isoDate(ctx.generatedAt)} (${modeLabel(c)}: the cost is piecewise linear in volume, solved piece by piece in the app; not live formulas)`;
			pairRows.push({ row, pair: p, cand: c, base: b });
			row++;
			continue;
		}
		const F = at('API fee F');
		const pt = at('API price less s, p − s');
		const vrep = at('Volume per replica Vrep');
		const fixed = at('Fixed cost');
		const cost = at('Cost per replica c');
		const node = at('Cost per node');
		const n = at('GPUs per replica n');
		const k = at('Active replicas at first break-even k*');
		const red = at('Redundant replicas');
		const min = at('Minimum replicas');
		const kResult = p.first.kind === 'volume' ? p.first.activeReplicas : 'never';
		if (c.acquisition === 'rent') {
			setFormula(
				cell('Active replicas at first break-even k*'),
				`IF(${fixed}+(${min}+${red})*${cost}-${F}-${pt}*${vrep}*${min}<=0,${min},` +
					`IF(${pt}*${vrep}>${cost},MAX(${min},CEILING(ROUND((${fixed}+${red}*${cost}-${F})/(${pt}*${vrep}-${cost}),9),1)),"never"))`,
				kResult,
				FMT.count
			);
			setFormula(
				cell('First break-even (tokens/month)'),
				`IF(ISNUMBER(${k}),IF(${pt}=0,0,MAX(0,(${fixed}+(${k}+${red})*${cost}-${F})/${pt})),"never")`,
				p.first.kind === 'volume' ? p.first.volume : 'never',
				FMT.volume
			);
			cell('How the first break-even is computed').value =
				'closed form (rent, no node costs): live formula';
		} else {
			// The range is filled in by writeSolve, which knows where this pair's block lands.
			setFormula(
				cell('First break-even (tokens/month)'),
				`IF(ISNUMBER(${k}),IF(${pt}=0,0,MAX(0,(${fixed}+(${k}+${red})*${cost}+CEILING((${k}+${red})*${n}/${FINANCE_NAMES.gpusPerNode},1)*${node}-${F})/${pt})),"never")`,
				p.first.kind === 'volume' ? p.first.volume : 'never',
				FMT.volume
			);
			cell('How the first break-even is computed').value =
				'residue-class solve on the "Break-even solve" sheet: live formulas';
		}
		const v = at('First break-even (tokens/month)');
		setFormula(
			cell('First break-even (requests/day)'),
			`IF(ISNUMBER(${v}),IF(${N.tokens}=0,0,${v}*12/(365*${N.tokens})),"never")`,
			p.first.kind === 'volume' ? requestsPerDayAt(p.first.volume, w) : 'never',
			FMT.volume
		);
		// Sustained: the crossing inside L, the last step not wholly cheaper than the API (at its
		// left end); every step after it is. Never when a period of replicas costs more than the API
		// charges for its tokens. Rent: closed form here; buy: per residue class on the solve sheet.
		const L = at('Last step not wholly cheaper L');
		const sResult: Result =
			p.sustained.kind === 'volume'
				? p.sustained.volume.isZero()
					? 'zero'
					: p.sustained.activeReplicas
				: 'never';
		if (c.acquisition === 'rent') {
			const g0 = `(${fixed}+(${min}+1+${red})*${cost}-${F}-${pt}*${vrep}*${min})`;
			const gMin = `(${fixed}+(${min}+${red})*${cost}-${F})`;
			setFormula(
				cell('Last step not wholly cheaper L'),
				`IF(${pt}*${vrep}<${cost},"never",IF(${g0}<=0,IF(${gMin}<=0,"zero",${min}),` +
					`IF(${pt}*${vrep}>${cost},${min}+MAX(1,CEILING(ROUND(${g0}/(${pt}*${vrep}-${cost}),9),1)),"never")))`,
				sResult,
				FMT.count
			);
		} else {
			// The formula is filled in by writeSolve, which knows where this pair's classes land.
			setValue(cell('Last step not wholly cheaper L'), sResult, FMT.count);
		}
		const nodesAt = (k: string) =>
			c.acquisition === 'rent'
				? ''
				: `+CEILING((${k}+${red})*${n}/${FINANCE_NAMES.gpusPerNode},1)*${node}`;
		setFormula(
			cell('Sustained break-even (tokens/month)'),
			`IF(${L}="never","never",IF(${L}="zero",0,IF(${pt}=0,0,MAX(0,(${fixed}+(${L}+${red})*${cost}${nodesAt(L)}-${F})/${pt}))))`,
			p.sustained.kind === 'volume' ? p.sustained.volume : 'never',
			FMT.volume
		);
		const sv = at('Sustained break-even (tokens/month)');
		setFormula(
			cell('Sustained break-even (requests/day)'),
			`IF(ISNUMBER(${sv}),IF(${N.tokens}=0,0,${sv}*12/(365*${N.tokens})),"never")`,
			p.sustained.kind === 'volume' ? requestsPerDayAt(p.sustained.volume, w) : 'never',
			FMT.volume
		);
		pairRows.push({ row, pair: p, cand: c, base: b });
		row++;
	}
	noteRow(
		ws,
		row + 1,
		'Sustained break-even: live formulas. L is the last step (active replicas) not wholly cheaper than the API at its left end; the sustained break-even is the crossing inside it ("zero": cheaper from the first token).'
	);
	ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 0 }];
	return pairRows;
}

/**
 * The engine's first break-even for a bought candidate, as formulas. Node counts repeat every
 * q = gpusPerNode / gcd(n, gpusPerNode) replicas, so within the residue class k0 + j·q the gap
 * g = S − A at the step's right edge is linear in j: g(j) = g(k0) + j·delta with
 * delta = q·c + u·perNode − p·Vrep·q. Its least member with g ≤ 0 has a closed form; the first
 * break-even is the least over the classes. (The engine takes q = 1 when a node costs nothing:
 * the same least k, split into more classes.)
 */
function writeSolve(wb: Workbook, pairs: PairRow[]): void {
	const ws = wb.addWorksheet(SHEETS.solve);
	ws.columns = [
		{ width: 44 },
		{ width: 16 },
		{ width: 16 },
		{ width: 14 },
		{ width: 18 },
		{ width: 22 },
		{ width: 22 },
		{ width: 18 },
		{ width: 24 },
		{ width: 24 }
	];
	ws.getCell('A1').value =
		'LLM TCO: first and sustained break-even of bought candidates whose capacity follows volume (residue-class solve)';
	ws.getCell('A1').font = { bold: true, size: 14 };
	noteRow(
		ws,
		2,
		'S(k) = fixed + (k + redundancy)·c + CEILING((k + redundancy)·n / GPUs per node)·node cost; A(V) = F + (p − s)·V, s being the power above idle charged per token served. ' +
			'Node counts repeat every q replicas, so in each class k0 + j·q the gap S(k) − A(k·Vrep) changes by ' +
			'delta per q replicas and its first k with S ≤ A has a closed form. The first break-even takes the least k.'
	);
	noteRow(
		ws,
		3,
		'Fleets, hybrids and autoscaled rent are not solved here: their cost is piecewise linear in volume and their break-evens are the app’s values on the Calculation sheet.'
	);
	const bought = pairs.filter(
		(x) => x.cand.acquisition === 'buy' && x.cand.curve.kind === 'follow'
	);
	if (bought.length === 0)
		noteRow(ws, 4, 'No bought candidate whose capacity follows volume: nothing to solve here.');
	let row = 4;
	const calc = SHEETS.calculation;
	const G = FINANCE_NAMES.gpusPerNode;
	const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
	for (const { row: pr, pair, cand, base } of bought) {
		const pc = (col: (typeof PAIR_COLUMNS)[number]) => absRef(calc, pr, P[col]);
		const red = pc('Redundant replicas');
		const min = pc('Minimum replicas');
		const s = cand.staircase.s;
		const p = base.line.pricePerToken.sub(cand.curve.perToken);
		const fee = base.line.fixedMonthly;
		sectionRow(ws, row++, `${cand.label} vs ${base.name} (Calculation row ${pr})`, 10);
		const q = s.gpusPerNode / gcd(s.gpusPerReplica, s.gpusPerNode);
		const u = (q * s.gpusPerReplica) / s.gpusPerNode;
		const delta = s.perReplica.mul(q).add(s.perNode.mul(u)).sub(p.mul(s.volumePerReplica).mul(q));
		const qRow = row;
		const uRow = row + 1;
		const dRow = row + 2;
		ws.getCell(qRow, 1).value = 'Period q (replicas after which node counts repeat)';
		setFormula(ws.getCell(qRow, 2), `${G}/GCD(${pc('GPUs per replica n')},${G})`, q, FMT.count);
		ws.getCell(uRow, 1).value = 'Nodes added per period u';
		setFormula(
			ws.getCell(uRow, 2),
			`${ref(qRow, 2)}*${pc('GPUs per replica n')}/${G}`,
			u,
			FMT.count
		);
		ws.getCell(dRow, 1).value = 'Change of S − A per period (delta, USD/month)';
		setFormula(
			ws.getCell(dRow, 2),
			`${ref(qRow, 2)}*${pc('Cost per replica c')}+${ref(uRow, 2)}*${pc('Cost per node')}-${pc('API price less s, p − s')}*${pc('Volume per replica Vrep')}*${ref(qRow, 2)}`,
			delta,
			FMT.usd
		);
		row += 3;
		headerRow(ws, row++, [
			'Class r',
			'First step k0 = min + r',
			'Class in use (r < q)',
			'Nodes at k0',
			'S(k0) (USD/month)',
			'S(k0) − A(k0·Vrep) (USD/month)',
			'Least k in class with S ≤ A',
			'Left-end step k1 = min + 1 + r',
			'S(k1) − A at its left end (USD/month)',
			'Last step of the class not wholly cheaper'
		]);
		const first = row;
		const qRef = `$B$${qRow}`;
		const dRef = absRef(SHEETS.solve, dRow, 2);
		for (let r = 0; r < SOLVE_CLASSES; r++, row++) {
			const k0 = s.minActive + r;
			const nodes = Math.ceil(((k0 + s.redundancy) * s.gpusPerReplica) / s.gpusPerNode);
			const cost = stepCost(s, k0);
			const g = cost.sub(fee).sub(p.mul(s.volumePerReplica).mul(k0));
			let least: Result = '';
			if (r < q) {
				if (!g.isPos() || g.isZero()) least = k0;
				else if (delta.isNeg() && !delta.isZero()) {
					least = k0 + q * Math.max(1, g.div(delta.neg()).ceil().toNumber());
				}
			}
			setValue(ws.getCell(row, 1), r);
			setFormula(ws.getCell(row, 2), `${min}+${ref(row, 1)}`, k0, FMT.count);
			setFormula(ws.getCell(row, 3), `IF(${ref(row, 1)}<${qRef},"yes","no")`, r < q ? 'yes' : 'no');
			setFormula(
				ws.getCell(row, 4),
				`CEILING((${ref(row, 2)}+${red})*${pc('GPUs per replica n')}/${G},1)`,
				nodes,
				FMT.count
			);
			setFormula(
				ws.getCell(row, 5),
				`${pc('Fixed cost')}+(${ref(row, 2)}+${red})*${pc('Cost per replica c')}+${ref(row, 4)}*${pc('Cost per node')}`,
				cost,
				FMT.usd
			);
			setFormula(
				ws.getCell(row, 6),
				`${ref(row, 5)}-${pc('API fee F')}-${pc('API price less s, p − s')}*${pc('Volume per replica Vrep')}*${ref(row, 2)}`,
				g,
				FMT.usd
			);
			setFormula(
				ws.getCell(row, 7),
				`IF(${ref(row, 1)}>=${qRef},"",IF(${ref(row, 6)}<=0,${ref(row, 2)},IF(${dRef}<0,${ref(row, 2)}+${qRef}*MAX(1,CEILING(ROUND(${ref(row, 6)}/-${dRef},9),1)),"")))`,
				least,
				FMT.count
			);
			// Sustained: in the class of k1 (steps after the first), the first member wholly cheaper
			// at its left end; the step one period before it is the class's last not wholly cheaper.
			const k1 = s.minActive + 1 + r;
			const g1 = stepCost(s, k1)
				.sub(fee)
				.sub(p.mul(s.volumePerReplica).mul(k1 - 1));
			let lastInClass: Result = '';
			if (r < q && g1.isPos() && !g1.isZero()) {
				lastInClass =
					delta.isNeg() && !delta.isZero()
						? k1 + q * Math.max(1, g1.div(delta.neg()).ceil().toNumber()) - q
						: 'never';
			}
			setFormula(ws.getCell(row, 8), `${min}+1+${ref(row, 1)}`, k1, FMT.count);
			setFormula(
				ws.getCell(row, 9),
				`${pc('Fixed cost')}+(${ref(row, 8)}+${red})*${pc('Cost per replica c')}+CEILING((${ref(row, 8)}+${red})*${pc('GPUs per replica n')}/${G},1)*${pc('Cost per node')}-${pc('API fee F')}-${pc('API price less s, p − s')}*${pc('Volume per replica Vrep')}*(${ref(row, 8)}-1)`,
				g1,
				FMT.usd
			);
			setFormula(
				ws.getCell(row, 10),
				`IF(${ref(row, 1)}>=${qRef},"",IF(${ref(row, 9)}<=0,"",IF(${dRef}<0,${ref(row, 8)}+${qRef}*MAX(1,CEILING(ROUND(${ref(row, 9)}/-${dRef},9),1))-${qRef},"never")))`,
				lastInClass,
				FMT.count
			);
		}
		const range = `${absRef(SHEETS.solve, first, 7)}:$G$${row - 1}`;
		const lastRange = `${absRef(SHEETS.solve, first, 10)}:$J$${row - 1}`;
		const calcWs = wb.getWorksheet(calc);
		if (!calcWs) throw new Error('no Calculation sheet');
		setFormula(
			calcWs.getCell(pr, P['Active replicas at first break-even k*']),
			`IF(COUNT(${range})=0,"never",MIN(${range}))`,
			pair.first.kind === 'volume' ? pair.first.activeReplicas : 'never',
			FMT.count
		);
		const gMin = `(${pc('Fixed cost')}+(${min}+${red})*${pc('Cost per replica c')}+CEILING((${min}+${red})*${pc('GPUs per replica n')}/${G},1)*${pc('Cost per node')}-${pc('API fee F')})`;
		const cached = calcWs.getCell(pr, P['Last step not wholly cheaper L']).value;
		setFormula(
			calcWs.getCell(pr, P['Last step not wholly cheaper L']),
			`IF(${dRef}>0,"never",IF(COUNTIF(${lastRange},"never")>0,"never",IF(COUNT(${lastRange})=0,IF(${gMin}<=0,"zero",${min}),MAX(${lastRange}))))`,
			(cached as Result) ?? '',
			FMT.count
		);
		row++;
	}
}

/**
 * A figure's number format, from its unit and the decimals it is read to: "$"#,##0.00 for money,
 * #,##0 for whole tokens or requests, 0.00% for a share.
 */
function numberFormat(c: NumberCell): string {
	const places = readingPlaces(c);
	const decimals = places > 0 ? `.${'0'.repeat(places)}` : '';
	switch (unitStyles[c.unit].kind) {
		case 'usd':
			return `"$"#,##0${decimals}`;
		case 'share':
			return `0${decimals}%`;
		default:
			return `#,##0${decimals}`;
	}
}

/**
 * A report cell in a worksheet: a figure as a number (rounded to the decimals its table reports,
 * so the sheet agrees with the page to the cent) with its unit's number format; text as text; an
 * empty "no figure" as a blank cell.
 */
function setReportCell(cell: Cell, c: ReportCell): void {
	if (c.kind !== 'number') {
		cell.value = c.text || null;
		return;
	}
	const value = c.places === undefined ? c.value : c.value.toDecimalPlaces(c.places);
	setValue(cell, value, numberFormat(c));
}

/**
 * The tables of the page's charts, from the same builders as the charts (chartTables): figures
 * become numbers with their format, "never" and labels stay text, a category that does not apply
 * stays blank.
 */
function writeCharts(wb: Workbook, ctx: ReportContext): void {
	const ws = wb.addWorksheet(SHEETS.charts);
	ws.columns = [{ width: 50 }, { width: 24 }, ...Array.from({ length: 8 }, () => ({ width: 18 }))];
	ws.getCell('A1').value = 'LLM TCO: chart data (the tables of the charts on the page)';
	ws.getCell('A1').font = { bold: true, size: 14 };
	let row = 3;
	for (const { title, data } of chartTables(ctx)) {
		sectionRow(ws, row++, title, data.columns.length);
		noteRow(ws, row++, data.caption);
		headerRow(ws, row++, data.columns);
		for (const r of data.rows) {
			r.forEach((c, i) => setReportCell(ws.getCell(row, i + 1), c));
			row++;
		}
		row++;
	}
}

const NOT_FORMULAS =
	"The timeline (hardware bought as lots, retired after its life, paid ahead by the lead time) is the engine's. Change the scenario and export again.";

/** The pair line, or why there is none; true when there is a pair. */
function pairHeader(ws: Worksheet, ctx: ReportContext, title: string): boolean {
	ws.getCell('A1').value = title;
	ws.getCell('A1').font = { bold: true, size: 14 };
	const pair = reportPair(ctx);
	ws.getCell('A2').value = pair
		? `Pair: ${pair.candidate} against ${pair.baseline} (the pair analysed on the page)`
		: 'No pair: a self-hosted candidate and an API with figures are needed.';
	// A banner no one can miss: these sheets are values, not formulas.
	const banner = ws.getCell('A3');
	banner.value = `Values computed by LLM TCO on ${isoDate(ctx.generatedAt)}, not live formulas. ${NOT_FORMULAS}`;
	banner.font = { bold: true, color: { argb: 'FF7A4B00' } };
	banner.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
	return !!pair;
}

function writeOverTime(wb: Workbook, ctx: ReportContext): void {
	const ws = wb.addWorksheet(SHEETS.overTime);
	ws.columns = [{ width: 34 }, ...Array.from({ length: 9 }, () => ({ width: 18 }))];
	const pair = reportPair(ctx);
	if (!pairHeader(ws, ctx, 'LLM TCO: finance over time') || !pair) return;
	const settings = timelineSettings(ctx.scenario);
	const tl = timeline(ctx.inputs, pair.candidateId, pair.baselineId, settings);
	if (!tl.ok) {
		ws.getCell('A5').value = `No timeline: ${tl.reason}`;
		return;
	}
	let row = 5;
	const labelled = (label: string, value: Result | Decimal, fmt?: string) => {
		ws.getCell(row, 1).value = label;
		setValue(ws.getCell(row, 2), value, fmt);
		row++;
	};
	sectionRow(ws, row++, 'Settings', 10);
	labelled('Horizon (months)', settings.horizonMonths, FMT.count);
	labelled('Monthly volume growth (share)', settings.monthlyGrowth, FMT.share);
	labelled('API price change per year (share)', settings.apiPriceChangePerYear, FMT.share);
	labelled('Hardware lead time (months)', settings.leadTimeMonths, FMT.count);
	labelled('Discount rate per year (share)', settings.discountRate, FMT.share);
	row++;
	sectionRow(ws, row++, 'Results', 10);
	labelled('NPV of the API (USD)', tl.npv.api, FMT.usd);
	labelled('NPV of self-hosting (USD)', tl.npv.selfHost, FMT.usd);
	labelled('NPV saving, API − self-hosting (USD)', tl.npv.saving, FMT.usd);
	labelled('Crossover month (cash)', tl.crossoverMonth);
	labelled('Crossover month (P&L)', tl.crossoverMonthPnl);
	labelled(
		'Payback month of the capex',
		tl.payback === 'no-capex' ? 'no capex (rented)' : tl.payback
	);
	row++;
	sectionRow(ws, row++, 'By year', 10);
	headerRow(ws, row++, [
		'Year',
		'Months',
		'API cost (USD)',
		'Capex (USD)',
		'Residual value recovered (USD)',
		'Opex (USD)',
		'Self-hosted cash (USD)',
		'Self-hosted P&L (USD)',
		'Cumulative difference, API − self-hosted cash (USD)'
	]);
	for (const y of tl.years) {
		const cells: [Result | Decimal, string][] = [
			[y.year, FMT.count],
			[y.months, FMT.count],
			[y.api, FMT.usd],
			[y.capex, FMT.usd],
			[y.residualRecovered, FMT.usd],
			[y.opex, FMT.usd],
			[y.cash, FMT.usd],
			[y.pnl, FMT.usd],
			[y.cumulativeDifference, FMT.usd]
		];
		cells.forEach(([v, f], i) => setValue(ws.getCell(row, i + 1), v, f));
		row++;
	}
	row++;
	sectionRow(ws, row++, 'By month', 10);
	headerRow(ws, row++, [
		'Month',
		'Volume (tokens/month)',
		'API cost (USD)',
		'Capex (USD)',
		'Opex (USD)',
		'Self-hosted cash (USD)',
		'Self-hosted P&L (USD)',
		'Cumulative API (USD)',
		'Cumulative cash (USD)',
		'Cumulative P&L (USD)'
	]);
	for (const m of tl.months) {
		const cells: [Result | Decimal, string][] = [
			[m.month, FMT.count],
			[m.volume, FMT.volume],
			[m.api, FMT.usd],
			[m.capex, FMT.usd],
			[m.opexTotal, FMT.usd],
			[m.cash, FMT.usd],
			[m.pnl, FMT.usd],
			[m.cumulativeApi, FMT.usd],
			[m.cumulativeCash, FMT.usd],
			[m.cumulativePnl, FMT.usd]
		];
		cells.forEach(([v, f], i) => setValue(ws.getCell(row, i + 1), v, f));
		row++;
	}
	noteRow(
		ws,
		row + 1,
		'Cash = capex − residual value recovered + opex. The residual value recovered is in the yearly table.'
	);
}

function writeSensitivity(wb: Workbook, ctx: ReportContext, r: OverTimeReport | undefined): void {
	const ws = wb.addWorksheet(SHEETS.sensitivity);
	ws.columns = [{ width: 30 }, { width: 18 }, ...Array.from({ length: 11 }, () => ({ width: 16 }))];
	const pair = reportPair(ctx);
	if (!pairHeader(ws, ctx, 'LLM TCO: sensitivity of the monthly saving at plan') || !pair) return;
	let bars: TornadoBar[];
	try {
		bars = tornado(
			ctx.inputs,
			pair.candidateId,
			pair.baselineId,
			sensitivityInputs(ctx.scenario.analysis)
		);
	} catch (e) {
		ws.getCell('A5').value = `No sensitivity: ${(e as Error).message}`;
		return;
	}
	noteRow(
		ws,
		4,
		`${r ? changeText(r) : ''} (shares held within 0 to 1) and the pair evaluated again; rows sorted by the swing of the saving.`
	);
	headerRow(ws, 6, [
		'Input',
		'Unit',
		'Scenario value',
		'Low value',
		'Low clamped',
		'Saving at low (USD/month)',
		'Change at low (USD/month)',
		'High value',
		'High clamped',
		'Saving at high (USD/month)',
		'Change at high (USD/month)',
		'Saving swing (USD/month)',
		'Break-even swing (tokens/month)'
	]);
	let row = 7;
	for (const b of bars) {
		ws.getCell(row, 1).value = b.label;
		ws.getCell(row, 2).value = b.unit;
		setValue(ws.getCell(row, 3), b.base);
		const side = (s: TornadoBar['low'], col: number) => {
			setValue(ws.getCell(row, col), s.value);
			ws.getCell(row, col + 1).value = s.clamped ? 'yes' : 'no';
			if (s.ok) {
				setValue(ws.getCell(row, col + 2), s.saving, FMT.usd);
				setValue(ws.getCell(row, col + 3), s.savingChange, FMT.usd);
			} else ws.getCell(row, col + 2).value = `no figures: ${s.reason}`;
		};
		side(b.low, 4);
		side(b.high, 8);
		setValue(ws.getCell(row, 12), b.savingSwing, FMT.usd);
		if (b.breakEvenSwing === 'unbounded')
			ws.getCell(row, 13).value = 'unbounded (one side never breaks even)';
		else setValue(ws.getCell(row, 13), b.breakEvenSwing, FMT.volume);
		row++;
	}
}

/**
 * The default pair's Monte Carlo over the default ranges (the page's and the PDF's), as values:
 * ranges, then P10/P50/P90 of first break-even, saving and crossover month, with samples and seed
 * so the run can be repeated.
 */
function writeMonteCarlo(wb: Workbook, ctx: ReportContext, r: OverTimeReport | undefined): void {
	const ws = wb.addWorksheet(SHEETS.monteCarlo);
	ws.columns = [{ width: 44 }, { width: 22 }, { width: 22 }, { width: 22 }, { width: 22 }];
	if (!pairHeader(ws, ctx, 'LLM TCO: Monte Carlo of the analysed pair')) return;
	if (!r) return;
	if (!r.mc.ok) {
		ws.getCell('A5').value = `No Monte Carlo: ${r.mc.reason}`;
		return;
	}
	const mc = r.mc.value;
	noteRow(ws, 4, monteCarloSentences(r, mc).join(' '));
	headerRow(ws, 6, [...RANGE_COLUMNS, 'Entered by the user']);
	let row = 7;
	// Numbers stay numbers: a finance analyst can sum, chart and format them.
	for (const x of r.ranges) {
		ws.getCell(row, 1).value = rangeLabel(x.field);
		setValue(ws.getCell(row, 2), x.low, FMT.decimalLong);
		setValue(ws.getCell(row, 3), x.mode, FMT.decimalLong);
		setValue(ws.getCell(row, 4), x.high, FMT.decimalLong);
		ws.getCell(row, 5).value = x.edited ? 'yes' : 'no (derived from the pair)';
		row++;
	}
	row++;
	headerRow(ws, row++, [...MC_COLUMNS]);
	const be = (b: BreakEven, cell: Cell) => {
		if (b.kind === 'never') cell.value = 'never';
		else setValue(cell, b.volume, FMT.volume);
	};
	const month = (m: number | 'never', cell: Cell) => {
		cell.value = m;
		if (m !== 'never') cell.numFmt = FMT.count;
	};
	ws.getCell(row, 1).value = 'First break-even (tokens/month)';
	[mc.breakEven.p10, mc.breakEven.p50, mc.breakEven.p90, mc.deterministic.breakEven].forEach(
		(b, i) => be(b, ws.getCell(row, i + 2))
	);
	row++;
	ws.getCell(row, 1).value = 'Saving at plan (USD/month)';
	[mc.saving.p10, mc.saving.p50, mc.saving.p90, mc.deterministic.saving].forEach((d, i) =>
		setValue(ws.getCell(row, i + 2), d, FMT.usd)
	);
	row++;
	ws.getCell(row, 1).value = 'Crossover month (cash)';
	[
		mc.crossoverMonth.p10,
		mc.crossoverMonth.p50,
		mc.crossoverMonth.p90,
		mc.deterministic.crossoverMonth
	].forEach((m, i) => month(m, ws.getCell(row, i + 2)));
	row++;
	row++;
	const labelled = (label: string, value: number, fmt: string) => {
		ws.getCell(row, 1).value = label;
		ws.getCell(row, 2).value = value;
		ws.getCell(row, 2).numFmt = fmt;
		row++;
	};
	labelled('Samples', mc.samples, FMT.count);
	labelled('Seed', r.seed, '0');
	labelled('Share of samples where self-hosting wins', mc.probabilitySelfHostWins, '0.0%');
	labelled('Share of samples that never break even', mc.breakEven.neverShare, '0.0%');
}

/**
 * Print setup of a sheet: landscape, one page wide (as many pages tall as needed), a print area
 * over the written cells, and the header row of the sheet's longest table repeated on every page
 * (the title row when the sheet has no table).
 */
export function setUpPrinting(ws: Worksheet): void {
	const last = Math.max(ws.rowCount, 1);
	const headers = headerRows.get(ws) ?? [];
	let titles = 1;
	let longest = 0;
	headers.forEach((h, i) => {
		const length = (headers[i + 1] ?? last + 1) - h;
		if (length > longest) [titles, longest] = [h, length];
	});
	Object.assign(ws.pageSetup, {
		orientation: 'landscape',
		fitToPage: true,
		fitToWidth: 1,
		// 0: as many pages tall as the rows need
		fitToHeight: 0,
		// exceljs writes `$` + each corner: the row's `$` is ours, so the area is absolute.
		printArea: `A$1:${columnName(Math.max(ws.columnCount, 1))}$${last}`,
		printTitlesRow: `${titles}:${titles}`
	});
}

/** Build the workbook (exposed for tests and the command line). */
export function buildWorkbook(ctx: ReportContext): Workbook {
	const wb = new ExcelJS.Workbook();
	wb.creator = 'LLM TCO';
	wb.created = ctx.generatedAt;
	wb.modified = ctx.generatedAt;
	wb.title = ctx.scenario.name;
	// Excel recalculates every formula on open; the cached results are the app's own values.
	wb.calcProperties.fullCalcOnLoad = true;
	const refs = writeAssumptions(wb, ctx);
	const pairs = writeCalculation(wb, ctx, refs);
	writeSolve(wb, pairs);
	writeCharts(wb, ctx);
	writeOverTime(wb, ctx);
	// One run of the analysis for every sheet that reports it.
	const over = overTimeReport(ctx);
	writeSensitivity(wb, ctx, over);
	writeMonteCarlo(wb, ctx, over);
	wb.eachSheet(setUpPrinting);
	return wb;
}

/**
 * The XLSX workbook of a scenario: assumptions, live calculation, break-even solve, chart data,
 * and the default pair's timeline and sensitivity.
 */
export async function render(ctx: ReportContext, _opts?: ExportOptions): Promise<ExportFile> {
	void _opts;
	const buffer = await buildWorkbook(ctx).xlsx.writeBuffer();
	const mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
	return {
		// A control character in a name would leave a sheet's XML malformed.
		bytes: await cleanOfficeXml(new Uint8Array(buffer as ArrayBuffer), mime),
		mime,
		extension: 'xlsx'
	};
}
