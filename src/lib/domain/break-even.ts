import { ZERO, type Decimal } from './decimal';

/**
 * The self-hosted cost staircase, reduced to the numbers the break-even solve needs.
 * With k active replicas (k ≥ minActive), total replicas N = k + redundancy and
 *   S_k = fixed + N·perReplica + ceil(N·gpusPerReplica / gpusPerNode)·perNode,
 * constant on the volume step (lo_k, hi_k] with hi_k = k·Vrep, lo_k = (k−1)·Vrep,
 * except the first step, which starts at 0.
 */
export interface Staircase {
	fixed: Decimal;
	perReplica: Decimal;
	perNode: Decimal;
	gpusPerReplica: number;
	gpusPerNode: number;
	minActive: number;
	redundancy: number;
	/** Tokens/month one active replica serves. */
	volumePerReplica: Decimal;
}

/** A break-even volume, or none. */
export type BreakEven =
	| {
			kind: 'volume';
			/** Tokens/month. */
			volume: Decimal;
			/** Active replicas at that volume. */
			activeReplicas: number;
			/**
			 * True when the volume is a step edge: self-hosting is dearer at this volume and cheaper
			 * just above it, so the two costs are not equal there.
			 */
			atStepBoundary: boolean;
	  }
	| { kind: 'never' };

export interface BreakEvenResult {
	first: BreakEven;
	sustained: BreakEven;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Cost of k active replicas (a plain step of the staircase). */
export function stepCost(s: Staircase, k: number): Decimal {
	const n = k + s.redundancy;
	const nodes = Math.ceil((n * s.gpusPerReplica) / s.gpusPerNode);
	let c = s.fixed.add(s.perReplica.mul(n));
	if (!s.perNode.isZero()) c = c.add(s.perNode.mul(nodes));
	return c;
}

/** Active replicas serving a volume: max(minActive, ceil(V / Vrep)). */
export function activeAt(s: Staircase, volume: Decimal): number {
	return Math.max(s.minActive, volume.div(s.volumePerReplica).ceil().toNumber());
}

/** Self-hosted monthly cost at a volume. */
export const staircaseCost = (s: Staircase, volume: Decimal): Decimal => stepCost(s, activeAt(s, volume));

/**
 * Per-candidate precomputation: node counts repeat with period q = gpusPerNode / gcd(gpusPerReplica,
 * gpusPerNode) replicas, so the cost of step k0 + j·q is cost(k0) + j·(q·perReplica + u·perNode)
 * with u = q·gpusPerReplica/gpusPerNode. Each residue class is then linear in j and solvable in
 * closed form. Build once per candidate, reuse for every API baseline.
 */
export interface PreparedStaircase {
	s: Staircase;
	q: number;
	/** Cost added by q more replicas (including the nodes they fill). */
	costPerPeriod: Decimal;
	volumePerPeriod: Decimal;
	/** Per residue class r = 0..q−1, k0 = minActive + r: cost(k0) and k0·Vrep. */
	firstK: number[];
	firstCost: Decimal[];
	firstHi: Decimal[];
	/** Per residue class, k0 = minActive + 1 + r: cost(k0) and lo = (k0 − 1)·Vrep. */
	laterK: number[];
	laterCost: Decimal[];
	laterLo: Decimal[];
}

export function prepareStaircase(s: Staircase): PreparedStaircase {
	const q = s.perNode.isZero() ? 1 : s.gpusPerNode / gcd(s.gpusPerReplica, s.gpusPerNode);
	const u = (q * s.gpusPerReplica) / s.gpusPerNode;
	const p: PreparedStaircase = {
		s,
		q,
		costPerPeriod: s.perReplica.mul(q).add(s.perNode.mul(u)),
		volumePerPeriod: s.volumePerReplica.mul(q),
		firstK: [],
		firstCost: [],
		firstHi: [],
		laterK: [],
		laterCost: [],
		laterLo: []
	};
	for (let r = 0; r < q; r++) {
		const k = s.minActive + r;
		p.firstK.push(k);
		p.firstCost.push(stepCost(s, k));
		p.firstHi.push(s.volumePerReplica.mul(k));
		const k2 = k + 1;
		p.laterK.push(k2);
		p.laterCost.push(stepCost(s, k2));
		p.laterLo.push(s.volumePerReplica.mul(k2 - 1));
	}
	return p;
}

/**
 * Least j ≥ 0 with g + j·delta ≤ 0, for g > 0 and delta < 0: ceil(g / −delta), checked exactly.
 */
function stepsUntilNonPositive(g: Decimal, delta: Decimal): number {
	let j = g.div(delta.neg()).ceil().toNumber();
	// Guard the rounding of the division at an exact multiple.
	if (j > 0 && g.add(delta.mul(j - 1)).lte(0)) j -= 1;
	return j;
}

/**
 * Break-even of a self-hosted staircase S(V) against an API line A(V) = apiFixed + V·apiPerToken,
 * solved per step in closed form (never by sampling volumes):
 * - first: the least V with S(V) ≤ A(V). S − A falls inside a step and jumps up at step edges, so
 *   the first crossing lies inside a step, where S = A exactly: V = (S_k − apiFixed) / apiPerToken,
 *   or at 0 when self-hosting is already cheaper with no traffic;
 * - sustained: the least V beyond which S ≤ A at every larger volume; it exists only when a period
 *   of replicas costs less than the API charges for the tokens they serve (otherwise 'never').
 * @example fixed $1,000, $2,000 per replica, 1e9 tokens per replica, API $4/1M tokens, no fee:
 *          step 1 costs $3,000 → first at $3,000 / $4e-6 = 750e6 tokens. Just above 1e9 a second
 *          replica brings the cost to $5,000 while the API charges $4,000, so self-hosting is dearer
 *          again until $5,000 / $4e-6 = 1.25e9; from there every step is cheaper: sustained = 1.25e9.
 */
export function solveBreakEven(p: PreparedStaircase, apiFixed: Decimal, apiPerToken: Decimal): BreakEvenResult {
	const { s, q } = p;
	const delta = p.costPerPeriod.sub(apiPerToken.mul(p.volumePerPeriod));
	const crossing = (k: number, lo: Decimal): BreakEven => {
		const cost = stepCost(s, k);
		let v = apiPerToken.isZero() ? ZERO : cost.sub(apiFixed).div(apiPerToken);
		if (v.lt(lo)) v = lo;
		return { kind: 'volume', volume: v, activeReplicas: k, atStepBoundary: false };
	};

	// First: the least step k whose right end already has S ≤ A, G(k) = S_k − F − p·hi_k ≤ 0.
	let firstK = Infinity;
	for (let r = 0; r < q; r++) {
		const g = p.firstCost[r].sub(apiFixed).sub(apiPerToken.mul(p.firstHi[r]));
		let k = Infinity;
		if (g.lte(0)) k = p.firstK[r];
		else if (delta.lt(0)) k = p.firstK[r] + q * stepsUntilNonPositive(g, delta);
		if (k < firstK) firstK = k;
	}
	const first: BreakEven =
		firstK === Infinity
			? { kind: 'never' }
			: crossing(firstK, firstK === s.minActive ? ZERO : s.volumePerReplica.mul(firstK - 1));

	// Sustained: the last step L not wholly cheaper (H(k) = S_k − F − p·lo_k > 0); sustained starts in it.
	// When a period of replicas costs more than the API charges for its tokens, S − A grows without bound.
	if (delta.gt(0)) return { first, sustained: { kind: 'never' } };
	let last = -Infinity;
	for (let r = 0; r < q; r++) {
		const h = p.laterCost[r].sub(apiFixed).sub(apiPerToken.mul(p.laterLo[r]));
		if (h.lte(0)) continue; // the class is wholly cheaper from its first member on
		if (delta.isZero()) return { first, sustained: { kind: 'never' } };
		const j = stepsUntilNonPositive(h, delta);
		last = Math.max(last, p.laterK[r] + (j - 1) * q);
	}
	if (last === -Infinity) {
		// Every step after the first is wholly cheaper; the first step starts at 0.
		if (stepCost(s, s.minActive).sub(apiFixed).lte(0)) {
			return { first, sustained: { kind: 'volume', volume: ZERO, activeReplicas: s.minActive, atStepBoundary: false } };
		}
		last = s.minActive;
	}
	const hi = s.volumePerReplica.mul(last);
	const gLast = stepCost(s, last).sub(apiFixed).sub(apiPerToken.mul(hi));
	const sustained: BreakEven = gLast.lte(0)
		? crossing(last, last === s.minActive ? ZERO : s.volumePerReplica.mul(last - 1))
		: { kind: 'volume', volume: hi, activeReplicas: last + 1, atStepBoundary: true };
	return { first, sustained };
}

/** The API price per token below which self-hosting never wins at scale: cost per period / volume per period. */
export function asymptoticCostPerToken(p: PreparedStaircase): Decimal {
	return p.costPerPeriod.div(p.volumePerPeriod);
}
