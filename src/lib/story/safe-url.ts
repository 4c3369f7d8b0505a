/**
 * Which addresses a story may put into a page. A story file is input from an author the site
 * owner may not fully trust: an address becomes an href that a reader clicks on the story's own
 * origin, so only web pages and mail addresses are allowed, checked by the loader and again
 * wherever a page writes one (docs/security.md, "A hostile author").
 */

/** Browsers ignore tabs, newlines and leading control characters inside a scheme. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what to strip
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f]/g;
// eslint-disable-next-line no-control-regex -- the same, to test for (no `g`: no lastIndex)
const HAS_CONTROL_OR_SPACE = /[\u0000-\u0020\u007f]/;

/** Addresses a browser would run or read from the reader's disk: never written into a page. */
const UNSAFE_SCHEME = /^(javascript|vbscript|data|file|blob):/i;

/** A prose link that may be written into the page (a web page, mail, #step, a relative path). */
export function isSafeHref(href: string): boolean {
	const bare = href.replace(CONTROL_OR_SPACE, '');
	return !UNSAFE_SCHEME.test(bare) && !isProtocolRelative(bare);
}

/**
 * `//evil.example/x` (or `/\\evil.example`, which browsers read the same way): an address on
 * another site that looks like a path on this one, and in an embed it would navigate the frame
 * itself. Refused by the loader; the renderer never writes one (isSafeHref is false).
 */
export function isProtocolRelative(href: string): boolean {
	return /^[/\\]{2}/.test(href.replace(CONTROL_OR_SPACE, ''));
}

/** A link that leaves the story: opened in the top window with rel=noopener, never in a frame. */
export function isOutsideHref(href: string): boolean {
	return /^https?:/i.test(href.replace(CONTROL_OR_SPACE, ''));
}

/** A bibliography address: https:, http: or mailto:, whole, with no space or control character. */
export function isWebAddress(url: string): boolean {
	if (HAS_CONTROL_OR_SPACE.test(url)) return false;
	if (!/^(https?:\/\/[^/?#\\]+|mailto:[^/\\])/i.test(url)) return false;
	try {
		return ['https:', 'http:', 'mailto:'].includes(new URL(url).protocol);
	} catch {
		return false;
	}
}

/** A tile address template (https://tiles.example/{z}/{x}/{y}.png): a web address, nothing else. */
export function isTileTemplate(url: string): boolean {
	return !HAS_CONTROL_OR_SPACE.test(url) && /^https?:\/\/[A-Za-z0-9{}.-]+(:\d+)?\/\S*$/i.test(url);
}
