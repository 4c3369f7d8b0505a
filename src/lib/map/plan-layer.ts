import type * as Leaflet from 'leaflet';
import type { GeoJSONCollection } from '../story/types';
import { escapeHtml } from './escape';

type Collection = Parameters<typeof Leaflet.geoJSON>[0];

/** A story's own layer (a schematic city plan): water, islands, streets, canals, labels. */
export function drawLayer(L: typeof Leaflet, data: GeoJSONCollection): Leaflet.Layer {
	return L.geoJSON(data as unknown as Collection, {
		interactive: false,
		style: (f) => ({ className: `lantern-plan kind-${String(f?.properties?.kind ?? 'land')}` }),
		pointToLayer: (f, latlng) =>
			L.marker(latlng, {
				interactive: false,
				keyboard: false,
				icon: L.divIcon({
					className: 'lantern-plan-label',
					html: escapeHtml(String(f.properties?.name ?? '')),
					iconSize: [0, 0]
				})
			})
	});
}
