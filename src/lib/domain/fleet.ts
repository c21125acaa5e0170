import { stepCost, type BreakEven, type BreakEvenResult, type Staircase } from './break-even';
import { floorDiv, ONE, ZERO, type Decimal } from './decimal';

/**
 * Costs that do not follow a plain staircase: a fixed fleet, a fleet with an overflow API, the
 * hybrid optimum (the self-hosted size that minimises fleet + overflow cost) and autoscaled rent.
 * Each is a set of options whose cost is piecewise linear in the monthly volume V; the cost at V is
 * the cheapest option's. Break-evens against an API line are solved per piece in closed form.
 *
 * The daily shape: the peak load P × average lasts a share f of the day (peak hours / 24); the rest
 * of the day runs at the level L that brings the day's mean back to the average,
 * L = (1 − f·P) / (1 − f). When f·P ≥ 1 the peak cannot last that long: all traffic falls in the
 * peak hours, f = 1/P and L = 0. Capacity C (tokens/month at the planned utilisation, were it used
 * all month) serves f·min(P·V, C) + (1 − f)·min(L·V, C); the rest overflows, peaks first.
 */
export interface DayShape {
	/** Share of the day at peak load. */
	f: Decimal;
	/** Peak load over average. */
	P: Decimal;
	/** Off-peak load over average. */
	L: Decimal;
}

/**
 * @example P = 2, 8 peak hours: f = 1/3, L = (1 − 2/3) / (2/3) = 0.5
 * @example P = 4, 8 peak hours: f·P = 4/3 ≥ 1 → f = 0.25, L = 0
 */
export function dayShape(P: Decimal, peakHours: Decimal): DayShape {
	const f = peakHours.div(24);
	if (P.lte(ONE)) return { f: ONE, P: ONE, L: ONE };
	if (f.mul(P).gte(ONE)) return { f: ONE.div(P), P, L: ZERO };
	return { f, P, L: ONE.sub(f.mul(P)).div(ONE.sub(f)) };
}

/** Volume served in-house by capacity C: f·min(P·V, C) + (1 − f)·min(L·V, C). */
export function served(V: Decimal, C: Decimal, d: DayShape): Decimal {
	const peak = d.P.mul(V);
	// Capacity that covers the peak serves everything: exactly V, not V less the rounding of L.
	if (peak.lte(C)) return V;
	const off = d.L.mul(V);
	return d.f.mul(peak.lt(C) ? peak : C).add(ONE.sub(d.f).mul(off.lt(C) ? off : C));
}

/** A linear piece: cost = a + b·V on [lo, hi] (hi undefined: unbounded). */
export interface Piece {
	lo: Decimal;
	hi?: Decimal;
	a: Decimal;
	b: Decimal;
}

/** An overflow API's line: fixed monthly fee (charged when any volume overflows) and price per token. */
export interface OverflowLine {
	fixed: Decimal;
	perToken: Decimal;
}

/**
 * The cost of k active replicas (k + redundancy in all) serving what capacity C = k·Kᵤ can, the
 * rest overflowing (to `overflow`, or unserved and free when there is none):
 *   [0, C/P]:   S_k + s·V
 *   [C/P, C/L]: S_k + s·(f·C + (1 − f)·L·V) + F_o + p_o·(f·P·V − f·C)
 *   [C/L, ∞):   S_k + s·C + F_o + p_o·(V − C)
 * where S_k is the staircase's step cost and s the cost per token served (power following load).
 * k = 0 is all API: F_o + p_o·V.
 */
export function optionPieces(
	stair: Staircase,
	k: number,
	Ku: Decimal,
	s: Decimal,
	d: DayShape,
	overflow: OverflowLine | undefined
): Piece[] {
	const Fo = overflow?.fixed ?? ZERO;
	const po = overflow?.perToken ?? ZERO;
	if (k === 0) return [{ lo: ZERO, a: Fo, b: po }];
	const S = stepCost(stair, k);
	const C = Ku.mul(k);
	const v1 = C.div(d.P);
	const first: Piece = { lo: ZERO, hi: v1, a: S, b: s };
	const fC = d.f.mul(C);
	const middle: Piece = {
		lo: v1,
		a: S.add(s.mul(fC)).add(Fo).sub(po.mul(fC)),
		b: s.mul(ONE.sub(d.f)).mul(d.L).add(po.mul(d.f).mul(d.P))
	};
	if (d.L.isZero()) return [first, middle];
	const v2 = C.div(d.L);
	if (v2.lte(v1)) {
		// A flat day (L = P = 1): no middle piece.
		return [first, { lo: v1, a: S.add(s.mul(C)).add(Fo).sub(po.mul(C)), b: po }];
	}
	middle.hi = v2;
	return [first, middle, { lo: v2, a: S.add(s.mul(C)).add(Fo).sub(po.mul(C)), b: po }];
}

/** Cost of a piecewise-linear option at V (the piece that holds V; at a shared edge, the left one). */
export function pieceCost(pieces: Piece[], V: Decimal): Decimal {
	for (const p of pieces) if (!p.hi || V.lte(p.hi)) return p.a.add(p.b.mul(V));
	const last = pieces[pieces.length - 1];
	return last.a.add(last.b.mul(V));
}

/** An interval [lo, hi] of volumes (hi undefined: unbounded). */
export interface Interval {
	lo: Decimal;
	hi?: Decimal;
}

/**
 * Where a piecewise option costs no more than the line F + p·V: within each piece,
 * (a − F) + (b − p)·V ≤ 0 is a half-line, intersected with the piece.
 */
export function cheaperIntervals(
	pieces: Piece[],
	F: Decimal,
	p: Decimal,
	limit?: Decimal
): Interval[] {
	const out: Interval[] = [];
	for (const pc of pieces) {
		let lo = pc.lo;
		let hi = pc.hi;
		if (limit && (!hi || hi.gt(limit))) hi = limit;
		if (hi && hi.lt(lo)) continue;
		const c0 = pc.a.sub(F);
		const c1 = pc.b.sub(p);
		if (c1.isZero()) {
			if (c0.gt(0)) continue;
		} else {
			const root = c0.neg().div(c1); // where (a − F) + (b − p)·V = 0
			if (c1.gt(0)) {
				// ≤ 0 up to the root.
				if (root.lt(lo)) continue;
				if (!hi || root.lt(hi)) hi = root;
			} else {
				// ≤ 0 from the root on.
				if (hi && root.gt(hi)) continue;
				if (root.gt(lo)) lo = root;
			}
		}
		out.push({ lo, hi });
	}
	return out;
}

/**
 * First and sustained volume of a union of intervals where the self-hosted side is no dearer:
 * first = the least volume in the union; sustained = the start of the part that runs to infinity.
 * Intervals that touch are merged (the break-even is an infimum).
 */
export function breakEvensOf(
	intervals: Interval[],
	replicasAt: (V: Decimal) => number
): BreakEvenResult {
	const never: BreakEven = { kind: 'never' };
	if (!intervals.length) return { first: never, sustained: never };
	const sorted = [...intervals].sort((x, y) => x.lo.cmp(y.lo));
	// The replica count at a break-even is found when read (for a hybrid it is an optimisation).
	const at = (v: Decimal): BreakEven => {
		let k: number | undefined;
		return {
			kind: 'volume',
			volume: v,
			get activeReplicas() {
				return (k ??= replicasAt(v));
			}
		};
	};
	const first = at(sorted[0].lo);
	// Merge, then the last merged interval is the sustained one when it is unbounded.
	let cur = { ...sorted[0] };
	for (const iv of sorted.slice(1)) {
		if (!cur.hi) break;
		if (iv.lo.lte(cur.hi)) {
			if (!iv.hi || iv.hi.gt(cur.hi)) cur.hi = iv.hi;
		} else cur = { ...iv };
	}
	return { first, sustained: cur.hi ? never : at(cur.lo) };
}

/** Active replicas that serve a volume in full: max(minActive, ceil(P·V / Kᵤ)). */
export function fullReplicas(V: Decimal, Ku: Decimal, d: DayShape, minActive: number): number {
	return Math.max(minActive, -floorDiv(d.P.mul(V).neg(), Ku));
}

/**
 * Replicas billed under autoscaled rent, averaged over the day: redundancy +
 * f·max(minActive, ceil(P·V/Kᵤ)) + (1 − f)·max(minOffPeak, ceil(L·V/Kᵤ)).
 * @example Kᵤ = 1e9, V = 3e9, P = 2, f = 1/3, L = 0.5, minima 1, redundancy 0:
 *          1/3 × 6 + 2/3 × 2 = 3.333… replicas
 */
export function autoscaledReplicas(
	V: Decimal,
	Ku: Decimal,
	d: DayShape,
	minActive: number,
	minOffPeak: number,
	redundancy: number
): Decimal {
	const peak = Math.max(minActive, -floorDiv(d.P.mul(V).neg(), Ku));
	const off = Math.max(minOffPeak, -floorDiv(d.L.mul(V).neg(), Ku));
	return d.f.mul(peak).add(ONE.sub(d.f).mul(off)).add(redundancy);
}

/**
 * Autoscaled rent as pieces up to `limit` (cost is constant between the volumes where the peak or the
 * off-peak replica count steps up), at most `maxPieces` of them; the last piece runs on unbounded
 * at the asymptotic slope only when `limit` is reached, so callers pass a limit past which the
 * answer is known.
 */
export function autoscaledPieces(
	fixed: Decimal,
	perReplica: Decimal,
	Ku: Decimal,
	d: DayShape,
	minActive: number,
	minOffPeak: number,
	redundancy: number,
	limit: Decimal,
	maxPieces = 100_000
): { pieces: Piece[]; complete: boolean } {
	const stepP = Ku.div(d.P);
	const stepL = d.L.isZero() ? undefined : Ku.div(d.L);
	const pieces: Piece[] = [];
	let lo = ZERO;
	let jp = Math.max(1, minActive); // the peak edge after lo: jp·stepP
	let jl = Math.max(1, minOffPeak);
	while (pieces.length < maxPieces) {
		const eP = stepP.mul(jp);
		const eL = stepL ? stepL.mul(jl) : undefined;
		const hi = eL && eL.lt(eP) ? eL : eP;
		const mid = lo.add(hi).div(2);
		const cost = fixed.add(
			perReplica.mul(autoscaledReplicas(mid, Ku, d, minActive, minOffPeak, redundancy))
		);
		pieces.push({ lo, hi, a: cost, b: ZERO });
		if (hi.gte(limit)) return { pieces, complete: true };
		if (hi.eq(eP)) jp++;
		if (eL && hi.eq(eL)) jl++;
		lo = hi;
	}
	return { pieces, complete: false };
}

/**
 * The least volume above `from` where option `x` costs no more than option `y` (both piecewise
 * linear), solved per segment between their breakpoints; undefined when there is none.
 */
export function firstCheaper(x: Piece[], y: Piece[], from: Decimal): Decimal | undefined {
	const edges = [...x, ...y]
		.flatMap((p) => [p.lo, ...(p.hi ? [p.hi] : [])])
		.filter((e) => e.gt(from))
		.sort((a, b) => a.cmp(b));
	let lo = from;
	for (const hi of [...edges, undefined]) {
		if (hi && hi.lte(lo)) continue;
		// Both options are linear on (lo, hi): the pieces that hold a point inside it.
		const mid = hi ? lo.add(hi).div(2) : lo.add(ONE);
		const px = holding(x, mid);
		const py = holding(y, mid);
		const c0 = px.a.sub(py.a);
		const c1 = px.b.sub(py.b);
		let v: Decimal | undefined;
		if (c1.isZero()) v = c0.lte(0) ? lo : undefined;
		else {
			const root = c0.neg().div(c1);
			if (c1.lt(0)) v = root.gt(lo) ? root : lo;
			else v = c0.add(c1.mul(lo)).lte(0) ? lo : undefined;
		}
		if (v && (!hi || v.lte(hi))) return v;
		if (!hi) return undefined;
		lo = hi;
	}
	return undefined;
}

/** The piece holding V strictly inside (left-open, right-closed). */
function holding(pieces: Piece[], V: Decimal): Piece {
	for (const p of pieces) if (V.gt(p.lo) && (!p.hi || V.lte(p.hi))) return p;
	return pieces[pieces.length - 1];
}
