/**
 * A scene drawn as a static SVG at build time, from the same Scene and map data as the live map:
 * what readers without JavaScript see, and what the printed handout shows. Web Mercator, framed
 * the way Leaflet frames it, so the picture matches the live map.
 */
import { boxMeets, DETAIL_ZOOM, type MapData } from '../map/map-data';
import type { Scene } from '../scene/scene';
import type { GeoJSONCollection, GeoJSONFeature } from '../story/types';
import { framePadding } from '../scene/padding';
import type { LabelFeature } from '../map/feature-labels';
import { COLOURS, inkSvg } from './static-ink';
import { staticNames } from './static-labels';
import { clipLine, clipRing, type Box, type Pt } from './clip';

export interface StaticMapOptions {
	width: number;
	height: number;
	/** Coarser lines and whole-pixel coordinates: a picture on the first screen, small in bytes. */
	light?: boolean;
}

const TILE = 256;
const ZOOM_SNAP = 0.25;
const CITY_ZOOM = 10;

/** Web Mercator at zoom 0, in pixels of a 256-px world. */
function project(lat: number, lng: number): Pt {
	const s = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
	return [((lng + 180) / 360) * TILE, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * TILE];
}

/** Web Mercator at zoom 0 back to [lng, lat]. */
function unproject(x: number, y: number): Pt {
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / TILE))) * 180) / Math.PI;
	return [(x / TILE) * 360 - 180, lat];
}

export function frame(
	scene: Scene,
	{ width, height }: StaticMapOptions
): { center: Pt; zoom: number } {
	if (scene.view.kind === 'center')
		return { center: project(...(scene.view.center as Pt)), zoom: scene.view.zoom };
	const PAD = framePadding(width, height);
	const [sw, ne] = scene.view.bounds;
	const a = project(sw[0], sw[1]);
	const b = project(ne[0], ne[1]);
	const dx = Math.max(Math.abs(b[0] - a[0]), 1e-9);
	const dy = Math.max(Math.abs(b[1] - a[1]), 1e-9);
	const raw = Math.min(
		Math.log2((width - PAD.left - PAD.right) / dx),
		Math.log2((height - PAD.top - PAD.bottom) / dy)
	);
	const zoom = Math.min(Math.floor(raw / ZOOM_SNAP) * ZOOM_SNAP, scene.view.maxZoom);
	const k = 2 ** zoom;
	const offset: Pt = [(PAD.right - PAD.left) / 2 / k, (PAD.bottom - PAD.top) / 2 / k];
	return { center: [(a[0] + b[0]) / 2 + offset[0], (a[1] + b[1]) / 2 + offset[1]], zoom };
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderStaticMap(scene: Scene, data: MapData, opts: StaticMapOptions): string {
	const { width, height } = opts;
	const { center, zoom } = frame(scene, opts);
	const k = 2 ** zoom;
	const toPx = (lng: number, lat: number): Pt => {
		const p = project(lat, lng);
		return [(p[0] - center[0]) * k + width / 2, (p[1] - center[1]) * k + height / 2];
	};
	// What can be seen, and a little more: strokes at the frame's edge end outside it.
	const box: Box = [-16, -16, width + 16, height + 16];
	const [step, digits] = opts.light ? [1.5, 0] : [0.6, 1];
	const round = (v: number) => Number(v.toFixed(digits));
	const run = (pts: readonly Pt[], closed: boolean): string => {
		const kept: Pt[] = [];
		for (const p of pts) {
			const q: Pt = [round(p[0]), round(p[1])];
			const last = kept[kept.length - 1];
			if (!last || Math.abs(q[0] - last[0]) >= step || Math.abs(q[1] - last[1]) >= step)
				kept.push(q);
		}
		const [first, ...rest] = kept;
		if (!first) return '';
		// A light picture writes each point as a step from the last (rounded) one: fewer bytes.
		const d = opts.light
			? `M${first[0]} ${first[1]}${rest.length ? 'l' : ''}${rest.map((q, i) => `${q[0] - (kept[i]?.[0] ?? 0)} ${q[1] - (kept[i]?.[1] ?? 0)}`).join(' ')}`
			: kept.map((q, i) => `${i ? 'L' : 'M'}${q[0]} ${q[1]}`).join('');
		return closed ? d + 'Z' : d;
	};
	const path = (coords: unknown, closed: boolean): string => {
		const pts = (coords as number[][]).map((c) => toPx(c[0] ?? 0, c[1] ?? 0));
		return closed
			? run(clipRing(pts, box), true)
			: clipLine(pts, box)
					.map((r) => run(r, false))
					.join('');
	};
	const geometryPath = (g: { type: string; coordinates: unknown }): string => {
		switch (g.type) {
			case 'Polygon':
				return (g.coordinates as unknown[]).map((r) => path(r, true)).join('');
			case 'MultiPolygon':
				return (g.coordinates as unknown[][]).flatMap((p) => p.map((r) => path(r, true))).join('');
			case 'LineString':
				return path(g.coordinates, false);
			case 'MultiLineString':
				return (g.coordinates as unknown[]).map((l) => path(l, false)).join('');
			default:
				return '';
		}
	};
	const layer = (fc: GeoJSONCollection, attrs: (kind: string) => string): string =>
		fc.features
			.map((f) => {
				if (!f.geometry) return '';
				const d = geometryPath(f.geometry);
				return d ? `<path d="${d}" ${attrs(String(f.properties?.kind ?? ''))}/>` : '';
			})
			.join('');
	const parts: string[] = [`<rect width="${width}" height="${height}" fill="${COLOURS.water}"/>`];
	parts.push(layer(data.land, () => `fill="${COLOURS.land}"`));
	if (zoom < CITY_ZOOM) {
		parts.push(layer(data.lakes, () => `fill="${COLOURS.water}" fill-rule="evenodd"`));
		parts.push(layer(data.rivers, () => `fill="none" stroke="${COLOURS.river}" stroke-width="1"`));
	}
	if (zoom >= DETAIL_ZOOM) {
		// The full-resolution coast of each detail box in view, over the regional base: the box
		// is water, then its land and lakes (as the live map draws it, basemap-layer.ts).
		const [x0, y0] = [-width / 2 / k + center[0], -height / 2 / k + center[1]];
		const [x1, y1] = [width / 2 / k + center[0], height / 2 / k + center[1]];
		const view = [
			unproject(x0, y1)[0],
			unproject(x0, y1)[1],
			unproject(x1, y0)[0],
			unproject(x1, y0)[1]
		] as const;
		for (const d of data.detail ?? []) {
			if (!boxMeets(d.bbox, view)) continue;
			const [w, s, e, n] = d.bbox;
			if (d.land.features.length) {
				const [ax, ay] = toPx(w, n);
				const [bx, by] = toPx(e, s);
				parts.push(
					`<rect x="${ax.toFixed(1)}" y="${ay.toFixed(1)}" width="${(bx - ax).toFixed(1)}" height="${(by - ay).toFixed(1)}" fill="${COLOURS.water}"/>`
				);
				parts.push(layer(d.land, () => `fill="${COLOURS.land}"`));
			}
			parts.push(layer(d.lakes, () => `fill="${COLOURS.water}" fill-rule="evenodd"`));
			parts.push(layer(d.rivers, () => `fill="none" stroke="${COLOURS.river}" stroke-width="1.5"`));
		}
	}
	const features: GeoJSONFeature[] = [];
	const named: LabelFeature[] = [];
	for (const l of scene.layers) {
		const fc = data.layers[l.id];
		if (!fc) continue;
		features.push(...fc.features);
		named.push(...fc.features.map((f) => ({ ...f, minZoom: l.minZoom })));
	}
	// Lines thin out as the plan zooms out, as on the live map (map-scene.ts).
	const thin = Math.max(0.4, Math.min(1, 1 - (14 - zoom) * 0.2));
	const inBox = (p: Pt) => p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3];
	parts.push(
		inkSvg(features, thin, geometryPath, (c) => {
			const p = toPx(c[0] ?? NaN, c[1] ?? NaN);
			return inBox(p) ? p : undefined;
		})
	);
	for (const r of scene.routes) {
		const d = path(
			r.points.map(([lat, lng]) => [lng, lat]),
			false
		);
		parts.push(
			`<path d="${d}" fill="none" stroke="${COLOURS.red}" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>`
		);
	}
	const lat = unproject(center[0], center[1])[1];
	parts.push(staticNames(scene, named, { toPx, zoom, width, height, lat }));
	const title = esc(scene.description);
	// The view it shows, as the live map's data-map-center and data-map-zoom say theirs: a test
	// checks that the live map, replacing a picture, shows the same (reader-pictures.spec.ts).
	const [viewLng, viewLat] = unproject(center[0], center[1]);
	const view = `data-center="${viewLat.toFixed(5)},${viewLng.toFixed(5)}" data-zoom="${zoom}"`;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ${view} role="img" aria-label="${title}" font-family="Literata, Georgia, serif"><title>${title}</title>${parts.join('')}</svg>`;
}
