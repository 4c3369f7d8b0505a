/**
 * A value a page renders on the server and never sends to the browser: the transport hook
 * (src/hooks.ts) writes it into the page's data as nothing, and the browser reads it back empty.
 * For what the browser keeps as prerendered HTML and never renders itself, such as the reader's
 * step prose (src/lib/ui/prerendered.ts), which was two fifths of the data the page carried.
 */
export class ServerOnly<T> {
	constructor(readonly value: T | undefined) {}
}
