/**
 * A story's online tiles (#17): the map credits them, the credit kept as text (Leaflet writes it
 * as HTML), and an address that is not a web tile template adds nothing at all.
 */
import type * as Leaflet from 'leaflet';
import { describe, expect, it } from 'vitest';
import { addTiles } from './tiles';

/** A stand-in for Leaflet that records what the map was given. */
function fakeLeaflet() {
	const added: { tiles: string[]; credits: string[] } = { tiles: [], credits: [] };
	const L = {
		tileLayer: (url: string) => ({ addTo: () => added.tiles.push(url) }),
		control: {
			attribution: () => {
				const control = {
					addAttribution: (text: string) => (added.credits.push(text), control),
					addTo: () => control
				};
				return control;
			}
		}
	} as unknown as Pick<typeof Leaflet, 'tileLayer' | 'control'>;
	return { L, added };
}
const map = {} as Leaflet.Map;

describe('addTiles', () => {
	it('adds the tiles and their credit, escaped', () => {
		const { L, added } = fakeLeaflet();
		const url = 'https://tiles.example/{z}/{x}/{y}.png';
		expect(addTiles(L, map, { url, attribution: '<img src=x onerror="alert(1)"> © Tiles' })).toBe(
			true
		);
		expect(added.tiles).toEqual([url]);
		expect(added.credits).toEqual(['&#60;img src=x onerror=&#34;alert(1)&#34;&#62; © Tiles']);
	});

	it.each(['javascript:alert(1)//{z}/{x}/{y}', '//tiles.example/{z}/{x}/{y}.png', 'data:,x'])(
		'adds nothing for %s',
		(url) => {
			const { L, added } = fakeLeaflet();
			expect(addTiles(L, map, { url, attribution: 'Nobody' })).toBe(false);
			expect(added).toEqual({ tiles: [], credits: [] });
		}
	);
});
