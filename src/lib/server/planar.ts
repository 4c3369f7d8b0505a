/**
 * Small planar geometry helpers for checking map data (tests, build-time checks): point in
 * polygon, and distance to a polygon, a line or a point. Positions are [lng, lat]; pure, no dependencies.
 */

type Ring = readonly (readonly number[])[];

export interface AnyGeometry {
	type: string;
	coordinates: unknown;
}

/** Even-odd ray casting; points exactly on an edge may go either way. */
export function pointInRing(lng: number, lat: number, ring: Ring): boolean {
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const a = ring[i];
		const b = ring[j];
		if (!a || !b) continue;
		const [ax = NaN, ay = NaN] = a;
		const [bx = NaN, by = NaN] = b;
		if (ay > lat !== by > lat && lng < ((bx - ax) * (lat - ay)) / (by - ay) + ax) inside = !inside;
	}
	return inside;
}

/** Inside the outer ring and outside every hole. */
export function pointInPolygon(lng: number, lat: number, rings: readonly Ring[]): boolean {
	const [outer, ...holes] = rings;
	if (!outer || !pointInRing(lng, lat, outer)) return false;
	return !holes.some((h) => pointInRing(lng, lat, h));
}

/** The polygons (ring lists) of a Polygon or MultiPolygon; nothing for other geometries. */
export function polygonsOf(g: AnyGeometry | null | undefined): Ring[][] {
	if (!g) return [];
	if (g.type === 'Polygon') return [g.coordinates as Ring[]];
	if (g.type === 'MultiPolygon') return g.coordinates as Ring[][];
	return [];
}

export function pointInGeometry(
	lng: number,
	lat: number,
	g: AnyGeometry | null | undefined
): boolean {
	return polygonsOf(g).some((p) => pointInPolygon(lng, lat, p));
}

const EARTH_RADIUS_M = 6_371_008.8;

/** The paths of any geometry: a polygon's rings, a line's lines, a point as a path of one. */
export function pathsOf(g: AnyGeometry | null | undefined): Ring[] {
	if (!g) return [];
	if (g.type === 'Point') return [[g.coordinates as number[]]];
	if (g.type === 'LineString') return [g.coordinates as Ring];
	if (g.type === 'MultiLineString') return g.coordinates as Ring[];
	return polygonsOf(g).flat();
}

/**
 * Distance in metres from a point to a geometry: to a polygon's nearest edge (0 inside it), to a
 * line, or to a point; on a local equirectangular projection, good to a fraction of a percent at
 * city scale.
 */
export function distanceToGeometryM(
	lng: number,
	lat: number,
	g: AnyGeometry | null | undefined
): number {
	if (pointInGeometry(lng, lat, g)) return 0;
	const kx = (Math.PI / 180) * EARTH_RADIUS_M * Math.cos((lat * Math.PI) / 180);
	const ky = (Math.PI / 180) * EARTH_RADIUS_M;
	let best = Infinity;
	for (const path of pathsOf(g)) {
		for (let i = path.length === 1 ? 0 : 1; i < path.length; i++) {
			const a = path[Math.max(0, i - 1)];
			const b = path[i];
			if (!a || !b) continue;
			const ax = ((a[0] ?? NaN) - lng) * kx;
			const ay = ((a[1] ?? NaN) - lat) * ky;
			const bx = ((b[0] ?? NaN) - lng) * kx;
			const by = ((b[1] ?? NaN) - lat) * ky;
			const dx = bx - ax;
			const dy = by - ay;
			const len2 = dx * dx + dy * dy;
			const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
			const d = Math.hypot(ax + t * dx, ay + t * dy);
			if (d < best) best = d;
		}
	}
	return best;
}
