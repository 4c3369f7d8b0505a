import { BASEMAP_BASE_DETAIL, BASEMAP_DETAIL, type DetailBox } from './basemap-detail';
import { layersOn } from './layer-dates';
import { metres } from './route-path';
import type { LatLng, LayerSpec, Place, StepDate, ViewSpec } from './types';

/**
 * "Never an empty map" (#15): a scene may not zoom past the detail drawn at its centre. The zoom
 * a fitted view reaches depends on the map's size; the check takes the reader's desktop map panel
 * (3/5 of a 1280×800 window) and the frame padding the live map keeps, as Leaflet computes it.
 */
export const PANEL = { width: 768, height: 800 } as const;
/** Mirrors scene/padding.ts framePadding at PANEL's size (left+right, top+bottom). */
const PAD = { x: 40 + 150, y: 40 + 48 };
/** Leaflet's zoomSnap in map/map-scene.ts. */
const SNAP = 0.25;
/** A layer that declares no `detail` is taken at its word everywhere it draws. */
export const DEFAULT_LAYER_DETAIL = 19;
/** Where the basemap has detail: everywhere `base`, closer inside `boxes`. */
export interface BasemapDetail {
	base: number;
	boxes: readonly DetailBox[];
}
const BASEMAP: BasemapDetail = { base: BASEMAP_BASE_DETAIL, boxes: BASEMAP_DETAIL };

/** The closest zoom of a fit over towns alone, or anything else (scene/scene-at.ts). */
const FIT_MAX = { city: 9, site: 15 } as const;

const mercY = (lat: number) => {
	const r = (lat * Math.PI) / 180;
	return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
};

/** Where a view looks and how close, in the desktop panel. */
export function viewZoom(
	view: ViewSpec,
	places: Readonly<Record<string, Place>>
): { center: LatLng; zoom: number } | undefined {
	if (view.kind === 'center') return { center: view.center, zoom: view.zoom };
	let sw: LatLng;
	let ne: LatLng;
	let max = 18;
	if (view.kind === 'bounds') [sw, ne] = [view.bounds[0], view.bounds[1]];
	else {
		const ps = view.places.map((id) => places[id]);
		if (!ps.length || ps.some((p) => !p)) return undefined;
		const lats = ps.map((p) => p!.lat);
		const lngs = ps.map((p) => p!.lng);
		sw = [Math.min(...lats), Math.min(...lngs)];
		ne = [Math.max(...lats), Math.max(...lngs)];
		max = view.maxZoom ?? (ps.every((p) => p!.kind === 'city') ? FIT_MAX.city : FIT_MAX.site);
	}
	const dx = (256 * (ne[1] - sw[1])) / 360;
	const dy = 256 * (mercY(sw[0]) - mercY(ne[0]));
	const fit = Math.log2(Math.min((PANEL.width - PAD.x) / dx, (PANEL.height - PAD.y) / dy));
	const zoom = Math.min(max, Math.floor(Math.round(fit * 100) / 100 / SNAP) * SNAP);
	return { center: [(sw[0] + ne[0]) / 2, (sw[1] + ne[1]) / 2], zoom };
}

const inBox = (b: readonly number[], c: LatLng) =>
	c[1] >= b[0]! && c[1] <= b[2]! && c[0] >= b[1]! && c[0] <= b[3]!;

/** The closest zoom at which anything is drawn with detail at `center`, among `layers` shown at `zoom`. */
export function detailAt(
	center: LatLng,
	zoom: number,
	layers: readonly LayerSpec[],
	boxes: readonly DetailBox[] = BASEMAP_DETAIL,
	base = BASEMAP_BASE_DETAIL
): number {
	let best = base;
	for (const b of boxes) if (inBox(b.bbox, center)) best = Math.max(best, b.detail);
	for (const l of layers)
		if (l.bbox && inBox(l.bbox, center) && zoom >= l.minZoom)
			best = Math.max(best, l.detail ?? DEFAULT_LAYER_DETAIL);
	return best;
}

/** The warning for one step's view, as [message, hint], or undefined when detail suffices. */
export function overZoom(
	step: { view: ViewSpec; layers: readonly string[]; date?: StepDate },
	places: Readonly<Record<string, Place>>,
	layers: Readonly<Record<string, LayerSpec>>,
	basemap: BasemapDetail = BASEMAP
): [string, string] | undefined {
	const v = viewZoom(step.view, places);
	// A zoom out of range has been refused already.
	if (!v || v.zoom > 18) return undefined;
	const shown = layersOn(layers, step.layers, step.date);
	const detail = detailAt(v.center, v.zoom, shown, basemap.boxes, basemap.base);
	if (v.zoom <= detail) return undefined;
	return [
		`the scene zooms to ${v.zoom} over ${near(v.center, places)}, but nothing there is drawn closer than ${detail}`,
		`show a layer drawn with \`detail\` to ${Math.ceil(v.zoom)} there (a city plan), or keep the view at ${detail} or less (${step.view.kind === 'center' ? `zoom: ${detail}` : `maxZoom: ${detail}`})`
	];
}

/** A name for a point: the nearest town within 30 km, else the nearest place. */
function near(c: LatLng, places: Readonly<Record<string, Place>>): string {
	const all = Object.values(places).map((p) => ({ p, d: metres(c, [p.lat, p.lng]) }));
	all.sort((a, b) => a.d - b.d);
	const town = all.find((x) => x.p.kind === 'city' && x.d < 30_000);
	const hit = town ?? all[0];
	return hit ? hit.p.name : `[${c[0].toFixed(3)}, ${c[1].toFixed(3)}]`;
}
