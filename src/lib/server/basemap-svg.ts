/**
 * The basemap as SVG path data, projected once at build time (see ProjectedBasemap). Web Mercator
 * as Leaflet computes it (EPSG:3857), so the picture lines up with Leaflet's markers and routes.
 */
import { PROJECTED_ZOOM, type ProjectedBasemap } from '../map/map-data';
import type { Basemap, BasemapGeometry, FeatureCollection } from './basemap';

const WORLD = 256 * 2 ** PROJECTED_ZOOM;
/** Coordinates are written in tenths of a projected pixel. */
const TENTHS = 10;

/** Web Mercator at PROJECTED_ZOOM, in tenths of a pixel, rounded. */
export function projectTenths(lng: number, lat: number): [number, number] {
	const s = Math.sin((Math.max(-85.0511287798, Math.min(85.0511287798, lat)) * Math.PI) / 180);
	const x = ((lng + 180) / 360) * WORLD;
	const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * WORLD;
	return [Math.round(x * TENTHS), Math.round(y * TENTHS)];
}

const num = (tenths: number): string => String(tenths / TENTHS);

/**
 * One line or ring as "M x y l dx dy dx dy …": relative steps between already-rounded points,
 * so no rounding error builds up along a long coast. Steps that round to nothing are dropped.
 */
function pathOf(points: readonly (readonly number[])[], close: boolean): string {
	let out = '';
	let last: [number, number] | undefined;
	for (const p of points) {
		const q = projectTenths(p[0] ?? NaN, p[1] ?? NaN);
		if (!Number.isFinite(q[0]) || !Number.isFinite(q[1])) continue;
		if (!last) out = `M${num(q[0])} ${num(q[1])}l`;
		else if (q[0] !== last[0] || q[1] !== last[1]) {
			const dx = num(q[0] - last[0]);
			const dy = num(q[1] - last[1]);
			out += `${out.endsWith('l') ? '' : ' '}${dx}${dy.startsWith('-') ? '' : ' '}${dy}`;
		} else continue;
		last = q;
	}
	if (out.endsWith('l')) return ''; // a single point draws nothing
	return close ? `${out}z` : out;
}

function linesOf(g: BasemapGeometry): { lines: (readonly number[])[][]; closed: boolean } {
	switch (g.type) {
		case 'Polygon':
			return { lines: g.coordinates, closed: true };
		case 'MultiPolygon':
			return { lines: g.coordinates.flat(), closed: true };
		case 'LineString':
			return { lines: [g.coordinates], closed: false };
		case 'MultiLineString':
			return { lines: g.coordinates, closed: false };
	}
}

/** Every feature of a layer as one path: rings closed (filled even-odd), lines open. */
export function pathData(layer: FeatureCollection): string {
	return layer.features
		.flatMap((f) => {
			const { lines, closed } = linesOf(f.geometry);
			return lines.map((l) => pathOf(l, closed));
		})
		.filter(Boolean)
		.join('');
}

/** The clipped basemap as projected SVG paths. */
export function projectBasemap(base: Basemap): ProjectedBasemap {
	return {
		land: pathData(base.land),
		lakes: pathData(base.lakes),
		rivers: pathData(base.rivers)
	};
}

/** A [west, south, east, north] box in projected pixels, as [x, y, width, height]. */
export function projectedFrame(
	bbox: readonly [number, number, number, number]
): [number, number, number, number] {
	const [x0, y0] = projectTenths(bbox[0], bbox[3]);
	const [x1, y1] = projectTenths(bbox[2], bbox[1]);
	return [x0 / TENTHS, y0 / TENTHS, (x1 - x0) / TENTHS, (y1 - y0) / TENTHS];
}
