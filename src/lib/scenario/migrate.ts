import { SCENARIO_VERSION } from './schema';
import { issue, refusal, type Refusal } from './issues';

export type MigrateResult = { ok: true; document: unknown } | Refusal;

/**
 * Steps from version n to n + 1, applied in order. Version 1 is the first; when the document
 * changes shape, add `2: (v1) => v2` here and keep the old example files as migration tests.
 */
const steps: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

/** Bring a document to the current version, or refuse it: no version, or one newer than this app. */
export function migrate(input: unknown): MigrateResult {
	if (!input || typeof input !== 'object' || Array.isArray(input)) {
		return refusal([issue(['scenario'], 'expected a JSON object')]);
	}
	let doc = input as Record<string, unknown>;
	const v = doc.version;
	if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
		return refusal([
			issue(
				['version'],
				`${JSON.stringify(v)} is not a scenario version (expected ${SCENARIO_VERSION})`
			)
		]);
	}
	if (v > SCENARIO_VERSION) {
		return refusal([
			issue(
				['version'],
				`${v} comes from a newer LLM TCO (this one reads up to ${SCENARIO_VERSION}); update the app to open it`
			)
		]);
	}
	for (let n = v; n < SCENARIO_VERSION; n++) {
		const step = steps[n];
		if (!step) return refusal([issue(['version'], `no migration from ${n} to ${n + 1}`)]);
		doc = { ...step(doc), version: n + 1 };
	}
	return { ok: true, document: doc };
}
