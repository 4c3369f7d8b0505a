import { describe, expect, it } from 'vitest';
import {
	isOutsideHref,
	isProtocolRelative,
	isSafeHref,
	isTileTemplate,
	isWebAddress
} from './safe-url';
import { createMarkdown } from './markdown';

describe('addresses a story may write into a page', () => {
	it('allows only https:, http: and mailto: in the bibliography', () => {
		for (const ok of ['https://example.org/x?y=1#z', 'http://example.org', 'mailto:a@example.org'])
			expect(isWebAddress(ok), ok).toBe(true);
		for (const bad of [
			'javascript:alert(document.domain)//https://example.org',
			' javascript:alert(1)',
			'java\tscript:alert(1)',
			'JAVASCRIPT:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'vbscript:x',
			'file:///etc/passwd',
			'ftp://example.org/x',
			'//evil.example/x',
			'https:/\\evil.example',
			'https://exa mple.org',
			'www.example.org/guide',
			''
		])
			expect(isWebAddress(bad), bad).toBe(false);
	});

	it('allows only a web address as a tile template', () => {
		expect(isTileTemplate('https://tile.example.org/{z}/{x}/{y}.png')).toBe(true);
		expect(isTileTemplate('https://{s}.tile.example.org:8080/{z}/{x}/{y}.png')).toBe(true);
		for (const bad of ['javascript:alert(1)//{z}/{x}/{y}', '//tile.example/{z}', 'data:,x'])
			expect(isTileTemplate(bad), bad).toBe(false);
	});

	it('treats a protocol-relative prose link as another site, and never writes it', () => {
		for (const href of ['//evil.example/x', '/\\evil.example/x', ' //evil.example', '\\\\evil'])
			expect([isProtocolRelative(href), isSafeHref(href)], href).toEqual([true, false]);
		expect(isProtocolRelative('/the-square/')).toBe(false);
		expect(isSafeHref('#the-square')).toBe(true);
		expect(isOutsideHref('https://example.org')).toBe(true);
		const md = createMarkdown();
		expect(md.render('[x](//evil.example/x)')).toBe('<p><a>x</a></p>\n');
	});
});
