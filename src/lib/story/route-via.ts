import type { Ctx } from './build-ctx';
import { didYouMean } from './suggest';
import { lineGraph, routeAlong, SNAP_METRES, type LineGraph } from './route-path';
import type { GeoJSONCollection, LatLng } from './types';
import type { Key } from './yaml-source';

/** One graph per layer, however many routes follow it. */
const graphs = new WeakMap<GeoJSONCollection, LineGraph>();

/**
 * The points of a route that follows a line layer (`via:`), or undefined after saying, at the
 * route's line, why it cannot: the layer is unknown or has no lines, a place is off its lines, or
 * no line joins two stops.
 */
export function viaPoints(
	route: { path: readonly string[]; via: string },
	base: Key[],
	ctx: Ctx,
	at: (path: Key[], message: string, hint?: string) => void
): LatLng[] | undefined {
	const layer = ctx.layers[route.via];
	if (!layer?.data) {
		// A layer with a bad file has been reported already.
		if (!ctx.fm.layers[route.via])
			at(
				[...base, 'via'],
				`route via \`${route.via}\`: expected a line layer named in the front matter`,
				didYouMean(route.via, Object.keys(ctx.fm.layers), 'declare the layer under `layers:`')
			);
		return undefined;
	}
	let graph = graphs.get(layer.data);
	if (!graph) graphs.set(layer.data, (graph = lineGraph(layer.data)));
	if (graph.points.length < 2) {
		at(
			[...base, 'via'],
			`route via \`${route.via}\`: the layer has no lines to follow`,
			'name a layer of LineString features (a railway, a road, a river)'
		);
		return undefined;
	}
	const places = route.path.map((id) => ctx.places[id]);
	if (places.some((p) => !p)) return undefined; // unknown places are reported already
	const stops = places.map((p): LatLng => [p!.lat, p!.lng]);
	const r = routeAlong(graph, stops);
	if (r.ok) return r.points;
	if (r.stop !== undefined) {
		const id = route.path[r.stop]!;
		at(
			[...base, 'path', r.stop],
			`place \`${id}\` lies ${((r.distance ?? 0) / 1000).toFixed(1)} km from the nearest line of \`${route.via}\`: expected a place within ${SNAP_METRES / 1000} km of it`,
			'route only between places on the line, or draw this leg without `via`'
		);
		return undefined;
	}
	const leg = r.leg ?? 0;
	at(
		[...base, 'path', leg + 1],
		`route via \`${route.via}\`: no line of the layer joins \`${route.path[leg]}\` to \`${route.path[leg + 1]}\``,
		'the lines must meet (ends within a few metres) for the route to pass from one to the next'
	);
	return undefined;
}
