import { describe, expect, it } from 'vitest';
import { pageChars, withPageChars } from './page-chars';

describe('pageChars', () => {
	it('lists each character of the text once, sorted, without white space', () => {
		expect(pageChars('<p>baba ab</p>')).toBe('ab');
	});
	it('leaves out scripts, styles and the tags themselves, but not what noscript shows', () => {
		const html =
			'<head><style>.x{content:"Σ"}</style><script>var z="Ж"</script></head>' +
			'<body><p class="q">Ł</p><noscript>é</noscript></body>';
		expect(pageChars(html)).toBe('éŁ');
	});
	it('reads character references as the characters they stand for', () => {
		expect(pageChars('<p>&amp; &#1046; &#x141; &nbsp;</p>')).toBe('&ŁЖ');
	});
});

describe('withPageChars', () => {
	it('adds one meta element at the end of the head, its content escaped', () => {
		const out = withPageChars(
			'<html><head><title>T</title></head><body>"a" &amp; <b>ü</b></body></html>'
		);
		expect(out).toContain('<meta name="lantern-chars" content="&quot;&amp;Taü">');
		expect(out.indexOf('lantern-chars')).toBeLessThan(out.indexOf('</head>'));
	});
	it('leaves a page without a head alone', () => {
		expect(withPageChars('<p>x</p>')).toBe('<p>x</p>');
	});
});
