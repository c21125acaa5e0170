/**
 * A problem found in a scenario document, as data: where it is and what is wrong. The forms read
 * the path to put the message by its input; the CLI, the JSON output and the refusal banners show
 * `issueText`, the path and the message as one line.
 */

/**
 * Where in a document: object keys and array indexes, e.g. `['candidates', 0, 'overflow']`. A
 * problem with the document as a whole names it by its first key ('scenario', 'link'); an empty
 * path is a message that belongs nowhere in particular.
 */
export type IssuePath = readonly (string | number)[];

export interface Issue {
	readonly path: IssuePath;
	/** What is wrong, without the path: `"x" is not one of the scenario's API baselines; …`. */
	readonly message: string;
}

/** A refused document: its issues, and the same issues as text lines for people. */
export interface Refusal {
	ok: false;
	issues: Issue[];
	errors: string[];
}

/**
 * A path as the scenario check writes one.
 * @example pathText(['candidates', 0, 'rental', 'months']) → 'candidates[0].rental.months'
 */
export const pathText = (path: IssuePath): string =>
	path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/**
 * An issue as one line: its path, a colon, its message (the message alone when it has no path).
 * @example issueText({ path: ['workload', 'batchShare'], message: '2 is outside …' }) → 'workload.batchShare: 2 is outside …'
 */
export const issueText = (i: Issue): string =>
	i.path.length ? `${pathText(i.path)}: ${i.message}` : i.message;

/** Refuse a document for these issues (the text lines follow from them). */
export const refusal = (issues: Issue[]): Refusal => ({
	ok: false,
	issues,
	errors: issues.map(issueText)
});

/** One issue at `path`. */
export const issue = (path: IssuePath, message: string): Issue => ({ path, message });

/**
 * The part of an issue's path below `prefix`, or undefined when the issue lies elsewhere.
 * @example pathBelow(['candidates', 0, 'rental', 'months'], ['candidates', 0]) → ['rental', 'months']
 */
export function pathBelow(path: IssuePath, prefix: IssuePath): IssuePath | undefined {
	if (path.length < prefix.length || prefix.some((p, i) => path[i] !== p)) return undefined;
	return path.slice(prefix.length);
}
