import type * as Leaflet from 'leaflet';
import { PROJECTED_ZOOM, type ProjectedBasemap } from './map-data';

const SVG = 'http://www.w3.org/2000/svg';

export interface BasemapLayers {
	/** At city zoom the 50m rivers no longer match the 10m coast: hide them there. */
	setCityScale(city: boolean): void;
}

/** How far beyond the view the basemap is drawn, as a share of the view (as Leaflet's renderer). */
const PAD = 0.1;

/**
 * The archival basemap: land in paper tone, water flat; styled by CSS classes (see map.css). One
 * SVG of paths projected at build time (ProjectedBasemap): no coordinate is projected in script.
 * Like Leaflet's own vector renderer, the SVG covers the view and a margin, its viewBox the same
 * stretch of the projected plane; during a flight the picture drawn last is moved and scaled, and
 * it is drawn afresh when the map comes to rest. (Drawn over its whole bounds instead, it grew to
 * 300,000 px at city zoom, and resizing it in flight repainted the coast every frame.)
 */
export function drawBasemap(
	L: typeof Leaflet,
	map: Leaflet.Map,
	basemap: ProjectedBasemap
): BasemapLayers {
	const svg = document.createElementNS(SVG, 'svg');
	svg.setAttribute('preserveAspectRatio', 'none');
	svg.setAttribute('class', 'lantern-basemap leaflet-zoom-animated');
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
	const el = svg as unknown as HTMLElement;
	const pane = map.getPane('tilePane') ?? map.getPanes().overlayPane;
	pane.append(svg);

	/** Where the picture was drawn: its top-left in world pixels of `zoom`. */
	let drawn: { corner: Leaflet.Point; zoom: number } | undefined;
	const draw = () => {
		const size = map.getSize();
		const min = map.containerPointToLayerPoint(size.multiplyBy(-PAD)).round();
		const span = size.multiplyBy(1 + 2 * PAD).round();
		const zoom = map.getZoom();
		const corner = min.add(map.getPixelOrigin());
		const k = 2 ** (PROJECTED_ZOOM - zoom); // projected units per screen pixel
		svg.setAttribute(
			'viewBox',
			[corner.x * k, corner.y * k, span.x * k, span.y * k].map((v) => v.toFixed(2)).join(' ')
		);
		L.DomUtil.setPosition(el, min);
		el.style.width = `${span.x}px`;
		el.style.height = `${span.y}px`;
		drawn = { corner, zoom };
	};
	const fly = () => {
		if (!drawn) return draw();
		const scale = map.getZoomScale(map.getZoom(), drawn.zoom);
		L.DomUtil.setTransform(
			el,
			drawn.corner.multiplyBy(scale).subtract(map.getPixelOrigin()),
			scale
		);
	};
	map.on({ viewreset: draw, moveend: draw, zoom: fly });
	map.whenReady(draw); // now, or when the map gets its first view
	return {
		setCityScale(city) {
			svg.classList.toggle('city', city);
		}
	};
}
