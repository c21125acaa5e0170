import { describe, expect, it } from 'vitest';
import { logTick, usdLogTick } from '../../src/lib/charts/base';
import {
	CATEGORY_COLORS,
	OKABE_ITO,
	entityColors,
	seriesColor,
	themeColors
} from '../../src/lib/charts/palette';
import { scenario } from './scenarios';

describe('palette', () => {
	it('uses the eight Okabe–Ito colours before repeating', () => {
		const light = Array.from({ length: 8 }, (_, i) => seriesColor(i, 'light'));
		expect(new Set(light)).toEqual(new Set(Object.values(OKABE_ITO)));
		expect(seriesColor(8, 'light')).toBe(seriesColor(0, 'light'));
	});

	it('never draws black on the dark background', () => {
		const dark = Array.from({ length: 8 }, (_, i) => seriesColor(i, 'dark'));
		expect(dark).not.toContain(OKABE_ITO.black);
		expect(new Set(dark).size).toBe(8);
		expect(themeColors('dark').text).not.toBe(themeColors('light').text);
	});

	it('gives every baseline and candidate its own colour, and categories distinct colours', () => {
		const { ev } = scenario();
		const colours = entityColors(ev, 'light');
		expect(colours.size).toBe(6);
		expect(new Set(colours.values()).size).toBe(6);
		expect(new Set(Object.values(CATEGORY_COLORS)).size).toBe(6);
	});
});

describe('log ticks', () => {
	it.each([
		[1e9, '1B'],
		[2e9, '2B'],
		[3e9, ''],
		[5e12, '5T'],
		[1e3, '1k'],
		[0.5, '0.5'],
		[0, ''],
		[-1, '']
	])('%s → "%s"', (v, text) => {
		expect(logTick(v)).toBe(text);
	});

	it('labels only powers of ten beyond four decades', () => {
		const ticks = [{ value: 1e8 }, { value: 1e15 }];
		expect(logTick(1e9, 0, ticks)).toBe('1B');
		expect(logTick(2e9, 0, ticks)).toBe('');
	});

	it('prefixes dollars', () => {
		expect(usdLogTick(2e4)).toBe('$20k');
		expect(usdLogTick(3e4)).toBe('');
	});
});
