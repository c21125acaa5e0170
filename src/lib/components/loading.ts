let loading = 0;

/**
 * While parts of the page loaded after it runs are on their way (lazy components, the catalog's
 * texts), the page says so on <html data-loading="parts"> (tests wait for it to go); the mark
 * goes when the last one has arrived.
 */
export function track<T>(p: Promise<T>): Promise<T> {
	const root = document.documentElement;
	loading++;
	root.dataset.loading = 'parts';
	const done = () => {
		if (--loading === 0) delete root.dataset.loading;
	};
	p.then(done, done);
	return p;
}
