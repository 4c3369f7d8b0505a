import { describe, expect, it } from 'vitest';
import { embedSnippet, escapeHtml, oembedResponse, storyLinks } from './share';

describe('storyLinks', () => {
	it.each([
		[
			'https://site.example/',
			undefined,
			{
				story: 'https://site.example/crisis/',
				embed: 'https://site.example/crisis/embed/',
				oembed: 'https://site.example/crisis/oembed.json',
				image: 'https://site.example/crisis/og.png',
				script: 'https://site.example/embed.js'
			}
		],
		[
			'https://site.example/docs/',
			'viborg',
			{
				story: 'https://site.example/docs/crisis/',
				embed: 'https://site.example/docs/crisis/embed/viborg/',
				oembed: 'https://site.example/docs/crisis/embed/viborg/oembed.json',
				image: 'https://site.example/docs/crisis/og.png',
				script: 'https://site.example/docs/embed.js'
			}
		]
	])('from %s, chapter %s', (root, chapter, expected) => {
		expect(storyLinks(root, 'crisis', chapter)).toEqual(expected);
	});
});

describe('escapeHtml', () => {
	it('escapes every character that could end an attribute or open a tag', () => {
		expect(escapeHtml(`"a" & 'b' <c>`)).toBe('&quot;a&quot; &amp; &#39;b&#39; &lt;c&gt;');
	});
});

describe('embedSnippet', () => {
	const links = storyLinks('https://site.example/', 'crisis', 'viborg');
	const html = embedSnippet(links, 'Viborg — "The Crisis"');

	it('is one titled, sandboxed iframe and the host script', () => {
		expect(html.match(/<iframe /g)).toHaveLength(1);
		expect(html).toContain('src="https://site.example/crisis/embed/viborg/"');
		expect(html).toContain('title="Viborg — &quot;The Crisis&quot;"');
		expect(html).toContain('data-lantern');
		expect(html).toMatch(/sandbox="[^"]*allow-scripts[^"]*"/);
		expect(html).toContain('<script src="https://site.example/embed.js" async></script>');
	});
});

describe('oembedResponse', () => {
	const links = storyLinks('https://site.example/', 'crisis');
	const r = oembedResponse(links, {
		title: 'The <Crisis>',
		author: 'A. Writer',
		provider: 'Lantern',
		siteRoot: 'https://site.example/'
	});

	it('has the fields oEmbed requires of a rich response', () => {
		expect(r).toMatchObject({ version: '1.0', type: 'rich', title: 'The <Crisis>' });
		expect(r.width).toBeGreaterThan(0);
		expect(r.height).toBeGreaterThan(0);
		expect(r.author_name).toBe('A. Writer');
		expect([r.thumbnail_url, r.thumbnail_width, r.thumbnail_height].every(Boolean)).toBe(true);
	});

	it('is html that WordPress keeps: a blockquote link, then one iframe with a title', () => {
		expect(r.html).toBe(
			'<blockquote><a href="https://site.example/crisis/">The &lt;Crisis&gt;</a></blockquote>' +
				`<iframe src="https://site.example/crisis/embed/" width="${r.width}" height="${r.height}" title="The &lt;Crisis&gt;" frameborder="0"></iframe>`
		);
		// The same pattern wp_filter_oembed_result() uses to find what it keeps.
		const m = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(r.html);
		expect(m?.[1]).toBeTruthy();
		expect(m?.[2]).toBeTruthy();
	});

	it('leaves out the author when there is none', () => {
		const anon = oembedResponse(links, { title: 't', provider: 'p', siteRoot: 'https://s/' });
		expect('author_name' in anon).toBe(false);
	});
});
