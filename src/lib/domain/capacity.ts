import { dec, dmax, floorDiv, numberOf, type Decimal } from './decimal';
import type { ServingInputs, WorkloadInputs } from './inputs';
import { remember } from './memo';
import { explained, LazyExplained, quantity, type Explained } from './quantity';
import { SECONDS_PER_MONTH, tokensPerRequest } from './workload';

/** How many replicas a volume needs: active = max(minReplicas, ceil(V / volumePerReplica)), plus redundancy. */
export interface Capacity {
	/** Monthly tokens one replica serves while peak load stays within the target utilisation. */
	volumePerReplica: Explained;
	minActive: number;
	redundancy: number;
	/** Peak load over average load that sizes capacity. */
	peakFactor: Explained;
}

/**
 * Peak factor: P, or with batch traffic shifted off-peak max(P·(1 − b), 1) — the interactive peak,
 * but never less than the average, since all traffic must still be served over the day.
 * @example P = 2, b = 0.25, shifted → max(1.5, 1) = 1.5
 */
export function peakFactor(w: WorkloadInputs, s: ServingInputs): Explained {
	// Every candidate asks for it: computed once per workload and batch setting (the one serving
	// setting it reads), so settings drawn anew (a Monte Carlo sample) find it too.
	const byShift = remember(peakFactors, w, (): [Explained?, Explained?] => []);
	const i = s.shiftBatchOffPeak ? 1 : 0;
	return (byShift[i] ??= computePeakFactor(w, s));
}
const peakFactors = new WeakMap<WorkloadInputs, [Explained?, Explained?]>();

function computePeakFactor(w: WorkloadInputs, s: ServingInputs): Explained {
	const P = w.peakToAverage.value;
	if (!s.shiftBatchOffPeak) {
		return explained('Peak factor', P, '×', 'peak-to-average P', [w.peakToAverage]);
	}
	const v = dmax(P.mul(dec(1).sub(w.batchShare.value)), dec(1));
	return explained('Peak factor', v, '×', 'max(P·(1 − b), 1): batch traffic runs off-peak', [
		w.peakToAverage,
		w.batchShare
	]);
}

const SECONDS_PER_MONTH_Q = quantity(
	'seconds per month',
	SECONDS_PER_MONTH,
	's',
	'365/12 days × 86,400 s'
);

const VOLUME_PER_REPLICA = [
	'Volume per replica',
	'tokens/month',
	'requests/s × target utilisation × 2,628,000 s/month × (i + o) / peak factor'
] as const;

/** The figures volumePerReplica is computed from, in the order the explanation lists them. */
function volumeInputs(requestsPerSecond: Explained, w: WorkloadInputs, s: ServingInputs) {
	return [
		requestsPerSecond,
		s.targetUtilization,
		SECONDS_PER_MONTH_Q,
		w.inputTokensPerRequest,
		w.outputTokensPerRequest,
		peakFactor(w, s)
	];
}

const volumeOf = (requestsPerSecond: Explained, w: WorkloadInputs, s: ServingInputs) =>
	requestsPerSecond.value
		.mul(s.targetUtilization.value)
		.mul(SECONDS_PER_MONTH)
		.mul(tokensPerRequest(w))
		.div(peakFactor(w, s).value);

/**
 * Tokens/month one replica serves: requests/s × target utilisation × seconds/month × (i + o) / peak factor.
 * @example 10 requests/s × 0.7 × 2,628,000 s × 1,250 tokens / 2 → 11,497,500,000 tokens/month
 */
export function capacity(
	requestsPerSecond: Explained,
	w: WorkloadInputs,
	s: ServingInputs
): Capacity {
	const [label, unit, formula] = VOLUME_PER_REPLICA;
	return {
		volumePerReplica: explained(
			label,
			volumeOf(requestsPerSecond, w, s),
			unit,
			formula,
			volumeInputs(requestsPerSecond, w, s)
		),
		minActive: numberOf(s.minReplicas.value),
		redundancy: numberOf(s.redundancy.value),
		peakFactor: peakFactor(w, s)
	};
}

/**
 * capacity() of a replica whose requests/s is computed when first read (a replica size ranked in
 * floating point): the same figures, the volume per replica computed when read, by the same
 * operations; `volumeFloat` is its value in floating point (within 1e-12) meanwhile.
 * @example lazyCapacity(() => rps, w, s, 11497500000).volumePerReplica.value → as capacity(rps, w, s)
 */
export function lazyCapacity(
	requestsPerSecond: () => Explained,
	w: WorkloadInputs,
	s: ServingInputs,
	volumeFloat: number
): Capacity {
	const [label, unit, formula] = VOLUME_PER_REPLICA;
	return {
		volumePerReplica: new LazyExplained(
			label,
			unit,
			formula,
			() => {
				const rps = requestsPerSecond();
				return { value: volumeOf(rps, w, s), inputs: volumeInputs(rps, w, s) };
			},
			volumeFloat
		),
		minActive: numberOf(s.minReplicas.value),
		redundancy: numberOf(s.redundancy.value),
		peakFactor: peakFactor(w, s)
	};
}

/**
 * Active replicas serving a volume: max(minimum, ceil(V / Vrep)). The one place replica counts
 * come from, for the plan, the staircase and the charts.
 * @example 30e9 tokens at 11.4975e9 per replica, minimum 1 → ceil(2.61) = 3
 */
export function activeReplicas(
	volume: Decimal,
	volumePerReplica: Decimal | (() => Decimal),
	minActive: number,
	/** With volumePerReplica computed when called: its float (see floorDiv). */
	volumePerReplicaFloat?: number
): number {
	// ceil(V / Vrep) = −floor(−V / Vrep). The planned volume and a replica's volume are asked for
	// again and again: their floats are remembered (−V's float is −(V's float)), and −V is made
	// only when the float quotient is too close to an integer to trust.
	const vrepFloat =
		volumePerReplicaFloat ??
		numberOf(typeof volumePerReplica === 'function' ? volumePerReplica() : volumePerReplica);
	return Math.max(
		minActive,
		-floorDiv(() => volume.neg(), volumePerReplica, -numberOf(volume), vrepFloat)
	);
}

/**
 * Replicas (active + redundancy) needed at a monthly volume.
 * @example 30e9 tokens/month at 11.4975e9 per replica, min 1, redundancy 1 → ceil(2.61) + 1 = 4
 */
export function replicasAt(volume: Decimal, cap: Capacity): number {
	return activeReplicas(volume, cap.volumePerReplica.value, cap.minActive) + cap.redundancy;
}
