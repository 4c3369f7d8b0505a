/**
 * Splits a date as displayed, "25 September (8 October) 1917", into the style it was written in,
 * the other style in parentheses, and what both share: { os: '25 September', ns: '(8 October)',
 * tail: '1917' }. A date with no parenthesised part is all `os`.
 */
export function splitDisplay(display: string): { os: string; ns: string; tail: string } {
	const match = /^(.*?)\s*(\([^()]*\))\s*(.*)$/.exec(display.trim());
	if (!match) return { os: display.trim(), ns: '', tail: '' };
	const [, os = '', ns = '', tail = ''] = match;
	return { os, ns, tail };
}
