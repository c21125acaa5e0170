/**
 * Every unit a quantity may carry: the engine's, the catalog's and the scenario's. A closed list,
 * so a formatter can be chosen by lookup (format.ts) and a typo in a unit fails to compile.
 * '' is a bare number.
 */
export const units = [
	'',
	// Money
	'USD',
	'USD/month',
	'USD/year',
	'USD/kWh',
	'USD/GPU-hour',
	'USD/GPU-month',
	'USD/1M tokens',
	'USD/token',
	'USD per GPU',
	'USD per GPU-month',
	// Not emitted today; the explanation's formatter has always accepted it.
	'USD per GPU-hour',
	'USD per node',
	'USD per IT kW-month',
	// Shares (shown as percentages)
	'share',
	'%',
	'share 0–1',
	'share 0–0.95',
	'share off list',
	'share of capex',
	'share of capex per year',
	'share of TDP',
	'share per month',
	'share of the dense rate',
	'share of the other precisions’ η',
	'share per year (−0.3 = 30% cheaper)',
	'per year, 0–1',
	'per year, 0–1, or auto',
	// Counts (singular at 1)
	'replicas',
	'requests',
	'GPUs',
	'years',
	'tokens',
	'layers',
	'heads',
	// Ratios
	'×',
	'× average',
	// Everything else, shown after the number
	'requests/day',
	'requests/s',
	'tokens/month',
	'tokens/s',
	'tokens/s per GPU',
	'tokens/s (0 = no target)',
	'input tokens',
	'parameters',
	'values per head',
	'experts',
	'bytes',
	'GB',
	'TB/s',
	'TFLOPS',
	'W',
	'h',
	's',
	'months',
	'month',
	'FTE',
	'nodes',
	'samples'
] as const;

export type Unit = (typeof units)[number];

const known: ReadonlySet<string> = new Set(units);

/** Whether a text (a unit read from a file) is one of the known units. */
export const isUnit = (u: string): u is Unit => known.has(u);
