import { expect, it } from 'vitest';
import { leadOf } from './lead';

it.each([
	['<p>One.</p>\n<p>Two.</p>', '<p>One.</p>'],
	[
		'<p class="x">One <a class="cite" href="#source-a">A</a>.</p><p>Two.</p>',
		'<p class="x">One <cite>A</cite>.</p>'
	],
	['<blockquote><p>Quoted.</p></blockquote><p>Two.</p>', '<blockquote><p>Quoted.</p></blockquote>'],
	['<p>Across\nlines.</p>', '<p>Across\nlines.</p>'],
	['<ul><li>no paragraph</li></ul>', ''],
	['', '']
])('leadOf(%j) is %j', (html, lead) => {
	expect(leadOf(html)).toBe(lead);
});
