import { describe, expect, it } from 'vitest';
import { createMarkdown, isMediaPath, isSafeHref } from './markdown';

const md = createMarkdown();

describe('the prose renderer', () => {
	it('never writes a script address into a link, whatever the loader let through', () => {
		for (const href of [
			'javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			'java\tscript:x',
			'data:text/html,x'
		]) {
			expect(isSafeHref(href), href).toBe(false);
			expect(md.render(`[x](${href})`)).not.toMatch(/href="(java|data)/i);
		}
		expect(isSafeHref('https://example.org')).toBe(true);
		expect(md.render('[x](https://example.org)')).toContain(
			'<a href="https://example.org" target="_top" rel="noopener">x</a>'
		);
	});

	it('never renders raw HTML', () => {
		expect(md.render('a <script>alert(1)</script> b\n\n<div onclick="x">c</div>')).not.toMatch(
			/<script|<div|onclick/
		);
	});

	it('shows a picture from media/ as a figure with its credit, and nothing from elsewhere', () => {
		expect(md.render('![A plan](media/plan.png "Drawn for us")')).toBe(
			'<figure class="step-figure"><img src="media/plan.png" alt="A plan" loading="lazy" decoding="async"><figcaption><span class="credit">Drawn for us</span></figcaption></figure>\n'
		);
		expect(md.render('See ![A plan](media/plan.png "Drawn") here.')).toContain(
			'<span class="step-figure inline"><img src="media/plan.png" alt="A plan"'
		);
		expect(md.render('![x](https://example.org/x.png "c")')).not.toContain('<img');
		expect(md.render('![x](media/../../x.png "c")')).not.toContain('<img');
	});

	it('knows a media path', () => {
		expect(isMediaPath('media/plan.png')).toBe(true);
		expect(isMediaPath('media/plans/1755.jpg')).toBe(true);
		for (const p of ['plan.png', '/media/x.png', 'media/../x.png', 'media/a b.png', 'media/'])
			expect(isMediaPath(p), p).toBe(false);
	});
});
