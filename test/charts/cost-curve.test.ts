import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { describe, expect, it } from 'vitest';
import {
	API_SAMPLES,
	COST_CURVE_COLUMNS,
	MAX_POINTS_PER_SERIES,
	costCurveChart,
	type CostCurveConfig,
	type CurvePoint
} from '../../src/lib/charts/cost-curve';
import { API_DASH, themeColors } from '../../src/lib/charts/palette';
import { apiCost } from '../../src/lib/domain/api-cost';
import { activeAt, stepCost } from '../../src/lib/domain/break-even';
import { dec, dmax, dmin, toNumber } from '../../src/lib/domain/decimal';
import type { CandidateResult, Evaluation, PairResult } from '../../src/lib/domain/evaluate';
import { curveAt, type SelfHostCurve } from '../../src/lib/domain/self-host-curve';
import { requestsPerDayAt } from '../../src/lib/domain/workload';
import { formatNumber, formatUsd } from '../../src/lib/format';
import { GPT_41, GPT_4O_MINI, SCENARIOS, scenario } from './scenarios';

const light = { theme: 'light' } as const;
type OkPair = Extract<PairResult, { ok: true }>;
type OkCandidate = Extract<CandidateResult, { ok: true }>;

const okPairs = (ev: Evaluation) => ev.pairs.filter((p): p is OkPair => p.ok);
const okBaselines = (ev: Evaluation) => ev.baselines.flatMap((b) => (b.ok ? [b] : []));
const okCandidates = (ev: Evaluation) => ev.candidates.flatMap((c) => (c.ok ? [c] : []));
const markers = (config: CostCurveConfig): CurvePoint[] =>
	config.data.datasets.flatMap((d) => d.data.filter((p) => p.breakEven));
const xScale = (config: CostCurveConfig) => {
	const x = config.options?.scales?.x;
	if (!x || x.type !== 'logarithmic') throw new Error('x is not a log axis');
	return { min: Number(x.min), max: Number(x.max) };
};
const annotations = (config: CostCurveConfig) =>
	(config.options?.plugins?.annotation?.annotations ?? {}) as Record<string, AnnotationOptions>;
/** Finite, non-zero break-evens: the ones a log axis can show. */
const plottable = (ev: Evaluation) =>
	okPairs(ev).flatMap((p) =>
		(['first', 'sustained'] as const).flatMap((kind) => {
			const be = p[kind];
			return be.kind === 'volume' && be.volume.gt(0) ? [{ pair: p, kind, volume: be.volume }] : [];
		})
	);

/** curveAt just below and just above a plotted volume (a float), as numbers. */
const around = (curve: SelfHostCurve, x: number) => {
	const v = dec(x.toPrecision(17));
	return {
		below: toNumber(curveAt(curve, v.mul(dec(1).sub('1e-12'))).total),
		above: toNumber(curveAt(curve, v.mul(dec(1).add('1e-12'))).total)
	};
};

/**
 * A plotted line follows the engine: volumes never fall, costs never fall as volume rises, each
 * point lies between the engine's cost just below and just above its volume, and a jump (a second
 * point at the same volume) lands on the cost just above it.
 */
function expectFollowsCurve(curve: SelfHostCurve, pts: CurvePoint[]) {
	for (let j = 0; j < pts.length; j++) {
		const p = pts[j];
		const y = p.y ?? 0;
		const { below, above } = around(curve, p.x);
		expect(y).toBeGreaterThanOrEqual(below * (1 - 1e-9));
		expect(y).toBeLessThanOrEqual(above * (1 + 1e-9));
		if (j === 0) continue;
		const prev = pts[j - 1];
		expect(p.x).toBeGreaterThanOrEqual(prev.x);
		expect(y).toBeGreaterThanOrEqual(prev.y ?? 0);
		if (p.x === prev.x) {
			expect(y).toBeGreaterThan(prev.y ?? 0);
			expect(Math.abs(y - above) / above).toBeLessThan(1e-9);
		}
	}
}

describe('cost curve, default scenario', () => {
	const { ev, inputs } = scenario();
	const { config, table } = costCurveChart(ev, inputs, light);

	it('draws one line per API, one staircase per candidate, then the break-even markers', () => {
		const labels = config.data.datasets.map((d) => d.label);
		expect(labels).toEqual([
			'GPT-4o mini (API)',
			'GPT-4.1 (API)',
			'Claude 3.5 Haiku (API)',
			'Llama 3.3 70B Instruct · NVIDIA H100 SXM 80GB · FP8 · rent (self-hosted)',
			'Llama 3.3 70B Instruct · NVIDIA H100 SXM 80GB · FP8 · buy (self-hosted)',
			'Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent (self-hosted)',
			'Break-even (first)',
			'Break-even (sustained)'
		]);
	});

	it('dashes API lines and draws self-hosted lines solid with vertical jumps, so colour is not the only cue', () => {
		for (const d of config.data.datasets.slice(0, 3)) {
			expect(d.borderDash).toEqual(API_DASH);
			expect(d.data).toHaveLength(API_SAMPLES);
		}
		for (const d of config.data.datasets.slice(3, 6)) {
			expect(d.borderDash).toEqual([]);
			// Straight segments between the engine's points: a step is two points at the same volume.
			expect(d.stepped).toBe(false);
			const jumps = d.data.filter((p, j) => j > 0 && p.x === d.data[j - 1].x);
			expect(jumps.length).toBeGreaterThan(0);
		}
		expect(config.data.datasets[6].pointStyle).not.toBe(config.data.datasets[7].pointStyle);
	});

	it('puts the planned volume line at 200,000 requests/day × 365/12 × 1,800 tokens', () => {
		const plan = annotations(config).plan;
		expect(plan).toMatchObject({ type: 'line', scaleID: 'x', value: 10_950_000_000 });
		expect(toNumber(ev.volume.value)).toBe(10_950_000_000);
	});

	it('spans a decade either side of the plan and every break-even', () => {
		const vols = [ev.volume.value, ...plottable(ev).map((b) => b.volume)];
		const { min, max } = xScale(config);
		expect(min).toBe(toNumber(vols.reduce(dmin).div(10)));
		expect(max).toBe(toNumber(vols.reduce(dmax).mul(10)));
		// By hand, from the engine's parts: capacity following volume costs step(k) + s·V (s: power per
		// token served), so against an API at p per token it breaks even inside step k at
		// V = step(k) / (p − s). The least is c3 vs GPT-4.1 (one rented H100, s = 0:
		// $10,766.03 / $2.625 per 1M = 4.10B), the greatest c2 vs GPT-4o mini sustained (bought, so
		// power follows load and s > 0).
		const byHand = (cid: string, bid: string, kind: 'first' | 'sustained') => {
			const c = okCandidates(ev).find((x) => x.id === cid);
			const b = okBaselines(ev).find((x) => x.id === bid);
			const be = okPairs(ev).find((x) => x.candidateId === cid && x.baselineId === bid)?.[kind];
			if (!c || !b || be?.kind !== 'volume' || c.curve.kind !== 'follow') throw new Error(cid);
			const s = c.curve.perToken;
			const k = activeAt(c.staircase.s, be.volume);
			const v = stepCost(c.staircase.s, k).div(b.line.pricePerToken.sub(s));
			// The volume lies inside step k: above (k − 1) replicas' volume, at most k's.
			expect(v.gt(c.staircase.s.volumePerReplica.mul(k - 1))).toBe(true);
			expect(v.lte(c.staircase.s.volumePerReplica.mul(k))).toBe(true);
			return { v, s };
		};
		const least = byHand('c3', GPT_41, 'first');
		expect(least.s.isZero()).toBe(true);
		expect(min).toBeCloseTo(toNumber(least.v.div(10)), 0);
		expect(min).toBeCloseTo(410_134_603.2, 0);
		const greatest = byHand('c2', GPT_4O_MINI, 'sustained');
		expect(greatest.s.gt(0)).toBe(true);
		expect(max).toBeCloseTo(toNumber(greatest.v.mul(10)), -1);
		for (const v of vols) {
			expect(toNumber(v)).toBeGreaterThanOrEqual(min);
			expect(toNumber(v)).toBeLessThanOrEqual(max);
		}
	});

	it('marks c1 vs GPT-4.1 at 4.93B tokens/month, where the API costs what one replica costs', () => {
		const m = markers(config).find(
			(p) => p.breakEven?.candidateId === 'c1' && p.breakEven.baselineId === 'openai/gpt-4.1'
		);
		// By hand: one replica of 2 rented H100s: staff 0.5 × $206,000 / 12 = $8,583.33 + 2 × $2.99 ×
		// 730 h = $4,365.40 → $12,948.73; GPT-4.1 at the default mix: 0.8333 × (0.7 × $2 + 0.3 × $0.50)
		// + 0.1667 × $8 = $2.625 per 1M → 12,948.73 / 2.625e-6 = 4,932,850,793.65 tokens/month.
		expect(m?.x).toBeCloseTo(4_932_850_793.65, 1);
		const c1 = okCandidates(ev)[0];
		expect(m?.y).toBeCloseTo(toNumber(c1.cost.fixedTotal.add(c1.cost.perReplicaTotal)), 6);
		expect(m?.y).toBeCloseTo(12_948.73, 2);
		expect(m?.volumeText).toBe('4.93B tokens/month (90,098 requests/day)');
		expect(m?.text).toContain('first break-even');
		expect(m?.text).toContain('GPT-4.1');
	});

	it('does not mark the pair that never breaks even (c1 vs GPT-4o mini), and says so', () => {
		const never = markers(config).filter(
			(p) => p.breakEven?.candidateId === 'c1' && p.breakEven.baselineId === GPT_4O_MINI
		);
		expect(never).toEqual([]);
		expect(table.caption).toContain('GPT-4o mini (first): never');
		expect(table.caption).toContain('GPT-4o mini (sustained): never');
	});

	it('passes through the engine’s cost at plan on every self-hosted line', () => {
		const planX = toNumber(ev.volume.value);
		okCandidates(ev).forEach((c, i) => {
			const pts = config.data.datasets[3 + i].data;
			const at = pts.filter((p) => p.x === planX);
			expect(at.map((p) => p.y)).toEqual([toNumber(c.atPlan.total.value)]);
			// Bought GPUs draw power with the load: the cost at plan includes power per token served.
			expect(c.atPlan.total.value.eq(curveAt(c.curve, ev.volume.value).total)).toBe(true);
		});
	});

	it('writes one table row per plotted point, in dataset order', () => {
		expect(table.columns).toEqual(COST_CURVE_COLUMNS);
		const expected = config.data.datasets.flatMap((d) => d.data.map(() => d.label));
		expect(table.rows.map((r) => r[0])).toEqual(expected);
		const m = table.rows.find((r) => r[4].startsWith('first break-even, Llama 3.1 8B'));
		const p = okPairs(ev).find((x) => x.candidateId === 'c3' && x.baselineId === GPT_4O_MINI);
		if (!p || p.first.kind !== 'volume') throw new Error('c3 breaks even with GPT-4o mini');
		const line = okBaselines(ev)[0].line;
		expect(m).toEqual([
			'Break-even (first)',
			formatNumber(p.first.volume),
			formatNumber(requestsPerDayAt(p.first.volume, inputs.workload)),
			formatUsd(apiCost(line, p.first.volume)),
			'first break-even, Llama 3.1 8B · NVIDIA H100 SXM 80GB · FP8 · rent vs GPT-4o mini'
		]);
	});

	it('is instant, titled, and plain data', () => {
		expect(config.options).toMatchObject({
			responsive: true,
			maintainAspectRatio: false,
			animation: false
		});
		expect(config.options?.plugins?.title?.text).toBeTruthy();
		expect(config.options?.scales?.x?.title?.text).toBe('Monthly volume (tokens/month)');
		expect(config.options?.scales?.y?.title?.text).toBe('Monthly cost (USD/month)');
		expect(config.options?.scales?.y?.type).toBe('logarithmic');
		// Requests/day are in the tooltip (and the table), not on a second axis redrawn per keystroke.
		expect(config.options?.scales?.xRequests).toBeUndefined();
		// Data survives a JSON round trip: no Decimals, NaN or Infinity left in it.
		expect(JSON.parse(JSON.stringify(config.data))).toEqual(config.data);
	});

	it('shows tokens/month and requests/day in the tooltip through tiny, pure callbacks', () => {
		const cb = config.options?.plugins?.tooltip?.callbacks;
		const pt = markers(config)[0];
		const item = { raw: pt } as never;
		expect(cb?.title?.call(undefined as never, [item])).toBe(pt.volumeText);
		expect(cb?.label?.call(undefined as never, item)).toBe(pt.text);
		expect(pt.volumeText).toMatch(/tokens\/month \([\d,]+ requests\/day\)$/);
	});

	it('follows the theme for text and grid', () => {
		const dark = costCurveChart(ev, inputs, { theme: 'dark' }).config;
		expect(dark.options?.plugins?.title?.color).toBe(themeColors('dark').text);
		expect(config.options?.plugins?.title?.color).toBe(themeColors('light').text);
		expect(dark.options?.scales?.x?.grid?.color).toBe(themeColors('dark').grid);
	});

	it('does not mutate the evaluation', () => {
		const before = JSON.stringify(ev);
		costCurveChart(ev, inputs, light);
		expect(JSON.stringify(ev)).toBe(before);
	});
});

describe.each(Object.entries(SCENARIOS))('cost curve laws: %s', (_name, edit) => {
	const { ev, inputs } = scenario(edit);
	const { config, table } = costCurveChart(ev, inputs, light);
	const nb = okBaselines(ev).length;
	const nc = okCandidates(ev).length;

	it('has one dataset per OK baseline and candidate, plus non-empty marker sets', () => {
		const markerSets = config.data.datasets.filter((d) => d.showLine === false);
		expect(config.data.datasets).toHaveLength(nb + nc + markerSets.length);
		for (const d of markerSets) expect(d.data.length).toBeGreaterThan(0);
	});

	it('marks every finite break-even at exactly the engine’s volume, on the API line', () => {
		const expected = plottable(ev);
		const got = markers(config);
		expect(got).toHaveLength(expected.length);
		for (const { pair, kind, volume } of expected) {
			const m = got.find(
				(p) =>
					p.breakEven?.kind === kind &&
					p.breakEven.candidateId === pair.candidateId &&
					p.breakEven.baselineId === pair.baselineId
			);
			const b = okBaselines(ev).find((x) => x.id === pair.baselineId);
			const c = okCandidates(ev).find((x) => x.id === pair.candidateId);
			if (!m || !b || !c) throw new Error(`no ${kind} marker for ${pair.candidateId}`);
			expect(m.x).toBe(toNumber(volume));
			expect(m.y).toBe(toNumber(apiCost(b.line, volume)));
			// The two costs are equal there (the engine's own law): the candidate's line passes through it.
			expect(curveAt(c.curve, volume).total.toFixed(6)).toBe(apiCost(b.line, volume).toFixed(6));
			const line = config.data.datasets[nb + okCandidates(ev).indexOf(c)].data;
			expect(line.some((p) => p.x === toNumber(volume))).toBe(true);
		}
	});

	it('spans every plotted break-even and the plan', () => {
		const { min, max } = xScale(config);
		const vols = plottable(ev).map((b) => toNumber(b.volume));
		if (ev.volume.value.gt(0)) vols.push(toNumber(ev.volume.value));
		for (const v of vols) {
			expect(v).toBeGreaterThanOrEqual(min);
			expect(v).toBeLessThanOrEqual(max);
		}
		expect(max / min).toBeGreaterThanOrEqual(100);
		const plan = annotations(config).plan;
		if (ev.volume.value.gt(0)) expect(plan).toMatchObject({ value: toNumber(ev.volume.value) });
		else expect(plan).toBeUndefined();
	});

	it(`keeps every series within ${MAX_POINTS_PER_SERIES} points and the x range`, () => {
		const { min, max } = xScale(config);
		for (const d of config.data.datasets) {
			expect(d.data.length).toBeLessThanOrEqual(MAX_POINTS_PER_SERIES);
			for (const p of d.data) {
				expect(p.x).toBeGreaterThanOrEqual(min);
				expect(p.x).toBeLessThanOrEqual(max);
			}
		}
	});

	it('draws API lines from apiCost at every sample', () => {
		okBaselines(ev).forEach((b, i) => {
			const pts = config.data.datasets[i].data;
			expect(pts[0].x).toBe(xScale(config).min);
			expect(pts.at(-1)?.x).toBe(xScale(config).max);
			for (const p of pts) {
				const cost = apiCost(b.line, dec(p.x.toPrecision(15)));
				expect(p.y ?? 0).toBeCloseTo(toNumber(cost), 6);
			}
		});
	});

	it('draws non-decreasing lines whose every point is the engine’s curveAt', () => {
		okCandidates(ev).forEach((c, i) => {
			const pts = config.data.datasets[nb + i].data;
			expect(pts[0].x).toBe(xScale(config).min);
			expect(pts.at(-1)?.x).toBe(xScale(config).max);
			expectFollowsCurve(c.curve, pts);
		});
	});

	it('has a table row for each point', () => {
		const points = config.data.datasets.reduce((n, d) => n + d.data.length, 0);
		expect(table.rows).toHaveLength(points);
		for (const r of table.rows) expect(r).toHaveLength(COST_CURVE_COLUMNS.length);
	});
});

describe('cost curve edge cases', () => {
	it('leaves a break-even at zero volume off the log axis and names it in the caption', () => {
		const { ev, inputs } = scenario(SCENARIOS['API with a fixed fee']);
		const { config, table } = costCurveChart(ev, inputs, light);
		const zero = markers(config).filter((p) => p.breakEven?.baselineId === GPT_4O_MINI);
		expect(zero).toEqual([]);
		expect(table.caption).toContain('self-hosting is cheaper from zero volume');
		// A fixed fee curves A(V) on log-log: nearly flat at the left edge, 410,134,603 tokens
		// (c3 vs GPT-4.1 / 10) × $0.20625/1M (5/6 × (0.7 × $0.15 + 0.3 × $0.075) + 1/6 × $0.60) = $84.59.
		expect(config.data.datasets[0].data[0].y).toBeCloseTo(20_084.59, 2);
	});

	it('centres on one replica’s volume when there is no plan and no break-even', () => {
		const { ev, inputs } = scenario(SCENARIOS['free-ish APIs, zero volume']);
		const { config } = costCurveChart(ev, inputs, light);
		const least = okCandidates(ev)
			.map((c) => c.capacity.volumePerReplica.value)
			.reduce(dmin);
		expect(xScale(config)).toEqual({
			min: toNumber(least.div(10)),
			max: toNumber(least.mul(10))
		});
		expect(markers(config)).toEqual([]);
		expect(config.data.datasets).toHaveLength(6);
	});

	it('leaves out a candidate and a baseline that failed, and only them', () => {
		const { ev, inputs } = scenario(SCENARIOS['a failing candidate and baseline']);
		const labels = costCurveChart(ev, inputs, light).config.data.datasets.map((d) => d.label);
		expect(labels.filter((l) => l?.includes('GPT-4.1'))).toEqual([]);
		expect(labels.filter((l) => l?.includes('L4'))).toEqual([]);
		expect(labels).toHaveLength(2 + 3 + 2);
		const { table } = costCurveChart(ev, inputs, light);
		expect(table.caption).toContain('Not shown: Llama 3.1 8B · NVIDIA L4 24GB · FP8 · buy');
	});
});

describe('cost curve of fleets and hybrids', () => {
	const lineOf = (config: CostCurveConfig, c: OkCandidate) => {
		const d = config.data.datasets.find((x) => x.label?.startsWith(`${c.label} (`));
		if (!d) throw new Error(`no line for ${c.id}`);
		return d;
	};

	it('draws a hybrid as its own line, never above the cheaper of its two pure options', () => {
		// c1 (Llama 3.3 70B on rented H100s) keeps the API for what it does not serve: GPT-4.1.
		const { ev, inputs } = scenario((s) => {
			s.candidates[0].overflow = GPT_41;
		});
		const c = okCandidates(ev).find((x) => x.id === 'c1');
		const api = okBaselines(ev).find((x) => x.id === GPT_41);
		if (!c || !api || c.curve.kind !== 'hybrid') throw new Error('c1 is a hybrid');
		const { config, table } = costCurveChart(ev, inputs, light);
		const d = lineOf(config, c);
		expect(d.label).toBe(`${c.label} (hybrid)`);
		expect(config.data.datasets.filter((x) => x.label === d.label)).toHaveLength(1);
		const pure: SelfHostCurve = {
			kind: 'follow',
			stair: c.curve.stair,
			perToken: c.curve.perToken
		};
		let below = 0;
		for (const p of d.data) {
			const v = dec(p.x.toPrecision(17));
			const allApi = apiCost(api.line, v);
			const allSelf = curveAt(pure, v).total;
			const cheaper = toNumber(dmin(allApi, allSelf));
			expect(p.y ?? 0).toBeLessThanOrEqual(cheaper * (1 + 1e-9));
			if ((p.y ?? 0) < cheaper * (1 - 1e-6)) below++;
		}
		// Somewhere the mix is strictly cheaper than either pure option (the point of a hybrid).
		expect(below).toBeGreaterThan(0);
		expectFollowsCurve(c.curve, d.data);
		// The table says where the tokens went.
		expect(table.rows.some((r) => r[0] === d.label && r[4].includes('to GPT-4.1'))).toBe(true);
	});

	it('draws a fixed fleet with no overflow flat up to its capacity, then says what is not served', () => {
		// Two rented replicas of c1: rent is paid whatever the load (no power per token).
		const { ev, inputs } = scenario((s) => {
			s.candidates[0].fleet = { replicas: 2 };
		});
		const c = okCandidates(ev).find((x) => x.id === 'c1');
		if (!c || c.curve.kind !== 'fleet') throw new Error('c1 is a fleet');
		expect(c.curve.perToken.isZero()).toBe(true);
		const { config, table } = costCurveChart(ev, inputs, light);
		const d = lineOf(config, c);
		expect(d.label).toBe(`${c.label} (self-hosted)`);
		// Capacity: 2 active replicas × Kᵤ tokens/month at the planned utilisation, sized for the
		// peak P: the whole day is served up to 2·Kᵤ / P.
		const s = c.curve.stair.s;
		const active = 2 - s.redundancy;
		const upTo = c.curve.Ku.mul(active).div(c.curve.day.P);
		const flat = toNumber(stepCost(s, active));
		const inside = d.data.filter((p) => p.x <= toNumber(upTo));
		expect(inside.length).toBeGreaterThan(10);
		for (const p of inside) expect(p.y).toBe(flat);
		// The capacity edge is a plotted point, and past it nothing is billed for the unserved part.
		expect(d.data.some((p) => p.x === toNumber(upTo))).toBe(true);
		for (const p of d.data) expect(p.y).toBe(flat);
		const beyond = table.rows.filter((r) => r[0] === d.label && r[4].includes('not served'));
		expect(beyond.length).toBeGreaterThan(0);
		expect(table.caption).toContain(`${c.label} serves every token up to`);
		expectFollowsCurve(c.curve, d.data);
	});

	it('labels a fixed fleet with an overflow API "(hybrid)" and charts the overflow fee where it starts', () => {
		const { ev, inputs } = scenario((s) => {
			s.candidates[0].fleet = { replicas: 2 };
			s.candidates[0].overflow = GPT_4O_MINI;
			s.overrides.offerings[GPT_4O_MINI] = { fixedMonthlyUsd: '500' };
		});
		const c = okCandidates(ev).find((x) => x.id === 'c1');
		if (!c || c.curve.kind !== 'fleet' || !c.curve.overflow) throw new Error('c1 overflows');
		const d = lineOf(costCurveChart(ev, inputs, light).config, c);
		expect(d.label).toBe(`${c.label} (hybrid)`);
		// The fee starts once the peak overflows, at C/P: a jump of exactly $500 there.
		const edge = toNumber(c.curve.Ku.mul(c.curve.active).div(c.curve.day.P));
		const at = d.data.filter((p) => p.x === edge);
		expect(at).toHaveLength(2);
		expect((at[1].y ?? 0) - (at[0].y ?? 0)).toBeCloseTo(500, 6);
		// Below the edge the fleet serves everything: no fee on the samples. (Not checked at the exact
		// break-even volumes: there the engine's served() loses 1e-30 tokens to rounding and charges
		// the fee; reported to the engine.)
		const samples = d.data.filter((p) => p.x < edge && !p.text.includes('%'));
		expect(samples.length).toBeGreaterThan(10);
		for (const p of samples) expect(p.y).toBe(at[0].y);
	});
});
