import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractImages, extractText } from '../pdf-text';
import { reportContext } from '../../src/lib/export/context';
import { pdfText, render } from '../../src/lib/export/pdf';
import { defaultScenario, parseScenarioText, type Scenario } from '../../src/lib/scenario/document';

function example(name: string): Scenario {
	const r = parseScenarioText(readFileSync(`examples/${name}.json`, 'utf8'));
	if (!r.ok) throw new Error(r.errors.join('\n'));
	return r.scenario;
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
		expect(pdf.text).toContain(`prepared 2026-07-24 · catalog as of ${ctx.catalogAsOf}`);
	});

	it('opens with the answer in rounded figures, then the options table, on page 1', () => {
		const first = pdf.text.slice(0, pdf.text.indexOf('Finance over time'));
		// 100,000 requests/day × 365/12 × 2,000 tokens = 6,083,333,333 → "6.08B"; GPT-4o mini
		// $2,281.25 → "$2.28k".
		expect(first).toContain(
			'At 6.08B tokens/month (100k requests/day), keep GPT-4o mini ($2.28k/month).'
		);
		expect(first).toContain('Options at the planned volume');
		// The table is exact: every option's monthly cost to the cent.
		for (const cost of ['$2,281.25', '$8,371.66', '$8,960.00', '$30,416.67'])
			expect(first).toContain(cost);
		// The answer paragraph: no figure with more than 4 significant digits.
		const paragraph = first.slice(first.indexOf('The answer'), first.indexOf('Options at'));
		for (const n of paragraph.match(/\d[\d,.]*/g) ?? [])
			expect(n.replace(/[,.]/g, '').replace(/^0+/, '').length, n).toBeLessThanOrEqual(4);
	});

	it('states the hand-checked numbers in words', () => {
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

	it('stores each chart as a picture a reader decodes: 2,400 × 1,350 RGB, drawn in colour', () => {
		const images = extractImages(file.bytes);
		expect(images.length).toBe(pdf.images);
		for (const img of images) {
			// Drawn at 1,200 × 675 CSS pixels, scale 2.
			expect([img.width, img.height, img.colors]).toEqual([2400, 1350, 3]);
			let inked = 0;
			const colours = new Set<number>();
			for (let i = 0; i < img.pixels.length; i += 3) {
				const [r, g, b] = [img.pixels[i], img.pixels[i + 1], img.pixels[i + 2]];
				if (r + g + b < 3 * 250) inked++;
				colours.add((r << 16) | (g << 8) | b);
			}
			// Axes, lines and labels: ink on more than 0.5% of the picture, in many colours (the
			// series and their anti-aliased edges), on a white ground (most pixels).
			expect(inked / (img.width * img.height)).toBeGreaterThan(0.005);
			expect(inked / (img.width * img.height)).toBeLessThan(0.5);
			expect(colours.size).toBeGreaterThan(20);
		}
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
	it('reports the finance over time of the analysed pair (by default the first with figures)', () => {
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

	it('reports the sensitivity and the Monte Carlo of the analysed pair', () => {
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

	it('has the break-even matrix in the appendix', () => {
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

describe('pdf report of the default scenario', () => {
	it('is at most 8 pages, with the answer and the options table on page 1', async () => {
		const file = await render(reportContext(defaultScenario(), new Date(2026, 10, 29)));
		const pdf = extractText(file.bytes);
		expect(pdf.pages).toBeLessThanOrEqual(8);
		const first = pdf.text.slice(0, pdf.text.indexOf('Finance over time'));
		expect(first).toContain('The answer At ');
		expect(first).toContain('Options at the planned volume');
	}, 180_000);
});

/**
 * examples/hybrid.json (worked by hand in test/cli/tco.test.ts): the hybrid keeps 1 rented H100
 * ($14,600) and sends 82,002,944,000 of 146e9 tokens to GPT-4o mini ($30,751.104): $45,351.10 a
 * month, 63,997,056,000 / 146e9 = 43.83% in-house; all on GPT-4o mini $54,750 (saves $9,398.90 →
 * "$9.40k"), all self-hosted 5 × $14,600 = $73,000 (saves $27,648.90 → "$27.6k"). The fleet of 3 serves
 * 77.17% and pays $12,501.10 of overflow; the fleet of 2 serves 62.56% and leaves the rest unserved,
 * so it is not offered as the cheapest option though its bill ($29,200) is lowest.
 */
describe('pdf report of examples/hybrid.json', async () => {
	const ctx = reportContext(example('hybrid'), new Date(2026, 6, 24));
	const pdf = extractText((await render(ctx)).bytes);
	const first = pdf.text.slice(0, pdf.text.indexOf('Finance over time'));

	it('names the hybrid in the answer when it is the cheapest option', () => {
		expect(first).toContain(
			'The cheapest option is the hybrid Llama 3.1 8B on H100 (rent), hybrid with GPT-4o mini: 1 replica of Llama 3.1 8B (1 rented NVIDIA H100 SXM 80GB) for the base load and GPT-4o mini for the peaks and the rest (43.8% of tokens in-house), $45.4k/month, $9.40k/month less than all on GPT-4o mini and $27.6k/month less than all self-hosted.'
		);
	});

	it('marks hybrid and fleet rows with their in-house share and overflow bill', () => {
		const flat = first.replace(/\s+/g, ' ');
		expect(flat).toContain('(hybrid, small; 43.83% in-house, overflow $30,751.10/month)');
		expect(flat).toContain('(fleet of 3, small; 77.17% in-house, overflow $12,501.10/month)');
		expect(flat).toContain('(fleet of 2, small; 62.56% in-house)');
		for (const cost of ['$45,351.10', '$56,301.10', '$29,200.00', '$54,750.00'])
			expect(first).toContain(cost);
	});

	it('marks hybrid and fleet rows in the break-even matrix', () => {
		const flat = pdf.text.replace(/\s+/g, ' ');
		expect(flat).toContain('Llama 3.1 8B on H100 (rent), hybrid with GPT-4o mini (hybrid)');
		expect(flat).toContain('Llama 3.1 8B on 2 H100s (rent), no overflow (fleet of 2)');
	});
});
