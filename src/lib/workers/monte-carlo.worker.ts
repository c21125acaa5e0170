/// <reference lib="webworker" />
import { dec } from '../domain/decimal';
import { InvalidRangesError, monteCarlo, type UncertainField } from '../domain/monte-carlo';
import { PairUnavailableError } from '../domain/sensitivity';
import { parseScenario } from '../scenario/document';
import { resolveScenario, timelineSettings } from '../scenario/resolve';

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

// Runs off the main thread, so the page stays responsive; cancel by terminating the worker.
self.onmessage = (e: MessageEvent<MonteCarloRequest>) => {
	const req = e.data;
	const post = (m: MonteCarloMessage) => (self as unknown as Worker).postMessage(m);
	const parsed = parseScenario(req.scenario);
	if (!parsed.ok) return post({ type: 'error', messages: parsed.errors });
	try {
		const inputs = resolveScenario(parsed.scenario);
		const result = monteCarlo(
			inputs,
			req.candidateId,
			req.baselineId,
			req.ranges.map((r) => ({
				field: r.field,
				low: dec(r.low),
				mode: dec(r.mode),
				high: dec(r.high)
			})),
			{
				samples: req.samples,
				seed: req.seed,
				timeline: timelineSettings(parsed.scenario),
				onProgress: (done) => post({ type: 'progress', done, total: req.samples })
			}
		);
		// Decimals travel as strings (decimal.js's toJSON), so nothing is rounded on the way.
		post({ type: 'done', result: JSON.stringify(result) });
	} catch (err) {
		if (err instanceof InvalidRangesError) post({ type: 'error', messages: err.messages });
		else if (err instanceof PairUnavailableError) post({ type: 'error', messages: [err.reason] });
		else post({ type: 'error', messages: [(err as Error).message] });
	}
};
