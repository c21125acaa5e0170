import { preparedStepCost, type BreakEven } from './break-even';
import { dec } from './decimal';
import type { BaselineResult, CandidateResult, Evaluation, PairResult } from './evaluate';
import { explained, quantity, type Explained, type Quantity } from './quantity';

type OkCandidate = Extract<CandidateResult, { ok: true }>;
type OkBaseline = Extract<BaselineResult, { ok: true }>;

export interface PairExplanation {
	candidate: CandidateResult;
	baseline: BaselineResult;
	pair: PairResult;
	/** Derived figures, outermost first; each lists its formula and inputs with their sources. */
	figures: Explained[];
}

function selfHostedCostAt(c: OkCandidate, active: number): Explained {
	const n = active + c.capacity.redundancy;
	const gpus = n * c.cost.gpusPerReplica;
	const nodes = Math.ceil(gpus / c.cost.gpusPerNode);
	return explained(
		`${c.label}: monthly cost with ${active} active replica(s)`,
		preparedStepCost(c.staircase, active),
		'USD/month',
		'fixed + GPUs × per-GPU cost + nodes × per-node cost',
		[
			quantity(
				'fixed monthly cost (base staff, other fixed)',
				c.cost.fixedTotal,
				'USD/month',
				'derived'
			),
			quantity('GPUs (replicas incl. redundancy × GPUs per replica)', dec(gpus), 'GPUs', 'derived'),
			quantity(
				'cost per GPU',
				c.cost.perReplicaTotal.div(c.cost.gpusPerReplica),
				'USD/month',
				'derived'
			),
			quantity('nodes', dec(nodes), 'nodes', 'derived'),
			quantity('cost per node', c.cost.perNodeTotal, 'USD/month', 'derived'),
			...c.cost.explanations
		]
	);
}

function breakEvenFigure(
	kind: 'First' | 'Sustained',
	be: BreakEven,
	c: OkCandidate,
	b: OkBaseline
): Explained {
	const api: Quantity[] = [
		quantity(`${b.name}: fixed monthly fee`, b.line.fixedMonthly, 'USD/month', 'catalog'),
		b.line.pricePerTokenExplained
	];
	if (be.kind === 'never') {
		const perPeriod = c.staircase.costPerPeriod.div(c.staircase.volumePerPeriod).mul(1_000_000);
		return explained(
			`${kind} break-even: never`,
			dec(0),
			'',
			'self-hosting costs more per token than the API at every scale: a full replica (with its share of a node) costs more per month than the API charges for the tokens it serves',
			[
				quantity(
					'self-hosted cost per 1M tokens at full replicas',
					perPeriod,
					'USD/1M tokens',
					'derived'
				),
				c.capacity.volumePerReplica,
				...api
			]
		);
	}
	if (c.mode !== 'follow') {
		return explained(
			`${kind} break-even`,
			be.volume,
			'tokens/month',
			`solved in closed form on each linear piece of the ${modeText[c.mode]} cost (fleet cost constant, overflow linear in volume) against the API line; ${be.activeReplicas} active replica(s) there`,
			[termsFigure(c), ...api]
		);
	}
	const perToken = c.curve.kind === 'follow' ? c.curve.perToken : dec(0);
	return explained(
		`${kind} break-even`,
		be.volume,
		'tokens/month',
		be.volume.isZero()
			? 'self-hosting is cheaper from zero traffic: S(0) ≤ the API fee'
			: perToken.isZero()
				? `V = (S_k − API fee) / API price per token, inside step k = ${be.activeReplicas} active replica(s), where S is flat`
				: `V = (S_k − API fee) / (API price per token − power per token served), inside step k = ${be.activeReplicas} active replica(s)`,
		[
			selfHostedCostAt(c, be.activeReplicas),
			...api,
			c.capacity.volumePerReplica,
			...(perToken.isZero()
				? []
				: [quantity('power above idle per token served', perToken, 'USD/token', 'derived')])
		]
	);
}

const modeText = {
	follow: 'capacity-follows-volume',
	fleet: 'fixed fleet',
	hybrid: 'hybrid (fleet + overflow API)',
	autoscaled: 'autoscaled rent'
} as const;

/**
 * Which terms priced the candidate: how capacity is decided (following volume, a fixed fleet, the
 * hybrid optimum, autoscaled rent), the daily shape that splits the volume, and the overflow API.
 */
export function termsFigure(c: OkCandidate): Explained {
	const split = c.atPlan.split;
	const inputs: Quantity[] = [
		quantity('active replicas at plan', dec(split.activeReplicas), 'replicas', 'derived'),
		quantity('replicas paid for at plan', split.billedReplicas, 'replicas', 'derived'),
		quantity('tokens served in-house at plan', split.served, 'tokens/month', 'derived')
	];
	if (c.curve.kind !== 'follow') {
		const d = c.curve.day;
		inputs.push(
			quantity('share of the day at peak f', d.f, 'share', 'peak hours per day / 24'),
			quantity('peak load P', d.P, '× average', 'peak factor'),
			quantity('off-peak load L', d.L, '× average', '(1 − f·P) / (1 − f)')
		);
	}
	if (!split.overflow.isZero() || c.hybrid)
		inputs.push(
			quantity('tokens sent to the overflow API', split.overflow, 'tokens/month', 'derived'),
			quantity('overflow API bill', split.overflowCost, 'USD/month', 'derived')
		);
	if (!split.unserved.isZero())
		inputs.push(quantity('tokens not served', split.unserved, 'tokens/month', 'derived'));
	const how = {
		follow: 'capacity follows volume: max(minimum, ceil(V / Vrep)) + redundant replicas',
		fleet:
			'a fixed fleet: the replicas bought or rented whatever the volume; the volume above its capacity (peaks first) goes to the overflow API or is not served',
		hybrid: `the hybrid optimum: the replica count (0 = all API) with the lowest fleet + overflow cost at plan${c.hybrid ? `, overflow to ${c.hybrid.overflowName}` : ''}`,
		autoscaled:
			'autoscaled rent: f × peak replicas + (1 − f) × off-peak replicas + redundancy, billed on the day’s average'
	}[c.mode];
	return explained(
		`${c.label}: how capacity is priced`,
		split.billedReplicas,
		'replicas',
		how,
		inputs
	);
}

/**
 * Why a pair's numbers are what they are: the break-even formulas with the step cost and the API
 * price they used, then both costs at plan, each down to catalog figures with sources.
 */
export function explainPair(
	ev: Evaluation,
	candidateId: string,
	baselineId: string
): PairExplanation | undefined {
	const candidate = ev.candidates.find((c) => c.id === candidateId);
	const baseline = ev.baselines.find((b) => b.id === baselineId);
	const pair = ev.pairs.get(candidateId, baselineId);
	if (!candidate || !baseline || !pair) return undefined;
	if (!pair.ok || !candidate.ok || !baseline.ok) return { candidate, baseline, pair, figures: [] };
	return {
		candidate,
		baseline,
		pair,
		figures: [
			breakEvenFigure('First', pair.first, candidate, baseline),
			breakEvenFigure('Sustained', pair.sustained, candidate, baseline),
			termsFigure(candidate),
			candidate.atPlan.total,
			baseline.atPlan,
			candidate.throughput.requestsPerSecond,
			candidate.capacity.volumePerReplica
		]
	};
}
