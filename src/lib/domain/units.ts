import type { Decimal } from './decimal';

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

declare const priceUnit: unique symbol;

/** The price units that are easy to swap by mistake: per token or per 1M tokens, per hour or per month. */
export type PriceUnit = 'USD/token' | 'USD/1M tokens' | 'USD/GPU-hour' | 'USD/GPU-month';

/**
 * A Decimal that carries its price unit in its type. Arithmetic gives back a plain Decimal, so a
 * computed price must be named again (`usdPerToken(x)`) before it goes where a price is expected:
 * a price per 1M tokens cannot be passed where a price per token is wanted, nor an hourly rate
 * where a monthly one is.
 */
export type PriceIn<U extends PriceUnit> = Decimal & { readonly [priceUnit]: U };
export type UsdPerToken = PriceIn<'USD/token'>;
export type UsdPerMTok = PriceIn<'USD/1M tokens'>;
export type UsdPerGpuHour = PriceIn<'USD/GPU-hour'>;
export type UsdPerGpuMonth = PriceIn<'USD/GPU-month'>;

/** States that a Decimal is a price in USD per token. */
export const usdPerToken = (d: Decimal) => d as UsdPerToken;
/** States that a Decimal is a price in USD per 1M tokens. */
export const usdPerMTok = (d: Decimal) => d as UsdPerMTok;
/** States that a Decimal is a rate in USD per GPU-hour. */
export const usdPerGpuHour = (d: Decimal) => d as UsdPerGpuHour;
/** States that a Decimal is a rental in USD per GPU-month. */
export const usdPerGpuMonth = (d: Decimal) => d as UsdPerGpuMonth;

/**
 * USD per 1M tokens → USD per token.
 * @example perTokenOf(usdPerMTok(dec(2.5))) → 0.0000025
 */
export const perTokenOf = (p: UsdPerMTok): UsdPerToken => usdPerToken(p.div(1_000_000));
/**
 * USD per token → USD per 1M tokens.
 * @example perMTokOf(usdPerToken(dec('0.000004'))) → 4
 */
export const perMTokOf = (p: UsdPerToken): UsdPerMTok => usdPerMTok(p.mul(1_000_000));
/**
 * A monthly rate from an hourly one: $/GPU-hour × hours/month.
 * @example monthlyOf(usdPerGpuHour(dec(2)), dec(730)) → 1460
 */
export const monthlyOf = (p: UsdPerGpuHour, hoursPerMonth: Decimal): UsdPerGpuMonth =>
	usdPerGpuMonth(p.mul(hoursPerMonth));

/** The value type of a quantity in unit U: a branded price for the price units, else a Decimal. */
export type PriceValue<U extends Unit> = U extends PriceUnit ? PriceIn<U> : Decimal;
