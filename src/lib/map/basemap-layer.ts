import type * as Leaflet from 'leaflet';
import { DETAIL_ZOOM, PROJECTED_ZOOM, type CoastJson, type ProjectedBasemap } from './map-data';

const SVG = 'http://www.w3.org/2000/svg';

export interface BasemapLayers {
	/** At city zoom the 50m rivers no longer match the 10m coast: hide them there. */
	setCityScale(city: boolean): void;
	/** Show the detail boxes' coast from DETAIL_ZOOM (the zoom the scene is going to). */
	setZoom(zoom: number): void;
	/** Draw one detail box's full-resolution coast over the regional base (once per box). */
	addDetail(coast: CoastJson): void;
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
	const svg = picture(basemap);
	// The detail boxes: a second picture over the first, never at "city" scale (their lakes and
	// rivers match their coast), hidden below DETAIL_ZOOM. Each box is water, then its coast, so
	// the regional base does not show through under it.
	const detail = picture();
	detail.setAttribute('class', 'lantern-basemap lantern-detail leaflet-zoom-animated');
	detail.style.display = 'none';
	const added = new Set<string>();
	/** The zoom of the scene being shown (setZoom). */
	let target = 0;
	const pane = map.getPane('tilePane') ?? map.getPanes().overlayPane;
	pane.append(svg, detail);

	/** Where the picture was drawn: its top-left in world pixels of `zoom`. */
	let drawn: { corner: Leaflet.Point; zoom: number } | undefined;
	const draw = () => {
		const size = map.getSize();
		const min = map.containerPointToLayerPoint(size.multiplyBy(-PAD)).round();
		const span = size.multiplyBy(1 + 2 * PAD).round();
		const zoom = map.getZoom();
		const corner = min.add(map.getPixelOrigin());
		const k = 2 ** (PROJECTED_ZOOM - zoom); // projected units per screen pixel
		const box = [corner.x * k, corner.y * k, span.x * k, span.y * k];
		for (const s of [svg, detail]) {
			const el = s as unknown as HTMLElement;
			s.setAttribute('viewBox', box.map((v) => v.toFixed(2)).join(' '));
			L.DomUtil.setPosition(el, min);
			el.style.width = `${span.x}px`;
			el.style.height = `${span.y}px`;
		}
		drawn = { corner, zoom };
	};
	const fly = () => {
		if (!drawn) return draw();
		const scale = map.getZoomScale(map.getZoom(), drawn.zoom);
		const at = drawn.corner.multiplyBy(scale).subtract(map.getPixelOrigin());
		for (const s of [svg, detail]) L.DomUtil.setTransform(s as unknown as HTMLElement, at, scale);
	};
	map.on({ viewreset: draw, moveend: draw, zoom: fly });
	map.whenReady(draw); // now, or when the map gets its first view
	return {
		setCityScale(city) {
			svg.classList.toggle('city', city);
		},
		setZoom(zoom) {
			target = zoom;
			detail.style.display = zoom >= DETAIL_ZOOM && added.size ? '' : 'none';
		},
		addDetail(coast) {
			if (added.has(coast.name)) return;
			added.add(coast.name);
			const g = document.createElementNS(SVG, 'g');
			g.dataset.coast = coast.name;
			const [x, y, w, h] = coast.frame;
			// The box itself as water (class lantern-lake), then the box's land, lakes and rivers.
			paths(g, [
				['lantern-lake', `M${x} ${y}h${w}v${h}h${-w}z`],
				['lantern-land', coast.basemap.land],
				['lantern-lake', coast.basemap.lakes],
				['lantern-river', coast.basemap.rivers]
			]);
			detail.append(g);
			// Shown if the scene is going to a close zoom: a box may arrive in the middle of the
			// flight there, while the map is still far out.
			detail.style.display = target >= DETAIL_ZOOM ? '' : 'none';
		}
	};
}

/** An SVG of the projected basemap's three paths (or an empty one, for the detail boxes). */
function picture(basemap?: ProjectedBasemap): SVGSVGElement {
	const svg = document.createElementNS(SVG, 'svg');
	svg.setAttribute('preserveAspectRatio', 'none');
	svg.setAttribute('class', 'lantern-basemap leaflet-zoom-animated');
	svg.setAttribute('aria-hidden', 'true');
	if (basemap)
		paths(svg, [
			['lantern-land', basemap.land],
			['lantern-lake', basemap.lakes],
			['lantern-river', basemap.rivers]
		]);
	return svg;
}

function paths(parent: SVGElement, list: readonly (readonly [string, string])[]): void {
	for (const [className, d] of list) {
		const path = document.createElementNS(SVG, 'path');
		path.setAttribute('class', className);
		path.setAttribute('d', d);
		parent.append(path);
	}
}
