import { describe, expect, it } from 'vitest';
import { dec } from '../../src/lib/domain/decimal';
import {
	costAtReplicas,
	costStructure,
	monthlyCapitalCost,
	monthlyEnergyCost
} from '../../src/lib/domain/self-host-cost';
import { candidate, finance, gpu } from '../fixtures';

describe('capital cost (PMT)', () => {
	it.each([
		{ capex: '30000', years: '5', rate: '0', residual: '0', monthly: '500.00' }, // 30,000 / 60
		{ capex: '30000', years: '5', rate: '0', residual: '0.1', monthly: '450.00' }, // 27,000 / 60
		// i = 0.08/12; 30,000·i / (1 − (1+i)^−60) = 200 / 0.328790… = 608.29 (Excel PMT(0.08/12, 60, −30000))
		{ capex: '30000', years: '5', rate: '0.08', residual: '0', monthly: '608.29' },
		// with 10% residual: PMT(0.08/12, 60, −30000, 3000) = 608.29 − 3000·i/((1+i)^60 − 1) = 608.29 − 40.83
		{ capex: '30000', years: '5', rate: '0.08', residual: '0.1', monthly: '567.46' },
		{ capex: '0', years: '5', rate: '0.08', residual: '0', monthly: '0.00' }
	])(
		'$capex over $years y at $rate, residual $residual → $monthly/month',
		({ capex, years, rate, residual, monthly }) => {
			expect(monthlyCapitalCost(dec(capex), dec(years), dec(rate), dec(residual)).toFixed(2)).toBe(
				monthly
			);
		}
	);
});

describe('energy', () => {
	it('700 W at 0.7 load, PUE 1.56, 730 h, $0.0895/kWh → $49.94/month', () => {
		// 0.49 kW × 1.56 = 0.7644 kW; × 730 h = 558.012 kWh; × 0.0895 = $49.942074
		expect(monthlyEnergyCost(dec(490), finance()).toString()).toBe('49.942074');
	});
});

describe('cost structure', () => {
	it('rent: $2/GPU-hour × 730 h, 20% commitment discount, staff 0.5 FTE at $206,000', () => {
		const cs = costStructure(candidate(), 2, finance({ commitmentDiscount: '0.2' }));
		if (typeof cs === 'string') throw new Error(cs);
		expect(cs.perGpu.hardware.toString()).toBe('1168'); // 2 × 730 × 0.8
		expect(cs.perReplicaTotal.toString()).toBe('2336'); // 2 GPUs
		expect(cs.fixedTotal.toFixed(2)).toBe('8583.33'); // 0.5 × 206,000 / 12
		expect(cs.perNodeTotal.isZero()).toBe(true);
		// 3 replicas: 8,583.33 + 3 × 2,336 = 15,591.33
		expect(costAtReplicas(cs, 3).total.toFixed(2)).toBe('15591.33');
	});

	it('buy: amortisation, maintenance, power, colocation, per GPU and per node', () => {
		const f = finance({
			costOfCapital: '0',
			maintenancePerYear: '0.12',
			nodeCostUsd: '60000',
			nodeBaseWatts: '2000',
			colocationUsdPerKwMonth: '150',
			baseFte: '0',
			ftePer100Gpus: '1'
		});
		const cs = costStructure(candidate({ acquisition: 'buy' }), 1, f);
		if (typeof cs === 'string') throw new Error(cs);
		// GPU: 30,000/60 = 500 + maintenance 30,000 × 0.12 / 12 = 300 → 800
		expect(cs.perGpu.hardware.toString()).toBe('800');
		expect(cs.perGpu.power.toString()).toBe('49.942074');
		expect(cs.perGpu.hosting.toString()).toBe('73.5'); // 0.49 kW × $150
		expect(cs.perGpu.staff.toFixed(2)).toBe('171.67'); // 1/100 FTE × 206,000 / 12
		// Node: 60,000/60 = 1,000 + 600 maintenance; power 2 kW × 1.56 × 730 h = 2,277.6 kWh × 0.0895 = 203.8452; colo 300
		expect(cs.perNode.hardware.toString()).toBe('1600');
		expect(cs.perNode.power.toString()).toBe('203.8452');
		expect(cs.perNode.hosting.toString()).toBe('300');
		// 9 replicas of 1 GPU need 2 nodes
		const at = costAtReplicas(cs, 9);
		const perGpu = 800 + 49.942074 + 73.5 + 206000 / 1200;
		expect(at.total.toFixed(2)).toBe((9 * perGpu + 2 * (1600 + 203.8452 + 300)).toFixed(2));
	});

	it('reports a GPU with no price instead of inventing one', () => {
		expect(
			costStructure(candidate({ acquisition: 'buy', gpu: gpu({ price: undefined }) }), 1, finance())
		).toMatch(/no published purchase price/);
		expect(costStructure(candidate({ gpu: gpu({ rate: undefined }) }), 1, finance())).toMatch(
			/no catalog rental price: enter a cloud rate \(cloudUsdPerGpuHour, \$\/GPU-hour\) or a monthly rental \(cloudUsdPerGpuMonth/
		);
	});

	it('a flat monthly rental is billed as quoted when no hourly rate is set, and says so', () => {
		// a dedicated server at $1,800 per GPU-month: no hours, no commitment discount on top
		const cs = costStructure(
			candidate({ gpu: gpu({ rate: undefined, month: '1800' }) }),
			2,
			finance({ commitmentDiscount: '0.2' })
		);
		if (typeof cs === 'string') throw new Error(cs);
		expect(cs.perGpu.hardware.toString()).toBe('1800');
		// 2 GPUs a replica: $3,600, plus the staff share per GPU (0 FTE per 100 GPUs here)
		expect(cs.perReplicaTotal.toString()).toBe('3600');
		expect(cs.explanations.map((e) => e.label)).toContain('Rental per GPU (flat monthly price)');
		// an hourly rate, when both are set, wins: $2 × 730 h × (1 − 0.2) = $1,168
		const both = costStructure(
			candidate({ gpu: gpu({ month: '1800' }) }),
			1,
			finance({ commitmentDiscount: '0.2' })
		);
		if (typeof both === 'string') throw new Error(both);
		expect(both.perGpu.hardware.toString()).toBe('1168');
	});
});
