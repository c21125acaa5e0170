import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { reportContext, type ReportContext } from '../../src/lib/export/context';
import { deckTitles, render } from '../../src/lib/export/pptx';
import { parseScenarioText, type Scenario } from '../../src/lib/scenario/document';

function example(name: string): Scenario {
	const r = parseScenarioText(readFileSync(`examples/${name}.json`, 'utf8'));
	if (!r.ok) throw new Error(r.errors.join('\n'));
	return r.scenario;
}

const unescapeXml = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

interface Deck {
	zip: JSZip;
	/** The text runs of each slide, in slide order. */
	slides: string[][];
	/** Chart XML by file name. */
	charts: Record<string, string>;
}

async function open(ctx: ReportContext): Promise<Deck> {
	const file = await render(ctx);
	expect(file.extension).toBe('pptx');
	expect(file.mime).toBe(
		'application/vnd.openxmlformats-officedocument.presentationml.presentation'
	);
	const zip = await JSZip.loadAsync(file.bytes);
	const slideNames = Object.keys(zip.files)
		.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
		.sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
	const slides = await Promise.all(
		slideNames.map(async (n) => {
			const xml = await zip.file(n)!.async('string');
			return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1]));
		})
	);
	const charts: Record<string, string> = {};
	for (const n of Object.keys(zip.files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n)))
		charts[n] = await zip.file(n)!.async('string');
	return { zip, slides, charts };
}

/** Series of a chart: name, category labels (bar charts) and values by point index. */
function series(xml: string) {
	return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map(([, s]) => {
		const name = unescapeXml(s.match(/<c:tx>[\s\S]*?<c:v>([^<]*)<\/c:v>/)![1]);
		const part = (tag: string) =>
			s.match(new RegExp(`<c:${tag}>([\\s\\S]*?)</c:${tag}>`))?.[1] ?? '';
		const points = (x: string) => {
			const out: Record<number, string> = {};
			for (const m of x.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g))
				out[Number(m[1])] = unescapeXml(m[2]);
			return out;
		};
		return {
			name,
			categories: Object.values(points(part('cat'))),
			values: points(part('val') || part('yVal')),
			x: points(part('xVal'))
		};
	});
}

const chartOf = (deck: Deck, tag: string) => {
	const found = Object.values(deck.charts).filter((x) => x.includes(`<c:${tag}>`));
	expect(found).toHaveLength(1);
	return found[0];
};

describe('pptx deck of examples/hand-checked.json', async () => {
	const ctx = reportContext(example('hand-checked'), new Date(2026, 6, 24));
	const deck = await open(ctx);
	const titles = deck.slides.map((runs) => runs[0]);
	const allText = (i: number) => deck.slides[i].join(' ');

	it('has the title, the answer, the options, over time, sensitivity, risks, assumptions and sources, then the appendix', () => {
		expect(titles).toEqual([
			'Hand-checked: Llama 3.1 8B on one H100, rent and buy, against GPT-4o mini and GPT-4.1',
			'The answer',
			'Options at the planned volume',
			'Over time',
			'Over time: by year',
			'Sensitivity',
			'Sensitivity: by input',
			'Risks: Monte Carlo',
			'Key assumptions (1 of 2)',
			'Key assumptions (2 of 2)',
			'Sources',
			'Appendix: First break-even volume by candidate and API',
			'Appendix: Monthly cost at the planned volume (6.08B tokens/month, 100,000 requests/day)',
			'Appendix: break-even matrix',
			'Appendix: method'
		]);
		expect(deckTitles(ctx)).toEqual(titles);
		expect(allText(0)).toContain('2026-07-24');
		expect(allText(0)).toContain(`Catalog as of ${ctx.catalogAsOf}`);
	});

	it('opens with the answer: rounded figures, the cost curve and three numbers', () => {
		const s = allText(1);
		expect(s).toContain(
			'At 6.08B tokens/month (100k requests/day), keep GPT-4o mini ($2.28k/month).'
		);
		// The three numbers: GPT-4o mini $2,281.25, the rented 8B $8,960.00, and its break-even.
		expect(deck.slides[1]).toContain('$2.28k/mo');
		expect(deck.slides[1]).toContain('$8.96k/mo');
	});

	it('has the options table with exact figures', () => {
		const s = allText(2);
		for (const cost of ['$2,281.25', '$8,371.66', '$8,960.00', '$30,416.67'])
			expect(s).toContain(cost);
		expect(s).toContain('First break-even (tokens/month)');
	});

	it('says in the appendix where each pair breaks even and what it saves', () => {
		const s = allText(14);
		expect(s).toContain(
			'rent against GPT-4.1: breaks even at 1,792,000,000 tokens/month (29,458 requests/day)'
		);
		expect(s).toContain('self-hosting saves $21,456.67/month');
		expect(s).toContain('breaks even at 23,893,333,333 tokens/month (392,767 requests/day)');
	});

	it('holds five native charts with their data in embedded workbooks', () => {
		expect(Object.keys(deck.charts).sort()).toEqual([
			'ppt/charts/chart1.xml',
			'ppt/charts/chart2.xml',
			'ppt/charts/chart3.xml',
			'ppt/charts/chart4.xml',
			'ppt/charts/chart5.xml'
		]);
		const sheets = Object.keys(deck.zip.files).filter((n) => /^ppt\/embeddings\/.*\.xlsx$/.test(n));
		expect(sheets).toHaveLength(5);
		for (const xml of Object.values(deck.charts)) {
			// Blank points are left out, never written as empty values.
			expect(xml).not.toContain('<c:v></c:v>');
		}
	});

	it('draws the cost curve as a scatter chart with both axes logarithmic', () => {
		const xml = chartOf(deck, 'scatterChart');
		expect(xml.match(/<c:logBase val="10"\/>/g)).toHaveLength(2);
		// The x axis (PowerPoint's "category" axis of a scatter chart) spans whole decades and
		// reads in tokens, the y axis in dollars.
		const [xAxis, yAxis] = [...xml.matchAll(/<c:valAx>[\s\S]*?<\/c:valAx>/g)].map((m) => m[0]);
		expect(xAxis).toContain('<c:min val="100000000"/>');
		expect(xAxis).toContain('<c:max val="1000000000000"/>');
		expect(unescapeXml(xAxis)).toContain('formatCode="[>=1000000000]#,##0,,,"B"');
		expect(unescapeXml(yAxis)).toContain('formatCode="[>=1000000]$#,##0,,"M"');
		const s = series(xml);
		expect(s.map((x) => x.name)).toEqual([
			'GPT-4o mini (API)',
			'GPT-4.1 (API)',
			'Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent (self-hosted)',
			'Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · buy (self-hosted)',
			'Break-even (first)',
			'Break-even (sustained)',
			'Planned volume'
		]);
		// The planned volume, 6,083,333,333 tokens/month, drawn as a vertical series.
		const plan = s[6];
		const xs = Object.keys(plan.values).map((i) => Number(plan.x[Number(i)]));
		expect(xs).toHaveLength(2);
		for (const x of xs) expect(x).toBeCloseTo(6_083_333_333.33, 1);
		// The rent staircase is flat at $8,960 up to its first replica's 31,998,528,000 tokens/month.
		const rent = s[2];
		expect(Object.values(rent.values)).toContain('8960');
		// The first break-even against GPT-4.1 is a marker at 1,792,000,000 tokens/month, $8,960.
		const first = s[4];
		const marks = Object.keys(first.values).map((i) => [
			first.x[Number(i)],
			first.values[Number(i)]
		]);
		expect(marks).toContainEqual(['1792000000', '8960']);
		// API lines dashed, staircases solid, markers without a line.
		const sers = [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => m[1]);
		expect(sers[0]).toContain('<a:prstDash val="dash"/>');
		expect(sers[2]).toMatch(
			/<a:ln w="\d+" cap="flat"><a:solidFill>[\s\S]*?<a:prstDash val="solid"\/>/
		);
		expect(sers[4]).toContain('<a:ln><a:noFill/></a:ln>');
		expect(sers[4]).toContain('<c:symbol val="circle"/>');
		expect(sers[5]).toContain('<c:symbol val="diamond"/>');
	});

	it('draws the break-even volumes as clustered bars on a log axis', () => {
		const bars = Object.values(deck.charts).filter(
			(x) => x.includes('<c:grouping val="clustered"/>') && x.includes('<c:logBase val="10"/>')
		);
		expect(bars).toHaveLength(1);
		expect(bars[0]).toContain('<c:logBase val="10"/>');
		const s = series(bars[0]);
		expect(s.map((x) => x.name)).toEqual(['GPT-4o mini', 'GPT-4.1']);
		const rent = s[1].categories.indexOf('Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent');
		expect(rent).toBeGreaterThanOrEqual(0);
		expect(s[1].values[rent]).toBe('1792000000');
		expect(Number(s[0].values[rent])).toBeCloseTo(23_893_333_333.33, 1);
	});

	it('stacks the breakdown: rent $8,960.00 = GPU rental $1,460 + staff $7,500', () => {
		const stacked = Object.values(deck.charts).filter((x) =>
			x.includes('<c:grouping val="stacked"/>')
		);
		expect(stacked).toHaveLength(1);
		const s = series(stacked[0]);
		expect(s.map((x) => x.name)).toEqual([
			'Hardware',
			'Power',
			'Hosting',
			'Staff',
			'Other',
			'API usage'
		]);
		const rent = s[0].categories.indexOf(
			'Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent ($8,960.00/month)'
		);
		expect(rent).toBeGreaterThanOrEqual(0);
		const at = (name: string) => Number(s.find((x) => x.name === name)!.values[rent] ?? 0);
		expect(at('Hardware')).toBe(1460);
		expect(at('Staff')).toBe(7500);
		expect(s.reduce((sum, x) => sum + Number(x.values[rent] ?? 0), 0)).toBe(8960);
		const api = s[0].categories.indexOf('GPT-4.1 (API) ($30,416.67/month)');
		expect(Number(s[5].values[api])).toBeCloseTo(30_416.67, 2);
	});

	/**
	 * The default pair is rent against GPT-4o mini over the default 36 months (no growth, flat API
	 * prices, discount 0): the API $2,281.25 a month → $82,125.00, rent $8,960 → $322,560.00;
	 * each year −$80,145.00; no crossover; no capex.
	 */
	it('reports the finance over time of the analysed pair, with a native line chart', () => {
		const s = allText(3);
		expect(s).toContain('Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent against GPT-4o mini');
		expect(s).toContain('Horizon: 36 months');
		expect(s).toContain('NPV of the API: $82,125.00');
		expect(s).toContain('NPV of self-hosting: $322,560.00');
		expect(s).toContain('NPV saving (API - self-hosting): −$240,435.00');
		expect(s).toContain('Crossover (cash): never');
		expect(s).toContain('Payback of the capex: no capex (rented)');
		const line = chartOf(deck, 'lineChart');
		const [api, self] = series(line);
		expect(api.name).toBe('GPT-4o mini (API)');
		expect(self.name).toBe('Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent (self-hosted, cash)');
		expect(api.categories).toHaveLength(36);
		expect(Number(api.values[0])).toBeCloseTo(2281.25, 2);
		expect(Number(api.values[35])).toBeCloseTo(82_125, 2);
		expect(Number(self.values[0])).toBe(8960);
		expect(Number(self.values[35])).toBe(322_560);
		// The API dashed, as on the page.
		const sers = [...line.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => m[1]);
		expect(sers[0]).toContain('<a:prstDash val="dash"/>');
		expect(sers[1]).toContain('<a:prstDash val="solid"/>');
	});

	it('has the yearly table: each year −$80,145.00 more for self-hosting', () => {
		const y = deck.slides[4];
		const row = (n: string) => y.slice(y.indexOf(n), y.indexOf(n) + 5);
		expect(row('1')).toEqual(['1', '$27,375.00', '$0.00', '$107,520.00', '−$80,145.00']);
		expect(row('2')).toEqual(['2', '$27,375.00', '$0.00', '$107,520.00', '−$160,290.00']);
		expect(row('3')).toEqual(['3', '$27,375.00', '$0.00', '$107,520.00', '−$240,435.00']);
	});

	it('draws the tornado as native overlapping bars from the builder, with its table', () => {
		const xml = Object.values(deck.charts).find((x) => x.includes('Input low'))!;
		expect(xml).toContain('<c:barDir val="bar"/>');
		expect(xml).toContain('<c:overlap val="100"/>');
		const [low, high] = series(xml);
		expect([low.name, high.name]).toEqual(['Input low', 'Input high']);
		// Categories are reversed so the largest swing is on top, as on the page.
		// Staff ±20% of $7,500 swings the saving by $3,000, requests/day by $912.50.
		const n = low.categories.length;
		expect(n).toBe(9);
		expect(low.categories[n - 1]).toBe('Loaded staff cost');
		expect(Number(low.values[n - 1])).toBeCloseTo(1500, 2);
		expect(Number(high.values[n - 1])).toBeCloseTo(-1500, 2);
		const rpd = low.categories.indexOf('Requests per day');
		expect(rpd).toBe(n - 2);
		expect(Number(low.values[rpd])).toBeCloseTo(-456.25, 2);
		expect(Number(high.values[rpd])).toBeCloseTo(456.25, 2);
		const t = allText(6);
		expect(t).toContain('Requests per day (requests/day; scenario 100,000)');
		expect(t).toContain('80,000: saving −$456.25');
		expect(t).toContain('$912.50');
	});

	it('summarises the Monte Carlo with its samples and seed', () => {
		const m = allText(7);
		expect(m).toContain('P10');
		expect(m).toContain('P90');
		expect(m).toContain('Saving at plan (USD/month)');
		expect(m).toContain('−$6,678.75');
		expect(m).toContain('2,000 samples, seed 1');
		expect(m).toContain('Self-hosting wins (saving at plan above 0) in 0% of samples.');
	});

	it('lists the key assumptions with numbered sources', () => {
		const a = allText(8) + ' ' + allText(9);
		expect(a).toContain('Requests per day');
		expect(a).toContain('100,000 requests/day');
		expect(a).toContain('NVIDIA H100 SXM 80GB: cloud rate');
		expect(a).toContain('$2.00/GPU-hour');
		expect(a).toContain('Hours per month');
		const src = allText(10);
		expect(src).toContain('[1] scenario input');
		expect(src).toMatch(/your override \(catalog: 2\.99, Lambda, on-demand/);
	});

	it('has the break-even matrix in the appendix', () => {
		const m = allText(13);
		expect(m).toContain('1,792,000,000 tokens/month (29,458 requests/day)');
		expect(m).toContain('Saving at plan (USD/month)');
		expect(m).toContain('$21,456.67');
		expect(m).toContain('$8,960.00');
		expect(m).toContain('−$6,678.75');
	});
});

describe('pptx: scenarios that must still export', () => {
	it('a candidate that fits no GPU is in the deck with its reason', async () => {
		const ctx = reportContext(example('fits-nowhere'));
		const deck = await open(ctx);
		const text = deck.slides.map((s) => s.join(' ')).join('\n');
		expect(text).toMatch(/Llama 3\.1 405B .*has no figures: .*it fits no GPU count/);
		expect(text).toMatch(/no figures: .*it fits no GPU count/);
		expect(deck.slides).toHaveLength(deckTitles(ctx).length);
	});

	it('keeps a name and notes as plain text', async () => {
		const s = {
			...example('hand-checked'),
			name: '<b>Q3</b> & "plan"',
			notes: '<script>x</script>'
		};
		const deck = await open(reportContext(s));
		expect(deck.slides[0]).toContain('<b>Q3</b> & "plan"');
		expect(deck.slides[0]).toContain('<script>x</script>');
		const xml = await deck.zip.file('ppt/slides/slide1.xml')!.async('string');
		expect(xml).not.toContain('<b>Q3');
	});

	const edits: Record<string, (s: Scenario) => Scenario> = {
		'zero volume': (s) => ({ ...s, workload: { ...s.workload, requestsPerDay: '0' } }),
		'no candidates and no APIs': (s) => ({ ...s, candidates: [], baselines: [] })
	};
	for (const [name, edit] of Object.entries(edits)) {
		it(name, async () => {
			const ctx = reportContext(edit(example('hand-checked')));
			const deck = await open(ctx);
			expect(deck.slides.map((r) => r[0])).toEqual(deckTitles(ctx));
		});
	}

	it('does not change the scenario or its results', async () => {
		const ctx = reportContext(example('hand-checked'));
		const before = JSON.stringify(ctx.scenario);
		const rent = ctx.ev.pairs.at(0);
		const saving = rent.ok ? rent.savingAtPlan.toString() : '';
		await render(ctx);
		expect(JSON.stringify(ctx.scenario)).toBe(before);
		expect(rent.ok ? rent.savingAtPlan.toString() : '').toBe(saving);
	});
});

/**
 * examples/hybrid.json (worked by hand in test/cli/tco.test.ts): hybrid $45,351.10 a month, 43.83%
 * in-house, $30,751.10 to GPT-4o mini; fleet of 3 $56,301.10, 77.17% in-house, $12,501.10 overflow;
 * fleet of 2 $29,200.00, 62.56% served, no overflow API.
 */
describe('pptx of examples/hybrid.json', async () => {
	const deck = await open(reportContext(example('hybrid'), new Date('2026-07-24T12:00:00Z')));
	const slide = (title: string) => deck.slides.find((s) => s.includes(title)) ?? [];

	it('marks hybrid and fleet rows in the options table, with in-house share and overflow cost', () => {
		const t = slide('Options at the planned volume');
		expect(t).toContain('In-house share');
		expect(t).toContain('Overflow API cost (USD/month)');
		const row = (name: string) => t.slice(t.indexOf(name), t.indexOf(name) + 7);
		expect(row('Llama 3.1 8B on H100 (rent), hybrid with GPT-4o mini')).toEqual([
			'Llama 3.1 8B on H100 (rent), hybrid with GPT-4o mini',
			'hybrid',
			'small',
			'$45,351.10',
			'$0.3106',
			'43.83%',
			'$30,751.10'
		]);
		expect(row('Llama 3.1 8B on 3 H100s (rent), overflow to GPT-4o mini').slice(1, 7)).toEqual([
			'fleet of 3',
			'small',
			'$56,301.10',
			'$0.3856',
			'77.17%',
			'$12,501.10'
		]);
		expect(row('Llama 3.1 8B on 2 H100s (rent), no overflow').slice(1, 7)).toEqual([
			'fleet of 2',
			'small',
			'$29,200.00',
			'$0.3197',
			'62.56%',
			'—'
		]);
	});

	it('names the hybrid in the answer', () => {
		expect(slide('The answer').join(' ')).toContain(
			'The cheapest option is the hybrid Llama 3.1 8B on H100 (rent), hybrid with GPT-4o mini: 1 replica'
		);
	});
});
