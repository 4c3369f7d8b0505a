import type * as Leaflet from 'leaflet';
import { isTileTemplate } from '../story/safe-url';
import { escapeHtml } from './escape';

/**
 * A story's optional online tile layer, with its credit on the map. The address is checked again
 * here, as every address from a story file is where a page uses it; if the tiles fail, the vector
 * basemap stays underneath. Leaflet writes an attribution as HTML: the story's text goes in
 * escaped, so a hostile attribution stays text (#17).
 */
export function addTiles(
	L: Pick<typeof Leaflet, 'tileLayer' | 'control'>,
	map: Leaflet.Map,
	tiles: { url: string; attribution: string }
): boolean {
	if (!isTileTemplate(tiles.url)) return false;
	L.tileLayer(tiles.url, { crossOrigin: true }).addTo(map);
	L.control
		.attribution({ prefix: false, position: 'bottomright' })
		.addAttribution(escapeHtml(tiles.attribution))
		.addTo(map);
	return true;
}
