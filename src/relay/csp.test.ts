import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFile, withOwnSocket } from './csp';

const META = `<meta http-equiv="content-security-policy" content="default-src 'self'; connect-src 'self'; img-src 'self'">`;

describe('withOwnSocket', () => {
	it.each([
		['192.168.1.20:4180', `connect-src 'self' ws://192.168.1.20:4180 wss://192.168.1.20:4180;`],
		[
			'Lecture-Laptop.local:4180',
			`connect-src 'self' ws://lecture-laptop.local:4180 wss://lecture-laptop.local:4180;`
		],
		['[::1]:4180', `connect-src 'self' ws://[::1]:4180 wss://[::1]:4180;`]
	])('names the socket of %s', (host, policy) => {
		expect(withOwnSocket(META, host)).toContain(policy);
	});
	it.each([
		['no host', undefined],
		['a host that would end the policy', "x; script-src 'unsafe-inline'"],
		['a quote', 'x"onload=1'],
		['a space', 'a b'],
		['a path', 'a/b']
	])('leaves the page alone for %s', (_name, host) => {
		expect(withOwnSocket(META, host)).toBe(META);
	});
	it('touches only the policy', () => {
		const html = `<p>connect-src 'self'</p>${META}`;
		expect(withOwnSocket(html, 'h:1')).toBe(
			`<p>connect-src 'self'</p>${withOwnSocket(META, 'h:1')}`
		);
	});
});

describe('pageFile', () => {
	const root = mkdtempSync(join(tmpdir(), 'lantern-csp-'));
	mkdirSync(join(root, 'story', 'follow'), { recursive: true });
	writeFileSync(join(root, 'index.html'), META);
	writeFileSync(join(root, 'story', 'follow', 'index.html'), META);
	writeFileSync(join(root, '404.html'), META);
	it.each([
		['/', join(root, 'index.html')],
		['/story/follow/', join(root, 'story', 'follow', 'index.html')],
		['/404.html', join(root, '404.html')],
		['/story/', null], // no page there
		['/story/follow', null], // no trailing slash: left to the static server
		['/_app/x.js', null],
		['/../etc/', null],
		['/%2e%2e/%2e%2e/etc/passwd.html', null],
		['/%E0%A4%A/', null]
	])('%s', (path, file) => {
		expect(pageFile(root, path)).toBe(file);
	});
});
