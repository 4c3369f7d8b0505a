import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import SourceList from './SourceList.svelte';
import CitedSources from './CitedSources.svelte';
import type { Source, Story } from '../story/types';

/** A bibliography the loader would refuse: the pages check its addresses again themselves. */
const sources: Source[] = [
	{
		id: 'evil',
		short: 'Evil',
		citation: 'x',
		url: 'javascript:alert(document.domain)//https://a.b'
	},
	{ id: 'rel', short: 'Rel', citation: 'x', url: '//evil.example/x' },
	{ id: 'good', short: 'Good', citation: 'x', url: 'https://example.org/good' }
];

describe('where a source address becomes a link', () => {
	it('writes only web addresses, in the reader and print pages and in an embed', () => {
		const story = {
			sources: Object.fromEntries(sources.map((s) => [s.id, s])),
			layers: {}
		} as unknown as Story;
		for (const html of [
			render(SourceList, { props: { story } }).body,
			render(CitedSources, { props: { sources } }).body
		]) {
			expect(html).not.toMatch(/href="(javascript|\/\/)/i);
			expect(html.match(/href="[^"]*"/g)).toEqual(['href="https://example.org/good"']);
		}
	});
});
