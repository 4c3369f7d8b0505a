import type { GeoJSONCollection, LatLng } from './types';

/**
 * A route along a line layer (`via: railways-1917`): each leg is the shortest way over the
 * layer's lines between the vertices nearest its two places. Pure and run once, by the loader, so
 * the page gets a plain list of points that the renderer draws and GSAP animates as before.
 */

/** Line ends closer than this to another line's vertex are joined (drawn lines seldom meet exactly). */
export const JOIN_METRES = 40;
/** A place farther than this from every line of the layer is not on it. */
export const SNAP_METRES = 5000;

export function metres(a: LatLng, b: LatLng): number {
	const rad = Math.PI / 180;
	const dLat = (b[0] - a[0]) * rad;
	const dLng = (b[1] - a[1]) * rad;
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLng / 2) ** 2;
	return 2 * 6371008 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface LineGraph {
	points: LatLng[];
	edges: Map<number, number>[];
}

/** The vertices of every line in the layer ([lat, lng]), shared where lines share them. */
export function lineGraph(data: GeoJSONCollection): LineGraph {
	const points: LatLng[] = [];
	const edges: Map<number, number>[] = [];
	const index = new Map<string, number>();
	const ends: number[] = [];
	const vertex = (c: readonly number[]): number => {
		const key = `${c[0]!.toFixed(5)},${c[1]!.toFixed(5)}`;
		let i = index.get(key);
		if (i === undefined) {
			i = points.push([c[1]!, c[0]!]) - 1;
			edges.push(new Map());
			index.set(key, i);
		}
		return i;
	};
	const link = (a: number, b: number) => {
		if (a === b) return;
		const d = metres(points[a]!, points[b]!);
		edges[a]!.set(b, Math.min(d, edges[a]!.get(b) ?? Infinity));
		edges[b]!.set(a, Math.min(d, edges[b]!.get(a) ?? Infinity));
	};
	for (const f of data.features) {
		const g = f.geometry;
		const lines =
			g?.type === 'LineString'
				? [g.coordinates as number[][]]
				: g?.type === 'MultiLineString'
					? (g.coordinates as number[][][])
					: [];
		for (const line of lines) {
			const ids = line.map(vertex);
			ids.slice(1).forEach((id, k) => link(ids[k]!, id));
			if (ids.length) ends.push(ids[0]!, ids.at(-1)!);
		}
	}
	// A line that ends a few metres from another (a branch drawn to a junction) joins it there.
	for (const e of ends)
		for (let j = 0; j < points.length; j++)
			if (j !== e && !edges[e]!.has(j) && metres(points[e]!, points[j]!) <= JOIN_METRES) link(e, j);
	return { points, edges };
}

/** The vertex nearest a place, and how far it is. */
export function snap(graph: LineGraph, at: LatLng): { vertex: number; distance: number } {
	let vertex = -1;
	let distance = Infinity;
	graph.points.forEach((p, i) => {
		const d = metres(p, at);
		if (d < distance) [vertex, distance] = [i, d];
	});
	return { vertex, distance };
}

/** Dijkstra by distance: the vertices from `from` to `to`, or undefined when no line joins them. */
export function shortestPath(graph: LineGraph, from: number, to: number): number[] | undefined {
	const n = graph.points.length;
	const dist = new Float64Array(n).fill(Infinity);
	const prev = new Int32Array(n).fill(-1);
	const done = new Uint8Array(n);
	dist[from] = 0;
	for (;;) {
		let u = -1;
		for (let i = 0; i < n; i++)
			if (!done[i] && dist[i]! < Infinity && (u < 0 || dist[i]! < dist[u]!)) u = i;
		if (u < 0) return undefined;
		if (u === to) break;
		done[u] = 1;
		for (const [v, w] of graph.edges[u]!)
			if (dist[u]! + w < dist[v]!) {
				dist[v] = dist[u]! + w;
				prev[v] = u;
			}
	}
	const path = [to];
	while (path[0] !== from) path.unshift(prev[path[0]!]!);
	return path;
}

export type RouteResult =
	{ ok: true; points: LatLng[] } | { ok: false; leg?: number; stop?: number; distance?: number };

/** The whole route over the graph: leg by leg, joined where they meet. */
export function routeAlong(graph: LineGraph, stops: readonly LatLng[]): RouteResult {
	const snapped = [];
	for (const [i, s] of stops.entries()) {
		const hit = snap(graph, s);
		if (hit.vertex < 0 || hit.distance > SNAP_METRES)
			return { ok: false, stop: i, distance: hit.distance };
		snapped.push(hit.vertex);
	}
	const out: LatLng[] = [];
	for (let leg = 0; leg + 1 < snapped.length; leg++) {
		const path = shortestPath(graph, snapped[leg]!, snapped[leg + 1]!);
		if (!path) return { ok: false, leg };
		for (const v of out.length ? path.slice(1) : path) out.push(graph.points[v]!);
	}
	return { ok: true, points: out };
}
