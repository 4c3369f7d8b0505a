import type * as Leaflet from 'leaflet';
import type { GeoJSONCollection } from '../story/types';
import type { ProjectedBasemap } from './map-data';
import { escapeHtml } from './escape';

const SVG = 'http://www.w3.org/2000/svg';

export interface BasemapLayers {
	/** At city zoom the 50m rivers no longer match the 10m coast: hide them there. */
	setCityScale(city: boolean): void;
}

type Collection = Parameters<typeof Leaflet.geoJSON>[0];

/**
 * The archival basemap: land in paper tone, water flat; styled by CSS classes (see map.css). One
 * SVG, projected at build time, laid over its bounds: Leaflet sizes it at each zoom and the browser
 * scales the paths, so no coordinate is projected in script.
 */
export function drawBasemap(
	L: typeof Leaflet,
	map: Leaflet.Map,
	basemap: ProjectedBasemap
): BasemapLayers {
	const svg = document.createElementNS(SVG, 'svg');
	svg.setAttribute('viewBox', basemap.viewBox.join(' '));
	// Leaflet gives the overlay the bounds' size in whole pixels: stretch to it exactly.
	svg.setAttribute('preserveAspectRatio', 'none');
	svg.setAttribute('class', 'lantern-basemap');
	svg.setAttribute('aria-hidden', 'true');
	for (const [className, d] of [
		['lantern-land', basemap.land],
		['lantern-lake', basemap.lakes],
		['lantern-river', basemap.rivers]
	] as const) {
		const path = document.createElementNS(SVG, 'path');
		path.setAttribute('class', className);
		path.setAttribute('d', d);
		svg.append(path);
	}
	L.svgOverlay(svg, L.latLngBounds(basemap.bounds), {
		pane: map.getPane('tilePane') ? 'tilePane' : 'overlayPane',
		interactive: false
	}).addTo(map);
	return {
		setCityScale(city) {
			svg.classList.toggle('city', city);
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
