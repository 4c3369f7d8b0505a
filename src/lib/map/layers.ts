import type * as Leaflet from 'leaflet';
import type { GeoJSONCollection } from '../story/types';
import type { MapData } from './map-data';
import { escapeHtml } from './escape';

export interface BasemapLayers {
	/** At city zoom the 50m rivers no longer match the 10m coast: hide them there. */
	setCityScale(city: boolean): void;
}

type Collection = Parameters<typeof Leaflet.geoJSON>[0];

/** The archival basemap: land in paper tone, water flat; styled by CSS classes (see map.css). */
export function drawBasemap(L: typeof Leaflet, map: Leaflet.Map, data: MapData): BasemapLayers {
	const pane = map.getPane('tilePane');
	const opts = (className: string) => ({
		interactive: false,
		pane: pane ? 'tilePane' : 'overlayPane',
		style: () => ({ className })
	});
	L.geoJSON(data.land as unknown as Collection, opts('lantern-land')).addTo(map);
	const lakes = L.geoJSON(data.lakes as unknown as Collection, opts('lantern-lake')).addTo(map);
	const rivers = L.geoJSON(data.rivers as unknown as Collection, opts('lantern-river')).addTo(map);
	return {
		setCityScale(city) {
			for (const layer of [rivers, lakes]) {
				if (city && map.hasLayer(layer)) map.removeLayer(layer);
				if (!city && !map.hasLayer(layer)) layer.addTo(map);
			}
		}
	};
}

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
