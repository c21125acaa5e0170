// Fully static: every page is prerendered and all computation happens in the browser.
export const prerender = true;
export const ssr = true;
