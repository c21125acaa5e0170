/** A Chart.js dataset as far as this needs: an object with a label. */
type Dataset = { label?: string };

/**
 * Put a new configuration's datasets into the ones a Chart.js chart already draws, in place.
 *
 * Chart.js keeps a dataset's state (its controller, its point elements, whether the legend hid it)
 * with the dataset object: a new object is a new series, whose controller and elements are built
 * again on every update (908 point elements on each keystroke for the default cost curve). A
 * series that keeps its label at its place keeps its object and takes the new values (data,
 * colours, options; keys the new one lacks are removed), so Chart.js reuses what it built for it
 * and a series hidden from the legend stays hidden while the user types. A series with another
 * label at that place is a new object (a copy: the configuration stays the caller's), and series
 * beyond the new count are dropped.
 * @example shown [A, B, C], next [A′, D] → [A (with A′'s values), copy of D]
 */
export function reuseDatasets<T extends Dataset>(shown: T[], next: readonly T[]): void {
	for (let i = 0; i < next.length; i++) {
		const old = shown[i];
		if (old === undefined || old.label !== next[i].label) {
			shown[i] = { ...next[i] };
			continue;
		}
		for (const key of Object.keys(old)) {
			if (!(key in next[i])) delete (old as Record<string, unknown>)[key];
		}
		Object.assign(old, next[i]);
	}
	shown.length = next.length;
}
