import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { describe, expect, it } from 'vitest';
import {
	BREAK_EVEN_COLUMNS,
	NEVER,
	breakEvenChart,
	type BreakEvenBarsConfig
} from '../../src/lib/charts/break-even-bars';
import { activeAt, stepCost } from '../../src/lib/domain/break-even';
import { toNumber } from '../../src/lib/domain/decimal';
import type { Evaluation } from '../../src/lib/domain/evaluate';
import { requestsPerDayAt } from '../../src/lib/domain/workload';
import { formatNumber } from '../../src/lib/format';
import { GPT_41, GPT_4O_MINI, SCENARIOS, scenario } from './scenarios';

const light = { theme: 'light' } as const;
const okBaselines = (ev: Evaluation) => ev.baselines.flatMap((b) => (b.ok ? [b] : []));
const okCandidates = (ev: Evaluation) => ev.candidates.flatMap((c) => (c.ok ? [c] : []));
const pairOf = (ev: Evaluation, c: string, b: string) => {
	const p = ev.pairs.find((x) => x.candidateId === c && x.baselineId === b);
	if (!p?.ok) throw new Error(`no pair ${c}/${b}`);
	return p;
};
const annotations = (config: BreakEvenBarsConfig) =>
	(config.options?.plugins?.annotation?.annotations ?? {}) as Record<string, AnnotationOptions>;

describe('break-even bars, default scenario', () => {
	const { ev, inputs } = scenario();
	const { config, table } = breakEvenChart(ev, inputs, light);

	it('groups one bar per API under each candidate, on a log axis', () => {
		expect(config.type).toBe('bar');
		expect(config.options?.indexAxis).toBe('y');
		expect(config.options?.scales?.x?.type).toBe('logarithmic');
		expect(config.data.datasets.map((d) => d.label)).toEqual([
			'GPT-4o mini',
			'GPT-4.1',
			'Claude 3.5 Haiku'
		]);
		expect(config.data.labels?.map((l) => l[0])).toEqual(okCandidates(ev).map((c) => c.label));
	});

	it('shows c1 vs GPT-4o mini as never: no bar, a label line and a table cell', () => {
		expect(config.data.datasets[0].data[0]).toBeNull();
		expect(config.data.labels?.[0]).toEqual([
			'Llama 3.3 70B Instruct · NVIDIA H100 SXM 80GB · FP8 · rent',
			'never vs GPT-4o mini'
		]);
		expect(config.data.labels?.[1]).toHaveLength(1);
		expect(table.rows[0].slice(1, 4)).toEqual(['GPT-4o mini', NEVER, NEVER]);
	});

	it('draws c2 vs GPT-4o mini where the engine’s cost curve meets the API line', () => {
		const p = pairOf(ev, 'c2', GPT_4O_MINI);
		if (p.first.kind !== 'volume' || p.sustained.kind !== 'volume') throw new Error('finite');
		// By hand, from the engine's parts: c2 buys its GPUs, so its cost follows volume as
		// step(k) + s·V (s: power per token served, drawn above idle with the load); GPT-4o mini costs
		// p = $0.20625 per 1M at the default mix (0.8333 × (0.7 × $0.15 + 0.3 × $0.075) + 0.1667 × $0.60).
		// Inside step k the two meet at V = step(k) / (p − s).
		const c2 = okCandidates(ev).find((c) => c.id === 'c2');
		const api = okBaselines(ev).find((b) => b.id === GPT_4O_MINI);
		if (!c2 || !api || c2.curve.kind !== 'follow') throw new Error('c2 follows volume');
		expect(api.line.pricePerToken.mul(1e6).toFixed(5)).toBe('0.20625');
		const s = c2.curve.perToken;
		expect(s.gt(0)).toBe(true);
		const at = (k: number) =>
			toNumber(stepCost(c2.staircase.s, k).div(api.line.pricePerToken.sub(s)));
		const kFirst = activeAt(c2.staircase.s, p.first.volume);
		const kSustained = activeAt(c2.staircase.s, p.sustained.volume);
		expect(kSustained).toBeGreaterThanOrEqual(kFirst);
		expect(config.data.datasets[0].data[1]).toBe(toNumber(p.first.volume));
		expect(config.data.datasets[0].data[1]).toBeCloseTo(at(kFirst), 0);
		const sustained = breakEvenChart(ev, inputs, light, 'sustained').config;
		expect(sustained.data.datasets[0].data[1]).toBe(toNumber(p.sustained.volume));
		expect(sustained.data.datasets[0].data[1]).toBeCloseTo(at(kSustained), 0);
	});

	it('has titles with units and a planned-volume line', () => {
		expect(config.options?.plugins?.title?.text).toBe(
			'First break-even volume by candidate and API'
		);
		expect(config.options?.scales?.x?.title?.text).toBe('First break-even volume (tokens/month)');
		expect(annotations(config).plan).toMatchObject({ type: 'line', value: 10_950_000_000 });
		expect(config.options).toMatchObject({ animation: false, maintainAspectRatio: false });
		expect(JSON.parse(JSON.stringify(config.data))).toEqual(config.data);
	});

	it('reads volumes and requests/day in the tooltip', () => {
		const label = config.options?.plugins?.tooltip?.callbacks?.label;
		const text = label?.call(undefined as never, { datasetIndex: 1, dataIndex: 0 } as never);
		// $12,948.73 (one replica of 2 rented H100s + staff) / $2.625 per 1M = 4.93B tokens/month
		expect(text).toBe('GPT-4.1: 4.93B tokens/month (90,098 requests/day)');
		const never = label?.call(undefined as never, { datasetIndex: 0, dataIndex: 0 } as never);
		expect(never).toBe('GPT-4o mini: never');
	});
});

describe.each(Object.entries(SCENARIOS))('break-even bar laws: %s', (_name, edit) => {
	const { ev, inputs } = scenario(edit);
	for (const which of ['first', 'sustained'] as const) {
		it(`${which}: every bar is the engine's volume, every missing bar says why`, () => {
			const { config, table } = breakEvenChart(ev, inputs, light, which);
			const bs = okBaselines(ev);
			const cs = okCandidates(ev);
			expect(config.data.datasets).toHaveLength(bs.length);
			expect(config.data.labels).toHaveLength(cs.length);
			expect(table.columns).toEqual(BREAK_EVEN_COLUMNS);
			expect(table.rows).toHaveLength(bs.length * cs.length);
			cs.forEach((c, i) => {
				bs.forEach((b, j) => {
					const be = pairOf(ev, c.id, b.id)[which];
					const bar = config.data.datasets[j].data[i];
					const row = table.rows[i * bs.length + j];
					const label = config.data.labels?.[i].join(' | ') ?? '';
					expect(row.slice(0, 2)).toEqual([c.label, b.name]);
					if (be.kind === 'never') {
						expect(bar).toBeNull();
						expect(row[2]).toBe('never');
						expect(label).toMatch(new RegExp(`never vs [^|]*${b.name.replace('.', '\\.')}`));
					} else if (be.volume.isZero()) {
						expect(bar).toBeNull();
						expect(row[2]).toBe('0');
						expect(label).toMatch(new RegExp(`from 0 vs [^|]*${b.name.replace('.', '\\.')}`));
					} else {
						expect(bar).toBe(toNumber(be.volume));
						expect(row[2]).toBe(formatNumber(be.volume));
						expect(row[3]).toBe(formatNumber(requestsPerDayAt(be.volume, inputs.workload)));
						expect(label).not.toContain(b.name);
					}
				});
			});
			const x = config.options?.scales?.x;
			if (x?.type !== 'logarithmic') throw new Error('log axis');
			for (const d of config.data.datasets) {
				for (const v of d.data) {
					if (v === null) continue;
					expect(v).toBeGreaterThanOrEqual(Number(x.min));
					expect(v).toBeLessThanOrEqual(Number(x.max));
				}
			}
		});
	}
});

describe('break-even bars, edge cases', () => {
	it('tells "cheaper from zero" and "never sustained" apart for an API with a fixed fee', () => {
		const { ev, inputs } = scenario(SCENARIOS['API with a fixed fee']);
		const first = breakEvenChart(ev, inputs, light, 'first');
		const sustained = breakEvenChart(ev, inputs, light, 'sustained');
		// c1 (rent) costs $17,314.13 with one replica, under the $20,000 fee: cheaper from 0, but
		// GPT-4o mini's tokens are cheaper than c1's replicas, so it never stays cheaper.
		expect(first.config.data.labels?.[0]).toContain('from 0 vs GPT-4o mini');
		expect(first.table.rows[0][4]).toContain('cheaper from zero volume');
		expect(sustained.config.data.labels?.[0]).toContain('never vs GPT-4o mini');
		expect(sustained.table.rows[0][4]).toContain('dearer again at larger volumes');
	});

	it('leaves out what failed to evaluate and names it in the caption', () => {
		const { ev, inputs } = scenario(SCENARIOS['a failing candidate and baseline']);
		const { config, table } = breakEvenChart(ev, inputs, light);
		expect(config.data.datasets.map((d) => d.label)).not.toContain('GPT-4.1');
		expect(table.rows.some((r) => r[1] === 'GPT-4.1')).toBe(false);
		expect(config.data.labels).toHaveLength(3);
		expect(table.caption).toContain('no published purchase price');
		expect(table.caption).toContain('GPT-4.1');
		expect(ev.baselines.find((b) => b.id === GPT_41)?.ok).toBe(false);
	});

	it('draws no plan line at zero volume', () => {
		const { ev, inputs } = scenario(SCENARIOS['zero volume']);
		const { config } = breakEvenChart(ev, inputs, light);
		expect(annotations(config).plan).toBeUndefined();
	});
});

describe('break-even bars of a hybrid', () => {
	it('marks a hybrid candidate "(hybrid)" in its label and table rows, and only it', () => {
		const { ev, inputs } = scenario((s) => {
			s.candidates[2].overflow = GPT_41;
		});
		const { config, table } = breakEvenChart(ev, inputs, light);
		const names = okCandidates(ev).map((c) => c.label);
		expect(config.data.labels?.map((l) => l[0])).toEqual([
			names[0],
			names[1],
			`${names[2]} (hybrid)`
		]);
		const rows = table.rows.filter((r) => r[0].endsWith('(hybrid)'));
		expect(rows).toHaveLength(okBaselines(ev).length);
		expect(rows.every((r) => r[0] === `${names[2]} (hybrid)`)).toBe(true);
	});
});
