import {
	prepareApi,
	solveBreakEven,
	staircaseCost,
	stepCost,
	activeAt,
	type BreakEven,
	type BreakEvenResult,
	type PreparedApi,
	type PreparedStaircase,
	type Staircase
} from './break-even';
import { dec, floorDiv, toNumber, ZERO, type Decimal } from './decimal';
import { usdPerToken } from './units';
import {
	autoscaledPieces,
	autoscaledReplicas,
	breakEvensOf,
	cheaperIntervals,
	firstCheaper,
	fullReplicas,
	optionPieces,
	pieceCost,
	served,
	type DayShape,
	type Interval,
	type OverflowLine,
	type Piece
} from './fleet';

/**
 * The self-hosted side's monthly cost as a function of volume, for every way a candidate can be run:
 * - follow: capacity follows volume (the staircase), plus power per token served;
 * - fleet: a fixed number of replicas; what it cannot serve overflows to an API or goes unserved;
 * - hybrid: the cheapest number of replicas (0 = all API) with the rest to an overflow API;
 * - autoscaled: rented replicas billed on the day's average (peak hours at peak capacity).
 */
export type SelfHostCurve =
	| { kind: 'follow'; stair: PreparedStaircase; perToken: Decimal }
	| (Shared & { kind: 'fleet'; active: number; overflow?: OverflowLine })
	| (Shared & { kind: 'hybrid'; overflow: OverflowLine })
	| (Shared & { kind: 'autoscaled'; minOffPeak: number });

interface Shared {
	stair: PreparedStaircase;
	/** Tokens/month one active replica serves at the planned utilisation, were it used all month. */
	Ku: Decimal;
	/** Cost per token served (power following load). */
	perToken: Decimal;
	day: DayShape;
}

/** What the self-hosted side does at one volume. */
export interface CurvePoint {
	/** Everything: self-hosted cost + overflow API cost. */
	total: Decimal;
	/** The self-hosted part alone. */
	selfHost: Decimal;
	/** Active replicas (for autoscaled rent: at peak). */
	activeReplicas: number;
	/** Replicas paid for (active + redundancy; for autoscaled rent, the day's average). */
	billedReplicas: Decimal;
	/** Tokens/month served in-house, sent to the overflow API, and not served at all. */
	served: Decimal;
	overflow: Decimal;
	unserved: Decimal;
	overflowCost: Decimal;
}

/** Hybrid options are enumerated up to this many replica counts; beyond, the window nearest full service. */
const MAX_OPTIONS = 4096;

function options(c: Extract<SelfHostCurve, { kind: 'hybrid' }>, V: Decimal): number[] {
	const min = c.stair.s.minActive;
	const full = fullReplicas(V, c.Ku, c.day, min);
	const ks = [0];
	// Counted as well as compared: beyond 2^53 replicas k + 1 === k, and a loop on k alone never ends.
	for (let k = Math.max(min, full - MAX_OPTIONS), n = 0; k <= full && n <= MAX_OPTIONS; k++, n++)
		ks.push(k);
	if (full - MAX_OPTIONS > min) {
		// The off-peak edge: below it a replica serves all day, above it only the peak.
		const off = fullReplicas(V.mul(c.day.L).div(c.day.P), c.Ku, c.day, min);
		for (const k of [min, off - 1, off, off + 1]) if (k >= min && k <= full) ks.push(k);
	}
	return ks;
}

/**
 * Float copies of an option's linear pieces, for ranking many replica counts cheaply; every reported
 * figure is recomputed in Decimal for the counts that come out on top (see FLOAT_TRUST).
 */
interface FloatPiece {
	lo: number;
	hi: number;
	a: number;
	b: number;
}

/** Relative tolerance within which float rankings are redone in Decimal. */
const FLOAT_TRUST = 1e-9;

/** Float copies of a curve's figures, made once per curve. */
interface Floats {
	Fo: number;
	po: number;
	Ku: number;
	st: number;
	f: number;
	P: number;
	L: number;
}
const floatsOf = new WeakMap<object, Floats>();

function floats(c: Shared & { overflow?: OverflowLine }): Floats {
	let x = floatsOf.get(c);
	if (!x) {
		x = {
			Fo: c.overflow ? c.overflow.fixed.toNumber() : 0,
			po: c.overflow ? c.overflow.perToken.toNumber() : 0,
			Ku: c.Ku.toNumber(),
			st: c.perToken.toNumber(),
			f: c.day.f.toNumber(),
			P: c.day.P.toNumber(),
			L: c.day.L.toNumber()
		};
		floatsOf.set(c, x);
	}
	return x;
}

/** A step's cost in floating point: the staircase's float terms for k active replicas. */
function floatStepCost(stair: PreparedStaircase, k: number): number {
	const f = stair.f;
	const s = stair.s;
	const n = k + s.redundancy;
	return f.fixed + f.perReplica * n + f.perNode * Math.ceil((n * s.gpusPerReplica) / s.gpusPerNode);
}

/** An option's pieces in floating point; `S` replaces the float step cost when given. */
function floatPieces(
	c: Shared & { overflow?: OverflowLine },
	k: number,
	S = k === 0 ? 0 : floatStepCost(c.stair, k)
): FloatPiece[] {
	const { Fo, po, Ku, st, ...d } = floats(c);
	if (k === 0) return [{ lo: 0, hi: Infinity, a: Fo, b: po }];
	const C = Ku * k;
	const v1 = C / d.P;
	const fC = d.f * C;
	const out: FloatPiece[] = [{ lo: 0, hi: v1, a: S, b: st }];
	const v2 = d.L > 0 ? C / d.L : Infinity;
	if (v2 > v1)
		out.push({
			lo: v1,
			hi: v2,
			a: S + st * fC + Fo - po * fC,
			b: st * (1 - d.f) * d.L + po * d.f * d.P
		});
	if (v2 < Infinity)
		out.push({ lo: Math.max(v1, v2), hi: Infinity, a: S + st * C + Fo - po * C, b: po });
	return out;
}

function floatCost(pieces: FloatPiece[], V: number): number {
	for (const p of pieces) if (V <= p.hi) return p.a + p.b * V;
	const last = pieces[pieces.length - 1];
	return last.a + last.b * V;
}

/** The hybrid's cheapest replica count at V, and its cost (ties: fewer replicas). */
export function hybridOptimum(
	c: Extract<SelfHostCurve, { kind: 'hybrid' }>,
	V: Decimal
): { active: number; cost: Decimal } {
	// Rank every count in floating point, then decide among the near-cheapest in Decimal.
	const Vf = V.toNumber();
	const ks = options(c, V);
	const costs = ks.map((k) => floatCost(floatPieces(c, k), Vf));
	const low = Math.min(...costs);
	let best: { active: number; cost: Decimal } | undefined;
	ks.forEach((k, i) => {
		if (costs[i] > low + FLOAT_TRUST * Math.abs(low) + 1e-9) return;
		const cost = pieceCost(piecesOf(c, k), V);
		if (!best || cost.lt(best.cost) || (cost.eq(best.cost) && k < best.active))
			best = { active: k, cost };
	});
	return best ?? { active: 0, cost: pieceCost(piecesOf(c, 0), V) };
}

/**
 * The hybrid's break-even intervals over replica counts min…kmax, ranked in floating point: the
 * intervals that decide the first break-even (the least start) and the sustained one (the start of
 * the run that reaches `Vb`) are recomputed in Decimal; the rest only connect that run.
 */
function hybridIntervals(
	c: Extract<SelfHostCurve, { kind: 'hybrid' }>,
	F: Decimal,
	p: Decimal,
	min: number,
	kmax: number,
	limit: Decimal,
	Vb: Decimal | undefined
): Interval[] {
	const Ff = F.toNumber();
	const pf = p.toNumber();
	const lim = limit.toNumber();
	const all: { k: number; lo: number; hi: number }[] = [];
	for (let k = min; k <= kmax; k++) {
		for (const pc of floatPieces(c, k)) {
			let lo = pc.lo;
			let hi = Math.min(pc.hi, lim);
			if (hi < lo) continue;
			const c0 = pc.a - Ff;
			const c1 = pc.b - pf;
			if (c1 === 0) {
				if (c0 > FLOAT_TRUST * Math.abs(pc.a)) continue;
			} else {
				const root = -c0 / c1;
				if (c1 > 0) {
					if (root < lo * (1 - FLOAT_TRUST) - 1) continue;
					hi = Math.min(hi, root);
				} else {
					if (root > hi * (1 + FLOAT_TRUST) + 1) continue;
					lo = Math.max(lo, root);
				}
			}
			all.push({ k, lo, hi: Math.max(lo, hi) });
		}
	}
	if (!all.length) return [];
	// Intervals whose ends lie within NEAR of a deciding volume are recomputed in Decimal.
	const NEAR = 1e-6;
	const near = (x: number, y: number) => Math.abs(x - y) <= NEAR * Math.max(1, Math.abs(y));
	const exact = new Set<number>();
	const firstLo = Math.min(...all.map((x) => x.lo));
	for (const x of all) if (near(x.lo, firstLo)) exact.add(x.k);
	// The run that reaches Vb, walked back from it over touching intervals.
	if (Vb) {
		const sorted = [...all].sort((x, y) => y.hi - x.hi);
		let start = Vb.toNumber();
		let moved = true;
		while (moved) {
			moved = false;
			for (const x of sorted) {
				if (x.lo < start && x.hi >= start * (1 - NEAR)) {
					start = x.lo;
					moved = true;
				}
			}
		}
		for (const x of all) if (near(x.lo, start)) exact.add(x.k);
		const out: Interval[] = [];
		for (const k of exact) out.push(...cheaperIntervals(piecesOf(c, k), F, p, limit));
		// The rest of the run, as one connector from just above its start (its ends are not reported).
		const after = start + NEAR * Math.max(1, start);
		if (after < Vb.toNumber()) out.push({ lo: dec(after.toString()), hi: Vb });
		return out;
	}
	const out: Interval[] = [];
	for (const k of exact) out.push(...cheaperIntervals(piecesOf(c, k), F, p, limit));
	return out;
}

/** Each option's pieces, made once per curve and replica count (the solve and the chart reuse them). */
const piecesMemo = new WeakMap<object, Map<number, Piece[]>>();
function piecesOf(c: Shared & { overflow?: OverflowLine }, k: number): Piece[] {
	let byK = piecesMemo.get(c);
	if (!byK) piecesMemo.set(c, (byK = new Map()));
	let p = byK.get(k);
	if (!p) {
		p = optionPieces(c.stair.s, k, c.Ku, c.perToken, c.day, c.overflow);
		if (byK.size < 4096) byK.set(k, p);
	}
	return p;
}

function pointWith(c: Shared & { overflow?: OverflowLine }, k: number, V: Decimal): CurvePoint {
	const s: Staircase = c.stair.s;
	if (k === 0) {
		const cost = pieceCost(piecesOf(c, 0), V);
		return {
			total: cost,
			selfHost: ZERO,
			activeReplicas: 0,
			billedReplicas: ZERO,
			served: ZERO,
			overflow: V,
			unserved: ZERO,
			overflowCost: cost
		};
	}
	const inHouse = served(V, c.Ku.mul(k), c.day);
	const rest = V.sub(inHouse);
	const selfHost = stepCost(s, k).add(c.perToken.mul(inHouse));
	const overflowCost =
		c.overflow && rest.gt(0) ? c.overflow.fixed.add(c.overflow.perToken.mul(rest)) : ZERO;
	return {
		total: selfHost.add(overflowCost),
		selfHost,
		activeReplicas: k,
		billedReplicas: dec(k + s.redundancy),
		served: inHouse,
		overflow: c.overflow ? rest : ZERO,
		unserved: c.overflow ? ZERO : rest,
		overflowCost
	};
}

/** The self-hosted side at volume V. */
export function curveAt(c: SelfHostCurve, V: Decimal): CurvePoint {
	switch (c.kind) {
		case 'follow': {
			const s = c.stair.s;
			const k = activeAt(s, V);
			// With no cost per token, adding 0 × V would give the same Decimal: skipped.
			const step = stepCost(s, k);
			const selfHost = c.perToken.isZero() ? step : step.add(c.perToken.mul(V));
			return {
				total: selfHost,
				selfHost,
				activeReplicas: k,
				billedReplicas: dec(k + s.redundancy),
				served: V,
				overflow: ZERO,
				unserved: ZERO,
				overflowCost: ZERO
			};
		}
		case 'fleet':
			return pointWith(c, c.active, V);
		case 'hybrid':
			return pointWith(c, hybridOptimum(c, V).active, V);
		case 'autoscaled': {
			const s = c.stair.s;
			const billed = autoscaledReplicas(V, c.Ku, c.day, s.minActive, c.minOffPeak, s.redundancy);
			const selfHost = s.fixed.add(s.perReplica.mul(billed));
			return {
				total: selfHost,
				selfHost,
				activeReplicas: fullReplicas(V, c.Ku, c.day, s.minActive),
				billedReplicas: billed,
				served: V,
				overflow: ZERO,
				unserved: ZERO,
				overflowCost: ZERO
			};
		}
	}
}

/** Relative window within which a float volume counts as sitting on a jump (floatCurve's `side`). */
const ON_EDGE = 1e-9;

/**
 * A whole count that steps up at every integer q (replicas = ceil(q), at least `min`); `side` asks
 * for the count just below (−1) or just above (+1) q, for a q that lies on a step within ON_EDGE.
 */
function countAt(q: number, min: number, side: -1 | 0 | 1): number {
	const k =
		side === -1
			? Math.ceil(q * (1 - ON_EDGE))
			: side === 1
				? Math.floor(q * (1 + ON_EDGE)) + 1
				: Math.ceil(q);
	return Math.max(min, k);
}

/**
 * The self-hosted side's total monthly cost (USD/month) at a volume V (tokens/month), in floating
 * point, for drawing: the curve's pieces (the staircase plus power per token, a fleet's linear
 * pieces, the cheapest hybrid option, autoscaled rent's replica counts) evaluated with floats, a few
 * multiplications a volume where curveAt takes hundreds of 40-digit operations. Pixels need no more;
 * every figure that is reported (a table, a tooltip, a break-even) comes from curveAt.
 *
 * `side` gives the cost just below (−1) or just above (+1) a jump at V: the replica counts (or the
 * fleet's piece) on that side, with the linear terms at V itself.
 *
 * `exact` are points curveAt computed on this curve: a step that holds one of them (the same replica
 * counts) costs its exact step cost, rounded once, so a flat step draws level with the exact point in
 * it. A fixed fleet's pieces are its exact pieces, rounded once.
 * @example rent at $1,460 a replica-month, Kᵤ = 3,285,000,000 tokens/month, peak 2 × average
 *          (ceil(2·V / Kᵤ) replicas): floatCurve(c)(4.9275e9) = 4380 (3 replicas), as curveAt;
 *          at the jump V = Kᵤ, floatCurve(c)(3.285e9, -1) = 2920 and floatCurve(c)(3.285e9, 1) = 4380
 */
export function floatCurve(
	c: SelfHostCurve,
	exact: readonly CurvePoint[] = []
): (V: number, side?: -1 | 0 | 1) => number {
	switch (c.kind) {
		case 'follow': {
			const s = c.stair.s;
			const vrep = c.stair.f.vrep;
			const st = toNumber(c.perToken);
			const pinned = new Map<number, number>();
			for (const p of exact) pinned.set(p.activeReplicas, toNumber(stepCost(s, p.activeReplicas)));
			return (V, side = 0) => {
				const k = countAt(V / vrep, s.minActive, side);
				return (pinned.get(k) ?? floatStepCost(c.stair, k)) + st * V;
			};
		}
		case 'fleet': {
			const pieces: FloatPiece[] = piecesOf(c, c.active).map((p) => ({
				lo: toNumber(p.lo),
				hi: p.hi ? toNumber(p.hi) : Infinity,
				a: toNumber(p.a),
				b: toNumber(p.b)
			}));
			return (V, side = 0) => {
				// The piece that holds V (at a shared edge, the left one), or the one just below or above.
				const p =
					pieces.find((x) =>
						side === -1
							? V <= x.hi * (1 + ON_EDGE)
							: side === 1
								? V < x.hi * (1 - ON_EDGE)
								: V <= x.hi
					) ?? pieces[pieces.length - 1];
				return p.a + p.b * V;
			};
		}
		case 'hybrid': {
			const s = c.stair.s;
			const { Ku, P, L } = floats(c);
			const pinned = new Map<number, number>();
			for (const p of exact)
				if (p.activeReplicas > 0)
					pinned.set(p.activeReplicas, toNumber(stepCost(s, p.activeReplicas)));
			const byK = new Map<number, FloatPiece[]>();
			const cost = (k: number, V: number) => {
				let pieces = byK.get(k);
				if (!pieces) {
					pieces = floatPieces(c, k, pinned.get(k));
					if (byK.size < MAX_OPTIONS * 2) byK.set(k, pieces);
				}
				return floatCost(pieces, V);
			};
			// The replica counts options() ranks, in floating point: the cheapest of them is the cost.
			// (A hybrid's cost has no jumps to draw: `side` is not needed.)
			return (V) => {
				const min = s.minActive;
				const full = countAt((P * V) / Ku, min, 0);
				let best = cost(0, V);
				for (let k = Math.max(min, full - MAX_OPTIONS); k <= full; k++)
					best = Math.min(best, cost(k, V));
				if (full - MAX_OPTIONS > min) {
					const off = countAt((L * V) / Ku, min, 0);
					for (const k of [min, off - 1, off, off + 1])
						if (k >= min && k <= full) best = Math.min(best, cost(k, V));
				}
				return best;
			};
		}
		case 'autoscaled': {
			const s = c.stair.s;
			const { Ku, f, P, L } = floats(c);
			const fixed = toNumber(s.fixed);
			const perReplica = toNumber(s.perReplica);
			// Keyed by the peak and off-peak replica counts, which fix the cost.
			const key = (peak: number, off: number) => `${peak}|${off}`;
			const pinned = new Map<string, number>();
			for (const p of exact) {
				const off = Math.max(c.minOffPeak, -floorDiv(c.day.L.mul(p.served).neg(), c.Ku));
				pinned.set(key(p.activeReplicas, off), toNumber(p.total));
			}
			return (V, side = 0) => {
				const peak = countAt((P * V) / Ku, s.minActive, side);
				const off = countAt((L * V) / Ku, c.minOffPeak, side);
				return (
					pinned.get(key(peak, off)) ??
					fixed + perReplica * (f * peak + (1 - f) * off + s.redundancy)
				);
			};
		}
	}
}

/** Break-evens, plus (for a fleet with no overflow API) the volume up to which it serves in full. */
export interface CurveBreakEven extends BreakEvenResult {
	/** A fleet without an overflow API is compared with the API only up to this volume. */
	servesUpTo?: Decimal;
	/** The solve stopped at its size limit: volumes beyond `solvedUpTo` are not checked. */
	solvedUpTo?: Decimal;
}

const NEVER: BreakEven = { kind: 'never' };

/** Break-even of a staircase with a cost per token s against A = F + p·V: the staircase against F + (p − s)·V. */
function followBreakEven(
	stair: PreparedStaircase,
	perToken: Decimal,
	api: PreparedApi
): BreakEvenResult {
	if (perToken.isZero()) return solveBreakEven(stair, api);
	const p = api.perToken.sub(perToken);
	if (p.lte(0)) {
		// S − A never falls with volume: cheaper at 0 or never.
		const s = stair.s;
		const cheaperAtZero = staircaseCost(s, ZERO).lte(api.fixed);
		return cheaperAtZero
			? {
					first: { kind: 'volume', volume: ZERO, activeReplicas: s.minActive },
					sustained: NEVER
				}
			: { first: NEVER, sustained: NEVER };
	}
	// The API's price less the self-hosted cost per token served: still a price per token.
	return solveBreakEven(stair, prepareApi(api.fixed, usdPerToken(p)));
}

/** Limit on the hybrid's enumerated replica counts in the break-even solve. */
const MAX_SOLVE_OPTIONS = 20_000;

/**
 * First and sustained break-even of the self-hosted side against an API line, in closed form per
 * linear piece (see fleet.ts): the least volume where the self-hosted side is no dearer, and the
 * volume from which it stays so.
 */
export function solveCurve(c: SelfHostCurve, api: PreparedApi): CurveBreakEven {
	const F = api.fixed;
	const p = api.perToken;
	switch (c.kind) {
		case 'follow':
			return followBreakEven(c.stair, c.perToken, api);
		case 'fleet': {
			const pieces = piecesOf(c, c.active);
			if (c.overflow) return breakEvensOf(cheaperIntervals(pieces, F, p), () => c.active);
			// No overflow: beyond C/P part of the traffic goes unserved, which no API comparison prices.
			const upTo = c.Ku.mul(c.active).div(c.day.P);
			const r = breakEvensOf(cheaperIntervals(pieces, F, p, upTo), () => c.active);
			return { ...r, sustained: NEVER, servesUpTo: upTo };
		}
		case 'hybrid': {
			// Solved once per set of figures: a new volume makes new curve objects with the same ones.
			const key = hybridKey(c, api);
			let solved = hybridSolves.get(key);
			if (!solved) {
				if (hybridSolves.size >= MAX_KEPT_SOLVES) hybridSolves.clear();
				hybridSolves.set(key, (solved = solveHybrid(c, api)));
			}
			return solved;
		}
		case 'autoscaled': {
			const s = c.stair.s;
			const m = s.perReplica.div(c.Ku); // average cost per token of capacity
			const fO = c.day.f;
			const upper = s.fixed.add(
				s.perReplica.mul(
					dec(s.redundancy + 1)
						.add(fO.mul(s.minActive))
						.add(dec(1).sub(fO).mul(c.minOffPeak))
				)
			);
			const lower = s.fixed.add(s.perReplica.mul(s.redundancy));
			let limit: Decimal;
			let Vb: Decimal | undefined;
			if (m.lt(p)) {
				// Above Vb even the upper bound is no dearer than the API.
				Vb = upper.sub(F).div(p.sub(m));
				if (Vb.lt(0)) Vb = ZERO;
				limit = Vb;
			} else if (m.gt(p)) {
				// Beyond where the lower bound passes the API, self-hosting is dearer for good.
				limit = F.sub(lower).div(m.sub(p));
				if (limit.lt(0)) return { first: NEVER, sustained: NEVER };
			} else {
				limit = c.Ku.mul(1_000_000);
			}
			const { pieces, complete } = autoscaledPieces(
				s.fixed,
				s.perReplica,
				c.Ku,
				c.day,
				s.minActive,
				c.minOffPeak,
				s.redundancy,
				limit
			);
			const intervals = cheaperIntervals(pieces, F, p, limit);
			if (Vb && complete) intervals.push({ lo: Vb });
			const r = breakEvensOf(intervals, (V) => fullReplicas(V, c.Ku, c.day, s.minActive));
			return complete ? r : { ...r, sustained: NEVER, solvedUpTo: pieces.at(-1)?.hi ?? ZERO };
		}
	}
}

/**
 * Hybrid solves by the figures that decide them (hybridKey): the Decimal solve is most of a hybrid
 * pair's time, and each keystroke of a volume would otherwise solve every hybrid pair again. At
 * most MAX_KEPT_SOLVES are kept; when full, the map starts afresh.
 */
const hybridSolves = new Map<string, CurveBreakEven>();
const MAX_KEPT_SOLVES = 4096;

/**
 * Every figure a hybrid solve reads, as text: the staircase (its prepared floats derive from it),
 * the capacity per replica, the cost per token, the day's shape, the overflow and the API lines.
 */
function hybridKey(c: Extract<SelfHostCurve, { kind: 'hybrid' }>, api: PreparedApi): string {
	const s = c.stair.s;
	return [
		s.fixed,
		s.perReplica,
		s.perNode,
		s.gpusPerReplica,
		s.gpusPerNode,
		s.minActive,
		s.redundancy,
		s.volumePerReplica,
		c.Ku,
		c.perToken,
		c.day.f,
		c.day.P,
		c.day.L,
		c.overflow.fixed,
		c.overflow.perToken,
		api.fixed,
		api.perToken
	].join('|');
}

/** A hybrid curve's break-evens against an API line, solved now (solveCurve remembers them). */
export function solveHybrid(
	c: Extract<SelfHostCurve, { kind: 'hybrid' }>,
	api: PreparedApi
): CurveBreakEven {
	const F = api.fixed;
	const p = api.perToken;
	// The break-even asks when self-hosting part of the traffic (at least one replica) pays:
	// the all-API option is left out, or the hybrid would tie with its own overflow API at 0.
	// Two options bound the answer: all self-hosted (the staircase) and the smallest fleet
	// with everything else overflowing.
	const min = c.stair.s.minActive;
	const pure = followBreakEven(c.stair, c.perToken, api);
	const smallest = breakEvensOf(cheaperIntervals(piecesOf(c, min), F, p), () => min);
	const vol = (b: BreakEven) => (b.kind === 'volume' ? b.volume : undefined);
	const least = (...xs: (Decimal | undefined)[]) =>
		xs.reduce<Decimal | undefined>((m, x) => (x && (!m || x.lt(m)) ? x : m), undefined);
	const Vb = least(vol(pure.sustained), vol(smallest.sustained));
	const Vf = least(vol(pure.first), vol(smallest.first));
	if (!Vf) return { first: NEVER, sustained: NEVER };
	const limit = Vb ?? Vf;
	const kmax = fullReplicas(limit, c.Ku, c.day, min) + 1;
	const at = (V: Decimal) => Math.max(min, hybridOptimum(c, V).active);
	if (kmax - min > MAX_SOLVE_OPTIONS) {
		const b = (v: Decimal | undefined): BreakEven =>
			v ? { kind: 'volume', volume: v, activeReplicas: at(v) } : NEVER;
		return { first: b(Vf), sustained: b(Vb), solvedUpTo: ZERO };
	}
	const intervals = hybridIntervals(c, F, p, min, kmax, limit, Vb);
	if (Vb) intervals.push({ lo: Vb });
	const r = breakEvensOf(intervals, at);
	return Vb ? r : { first: r.first, sustained: NEVER };
}

/**
 * The volume above V at which the hybrid optimum adds a replica: the least volume where a larger
 * replica count costs no more than today's optimum (the next eight counts are checked).
 */
export function nextReplicaVolume(
	c: Extract<SelfHostCurve, { kind: 'hybrid' }>,
	V: Decimal
): { volume: Decimal; active: number } | undefined {
	const now = hybridOptimum(c, V).active;
	const base = piecesOf(c, now);
	let best: { volume: Decimal; active: number } | undefined;
	for (let k = Math.max(now + 1, c.stair.s.minActive); k <= now + 8; k++) {
		const v = firstCheaper(piecesOf(c, k), base, V);
		if (v && v.gt(V) && (!best || v.lt(best.volume))) best = { volume: v, active: k };
	}
	return best;
}
