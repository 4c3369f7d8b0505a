import { describe, expect, it } from 'vitest';
import { lineGraph, metres, routeAlong, shortestPath, snap } from './route-path';
import type { GeoJSONCollection } from './types';

const fc = (...lines: number[][][]): GeoJSONCollection => ({
	type: 'FeatureCollection',
	features: lines.map((coordinates) => ({
		type: 'Feature',
		properties: { kind: 'railway' },
		geometry: { type: 'LineString', coordinates }
	}))
});

describe('routes along a line layer', () => {
	// A bent main line and a branch that stops 10 m short of its middle vertex.
	const main = [
		[30, 60],
		[30.1, 60.1],
		[30.2, 60]
	];
	const branch = [
		[30.10015, 60.1],
		[30.1, 60.3]
	];
	const graph = lineGraph(fc(main, branch));

	it('measures on the sphere', () => {
		expect(metres([60, 30], [60, 31])).toBeCloseTo(55_800, -3);
	});

	it('shares vertices and joins line ends a few metres from another line', () => {
		expect(graph.points).toHaveLength(5);
		const mid = snap(graph, [60.1, 30.1]).vertex;
		const end = snap(graph, [60.1, 30.10015]).vertex;
		expect(graph.edges[end]?.has(mid)).toBe(true);
	});

	it('follows the lines, not the straight way, and joins the legs', () => {
		const r = routeAlong(graph, [
			[60.001, 30.001],
			[60.3, 30.1],
			[60, 30.2]
		]);
		expect(r).toEqual({
			ok: true,
			points: [
				[60, 30],
				[60.1, 30.1],
				[60.1, 30.10015],
				[60.3, 30.1],
				[60.1, 30.10015],
				[60.1, 30.1],
				[60, 30.2]
			]
		});
	});

	it('says which stop is off the lines, and which leg has no way', () => {
		expect(
			routeAlong(graph, [
				[60, 30],
				[61, 30]
			])
		).toMatchObject({ ok: false, stop: 1 });
		const apart = lineGraph(
			fc(main, [
				[31, 60],
				[31.1, 60]
			])
		);
		expect(
			routeAlong(apart, [
				[60, 30],
				[60, 31.1]
			])
		).toEqual({ ok: false, leg: 0 });
		expect(shortestPath(apart, 0, 4)).toBeUndefined();
	});
});
