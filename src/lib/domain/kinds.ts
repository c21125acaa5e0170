/**
 * The closed option lists the engine branches on, owned here so the engine needs nothing from the
 * catalog or the page; `catalog/types.ts` re-exports them for the data, the schema and the forms.
 */

/** Weight precision of a deployment: bytes per parameter follow from it (`sizing.ts`). */
export const precisions = ['bf16', 'fp8', 'int4'] as const;
export type Precision = (typeof precisions)[number];

/** Precisions a published benchmark may have been run at (fp4 is measured, not yet planned). */
export const benchmarkPrecisions = ['bf16', 'fp8', 'int4', 'fp4'] as const;
export type BenchmarkPrecision = (typeof benchmarkPrecisions)[number];

/** How the GPUs are acquired: rented by the hour, or bought and amortised. */
export const acquisitionModes = ['rent', 'buy'] as const;
export type AcquisitionMode = (typeof acquisitionModes)[number];

/** How a model's attention holds its KV cache (`sizing.ts` counts each kind differently). */
export const attentionKinds = ['standard', 'mla', 'sliding-window'] as const;
export type AttentionKind = (typeof attentionKinds)[number];
