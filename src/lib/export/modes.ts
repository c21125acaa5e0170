import type { CandidateResult } from '../domain/evaluate';

type Ok = Extract<CandidateResult, { ok: true }>;

/**
 * How a candidate's capacity is decided, in a few words for tables: "follows volume",
 * "fleet of N" (replicas in all, redundant ones included), "hybrid", "autoscaled".
 */
export function modeLabel(c: Ok): string {
	switch (c.curve.kind) {
		case 'fleet':
			return `fleet of ${c.curve.active + c.curve.stair.s.redundancy}`;
		case 'hybrid':
			return 'hybrid';
		case 'autoscaled':
			return 'autoscaled';
		case 'follow':
			return 'follows volume';
	}
}
