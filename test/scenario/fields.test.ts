import { describe, expect, it } from 'vitest';
import {
	checkField,
	servingFields,
	workloadFields,
	type FieldSpec
} from '../../src/lib/scenario/fields';

const field = (list: readonly FieldSpec[], key: string) => list.find((f) => f.key === key)!;
const utilisation = field(servingFields, 'targetUtilization');
const requests = field(workloadFields, 'requestsPerDay');

describe('checkField: the one number parser', () => {
	it.each([
		// [field, typed, accepted value or the text the refusal must contain]
		[utilisation, '0.01', { value: '0.01' }],
		[utilisation, '1', { value: '1' }],
		[utilisation, '0.009', 'outside the allowed range, 0.01 to 1'],
		[utilisation, '0', 'outside the allowed range, 0.01 to 1'],
		[utilisation, '1e-400', 'allowed: 0.01 to 1'],
		[requests, '0', { value: '0' }],
		[requests, '1e-9', { value: '1e-9' }],
		[requests, '1,000,000', { value: '1000000' }],
		[requests, '1e12', { value: '1e12' }],
		[requests, '1e-10', 'between 1e-9 and 1e18 in size'],
		[requests, '1e-100000', 'allowed: 0 to 1e12 requests/day'],
		[requests, '1e-1000000', 'outside the numbers accepted'],
		[requests, '1e-99999999', 'outside the numbers accepted'],
		[requests, '0.' + '0'.repeat(45) + '1', 'too long for a number'],
		[requests, '123456789.0123456789012', 'at most 20 significant digits'],
		[requests, '1e13', 'outside the allowed range, 0 to 1e12'],
		[requests, 'NaN', 'is not a number'],
		[requests, 'Infinity', 'is not a number'],
		[requests, '\u0000=1', 'is not a number'],
		[requests, ' 20', { value: '20' }]
	] as [FieldSpec, string, { value: string } | string][])('%s %j', (f, raw, want) => {
		const r = checkField(f, raw);
		if (typeof want === 'string') {
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.message).toContain(want);
		} else expect(r).toEqual({ ok: true, value: want.value });
	});

	it('refuses non-finite JSON numbers with the range', () => {
		const r = checkField(requests, Number.POSITIVE_INFINITY);
		expect(r).toEqual({
			ok: false,
			message: '"Infinity" is not a number; allowed: 0 to 1e12 requests/day'
		});
	});

	it('decides a hostile exponent at once', () => {
		const t0 = performance.now();
		for (let i = 0; i < 1000; i++) checkField(requests, `1e-${'9'.repeat(30)}`);
		expect(performance.now() - t0).toBeLessThan(500);
	});
});
