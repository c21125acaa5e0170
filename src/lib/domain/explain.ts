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
	return explained(
		`${kind} break-even`,
		be.volume,
		'tokens/month',
		be.volume.isZero()
			? 'self-hosting is cheaper from zero traffic: S(0) ≤ the API fee'
			: `V = (S_k − API fee) / API price per token, inside step k = ${be.activeReplicas} active replica(s), where S is flat`,
		[selfHostedCostAt(c, be.activeReplicas), ...api, c.capacity.volumePerReplica]
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
	const pair = ev.pairs.find((p) => p.candidateId === candidateId && p.baselineId === baselineId);
	if (!candidate || !baseline || !pair) return undefined;
	if (!pair.ok || !candidate.ok || !baseline.ok) return { candidate, baseline, pair, figures: [] };
	return {
		candidate,
		baseline,
		pair,
		figures: [
			breakEvenFigure('First', pair.first, candidate, baseline),
			breakEvenFigure('Sustained', pair.sustained, candidate, baseline),
			candidate.atPlan.total,
			baseline.atPlan,
			candidate.throughput.requestsPerSecond,
			candidate.capacity.volumePerReplica
		]
	};
}
