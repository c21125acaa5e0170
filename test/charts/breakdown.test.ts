import { describe, expect, it } from 'vitest';
import { BREAKDOWN_COLUMNS, breakdownChart } from '../../src/lib/charts/breakdown';
import { CATEGORY_COLORS } from '../../src/lib/charts/palette';
import { toNumber } from '../../src/lib/domain/decimal';
import type { Evaluation } from '../../src/lib/domain/evaluate';
import { costCategories } from '../../src/lib/domain/self-host-cost';
import { formatUsd } from '../../src/lib/format';
import { SCENARIOS, scenario } from './scenarios';

const light = { theme: 'light' } as const;
const okBaselines = (ev: Evaluation) => ev.baselines.flatMap((b) => (b.ok ? [b] : []));
const okCandidates = (ev: Evaluation) => ev.candidates.flatMap((c) => (c.ok ? [c] : []));

describe('breakdown, default scenario', () => {
	const { ev } = scenario();
	const { config, table } = breakdownChart(ev, light);

	it('stacks five self-hosting categories and API usage, one bar per option', () => {
		expect(config.data.datasets.map((d) => d.label)).toEqual([
			'Hardware',
			'Power',
			'Hosting',
			'Staff',
			'Other',
			'API usage'
		]);
		expect(config.data.datasets.every((d) => d.stack === 'cost')).toBe(true);
		expect(config.options?.scales?.x?.stacked).toBe(true);
		expect(config.options?.scales?.y?.stacked).toBe(true);
		expect(config.data.labels).toHaveLength(6);
		expect(config.data.datasets[5].backgroundColor).toBe(CATEGORY_COLORS.api);
	});

	it('stacks c1 (rented H100s) to $17,314.13: 4 GPUs × $2.99 × 730 h + one engineer', () => {
		// 4 × 2.99 × 730 = 8,730.80 of rent; staff 8,583.33; power and hosting are in the rate.
		const c1 = config.data.datasets.map((d) => d.data[0]);
		expect(c1).toEqual([8_730.8, 0, 0, expect.closeTo(8_583.33, 2), 0, null]);
		expect(config.data.labels?.[0]).toEqual([
			'Llama 3.3 70B Instruct · NVIDIA H100 SXM 80GB · FP8 · rent',
			'$17,314.13/month'
		]);
		expect(table.rows[0]).toEqual([
			'Llama 3.3 70B Instruct · NVIDIA H100 SXM 80GB · FP8 · rent',
			'self-hosted',
			'$8,730.80',
			'$0.00',
			'$0.00',
			'$8,583.33',
			'$0.00',
			'',
			'$17,314.13'
		]);
	});

	it('shows an API as one "API usage" segment: GPT-4o mini at $2,258.44', () => {
		const i = 3;
		expect(config.data.datasets.map((d) => d.data[i])).toEqual([
			null,
			null,
			null,
			null,
			null,
			2_258.4375
		]);
		expect(table.rows[i]).toEqual([
			'GPT-4o mini (API)',
			'API',
			'',
			'',
			'',
			'',
			'',
			'$2,258.44',
			'$2,258.44'
		]);
	});

	it('is instant, titled with the plan volume and units', () => {
		expect(config.options).toMatchObject({ responsive: true, animation: false });
		expect(config.options?.plugins?.title?.text).toBe(
			'Monthly cost at the planned volume (11B tokens/month, 200,000 requests/day)'
		);
		expect(config.options?.scales?.x?.title?.text).toBe('Monthly cost (USD/month)');
		expect(JSON.parse(JSON.stringify(config.data))).toEqual(config.data);
	});

	it('gives each segment and the total in the tooltip', () => {
		const cb = config.options?.plugins?.tooltip?.callbacks;
		const item = { datasetIndex: 0, dataIndex: 0 } as never;
		expect(cb?.label?.call(undefined as never, item)).toBe('Hardware: $8,730.80/month');
		expect(cb?.footer?.call(undefined as never, [item])).toBe('Total: $17,314.13/month');
	});
});

describe.each(Object.entries(SCENARIOS))('breakdown laws: %s', (_name, edit) => {
	const { ev } = scenario(edit);
	const { config, table } = breakdownChart(ev, light);
	const cs = okCandidates(ev);
	const bs = okBaselines(ev);

	it('stacks each candidate to the engine’s atPlan total, to the cent', () => {
		cs.forEach((c, i) => {
			const stack = config.data.datasets.reduce((s, d) => s + (d.data[i] ?? 0), 0);
			expect(stack).toBeCloseTo(toNumber(c.atPlan.total.value), 2);
			costCategories.forEach((k, j) => {
				expect(config.data.datasets[j].data[i]).toBe(toNumber(c.atPlan.breakdown[k]));
				expect(table.rows[i][2 + j]).toBe(formatUsd(c.atPlan.breakdown[k]));
			});
			expect(table.rows[i].at(-1)).toBe(formatUsd(c.atPlan.total.value));
		});
	});

	it('gives each API one segment equal to its atPlan cost', () => {
		bs.forEach((b, j) => {
			const i = cs.length + j;
			const stack = config.data.datasets.map((d) => d.data[i]);
			expect(stack.slice(0, 5)).toEqual([null, null, null, null, null]);
			expect(stack[5]).toBe(toNumber(b.atPlan.value));
			expect(table.rows[i].at(-1)).toBe(formatUsd(b.atPlan.value));
		});
	});

	it('has one table row per bar', () => {
		expect(table.columns).toEqual(BREAKDOWN_COLUMNS);
		expect(table.rows).toHaveLength(cs.length + bs.length);
		expect(config.data.labels).toHaveLength(cs.length + bs.length);
		expect(table.rows.map((r) => r[0])).toEqual(config.data.labels?.map((l) => l[0]));
	});
});

describe('breakdown of a hybrid', () => {
	it('stacks a hybrid’s overflow API bill as its "API usage" part, on top of its self-hosted cost', () => {
		// Two rented replicas of c1, everything above their capacity to GPT-4.1.
		const { ev } = scenario((s) => {
			s.candidates[0].fleet = { replicas: 2 };
			s.candidates[0].overflow = 'openai/gpt-4.1';
			s.workload.requestsPerDay = '2000000';
		});
		const c = okCandidates(ev)[0];
		const api = okBaselines(ev).find((b) => b.id === 'openai/gpt-4.1');
		if (!c || !api) throw new Error('c1 and GPT-4.1 evaluate');
		const split = c.atPlan.split;
		expect(split.overflow.gt(0)).toBe(true);
		// By hand: the overflow bill is the API's fee + its blended price × the tokens it takes.
		const bill = api.line.fixedMonthly.add(api.line.pricePerToken.mul(split.overflow));
		expect(split.overflowCost.eq(bill)).toBe(true);
		const { config, table } = breakdownChart(ev, light);
		const bar = config.data.datasets.map((d) => d.data[0]);
		expect(bar[5]).toBe(toNumber(bill));
		const selfHosted = costCategories.reduce((s, k) => s.add(c.atPlan.breakdown[k]), bill.mul(0));
		expect(selfHosted.add(bill).toFixed(6)).toBe(c.atPlan.total.value.toFixed(6));
		expect(config.data.labels?.[0][0]).toBe(`${c.label} (hybrid)`);
		expect(table.rows[0][1]).toBe('hybrid');
		expect(table.rows[0][7]).toBe(formatUsd(bill));
	});
});
