/** Print the scenario field tables as Markdown, for docs/scenario-format.md: `npx tsx scripts/field-table.ts`. */
import { fieldDefault } from '../src/lib/scenario/document';
import {
	financeFields,
	servingFields,
	timelineFields,
	workloadFields,
	type FieldSpec
} from '../src/lib/scenario/fields';

const table = (title: string, section: string, fields: readonly FieldSpec[]) => {
	const rows = fields.map((f) => {
		const d = fieldDefault(f);
		const range = `${f.minExclusive ? '> ' : ''}${f.min} … ${f.max}${f.integer ? ', whole' : ''}`;
		return `| \`${section}.${f.key}\` | ${f.label} | ${f.unit} | ${range} | ${d.value} | ${d.source.replace(/\|/g, '/')} |`;
	});
	return [
		`### ${title}`,
		'',
		'| field | meaning | unit | allowed | default | default’s source |',
		'|---|---|---|---|---|---|',
		...rows,
		''
	].join('\n');
};

console.log(table('Workload', 'workload', workloadFields));
console.log(table('Finance', 'finance', financeFields));
console.log(table('Serving', 'serving', servingFields));
console.log(table('Finance timeline', 'timeline', timelineFields));
