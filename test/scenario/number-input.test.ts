import { describe, expect, it } from 'vitest';
import { parseNumberInput } from '../../src/lib/scenario/number-input';
import { checkField, workloadFields } from '../../src/lib/scenario/fields';

describe('parseNumberInput', () => {
	it.each([
		['2B', '2000000000'],
		['200k', '200000'],
		['1.5M', '1500000'],
		['2bn', '2000000000'],
		['40%', '0.4'],
		['12.5%', '0.125'],
		['$32,000', '32000'],
		['$32k', '32000'],
		['$206,000', '206000'],
		['1,500', '1500'],
		['1,234,567.89', '1234567.89'],
		['1 500', '1500'],
		['0.30', '0.30'],
		['-0.3', '-0.3'],
		['−0.3', '-0.3'],
		['-$5', '-5'],
		['5 USD', '5'],
		['1e6', '1e6'],
		['.5', '.5'],
		['0', '0'],
		[1500, '1500']
	])('reads %j as %s', (raw, value) => {
		expect(parseNumberInput(raw)).toEqual({ ok: true, value });
	});

	it.each([
		['0,4', 'if you mean 0.4, write 0.4'],
		['65.753,5', 'if you mean 65753.5, write 65753.5'],
		['1,5', 'if you mean 1.5, write 1.5'],
		['1,50', 'if you mean 1.50, write 1.50']
	])('refuses the decimal comma in %j and says how to write it', (raw, hint) => {
		const r = parseNumberInput(raw);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.message).toContain('ambiguous');
			expect(r.message.toLowerCase()).toContain(hint);
		}
	});

	it.each(['', 'abc', '1.2.3', '2X', '%', '$', 'k', NaN, Infinity, '--1'])('refuses %j', (raw) => {
		expect(parseNumberInput(raw).ok).toBe(false);
	});

	it('keeps a percentage as typed for a field already in percent', () => {
		expect(parseNumberInput('40%', { percentIsUnit: true })).toEqual({ ok: true, value: '40' });
	});
});

describe('checkField reads finance notation', () => {
	const requests = workloadFields.find((f) => f.key === 'requestsPerDay')!;
	const cached = workloadFields.find((f) => f.key === 'cachedInputShare')!;
	it('accepts 200k requests/day and a 40% share', () => {
		expect(checkField(requests, '200k')).toEqual({ ok: true, value: '200000' });
		expect(checkField(cached, '40%')).toEqual({ ok: true, value: '0.4' });
	});
	it('refuses 0,4 with the way to write it, never 04', () => {
		const r = checkField(cached, '0,4');
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.message).toContain('write 0.4');
			expect(r.message).not.toContain('04 is outside');
		}
	});
	it('refuses 140% of a share as outside its range', () => {
		expect(checkField(cached, '140%')).toEqual({
			ok: false,
			message: '1.4 is outside the allowed range, 0 to 1 share 0–1'
		});
	});
});
