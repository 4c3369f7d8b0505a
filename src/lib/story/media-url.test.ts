import { describe, expect, it } from 'vitest';
import { withMediaBase } from './media-url';

describe('withMediaBase', () => {
	const html =
		'<p>src="media/x.png" as text</p><figure class="step-figure"><img src="media/a.png" alt="A"></figure>';

	it('leaves the story page alone and points deeper pages back up to media/', () => {
		expect(withMediaBase(html, '')).toBe(html);
		expect(withMediaBase(html, '../')).toContain('<img src="../media/a.png"');
	});

	it('never touches text that only looks like an address', () => {
		expect(withMediaBase(html, '../')).toContain('<p>src="media/x.png" as text</p>');
	});
});
