import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldDefault } from '../../src/lib/scenario/document';
import {
	financeFields,
	servingFields,
	timelineFields,
	workloadFields
} from '../../src/lib/scenario/fields';

describe('docs/scenario-format.md', () => {
	const doc = readFileSync('docs/scenario-format.md', 'utf8');
	it.each([
		...workloadFields.map((f) => ['workload', f.key, f] as const),
		...financeFields.map((f) => ['finance', f.key, f] as const),
		...servingFields.map((f) => ['serving', f.key, f] as const),
		...timelineFields.map((f) => ['timeline', f.key, f] as const)
	])('documents %s.%s with its current default', (section, _key, f) => {
		const row = doc.split('\n').find((l) => l.startsWith(`| \`${section}.${f.key}\``));
		expect(row, `${section}.${f.key} is missing: run npx tsx scripts/field-table.ts`).toBeDefined();
		expect(row).toContain(`| ${fieldDefault(f).value} |`);
	});
});
