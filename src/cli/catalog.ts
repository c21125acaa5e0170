/**
 * `tco catalog`: the bundled catalog (and a scenario's own entries) as text or JSON, every figure
 * with its source and date, so scripts and reviewers can read it without the browser.
 *   npm run tco -- catalog [models|gpus|offerings|benchmarks|rates] [--json] [--scenario <file>]
 */
import { catalog, figuresOf } from '../lib/catalog';
import { figureMetaOf } from '../lib/catalog/labels';
import { rateLabel, rateSpread, ratesOf } from '../lib/catalog/rates';
import type { Figure } from '../lib/catalog/types';
import { parseScenarioText } from '../lib/scenario/document';
import { scenarioCatalog } from '../lib/scenario/entries';

export const catalogKinds = ['models', 'gpus', 'offerings', 'benchmarks', 'rates'] as const;
export type CatalogKind = (typeof catalogKinds)[number];

export const CATALOG_USAGE = `       tco catalog [models|gpus|offerings|benchmarks|rates] [--json] [--scenario <file>]

  catalog         list the bundled catalog, each figure with its source and date
    --json        one object with the arrays models, gpus, offerings, benchmarks and rates
                  (each rate names its GPU id; each GPU carries the spread of its rates)
    --scenario <file>  include the scenario's own models, GPUs and offerings (marked own)`;

export interface CatalogIo {
	out: (s: string) => void;
	err: (s: string) => void;
	readFile: (path: string) => string;
}

type Parsed = { kinds: CatalogKind[]; json: boolean; scenario?: string } | { error: string };

function parse(argv: string[]): Parsed {
	const kinds: CatalogKind[] = [];
	let json = false;
	let scenario: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--json') json = true;
		else if (a === '--scenario') {
			scenario = argv[++i];
			if (!scenario || scenario.startsWith('--')) return { error: '--scenario needs a file' };
		} else if ((catalogKinds as readonly string[]).includes(a)) kinds.push(a as CatalogKind);
		else if (a.startsWith('--')) return { error: `unknown option ${a}` };
		else return { error: `unknown catalog section "${a}"; one of ${catalogKinds.join(', ')}` };
	}
	return { kinds: kinds.length ? kinds : [...catalogKinds], json, scenario };
}

/** "671026419200 parameters (source, as of 2024-12-26)". */
function figureLine(name: string, f: Figure): string {
	const meta = figureMetaOf(name);
	const unit = meta.unit ? ` ${meta.unit}` : '';
	const kind = f.verification === 'assumption' ? ' [assumption]' : '';
	return `    ${meta.label}: ${f.value}${unit}${kind}  (${f.source}; as of ${f.asOf})`;
}

/** Exit code 0, 1 for an unreadable or invalid scenario, 2 for a usage error. */
export function runCatalog(argv: string[], io: CatalogIo): number {
	const cmd = parse(argv);
	if ('error' in cmd) {
		io.err(`tco: ${cmd.error}`);
		io.err(`usage:${CATALOG_USAGE.slice(6)}`);
		return 2;
	}
	let own: ReturnType<typeof scenarioCatalog> | undefined;
	if (cmd.scenario) {
		let text: string;
		try {
			text = io.readFile(cmd.scenario);
		} catch (e) {
			io.err(`tco: cannot read ${cmd.scenario}: ${(e as Error).message}`);
			return 1;
		}
		const parsed = parseScenarioText(text);
		if (!parsed.ok) {
			io.err(`tco: ${cmd.scenario} is not a valid scenario:`);
			for (const e of parsed.errors) io.err(`  ${e}`);
			return 1;
		}
		own = scenarioCatalog(parsed.scenario.custom);
	}
	const isOwn = (kind: 'models' | 'gpus' | 'offerings', id: string) =>
		own?.isOwn(kind, id) ?? false;
	const entries = {
		models: (own ?? catalog).models.map((m) => ({
			...m,
			...(isOwn('models', m.id) ? { own: true } : {})
		})),
		gpus: (own ?? catalog).gpus.map((g) => {
			const s = rateSpread(ratesOf(g.id));
			return {
				...g,
				...(isOwn('gpus', g.id) ? { own: true } : {}),
				...(s
					? {
							rateSpread: {
								count: s.count,
								minUsdPerGpuHour: s.min.toString(),
								medianUsdPerGpuHour: s.median.toString(),
								maxUsdPerGpuHour: s.max.toString()
							}
						}
					: {})
			};
		}),
		offerings: (own ?? catalog).offerings.map((o) => ({
			...o,
			...(isOwn('offerings', o.id) ? { own: true } : {})
		})),
		benchmarks: catalog.benchmarks,
		rates: catalog.rates
	};
	if (cmd.json) {
		const out: Record<string, unknown> = { catalogAsOf: catalog.asOf };
		for (const k of cmd.kinds) out[k] = entries[k];
		io.out(JSON.stringify(out, null, 2));
		return 0;
	}
	io.out(`LLM TCO catalog, data as of ${catalog.asOf}`);
	const rates = new Map(catalog.rates.map((r) => [r.id, r]));
	for (const k of cmd.kinds) {
		const list = entries[k] as Array<{ id: string; name?: string; own?: boolean } & object>;
		io.out('');
		io.out(`${k} (${list.length})`);
		for (const e of list) {
			const rate = k === 'rates' ? rates.get(e.id) : undefined;
			const title = rate ? rateLabel(rate) : (e.name ?? '');
			io.out(`  ${e.id}  ${title}${e.own ? ' (your entry)' : ''}`);
			if (rate) io.out(`    GPU: ${rate.gpuId}`);
			const extra = e as Record<string, unknown>;
			if (typeof extra.channel === 'string') io.out(`    sold through: ${extra.channel}`);
			if (extra.retired && typeof extra.retired === 'object') {
				const r = extra.retired as { asOf: string; note?: string };
				io.out(`    RETIRED (${r.asOf}): ${r.note ?? ''}`.trimEnd());
			}
			for (const [name, f] of figuresOf(e)) io.out(figureLine(name, f));
			if (rate?.typical) io.out(`    ${rate.typical}`);
			const spread = extra.rateSpread as
				| {
						count: number;
						minUsdPerGpuHour: string;
						medianUsdPerGpuHour: string;
						maxUsdPerGpuHour: string;
				  }
				| undefined;
			if (spread)
				io.out(
					`    rental rates: ${spread.count}, min $${spread.minUsdPerGpuHour}, median $${spread.medianUsdPerGpuHour}, max $${spread.maxUsdPerGpuHour} per GPU-hour`
				);
		}
	}
	return 0;
}
