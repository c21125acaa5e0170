/**
 * The closed option lists the engine branches on, owned here so the engine needs nothing from the
 * catalog or the page; `catalog/types.ts` re-exports them for the data, the schema and the forms.
 */

/**
 * Weight precision of a deployment: bytes per parameter follow from it (`sizing.ts`). int4 is
 * weight-only (W4A16: 4-bit weights, 16-bit compute); fp4 is NVFP4/MXFP4 with FP4 tensor-core
 * compute, on GPUs that have it (denseFp4Tflops).
 */
export const precisions = ['bf16', 'fp8', 'int4', 'fp4'] as const;
export type Precision = (typeof precisions)[number];

/** Precisions a published benchmark may have been run at. */
export const benchmarkPrecisions = ['bf16', 'fp8', 'int4', 'fp4'] as const;
export type BenchmarkPrecision = (typeof benchmarkPrecisions)[number];

/** How the GPUs are acquired: rented by the hour, or bought and amortised. */
export const acquisitionModes = ['rent', 'buy'] as const;
export type AcquisitionMode = (typeof acquisitionModes)[number];

/** How a model's attention holds its KV cache (`sizing.ts` counts each kind differently). */
export const attentionKinds = ['standard', 'mla', 'sliding-window'] as const;
export type AttentionKind = (typeof attentionKinds)[number];
