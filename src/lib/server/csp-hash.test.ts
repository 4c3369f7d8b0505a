import { describe, expect, it } from 'vitest';
import { inlineScripts, policyFirst, rehashChanged, scriptHash } from './csp-hash';
import { paintFirst } from './paint-first';

const boot = `
	Promise.all([
		import("../_app/immutable/entry/start.A.js"),
		import("../_app/immutable/entry/app.C.js")
	]).then(([kit, app]) => {
		kit.start(app, element, {});
	});
`;
const early = 'window.x = 1;';
const csp = (...hashes: string[]) =>
	`<meta http-equiv="content-security-policy" content="script-src 'self' ${hashes.map((h) => `'${h}'`).join(' ')}; object-src 'none'">`;
const page = (head: string, script: string) =>
	`<html><head>${head}<script>${early}</script><script src="/x.js"></script></head>` +
	`<body><script>${script}</script></body></html>`;

describe('scriptHash', () => {
	it('is the base64 SHA-256 that CSP expects', () => {
		// echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
		expect(scriptHash('alert(1)')).toBe('sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=');
	});
});

describe('rehashChanged', () => {
	const before = page(csp(scriptHash(early), scriptHash(boot)), boot);

	it('lists the bootstrap script as paint-first rewrote it, in place of the old hash', () => {
		const after = paintFirst(before);
		const changed = inlineScripts(after)[1]!;
		expect(changed).toContain('__lanternPainted.then(');
		const out = rehashChanged(before, after);
		expect(out).toContain(`'${scriptHash(changed)}'`);
		expect(out).toContain(`'${scriptHash(early)}'`);
		expect(out).not.toContain(`'${scriptHash(boot)}'`);
		expect(out.replace(/<meta[^>]*>/, '')).toBe(after.replace(/<meta[^>]*>/, ''));
	});

	it('does not allow a script that the policy did not list before', () => {
		const unlisted = page(csp(scriptHash(early)), boot);
		const after = paintFirst(unlisted);
		const out = rehashChanged(unlisted, after);
		expect(out).not.toContain(scriptHash(inlineScripts(after)[1]!));
		expect(out).toBe(after);
	});

	it('leaves a page alone when a transform added or removed a script', () => {
		const after = before.replace('</body>', '<script>evil()</script></body>');
		expect(rehashChanged(before, after)).toBe(after);
	});

	it('skips external scripts', () => {
		expect(inlineScripts(before)).toEqual([early, boot]);
	});
});

describe('policyFirst', () => {
	it('moves the policy above every script, right after the charset', () => {
		const html = `<html><head><meta charset="utf-8" /><script>${early}</script>${csp('x')}</head></html>`;
		const out = policyFirst(html);
		expect(out).toBe(
			`<html><head><meta charset="utf-8" />${csp('x')}<script>${early}</script></head></html>`
		);
		expect(policyFirst(out)).toBe(out);
	});

	it('leaves a page without a policy or a charset as it is', () => {
		const bare = `<html><head><script>${early}</script>${csp('x')}</head></html>`;
		expect(policyFirst(bare)).toBe(bare);
		expect(policyFirst('<html></html>')).toBe('<html></html>');
	});
});
