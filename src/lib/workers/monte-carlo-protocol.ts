import { dec } from '../domain/decimal';
import { InvalidRangesError, monteCarlo } from '../domain/monte-carlo';
import {
	PairUnavailableError,
	uncertainFields,
	type UncertainField,
	type UncertainRange
} from '../domain/pair-inputs';
import { parseScenario } from '../scenario/document';
import { resolveScenario, timelineSettings } from '../scenario/resolve';
import type { Scenario } from '../scenario/document';

/**
 * What the page and the Monte Carlo worker say to each other, as plain functions so the decoding
 * is tested without a worker: the page posts a MonteCarloRequest; the worker answers with
 * progress, then one 'done' or 'error'.
 */

/** A run request: the scenario document and the ranges as decimal strings. */
export interface MonteCarloRequest {
	scenario: unknown;
	candidateId: string;
	baselineId: string;
	ranges: { field: UncertainField; low: string; mode: string; high: string }[];
	samples: number;
	seed: number;
}

export type MonteCarloMessage =
	| { type: 'progress'; done: number; total: number }
	| { type: 'done'; result: string }
	| { type: 'error'; messages: string[] };

/** A request checked and decoded: the scenario parsed, the ranges as Decimals. */
export interface DecodedRequest {
	scenario: Scenario;
	candidateId: string;
	baselineId: string;
	ranges: UncertainRange[];
	samples: number;
	seed: number;
}

/** A plain decimal string: what the page's range fields accept, nothing decimal.js reads beyond. */
const DECIMAL = /^-?\d+(\.\d+)?$/;

const isRecord = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Check a message received by the worker and decode it; every problem is named, so a page out of
 * step with its worker shows a reason rather than a stack trace.
 * @example decodeRequest({ …, samples: 2.5 }) → { ok: false, messages: ['samples: a whole number, not 2.5'] }
 */
export function decodeRequest(
	data: unknown
): { ok: true; request: DecodedRequest } | { ok: false; messages: string[] } {
	if (!isRecord(data)) return { ok: false, messages: ['request: not an object'] };
	const messages: string[] = [];
	const parsed = parseScenario(data.scenario);
	if (!parsed.ok) messages.push(...parsed.errors);
	for (const key of ['candidateId', 'baselineId'] as const) {
		if (typeof data[key] !== 'string' || data[key] === '')
			messages.push(`${key}: a non-empty string`);
	}
	// Whole numbers here; their ranges are the engine's to check (monteCarlo names them).
	const { samples, seed } = data;
	if (!Number.isInteger(samples)) messages.push(`samples: a whole number, not ${String(samples)}`);
	if (!Number.isInteger(seed)) messages.push(`seed: a whole number, not ${String(seed)}`);
	const ranges: UncertainRange[] = [];
	if (!Array.isArray(data.ranges)) messages.push('ranges: a list');
	else {
		for (const [i, r] of data.ranges.entries()) {
			if (!isRecord(r) || !uncertainFields.includes(r.field as UncertainField)) {
				messages.push(`ranges[${i}].field: one of ${uncertainFields.join(', ')}`);
				continue;
			}
			const field = r.field as UncertainField;
			const bad = (['low', 'mode', 'high'] as const).filter(
				(k) => typeof r[k] !== 'string' || !DECIMAL.test(r[k] as string)
			);
			for (const k of bad) messages.push(`${field}.${k}: a decimal number, not ${String(r[k])}`);
			if (bad.length === 0)
				ranges.push({
					field,
					low: dec(r.low as string),
					mode: dec(r.mode as string),
					high: dec(r.high as string)
				});
		}
	}
	if (messages.length || !parsed.ok) return { ok: false, messages };
	return {
		ok: true,
		request: {
			scenario: parsed.scenario,
			candidateId: data.candidateId as string,
			baselineId: data.baselineId as string,
			ranges,
			samples: samples as number,
			seed: seed as number
		}
	};
}

/**
 * Answer one request: decode it, run the Monte Carlo with progress, and post the result (Decimals
 * as strings, through decimal.js's toJSON, so nothing is rounded on the way) or the reasons.
 */
export function answerRequest(data: unknown, post: (m: MonteCarloMessage) => void): void {
	const decoded = decodeRequest(data);
	if (!decoded.ok) return post({ type: 'error', messages: decoded.messages });
	const req = decoded.request;
	try {
		const result = monteCarlo(
			resolveScenario(req.scenario),
			req.candidateId,
			req.baselineId,
			req.ranges,
			{
				samples: req.samples,
				seed: req.seed,
				timeline: timelineSettings(req.scenario),
				onProgress: (done) => post({ type: 'progress', done, total: req.samples })
			}
		);
		post({ type: 'done', result: JSON.stringify(result) });
	} catch (err) {
		if (err instanceof InvalidRangesError) post({ type: 'error', messages: err.messages });
		else if (err instanceof PairUnavailableError) post({ type: 'error', messages: [err.reason] });
		else post({ type: 'error', messages: [(err as Error).message] });
	}
}
