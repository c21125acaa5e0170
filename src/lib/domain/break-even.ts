import { activeReplicas } from './capacity';
import { floatOf, numberOf, ZERO, type Decimal } from './decimal';
import type { UsdPerToken } from './units';

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
	/**
	 * volumePerReplica in floating point when it is known before the Decimal (a replica size ranked
	 * in floats, whose exact figures are computed when read): within 1e-12 of it, relative. The solve
	 * and the replica counts use it and read volumePerReplica only when a float is too close to call.
	 */
	volumePerReplicaFloat?: number;
}

/** A break-even volume, or none. */
export type BreakEven =
	| {
			kind: 'volume';
			/** Tokens/month. */
			volume: Decimal;
			/** Active replicas at that volume. */
			activeReplicas: number;
	  }
	| { kind: 'never' };

export interface BreakEvenResult {
	first: BreakEven;
	sustained: BreakEven;
}

/** One shared 'never': results hold many of them. */
const NEVER: BreakEven = Object.freeze({ kind: 'never' });

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
	const f = s.volumePerReplicaFloat;
	return f === undefined
		? activeReplicas(volume, s.volumePerReplica, s.minActive)
		: activeReplicas(volume, () => s.volumePerReplica, s.minActive, f);
}

/** Self-hosted monthly cost at a volume. */
export const staircaseCost = (s: Staircase, volume: Decimal): Decimal =>
	stepCost(s, activeAt(s, volume));

/**
 * Per-candidate precomputation: node counts repeat with period q = gpusPerNode / gcd(gpusPerReplica,
 * gpusPerNode) replicas, so the cost of step k0 + j·q is cost(k0) + j·(q·perReplica + u·perNode)
 * with u = q·gpusPerReplica/gpusPerNode. Each residue class is then linear in j and solvable in
 * closed form. Build once per candidate, reuse for every API baseline.
 *
 * Speed: the solve decides signs (is step k cheaper than the API?) in floating point first, with an
 * error bound, and recomputes in Decimal only when the float result is too close to zero to trust.
 * Every volume and cost it reports is computed in Decimal.
 */
export interface PreparedStaircase {
	s: Staircase;
	q: number;
	/** Cost added by q more replicas (including the nodes they fill). */
	costPerPeriod: Decimal;
	volumePerPeriod: Decimal;
	f: {
		fixed: number;
		perReplica: number;
		perNode: number;
		vrep: number;
		costPerPeriod: number;
		volumePerPeriod: number;
	};
	/** Step costs already computed: most baselines cross at the same few steps. */
	costs: Map<number, Decimal>;
}

/** Cost of k active replicas, memoised per prepared staircase. */
export function preparedStepCost(p: PreparedStaircase, k: number): Decimal {
	let c = p.costs.get(k);
	if (!c) {
		c = stepCost(p.s, k);
		if (p.costs.size < 256) p.costs.set(k, c);
	}
	return c;
}

export function prepareStaircase(s: Staircase): PreparedStaircase {
	const q = s.perNode.isZero() ? 1 : s.gpusPerNode / gcd(s.gpusPerReplica, s.gpusPerNode);
	return new Prepared(s, q, (q * s.gpusPerReplica) / s.gpusPerNode);
}

/**
 * A prepared staircase. The period's exact cost and volume are computed when first read: the
 * solve decides in floating point and needs them only when a float result is too close to trust.
 * Its float copies are sums and products of the float inputs, within FLOAT_TRUST of the exact ones.
 */
class Prepared implements PreparedStaircase {
	readonly f: PreparedStaircase['f'];
	#costs: Map<number, Decimal> | undefined;
	#costPerPeriod: Decimal | undefined;
	#volumePerPeriod: Decimal | undefined;
	constructor(
		readonly s: Staircase,
		readonly q: number,
		/** GPU nodes a period of replicas fills. */
		private readonly u: number
	) {
		// A candidate's cost terms are shared with the candidates on the same GPU: floatOf keeps
		// their floats; the volume per replica is the candidate's own.
		const perReplica = floatOf(s.perReplica);
		const perNode = floatOf(s.perNode);
		const vrep = s.volumePerReplicaFloat ?? numberOf(s.volumePerReplica);
		this.f = {
			fixed: floatOf(s.fixed),
			perReplica,
			perNode,
			vrep,
			costPerPeriod: perReplica * q + perNode * u,
			volumePerPeriod: vrep * q
		};
	}
	/** Made when a step's cost is first asked for: most candidates of a large scenario never are. */
	get costs(): Map<number, Decimal> {
		return (this.#costs ??= new Map());
	}
	get costPerPeriod(): Decimal {
		return (this.#costPerPeriod ??= this.s.perReplica.mul(this.q).add(this.s.perNode.mul(this.u)));
	}
	get volumePerPeriod(): Decimal {
		return (this.#volumePerPeriod ??= this.s.volumePerReplica.mul(this.q));
	}
}

/** An API line ready for many solves: A(V) = fixed + V·perToken, with float copies for sign tests. */
export interface PreparedApi {
	fixed: Decimal;
	perToken: UsdPerToken;
	/** 1 / perToken, or undefined for a free API. */
	invPerToken?: Decimal;
	f: { fixed: number; perToken: number };
}

export function prepareApi(fixed: Decimal, perToken: UsdPerToken): PreparedApi {
	return new PreparedLine(fixed, perToken);
}

/**
 * A prepared API line. 1 / perToken, a 40-digit power, is computed when first read: only a
 * break-even volume that someone reads needs it, and an evaluation prepares every baseline.
 */
class PreparedLine implements PreparedApi {
	readonly f: { fixed: number; perToken: number };
	/** null: not computed yet; undefined: a free API. */
	#inv: Decimal | undefined | null = null;
	constructor(
		readonly fixed: Decimal,
		readonly perToken: UsdPerToken
	) {
		this.f = { fixed: fixed.toNumber(), perToken: perToken.toNumber() };
	}
	get invPerToken(): Decimal | undefined {
		if (this.#inv === null) this.#inv = this.perToken.isZero() ? undefined : this.perToken.pow(-1);
		return this.#inv;
	}
}

/**
 * How many times a solve was decided in Decimal because a float was within FLOAT_TRUST of zero.
 * A solve that took no such decision depends on the staircase's and the line's floats alone
 * (`f`, q and the step counts), so a caller may keep its answer while those are unchanged
 * (evaluate.ts); one that took some must be solved again.
 */
let exactDecisions = 0;
export const exactDecisionCount = (): number => exactDecisions;

/** Relative error bound of the float evaluation of a few products and sums of decimals. */
const FLOAT_TRUST = 1e-11;
/** Replica counts beyond this are not plausible volumes; the solve reports 'never' past it. */
const MAX_REPLICAS = 1e14;

/**
 * Sign of S_k − F − p·V_at(k) where V_at is the step's right end (edge = 'hi') or left end ('lo').
 * Float first; Decimal when the float value is within its error bound of zero.
 */
function sign(p: PreparedStaircase, a: PreparedApi, k: number, edge: 'hi' | 'lo'): number {
	const { s, f } = p;
	const n = k + s.redundancy;
	const nodes = Math.ceil((n * s.gpusPerReplica) / s.gpusPerNode);
	const steps = edge === 'hi' ? k : k === s.minActive ? 0 : k - 1;
	const cost = f.fixed + f.perReplica * n + f.perNode * nodes;
	const api = a.f.fixed + a.f.perToken * f.vrep * steps;
	const g = cost - api;
	if (Math.abs(g) > FLOAT_TRUST * (cost + api)) return Math.sign(g);
	exactDecisions++;
	const exact = preparedStepCost(p, k)
		.sub(a.fixed)
		.sub(a.perToken.mul(s.volumePerReplica.mul(steps)));
	return exact.isZero() ? 0 : exact.isNeg() ? -1 : 1;
}

/**
 * In the residue class of k0 (members k0 + j·q), the least member at or after k0 whose sign is ≤ 0,
 * given that the class falls by |delta| per period; Infinity when it lies past MAX_REPLICAS.
 */
function firstNonPositive(
	p: PreparedStaircase,
	a: PreparedApi,
	k0: number,
	edge: 'hi' | 'lo'
): number {
	if (sign(p, a, k0, edge) <= 0) return k0;
	const { s, f, q } = p;
	const deltaF = periodDelta(p, a);
	// Estimate j from the class's float value, then correct it exactly.
	const n = k0 + s.redundancy;
	const steps = edge === 'hi' ? k0 : k0 - 1;
	const g0 =
		f.fixed +
		f.perReplica * n +
		f.perNode * Math.ceil((n * s.gpusPerReplica) / s.gpusPerNode) -
		a.f.fixed -
		a.f.perToken * f.vrep * steps;
	let j = Math.max(1, Math.ceil(g0 / -deltaF));
	if (!Number.isFinite(j) || k0 + j * q > MAX_REPLICAS) {
		// Past the plausible range by the float estimate, which is unreliable when a period's cost
		// and revenue nearly cancel: decide at the range's end exactly, then bisect (the class's sign
		// falls with j), so scaling every price by k cannot move the answer across the bound.
		const jMax = Math.floor((MAX_REPLICAS - k0) / q);
		if (jMax < 1 || sign(p, a, k0 + jMax * q, edge) > 0) return Infinity;
		let lo = 0; // sign(k0 + lo·q) > 0
		let hi = jMax; // sign(k0 + hi·q) ≤ 0
		while (hi - lo > 1) {
			const mid = Math.floor((lo + hi) / 2);
			if (sign(p, a, k0 + mid * q, edge) > 0) lo = mid;
			else hi = mid;
		}
		return k0 + hi * q;
	}
	while (sign(p, a, k0 + j * q, edge) > 0) j++;
	while (j > 1 && sign(p, a, k0 + (j - 1) * q, edge) <= 0) j--;
	return k0 + j * q;
}

/**
 * The crossing inside step k, S_k = A(V). It lies above the step's left end (the step before it is
 * dearer at that volume) except in the first step, where it may fall below zero: then 0.
 * The solve needs only k; the volume, a 40-digit product, is computed when first read: a large
 * scenario solves tens of thousands of pairs whose volumes nobody reads.
 */
class Crossing {
	readonly kind = 'volume';
	#p: PreparedStaircase | undefined;
	#a: PreparedApi | undefined;
	#volume: Decimal | undefined;
	constructor(
		p: PreparedStaircase,
		a: PreparedApi,
		readonly activeReplicas: number
	) {
		this.#p = p;
		this.#a = a;
	}
	/** Tokens/month: (S_k − fixed) / perToken, or 0 below zero or for a free API. */
	get volume(): Decimal {
		if (this.#volume) return this.#volume;
		const p = this.#p as PreparedStaircase;
		const a = this.#a as PreparedApi;
		const cost = preparedStepCost(p, this.activeReplicas);
		let v = a.invPerToken ? (a.fixed.isZero() ? cost : cost.sub(a.fixed)).mul(a.invPerToken) : ZERO;
		if (v.isNeg()) v = ZERO;
		// Once computed, the inputs are let go.
		this.#p = this.#a = undefined;
		return (this.#volume = v);
	}
	/** JSON (the worker's messages, --json) sees a plain break-even: the volume is a getter. */
	toJSON(): { kind: 'volume'; volume: Decimal; activeReplicas: number } {
		return { kind: this.kind, volume: this.volume, activeReplicas: this.activeReplicas };
	}
}

const crossing = (p: PreparedStaircase, a: PreparedApi, k: number): BreakEven =>
	new Crossing(p, a, k);

/**
 * Break-even of a self-hosted staircase S(V) against an API line A(V) = fixed + V·perToken,
 * solved per step in closed form (never by sampling volumes):
 * - first: the least V with S(V) ≤ A(V). S − A falls inside a step and jumps up at step edges, so
 *   the first crossing lies inside a step, where S = A exactly: V = (S_k − fixed) / perToken,
 *   or at 0 when self-hosting is already cheaper with no traffic;
 * - sustained: the least V beyond which S ≤ A at every larger volume; it exists only when a period
 *   of replicas costs less than the API charges for the tokens they serve (otherwise 'never').
 * @example fixed $1,000, $2,000 per replica, 1e9 tokens per replica, API $4/1M tokens, no fee:
 *          step 1 costs $3,000 → first at $3,000 / $4e-6 = 750e6 tokens. Just above 1e9 a second
 *          replica brings the cost to $5,000 while the API charges $4,000, so self-hosting is dearer
 *          again until $5,000 / $4e-6 = 1.25e9; from there every step is cheaper: sustained = 1.25e9.
 */
export function solveBreakEven(p: PreparedStaircase, a: PreparedApi): BreakEvenResult {
	const { first: firstK, sustained: sustainedK } = solveSteps(p, a);
	const first = firstAt(p, a, firstK);
	return { first, sustained: sustainedAt(p, a, sustainedK, firstK, first) };
}

/**
 * Where solveBreakEven's answers lie, as steps, before any object is built: a scenario holds tens
 * of thousands of pairs, and evaluate builds their break-evens when first read.
 */
export interface BreakEvenSteps {
	/** The step holding the first crossing; Infinity when never. */
	first: number;
	/** The step holding the sustained crossing; Infinity when never; FROM_ZERO: from volume 0. */
	sustained: number;
}
/** Sustained from volume 0: every step is cheaper, the first one from its start. */
export const FROM_ZERO = -1;

/** The first break-even at its step (see BreakEvenSteps). */
export const firstAt = (p: PreparedStaircase, a: PreparedApi, k: number): BreakEven =>
	k === Infinity ? NEVER : crossing(p, a, k);

/** The sustained break-even at its step; the first's own object when both lie in one step. */
export function sustainedAt(
	p: PreparedStaircase,
	a: PreparedApi,
	k: number,
	firstK: number,
	first: BreakEven
): BreakEven {
	if (k === Infinity) return NEVER;
	if (k === FROM_ZERO) return { kind: 'volume', volume: ZERO, activeReplicas: p.s.minActive };
	return k === firstK ? first : crossing(p, a, k);
}

/** The solve itself: solveBreakEven's steps (BreakEvenSteps). */
export function solveSteps(p: PreparedStaircase, a: PreparedApi): BreakEvenSteps {
	solveStepsInto(p, a, scratch, 0);
	return { first: scratch[0], sustained: scratch[1] };
}
const scratch = new Float64Array(2);

/**
 * solveSteps writing its two steps into out[at] (first) and out[at + 1] (sustained), for a caller
 * that keeps many (a scenario's pairs, see evaluate.ts) without an object each.
 */
export function solveStepsInto(
	p: PreparedStaircase,
	a: PreparedApi,
	out: Float64Array,
	at: number
): void {
	const { s, q } = p;
	// delta: what a period of replicas adds to S − A. Its sign decides whether S − A falls at scale.
	const periodApi = a.f.perToken * p.f.volumePerPeriod;
	const deltaF = periodDelta(p, a);
	const deltaSign =
		Math.abs(deltaF) > FLOAT_TRUST * (p.f.costPerPeriod + periodApi)
			? Math.sign(deltaF)
			: exactPeriodSign(p, a);
	const falling = deltaSign < 0;

	// First: the least step k whose right end already has S ≤ A.
	let first = Infinity;
	for (let r = 0; r < q; r++) {
		const k0 = s.minActive + r;
		const k = falling
			? firstNonPositive(p, a, k0, 'hi')
			: sign(p, a, k0, 'hi') <= 0
				? k0
				: Infinity;
		if (k < first) first = k;
	}
	out[at] = first;
	out[at + 1] = sustainedStep(p, a, deltaSign, falling);
}

/** The sign of what a period of replicas adds to S − A, in Decimal (its float is too close to 0). */
function exactPeriodSign(p: PreparedStaircase, a: PreparedApi): number {
	exactDecisions++;
	return p.costPerPeriod.sub(a.perToken.mul(p.volumePerPeriod)).cmp(0);
}

/**
 * What a period of replicas adds to S − A, in floating point. Computed where it is used rather than
 * passed: a float argument or result of a call that is not inlined is boxed, one allocation per
 * pair of a large scenario.
 */
const periodDelta = (p: PreparedStaircase, a: PreparedApi): number =>
	p.f.costPerPeriod - a.f.perToken * p.f.volumePerPeriod;

/** The sustained step of solveStepsInto. */
function sustainedStep(
	p: PreparedStaircase,
	a: PreparedApi,
	deltaSign: number,
	falling: boolean
): number {
	const { s, q } = p;
	// Sustained: find the last step L not wholly cheaper (S_k > A at its left end); sustained starts in it.
	// When a period of replicas costs more than the API charges for its tokens, S − A grows without bound.
	if (deltaSign > 0) return Infinity;
	let last = -Infinity;
	for (let r = 0; r < q; r++) {
		const k0 = s.minActive + 1 + r;
		if (sign(p, a, k0, 'lo') <= 0) continue; // the class is wholly cheaper from its first member on
		if (!falling) return Infinity;
		const k = firstNonPositive(p, a, k0, 'lo');
		if (k === Infinity) return Infinity;
		last = Math.max(last, k - q);
	}
	if (last === -Infinity) {
		// Every step after the first is wholly cheaper; the first step starts at 0.
		if (sign(p, a, s.minActive, 'lo') <= 0) return FROM_ZERO;
		last = s.minActive;
	}
	// Step L has a cheaper part: the step after it is wholly cheaper, so S_{L+1} ≤ A(hi_L), and costs
	// never fall, so S_L ≤ S_{L+1} ≤ A(hi_L). Sustained is the crossing inside step L.
	return last;
}
