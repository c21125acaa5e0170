import { describe, expect, it } from 'vitest';
import { prepareApi } from '../../src/lib/domain/break-even';
import { dec } from '../../src/lib/domain/decimal';
import {
	monthlyOf,
	perMTokOf,
	perTokenOf,
	usdPerGpuHour,
	usdPerGpuMonth,
	usdPerMTok,
	usdPerToken,
	type UsdPerGpuHour
} from '../../src/lib/domain/units';

describe('prices that carry their unit', () => {
	it('converts per 1M tokens ↔ per token and per hour → per month exactly', () => {
		// $2.50 per 1M tokens = $0.0000025 per token; and back.
		expect(perTokenOf(usdPerMTok(dec('2.5'))).toString()).toBe('0.0000025');
		expect(perMTokOf(usdPerToken(dec('0.000004'))).toString()).toBe('4');
		// $2.00/GPU-hour × 730 hours/month = $1,460/GPU-month.
		expect(monthlyOf(usdPerGpuHour(dec(2)), dec(730)).toString()).toBe('1460');
	});

	it('refuses, at compile time, a price in the wrong unit (npm run check fails otherwise)', () => {
		const perMillion = usdPerMTok(dec('2.5'));
		const monthly = usdPerGpuMonth(dec(1460));
		const hours = dec(730);
		// @ts-expect-error a price per 1M tokens is not a price per token
		const api = prepareApi(dec(0), perMillion);
		// @ts-expect-error a monthly rental is not an hourly rate
		const wrong: UsdPerGpuHour = monthly;
		// @ts-expect-error an unnamed Decimal is no price at all
		monthlyOf(dec(2), hours);
		// The mistakes above would have priced a token a million times too dear, or a month as an hour.
		expect(api.perToken.toString()).toBe('2.5');
		expect(wrong.toString()).toBe('1460');
	});
});
