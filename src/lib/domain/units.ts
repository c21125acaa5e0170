import type { Decimal } from './decimal';

/**
 * Units named in the types: a price per token can never be added to a price per million by
 * mistake. Brands are compile-time only; at run time each is a plain Decimal.
 */
declare const unit: unique symbol;
type Unit<U extends string> = Decimal & { readonly [unit]: U };

export type Usd = Unit<'USD'>;
export type UsdPerMonth = Unit<'USD/month'>;
export type UsdPerMTok = Unit<'USD/1M tokens'>;
export type UsdPerToken = Unit<'USD/token'>;
export type TokensPerMonth = Unit<'tokens/month'>;
export type RequestsPerDay = Unit<'requests/day'>;
export type RequestsPerSecond = Unit<'requests/s'>;
export type Watts = Unit<'W'>;
export type Bytes = Unit<'bytes'>;
export type Seconds = Unit<'s'>;

export const usd = (d: Decimal) => d as Usd;
export const usdPerMonth = (d: Decimal) => d as UsdPerMonth;
export const usdPerMTok = (d: Decimal) => d as UsdPerMTok;
export const usdPerToken = (d: Decimal) => d as UsdPerToken;
export const tokensPerMonth = (d: Decimal) => d as TokensPerMonth;
export const requestsPerDay = (d: Decimal) => d as RequestsPerDay;
export const requestsPerSecond = (d: Decimal) => d as RequestsPerSecond;
export const watts = (d: Decimal) => d as Watts;
export const bytes = (d: Decimal) => d as Bytes;
export const seconds = (d: Decimal) => d as Seconds;
