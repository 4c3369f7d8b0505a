/**
 * The characters a page shows, written into its head as `<meta name="lantern-chars">`, so that
 * the browser can tell which unicode-range subsets of the web fonts the page needs
 * (src/lib/ui/web-fonts.ts) without reading the whole story's text: that cost 15–70 ms of one
 * task on this machine, several times more on a phone.
 */

const HIDDEN = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<[^>]*>/g;
const ENTITY = /&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);/gi;
const NAMED: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0'
};

/** Every distinct character of the page's text (outside scripts, styles and tags), sorted. */
export function pageChars(html: string): string {
	const text = html
		.replace(HIDDEN, ' ')
		.replace(TAG, ' ')
		.replace(ENTITY, (_, e: string) => {
			const lower = e.toLowerCase();
			if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
			if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
			return NAMED[lower] ?? '';
		});
	const chars = new Set<string>();
	for (const ch of text) if (!/\s/u.test(ch)) chars.add(ch);
	return [...chars].sort().join('');
}

const ATTRIBUTE: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** The page with its characters in a meta element at the end of its head. */
export function withPageChars(html: string): string {
	const head = html.indexOf('</head>');
	if (head < 0) return html;
	const content = pageChars(html).replace(/[&"<>]/g, (c) => ATTRIBUTE[c] ?? c);
	return (
		html.slice(0, head) + `<meta name="lantern-chars" content="${content}">` + html.slice(head)
	);
}
