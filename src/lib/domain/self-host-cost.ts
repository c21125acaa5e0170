import { dec, numberOf, ONE, ZERO, type Decimal } from './decimal';
import type { CandidateInputs, FinanceInputs } from './inputs';
import { level, remember } from './memo';
import { explained, type Explained, type Quantity } from './quantity';
import { monthlyOf } from './units';

/** Monthly cost categories of a deployment, as charted in the breakdown. */
export const costCategories = ['hardware', 'power', 'hosting', 'staff', 'other'] as const;
export type CostCategory = (typeof costCategories)[number];
export type Breakdown = Record<CostCategory, Decimal>;

/**
 * Monthly cost of a deployment as a function of its total replica count N (active + redundancy):
 *   S(N) = fixed + N × perReplica + ceil(N × gpusPerReplica / gpusPerNode) × perNode
 * Each term is split by category so the breakdown chart and the totals come from one place.
 */
export interface CostStructure {
	gpusPerReplica: number;
	gpusPerNode: number;
	fixed: Breakdown;
	perGpu: Breakdown;
	perNode: Breakdown;
	fixedTotal: Decimal;
	perReplicaTotal: Decimal;
	perNodeTotal: Decimal;
	/**
	 * Monthly cost one GPU adds when it runs at full load rather than idle (power, and colocation
	 * billed on average kW): charged in proportion to utilisation, so per token served.
	 */
	perGpuAtFullLoad: Breakdown;
	perGpuAtFullLoadTotal: Decimal;
	/** How each per-unit figure was computed. */
	explanations: Explained[];
}

const zeroBreakdown = (): Breakdown => ({
	hardware: ZERO,
	power: ZERO,
	hosting: ZERO,
	staff: ZERO,
	other: ZERO
});
const total = (b: Breakdown): Decimal => costCategories.reduce((s, k) => s.add(b[k]), ZERO);

/**
 * Monthly payment that repays `capex` over `years` at an annual cost of capital, leaving `residual`
 * (a share of capex) at the end: Excel's PMT(r/12, 12·years, −capex, residual·capex). Straight-line
 * (capex − residual·capex) / months when the rate is 0.
 * @example $30,000 over 5 years at 0%, residual 0 → $500.00/month
 * @example $30,000 over 5 years at 8%, residual 0 → $608.29/month
 */
export function monthlyCapitalCost(
	capex: Decimal,
	years: Decimal,
	annualRate: Decimal,
	residual: Decimal
): Decimal {
	const months = years.mul(12);
	const fv = capex.mul(residual);
	if (annualRate.isZero()) return capex.sub(fv).div(months);
	const i = annualRate.div(12);
	const growth = ONE.add(i).pow(months); // (1+i)^n
	// PMT = (capex·(1+i)^n − fv) · i / ((1+i)^n − 1)
	return capex.mul(growth).sub(fv).mul(i).div(growth.sub(ONE));
}

/**
 * Energy cost per month of a steady IT load: kW × PUE × hours/month × $/kWh.
 * @example 700 W × 0.7 load = 0.49 kW; × 1.56 PUE × 730 h × $0.0895 → $49.94/month
 */
export function monthlyEnergyCost(itWatts: Decimal, f: FinanceInputs): Decimal {
	return itWatts
		.div(1000)
		.mul(f.pue.value)
		.mul(f.hoursPerMonth.value)
		.mul(f.electricityUsdPerKwh.value);
}

/** Why a candidate cannot be costed (a GPU with no price for its acquisition mode), or undefined. */
export function missingPrice(c: CandidateInputs): string | undefined {
	if (c.acquisition === 'buy' && !c.gpu.purchasePriceUsd) {
		return `${c.gpu.name} has no published purchase price: enter your quote to model buying it`;
	}
	if (c.acquisition === 'rent' && !c.gpu.cloudUsdPerGpuHour && !c.gpu.cloudUsdPerGpuMonth) {
		return `${c.gpu.name} has no catalog rental price: enter a cloud rate (cloudUsdPerGpuHour, $/GPU-hour) or a monthly rental (cloudUsdPerGpuMonth, $/GPU-month) to model renting it`;
	}
	return undefined;
}

/**
 * The cost structure of one candidate. Buy: capital cost of GPUs and nodes (amortised with cost of
 * capital, less residual), maintenance, power with PUE following load between idle (a cost per GPU)
 * and the load factor (the swing, charged per token served through perGpuAtFullLoad), colocation on
 * the contracted kW (the draw at full load) or on the average kW; a node's server, base power and
 * colocation by the GPU's share of its node, or by whole nodes (finance.nodeCostBasis).
 * Rent: $/GPU-hour × hours/month × (1 − discount: the candidate's commitment, else the scenario's),
 * or a flat $/GPU-month where no hourly rate is set; power and hosting are in the rate.
 * Both: staff (base FTE + FTE per 100 GPUs) × loaded cost / 12, licences per GPU, other fixed costs.
 * Returns a reason string when a needed figure is missing (a GPU with no published price).
 */
export function costStructure(
	c: CandidateInputs,
	gpusPerReplica: number,
	f: FinanceInputs
): CostStructure | string {
	const perGpu = zeroBreakdown();
	const perNode = zeroBreakdown();
	const fixed = zeroBreakdown();
	const ex: Explained[] = [];
	const perGpuAtFullLoad = zeroBreakdown();

	if (c.acquisition === 'buy') {
		const price = c.gpu.purchasePriceUsd;
		if (!price) return missingPrice(c) as string;
		const capital = (capex: Quantity, what: string) => {
			const v = monthlyCapitalCost(
				capex.value,
				f.depreciationYears.value,
				f.costOfCapital.value,
				f.residualValue.value
			);
			ex.push(
				explained(
					`Capital cost per ${what}`,
					v,
					'USD/month',
					'PMT(r/12, 12·years, −capex, residual·capex)',
					[capex, f.depreciationYears, f.costOfCapital, f.residualValue]
				)
			);
			return v;
		};
		const maint = (capex: Decimal) => capex.mul(f.maintenancePerYear.value).div(12);
		perGpu.hardware = capital(price, 'GPU').add(maint(price.value));
		perNode.hardware = capital(f.nodeCostUsd, 'node').add(maint(f.nodeCostUsd.value));

		// Power follows load between idle and the draw at full load: the idle part is a cost per GPU,
		// the rest a cost per token served (perGpuAtFullLoad, spread by the replica's throughput).
		const busyWatts = c.gpu.tdpWatts.value.mul(f.gpuLoadFactor.value);
		const idleWatts = c.gpu.tdpWatts.value.mul(f.gpuIdlePowerShare.value);
		const swingWatts = busyWatts.gt(idleWatts) ? busyWatts.sub(idleWatts) : ZERO;
		const floorWatts = busyWatts.gt(idleWatts) ? idleWatts : busyWatts;
		perGpu.power = monthlyEnergyCost(floorWatts, f);
		perGpuAtFullLoad.power = monthlyEnergyCost(swingWatts, f);
		perNode.power = monthlyEnergyCost(f.nodeBaseWatts.value, f);
		ex.push(
			explained(
				'Idle power per GPU',
				perGpu.power,
				'USD/month',
				'TDP × idle share / 1000 × PUE × hours/month × $/kWh',
				[c.gpu.tdpWatts, f.gpuIdlePowerShare, f.pue, f.hoursPerMonth, f.electricityUsdPerKwh]
			),
			explained(
				'Power per GPU at full load, above idle',
				perGpuAtFullLoad.power,
				'USD/month',
				'TDP × (load factor − idle share) / 1000 × PUE × hours/month × $/kWh, charged by utilisation',
				[c.gpu.tdpWatts, f.gpuLoadFactor, f.gpuIdlePowerShare, f.pue, f.hoursPerMonth]
			)
		);
		const coloc = f.colocationUsdPerKwMonth.value;
		if (f.colocationBasis === 'contracted') {
			// Contracted kW: the draw at full load is reserved whatever the traffic.
			perGpu.hosting = busyWatts.div(1000).mul(coloc);
		} else {
			perGpu.hosting = floorWatts.div(1000).mul(coloc);
			perGpuAtFullLoad.hosting = swingWatts.div(1000).mul(coloc);
		}
		perNode.hosting = f.nodeBaseWatts.value.div(1000).mul(coloc);
		if (f.nodeCostBasis === 'share') {
			// A GPU carries its share of its node: server, base power and colocation per GPU.
			const per = f.gpusPerNode.value;
			for (const k of costCategories) {
				perGpu[k] = perGpu[k].add(perNode[k].div(per));
				perNode[k] = ZERO;
			}
		}
	} else {
		const hourly = c.gpu.cloudUsdPerGpuHour;
		const monthly = c.gpu.cloudUsdPerGpuMonth;
		const terms = c.rental ?? { kind: 'on-demand' as const };
		if (terms.kind === 'autoscaled' && !hourly)
			return `${c.gpu.name}: autoscaled rent needs an hourly rate (cloudUsdPerGpuHour); a flat monthly rental is paid whether it runs or not`;
		if (hourly) {
			const discount = terms.kind === 'committed' ? terms.discount : f.commitmentDiscount;
			perGpu.hardware = monthlyOf(hourly.value, f.hoursPerMonth.value).mul(ONE.sub(discount.value));
			ex.push(
				explained(
					terms.kind === 'committed'
						? `Rental per GPU (hourly rate, ${terms.months}-month commitment)`
						: 'Rental per GPU (hourly rate)',
					perGpu.hardware,
					'USD/month',
					terms.kind === 'committed'
						? '$/GPU-hour × hours/month × (1 − the commitment’s discount)'
						: '$/GPU-hour × hours/month × (1 − commitment discount)',
					[hourly, f.hoursPerMonth, discount]
				)
			);
		} else if (monthly) {
			// A flat monthly price is already what a dedicated server costs: no hours, no discount on top.
			perGpu.hardware = monthly.value;
			ex.push(
				explained(
					'Rental per GPU (flat monthly price)',
					perGpu.hardware,
					'USD/month',
					'$/GPU-month as quoted (no hourly rate set)',
					[monthly]
				)
			);
		} else return missingPrice(c) as string;
	}
	const staff = staffOf(f);
	perGpu.staff = staff.perGpu;
	perGpu.other = f.licensePerGpuMonthUsd.value;
	fixed.staff = staff.fixed;
	fixed.other = f.otherFixedMonthlyUsd.value;

	// Σ perGpu × n by category, in the order total() adds them (× 1 changes no digit: skipped).
	const n = dec(gpusPerReplica);
	let perReplicaTotal = ZERO;
	for (const k of costCategories)
		perReplicaTotal = perReplicaTotal.add(gpusPerReplica === 1 ? perGpu[k] : perGpu[k].mul(n));
	return {
		gpusPerReplica,
		gpusPerNode: numberOf(f.gpusPerNode.value),
		fixed,
		perGpu,
		perNode: c.acquisition === 'buy' ? perNode : zeroBreakdown(),
		fixedTotal: total(fixed),
		perReplicaTotal,
		perNodeTotal: c.acquisition === 'buy' ? total(perNode) : ZERO,
		perGpuAtFullLoad,
		perGpuAtFullLoadTotal: total(perGpuAtFullLoad),
		explanations: ex
	};
}

/**
 * Staff cost per GPU and fixed, per month: (FTE per 100 GPUs / 100, base FTE) × loaded cost / 12.
 * Remembered by the three figures it reads: finance settings drawn anew (a Monte Carlo sample)
 * mostly keep them.
 */
function staffOf(f: FinanceInputs): { perGpu: Decimal; fixed: Decimal } {
	return remember(
		level(level(staffCosts, f.loadedAnnualCostUsd), f.ftePer100Gpus),
		f.baseFte,
		() => {
			const monthlyStaff = f.loadedAnnualCostUsd.value.div(12);
			return {
				perGpu: f.ftePer100Gpus.value.div(100).mul(monthlyStaff),
				fixed: f.baseFte.value.mul(monthlyStaff)
			};
		}
	);
}
const staffCosts = new WeakMap<
	Quantity,
	WeakMap<Quantity, WeakMap<Quantity, { perGpu: Decimal; fixed: Decimal }>>
>();

/**
 * The same cost structure for another replica size: only the per-replica total depends on it
 * (per GPU × GPUs per replica), so a candidate's sizes share one computation of the per-GPU costs.
 * @example perGpu total $2,182.70 → 4 GPUs a replica: $8,730.80 per replica
 */
export function withGpusPerReplica(cs: CostStructure, gpusPerReplica: number): CostStructure {
	if (cs.gpusPerReplica === gpusPerReplica) return cs;
	let perGpuTotal = perGpuTotals.get(cs.perGpu);
	if (!perGpuTotal)
		perGpuTotals.set(
			cs.perGpu,
			(perGpuTotal = costCategories.reduce((sum, k) => sum.add(cs.perGpu[k]), ZERO))
		);
	return { ...cs, gpusPerReplica, perReplicaTotal: perGpuTotal.mul(gpusPerReplica) };
}
/** Σ per-GPU cost of a breakdown, once for all replica sizes of a cost structure. */
const perGpuTotals = new WeakMap<Breakdown, Decimal>();

/** Nodes needed for N replicas: ceil(N × gpusPerReplica / gpusPerNode). */
export function nodesFor(replicas: number, cs: CostStructure): number {
	return Math.ceil((replicas * cs.gpusPerReplica) / cs.gpusPerNode);
}

/**
 * Monthly cost of N replicas, by category and in total.
 * @example fixed $8,583.33, 2 replicas × 2 GPUs × $2,182.70, 1 node × $0 → $17,314.13
 */
export function costAtReplicas(
	cs: CostStructure,
	replicas: number
): { total: Decimal; breakdown: Breakdown } {
	const gpus = dec(replicas * cs.gpusPerReplica);
	const nodes = dec(nodesFor(replicas, cs));
	const breakdown = zeroBreakdown();
	for (const k of costCategories) {
		breakdown[k] = cs.fixed[k].add(cs.perGpu[k].mul(gpus)).add(cs.perNode[k].mul(nodes));
	}
	return { total: total(breakdown), breakdown };
}
