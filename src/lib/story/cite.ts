import type { Citation, Source } from './types';
import { own } from './own';

/** "Pipes 1990, n. 109": the short form used inline and under quotations. */
export function citationLabel(c: Citation, sources: Readonly<Record<string, Source>>): string {
	const short = own(sources, c.source)?.short ?? c.source;
	return c.locator ? `${short}, ${c.locator}` : short;
}
