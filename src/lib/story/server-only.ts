/**
 * A value a page renders on the server and never sends to the browser: the transport hook
 * (src/hooks.ts) writes it into the page's data as nothing, and the browser reads it back empty.
 * For what the browser keeps as prerendered HTML and never renders itself, such as the reader's
 * step cards (src/lib/ui/prerendered.ts), whose prose alone was two fifths of the page's data.
 */
export class ServerOnly<T> {
	constructor(readonly value: T | undefined) {}
}
