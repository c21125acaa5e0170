import { describe, expect, it } from 'vitest';
import { dec, type Decimal } from '../src/lib/domain/decimal';
import { isUnit, units } from '../src/lib/domain/units';
import { quantityText } from '../src/lib/export/footnote';
import {
	formatNumber,
	formatPercent,
	formatQuantity,
	formatUsd,
	unitStyle,
	unitStyles
} from '../src/lib/format';

describe('formatQuantity: the explanation panel’s numbers', () => {
	it.each([
		['3909679915.2', 'tokens/month', '3,909,679,915 tokens/month'],
		['0', 'USD/month', '$0.00/month'],
		['0.000003', 'USD/token', '$0.000003/token'],
		['0.0000031234567', 'USD/token', '$0.000003123/token'],
		['-0.004', 'USD/month', '−$0.004/month'],
		['4412.345', 'USD/month', '$4,412.35/month'],
		['30000', 'USD', '$30,000.00'],
		['2.5', 'USD per GPU-hour', '$2.50 per GPU-hour'],
		['0.68', 'share', '0.68 share'],
		['1.23456789', '×', '1.235 ×'],
		['16', 'GPUs', '16 GPUs']
	])('%s %s → %s', (v, unit, text) => {
		expect(formatQuantity(dec(v), unit)).toBe(text);
	});
});

describe('units: each formatted by a lookup of its style, as the text parsing did before', () => {
	// The text parsing the lookup replaced, kept here as the oracle: every unit renders as it did.
	const COUNT_UNITS = new Set([
		'replicas',
		'requests',
		'GPUs',
		'years',
		'tokens',
		'layers',
		'heads'
	]);
	const decimalsOf = (v: Decimal, max = 6) => Math.min(v.decimalPlaces(), max);
	function oldQuantityText(v: Decimal, unit: string): string {
		if (unit.startsWith('USD')) {
			const rest = unit.slice(3);
			return `${formatUsd(v, Math.max(2, decimalsOf(v)))}${rest.startsWith('/') ? rest : rest ? ` ${rest.trim()}` : ''}`;
		}
		if (unit.startsWith('share') || unit.includes('0–1')) {
			const rest = unit
				.replace(/^share( 0–1)?/, '')
				.replace(/,? ?0–1/, '')
				.trim();
			return `${formatPercent(v, Math.max(0, decimalsOf(v) - 2))}${rest ? ` ${rest}` : ''}`;
		}
		const n = formatNumber(v, decimalsOf(v));
		if (unit === '×') return `${n}×`;
		const one = v.equals(1) && COUNT_UNITS.has(unit) ? unit.slice(0, -1) : unit;
		return unit ? `${n} ${one}` : n;
	}
	function oldFormatQuantity(v: Decimal, unit: string): string {
		if (unit.startsWith('USD')) {
			const rest = unit.slice(3).trim();
			const money = formatQuantity(v, 'USD');
			return rest ? `${money}${rest.startsWith('/') ? rest : ` ${rest}`}` : money;
		}
		return formatQuantity(v, unit);
	}
	const values = ['0', '1', '2', '0.5', '0.125', '-0.004', '0.000003', '1234.5678', '1e12'];

	it.each(units.map((u) => [u]))('%j', (unit) => {
		for (const value of values) {
			const v = dec(value);
			const q = { label: 'x', value: v, unit, source: 'test' };
			expect(quantityText(q)).toBe(oldQuantityText(v, unit));
			expect(formatQuantity(v, unit)).toBe(oldFormatQuantity(v, unit));
		}
	});

	it('a unit text it does not know is written after the number', () => {
		expect(unitStyle('furlongs')).toEqual({ kind: 'plain' });
		expect(formatQuantity(dec('3'), 'furlongs')).toBe('3 furlongs');
		expect(unitStyle('toString')).toEqual({ kind: 'plain' });
		expect(units.every(isUnit)).toBe(true);
		expect(isUnit('USD/fortnight')).toBe(false);
	});

	it('every style is one of the five kinds, and counts name their singular', () => {
		expect(Object.keys(unitStyles).sort()).toEqual([...units].sort());
		for (const [unit, style] of Object.entries(unitStyles))
			if (style.kind === 'count') expect(`${style.one}s`).toBe(unit);
	});
});
