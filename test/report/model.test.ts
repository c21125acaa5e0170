import { describe, expect, it } from 'vitest';
import { dec } from '../../src/lib/domain/decimal';
import {
	cellPlain,
	cellText,
	count,
	figure,
	filePlaces,
	none,
	readingPlaces,
	share,
	text,
	usd,
	volume,
	type Cell,
	type NumberCell
} from '../../src/lib/report/model';

// One cell, three writers: read (page, PDF, PPTX), exact (cellPlain), and the decimals a file
// keeps (CSV). The same Decimal goes in each time; only the writer rounds.
describe('report cells', () => {
	it.each<[string, Cell, string, string]>([
		['a monthly cost', usd(dec('30416.666666666666'), 'month'), '$30,416.67', '30416.666666666666'],
		['a negative saving', usd(dec('-6678.75'), 'month'), '−$6,678.75', '-6678.75'],
		['zero dollars', usd(dec(0)), '$0.00', '0'],
		['a tiny negative', usd(dec('-0.001')), '−$0.00', '-0.001'],
		['a price per 1M tokens under $1', usd(dec('0.075'), '1M tokens'), '$0.0750', '0.075'],
		['a price per 1M tokens above $1', usd(dec('2.5'), '1M tokens'), '$2.50', '2.5'],
		['a volume', volume(dec('3909679915.2')), '3,909,679,915', '3909679915.2'],
		[
			'a huge volume',
			volume(dec('1e21')),
			'1,000,000,000,000,000,000,000',
			'1000000000000000000000'
		],
		['a share', share(dec('0.438336')), '43.83%', '0.438336'],
		['a whole share', share(dec('0.5')), '50%', '0.5'],
		['a count', count(1024, 'GPUs'), '1,024', '1024'],
		['a figure its table reports to 1 decimal', figure(dec('2.25'), 'replicas', 1), '2.3', '2.25'],
		['money its table reports whole', figure(dec('8960.5'), 'USD/month', 0), '$8,961', '8960.5'],
		['never', none('never'), 'never', 'never'],
		['nothing', none(''), '', ''],
		['a label', text('Llama 3.1 8B'), 'Llama 3.1 8B', 'Llama 3.1 8B']
	])('%s', (_, cell, read, exact) => {
		const before = JSON.stringify(cell);
		expect(cellText(cell)).toBe(read);
		expect(cellPlain(cell)).toBe(exact);
		expect(JSON.stringify(cell)).toBe(before);
	});

	it.each<[string, Cell, number, number]>([
		['money', usd(dec('1.005'), 'month'), 2, 2],
		['a cheap price per 1M tokens', usd(dec('0.075'), '1M tokens'), 4, 2],
		['a volume', volume(dec('1792000000')), 0, 2],
		['a count', count(3, 'GPUs'), 0, 0],
		['a share (of a percent, of the fraction)', share(dec('0.25')), 2, 4],
		['a volume its table reports whole', figure(dec('1.5'), 'tokens/month', 0), 0, 0],
		['money its table reports to the cent', figure(dec('1.5'), 'USD/month', 2), 2, 2]
	])('decimals of %s: %d to read, %d in a file', (_, cell, read, file) => {
		expect(readingPlaces(cell as NumberCell)).toBe(read);
		expect(filePlaces(cell as NumberCell)).toBe(file);
	});
});
