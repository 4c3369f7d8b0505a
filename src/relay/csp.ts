/**
 * The pages' content security policy names no relay: `connect-src 'self'`, since the site is built
 * before anyone knows the laptop's address. CSP Level 3 lets 'self' cover the page's own ws: and
 * wss:, and Chromium and Firefox do; Safari before 16 (iPhones stuck on iOS 15) does not, and would
 * refuse the follow page's WebSocket. So the relay, which knows the address the phone used (its
 * Host), names that one socket origin in the pages it serves: no other host is admitted.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

/** A Host header that is a host name or address with a port, nothing that could end the policy. */
const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
const CONNECT_SELF =
	/(<meta http-equiv="content-security-policy" content="[^"]*?connect-src 'self')/i;

export function withOwnSocket(html: string, host: string | undefined): string {
	if (!host || !HOST.test(host)) return html;
	return html.replace(CONNECT_SELF, `$1 ws://${host.toLowerCase()} wss://${host.toLowerCase()}`);
}

/**
 * The built page a path names (`/x/` → build/x/index.html, `/x.html`), or null: anything else,
 * or a path that would leave the build folder, is left to the static server.
 */
export function pageFile(buildDir: string, pathname: string): string | null {
	let path: string;
	try {
		path = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	if (!path.endsWith('/') && !path.endsWith('.html')) return null;
	const root = resolve(buildDir);
	const file = resolve(join(root, path.endsWith('/') ? `${path}index.html` : path));
	if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return null;
	return file;
}

/** Pages read once (and again when rebuilt): a hall of phones joins at the same moment. */
export function pageCache() {
	const pages = new Map<string, { mtime: number; html: string }>();
	return (file: string): string => {
		const mtime = statSync(file).mtimeMs;
		let p = pages.get(file);
		if (!p || p.mtime !== mtime) pages.set(file, (p = { mtime, html: readFileSync(file, 'utf8') }));
		return p.html;
	};
}
