import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { reportContext } from '../../src/lib/export/context';
import { pdfText, render } from '../../src/lib/export/pdf';
import { parseScenarioText, type Scenario } from '../../src/lib/scenario/document';

function example(name: string): Scenario {
	const r = parseScenarioText(readFileSync(`examples/${name}.json`, 'utf8'));
	if (!r.ok) throw new Error(r.errors.join('\n'));
	return r.scenario;
}

// Windows-1252 bytes 0x80–0x9F (WinAnsiEncoding, the standard fonts' encoding); the rest is Latin-1.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'.split('');

/** Decode a PDF literal string's body: escapes, octal codes, and WinAnsi bytes. */
function literal(body: string): string {
	let out = '';
	for (let i = 0; i < body.length; i++) {
		let ch = body[i];
		if (ch === '\\') {
			const next = body[++i];
			const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
			if (next in simple) ch = simple[next];
			else if (/[0-7]/.test(next)) {
				let oct = next;
				while (oct.length < 3 && /[0-7]/.test(body[i + 1] ?? '')) oct += body[++i];
				ch = String.fromCharCode(parseInt(oct, 8));
			} else if (next === '\r' || next === '\n') {
				if (next === '\r' && body[i + 1] === '\n') i++;
				continue;
			} else ch = next;
		}
		const code = ch.charCodeAt(0);
		out += code >= 0x80 && code <= 0x9f ? CP1252[code - 0x80] : ch;
	}
	return out;
}

/**
 * A minimal text extractor for the PDFs jsPDF writes: every stream that is not an image is
 * inflated when it is FlateDecode'd, and the strings shown by Tj, TJ, ' and " are collected in
 * order. Enough for standard-font text; not a general PDF parser.
 */
function extractText(pdf: Uint8Array): {
	items: string[];
	text: string;
	pages: number;
	images: number;
} {
	const bin = Buffer.from(pdf).toString('latin1');
	const items: string[] = [];
	let images = 0;
	const streamRe = /stream\r?\n/g;
	let m: RegExpExecArray | null;
	while ((m = streamRe.exec(bin))) {
		if (bin.slice(m.index - 3, m.index) === 'end') continue; // "endstream"
		const objStart = bin.lastIndexOf(' obj', m.index);
		const dict = bin.slice(objStart, m.index);
		const start = m.index + m[0].length;
		const end = bin.indexOf('endstream', start);
		streamRe.lastIndex = end + 'endstream'.length;
		if (/\/Subtype\s*\/Image/.test(dict)) {
			images++;
			continue;
		}
		let data = Buffer.from(bin.slice(start, end).replace(/\r?\n$/, ''), 'latin1');
		if (/\/FlateDecode/.test(dict)) {
			try {
				data = inflateSync(data);
			} catch {
				continue; // not a content stream we can read (fonts are not embedded anyway)
			}
		}
		const content = data.toString('latin1');
		if (!/\bBT\b/.test(content)) continue;
		// Tokenise just enough: literal strings (balanced parentheses), arrays and operators.
		const pending: string[] = [];
		for (let i = 0; i < content.length; i++) {
			const c = content[i];
			if (c === '(') {
				let depth = 1;
				let j = i + 1;
				for (; j < content.length && depth > 0; j++) {
					if (content[j] === '\\') j++;
					else if (content[j] === '(') depth++;
					else if (content[j] === ')') depth--;
				}
				pending.push(literal(content.slice(i + 1, j - 1)));
				i = j - 1;
			} else if (/[A-Za-z'"]/.test(c)) {
				let j = i;
				while (j < content.length && /[A-Za-z*'"]/.test(content[j])) j++;
				const op = content.slice(i, j);
				if (op === 'Tj' || op === "'" || op === '"') items.push(pending.pop() ?? '');
				else if (op === 'TJ') items.push(pending.join(''));
				if (op === 'Tj' || op === 'TJ' || op === "'" || op === '"') pending.length = 0;
				i = j - 1;
			}
		}
	}
	const pages = (bin.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
	return { items, text: items.join(' ').replace(/\s+/g, ' '), pages, images };
}

describe('pdfText: what the standard fonts can show', () => {
	const cases: [string, string][] = [
		['', ''],
		['$8,960.00', '$8,960.00'],
		['−$6,678.75', '-$6,678.75'],
		['η_mem ≤ 1, x ≥ 2 → y', 'eta_mem <= 1, x >= 2 -> y'],
		['Zürich · 16 × L4 – “quoted” … ’', 'Zürich · 16 × L4 – “quoted” … ’'],
		['Gődel', 'Godel'],
		['東京', '??'],
		['<b>bold</b> & "x"', '<b>bold</b> & "x"'],
		['tab\there', 'tab?here']
	];
	for (const [input, out] of cases) {
		it(JSON.stringify(input), () => expect(pdfText(input)).toBe(out));
	}
});

describe('pdf report of examples/hand-checked.json', async () => {
	const ctx = reportContext(example('hand-checked'), new Date(2026, 6, 24));
	const file = await render(ctx);
	const pdf = extractText(file.bytes);

	it('is a PDF', () => {
		expect(file.mime).toBe('application/pdf');
		expect(file.extension).toBe('pdf');
		expect(Buffer.from(file.bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
		expect(pdf.pages).toBeGreaterThanOrEqual(6);
	});

	it('has a cover with the scenario name, the date and the catalog date', () => {
		expect(pdf.text).toContain(
			'Hand-checked: Llama 3.1 8B on one H100, rent and buy, against GPT-4o mini and GPT-4.1'
		);
		expect(pdf.text).toContain(`Prepared 2026-07-24 · Catalog as of ${ctx.catalogAsOf}`);
	});

	it('states the hand-checked numbers in words', () => {
		expect(pdf.text).toContain(
			'Cheapest at the planned volume: GPT-4o mini (API) at $2,281.25/month.'
		);
		expect(pdf.text).toContain(
			'rent against GPT-4.1: breaks even at 1,792,000,000 tokens/month (29,458 requests/day)'
		);
		expect(pdf.text).toContain('self-hosting saves $21,456.67/month');
		expect(pdf.text).toContain('$8,960.00');
		expect(pdf.text).toContain('$8,371.66');
		expect(pdf.text).toContain('$30,416.67');
		// A negative saving, with the minus sign spelled so the standard font can show it.
		expect(pdf.text).toContain('-$6,678.75');
	});

	it('lists the assumptions with their sources', () => {
		expect(pdf.text).toContain('Assumptions');
		expect(pdf.text).toContain('Hours per month 730 h');
		expect(pdf.text).toContain('NVIDIA H100 SXM 80GB: cloud rate $2.00/GPU-hour');
		expect(pdf.text).toContain('Minimum replicas 1 replica [');
		expect(pdf.text).toMatch(/\[\d+\] your override \(catalog: 2\.99, Lambda, on-demand/);
		expect(pdf.text).toContain('Memory-bandwidth efficiency eta_mem');
	});

	it('shows the three charts as images with their titles and captions', () => {
		expect(pdf.images).toBeGreaterThanOrEqual(3);
		expect(pdf.text).toContain('Monthly cost by monthly volume: API against self-hosting');
		expect(pdf.text).toContain('First break-even volume by candidate and API');
		expect(pdf.text).toContain('Monthly cost at the planned volume (6.08B tokens/month');
	});

	/**
	 * The default pair is the first candidate (rent) against the first API (GPT-4o mini), over
	 * the default 36 months, no growth, flat API prices, discount 0: GPT-4o mini costs $2,281.25
	 * a month → $82,125.00; rent $8,960 a month → $322,560.00; the saving −$240,435.00; each year
	 * 12 × (2,281.25 − 8,960) = −$80,145.00, cumulatively −$80,145, −$160,290, −$240,435; the
	 * API stays cheaper, so there is no crossover; rent has no capex.
	 */
	it('reports the finance over time of the default pair', () => {
		const s = pdf.text.slice(
			pdf.text.indexOf('Finance over time'),
			pdf.text.indexOf('Sensitivity')
		);
		expect(s).toContain(
			'Pair: Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent against GPT-4o mini'
		);
		expect(s).toContain('Horizon 36 months');
		expect(s).toContain('Monthly volume growth 0%');
		expect(s).toContain('API price change per year 0%');
		expect(s).toContain('Discount rate (a year) 0%');
		expect(s).toContain('NPV of the API $82,125.00');
		expect(s).toContain('NPV of self-hosting $322,560.00');
		expect(s).toContain('NPV saving (API - self-hosting) -$240,435.00');
		expect(s).toContain('Crossover (cash) never');
		expect(s).toContain('Crossover (P&L) never');
		expect(s).toContain('Payback of the capex no capex (rented)');
		expect(s).toContain('1 $27,375.00 $0.00 $107,520.00 -$80,145.00');
		expect(s).toContain('2 $27,375.00 $0.00 $107,520.00 -$160,290.00');
		expect(s).toContain('3 $27,375.00 $0.00 $107,520.00 -$240,435.00');
		expect(s).toContain('Cumulative cost over 36 months (cash)');
		expect(s).toContain('crossover never within the horizon');
	});

	it('reports the sensitivity and the Monte Carlo of the default pair', () => {
		const s = pdf.text.slice(pdf.text.indexOf('Sensitivity'));
		expect(s).toContain('Change in monthly saving at plan, each input low and high');
		// requests/day ±20% moves the GPT-4o mini bill by ±$456.25 and the rent not at all: swing $912.50
		expect(s).toContain(
			'Requests per day (requests/day; scenario 100,000) 80,000: saving -$456.25 120,000: saving +$456.25 $912.50'
		);
		const mc = s.slice(s.indexOf('Monte Carlo'));
		expect(mc).toContain('Throughput (multiplier of the estimate) 0.8 1 1.2');
		expect(mc).toContain('GPU price (USD) or rental rate (USD/GPU-hour) 1.6 2 2.4');
		expect(mc).toContain('Target utilisation (share) 0.64 0.8 0.96');
		expect(mc).toContain('API price change per year (share) -0.1 0 0.1');
		expect(mc).toMatch(
			/Saving at plan \(USD\/month\) -\$[\d,.]+ -\$[\d,.]+ -\$[\d,.]+ -\$6,678\.75/
		);
		expect(mc).toContain('Crossover month (cash) never never never never');
		expect(mc).toContain('2,000 samples, seed 1');
		expect(mc).toContain('Self-hosting wins (saving at plan above 0) in 0% of samples.');
		// four more images: the cumulative cost and the tornado
		expect(pdf.images).toBeGreaterThanOrEqual(5);
	});

	it('ends with the break-even matrix', () => {
		const matrix = pdf.text.slice(pdf.text.lastIndexOf('Break-even matrix'));
		expect(matrix).toContain('1,792,000,000 tokens/month (29,458 requests/day)');
		expect(matrix).toContain('$21,456.67');
		expect(matrix).toContain('-$6,678.75');
		expect(pdf.text).toMatch(/Page 2 of \d+/);
	});
});

describe('pdf: scenarios that must still export', () => {
	it('a candidate that fits no GPU is reported with its reason', async () => {
		const ctx = reportContext(example('fits-nowhere'));
		const huge = ctx.ev.candidates.find((c) => c.id === 'huge');
		expect(huge && !huge.ok).toBe(true);
		const reason = huge && !huge.ok ? huge.reason : '';
		expect(reason).toContain('fits no GPU count');
		const { text } = extractText((await render(ctx)).bytes);
		expect(text).toContain(pdfText(`${huge?.label} (self-hosted) has no figures: ${reason}`));
		// Its matrix row keeps the reason too.
		expect(text.slice(text.lastIndexOf('Break-even matrix'))).toContain(
			pdfText(`no figures: ${reason}`)
		);
	});

	it('keeps the name and notes as plain text', async () => {
		const s = {
			...example('hand-checked'),
			name: '<b>Q3</b> & "plan" − Zürich',
			notes: '<script>alert(1)</script>'
		};
		const { text } = extractText((await render(reportContext(s))).bytes);
		expect(text).toContain('<b>Q3</b> & "plan" - Zürich');
		expect(text).toContain('<script>alert(1)</script>');
	});

	it('no candidates and no APIs', async () => {
		const s = { ...example('hand-checked'), candidates: [], baselines: [] };
		const { text } = extractText((await render(reportContext(s))).bytes);
		expect(text).toContain('No option could be evaluated');
	});
});
