/**
 * Every page ships a content security policy in a `<meta>` tag (kit.csp in svelte.config.js, hash
 * mode): an inline script runs only if its SHA-256 is listed. SvelteKit hashes the bootstrap script
 * it writes, but paint-first.ts then rewrites that script (it waits for the first frame), so the
 * listed hash no longer matches. `rehashChanged` lists the rewritten script in its place.
 *
 * Only scripts that SvelteKit itself listed are ever rehashed, each in place of its own earlier
 * form: a script that was not allowed before a transform is not allowed after it.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;
const CHARSET = /<meta charset="[^"]*"\s*\/?>/i;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/** The CSP source for an inline script's text: `sha256-<base64>`. */
export function scriptHash(content: string): string {
	return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;
}

/** The text of every inline script element (those without a `src`), in document order. */
export function inlineScripts(html: string): string[] {
	return [...html.matchAll(SCRIPT)]
		.filter((m) => !/\ssrc\s*=/i.test(m[1] ?? ''))
		.map((m) => m[2] ?? '');
}

/**
 * `after`, a transform of `before` that changed some inline scripts but neither added nor
 * removed one, with each changed script's hash in place of its old one in the CSP meta.
 * A page whose scripts do not pair up is returned as it is: its policy then blocks the changed
 * script, which the CSP browser test reports, rather than allowing something unknown.
 */
export function rehashChanged(before: string, after: string): string {
	const old = inlineScripts(before);
	const now = inlineScripts(after);
	if (old.length !== now.length) return after;
	const meta = META.exec(after);
	if (!meta) return after;
	let policy = meta[0];
	old.forEach((text, i) => {
		const changed = now[i];
		if (changed === undefined || changed === text) return;
		const from = `'${scriptHash(text)}'`;
		if (policy.includes(from)) policy = policy.replace(from, `'${scriptHash(changed)}'`);
	});
	return after.slice(0, meta.index) + policy + after.slice(meta.index + meta[0].length);
}

/**
 * The page with its CSP meta right after its charset: a policy applies only to what the browser
 * parses after it, and SvelteKit writes it below app.html's inline script.
 */
export function policyFirst(html: string): string {
	const meta = META.exec(html);
	if (!meta) return html;
	const rest = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
	const charset = CHARSET.exec(rest);
	if (!charset || charset.index > meta.index) return html;
	const at = charset.index + charset[0].length;
	return rest.slice(0, at) + meta[0] + rest.slice(at);
}
