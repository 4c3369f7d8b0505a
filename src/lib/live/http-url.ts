/**
 * An http(s) address from somewhere not trusted (the relay's /live/info, another window), or
 * undefined: never a javascript: link, never an endless string.
 */
export function httpUrl(v: unknown, maxLength = 300): URL | undefined {
	if (typeof v !== 'string' || v.length > maxLength) return undefined;
	try {
		const u = new URL(v);
		return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
	} catch {
		return undefined;
	}
}
