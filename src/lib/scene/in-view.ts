import { PANEL, viewZoom } from '../story/over-zoom';
import type { LayerSpec, Place, ViewSpec } from '../story/types';

type Box = readonly [number, number, number, number];

const mercY = (lat: number) => {
	const r = (lat * Math.PI) / 180;
	return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
};
const latOf = (y: number) => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/** [west, south, east, north] that a view shows in the desktop panel, approximately. */
export function viewBox(
	view: ViewSpec,
	places: Readonly<Record<string, Place>>
): { box: Box; zoom: number } | undefined {
	const v = viewZoom(view, places);
	if (!v) return undefined;
	const world = 256 * 2 ** v.zoom;
	const halfX = (PANEL.width / 2 / world) * 360;
	const halfY = PANEL.height / 2 / world;
	const y = mercY(v.center[0]);
	return {
		box: [v.center[1] - halfX, latOf(y + halfY), v.center[1] + halfX, latOf(y - halfY)],
		zoom: v.zoom
	};
}

/**
 * Whether a layer is drawn in a view: shown from its minZoom, and its features reach the view.
 * The map's caption names only these (a caption listing every layer of the story hid a sixth of
 * the map); `data-map-layers` still lists every layer the scene carries.
 */
export function layerInView(
	layer: Pick<LayerSpec, 'minZoom' | 'bbox'>,
	seen: { box: Box; zoom: number } | undefined
): boolean {
	if (!seen) return true;
	if (layer.minZoom > seen.zoom) return false;
	const b = layer.bbox;
	const v = seen.box;
	return !b || (b[0] <= v[2] && b[2] >= v[0] && b[1] <= v[3] && b[3] >= v[1]);
}
