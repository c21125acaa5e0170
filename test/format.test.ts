import { describe, expect, it } from 'vitest';
import { dec } from '../src/lib/domain/decimal';
import { formatQuantity } from '../src/lib/format';

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
