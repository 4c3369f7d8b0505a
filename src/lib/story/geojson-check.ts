import type { Problems } from './errors';
import { featureOffsets, lineAt } from './json-offsets';

/**
 * Every feature of a layer, checked against the map-layer contract (docs/story-format.md, "Map
 * layers") before anything draws it: a `null` feature or a coordinate written as a string would
 * otherwise reach the build's static maps and stop it with a stack trace that names no story file.
 */

export const POLYGON_KINDS: readonly string[] = [
	'water',
	'land',
	'island',
	'built',
	'park',
	'square',
	'fortress',
	'district'
];
export const LINE_KINDS: readonly string[] = [
	'river',
	'canal',
	'street',
	'bridge',
	'railway',
	'wall',
	'border',
	'front'
];
export const POINT_KINDS: readonly string[] = ['label', 'station', 'landmark'];
export const FEATURE_KINDS = [...POLYGON_KINDS, ...LINE_KINDS, ...POINT_KINDS] as const;
export const LABEL_STYLES = ['water', 'district', 'region', 'island'] as const;
const GEOMETRIES: Record<string, { depth: number; kinds: readonly string[]; what: string }> = {
	Point: { depth: 0, kinds: POINT_KINDS, what: 'a point' },
	LineString: { depth: 1, kinds: LINE_KINDS, what: 'a line' },
	MultiLineString: { depth: 2, kinds: LINE_KINDS, what: 'a line' },
	Polygon: { depth: 2, kinds: POLYGON_KINDS, what: 'a polygon' },
	MultiPolygon: { depth: 3, kinds: POLYGON_KINDS, what: 'a polygon' }
};

type Box = readonly [number, number, number, number];
const inBox = (b: Box, lng: number, lat: number) =>
	lng >= b[0] && lng <= b[2] && lat >= b[1] && lat <= b[3];

/** What is wrong with one position ([lng, lat]), or undefined. */
function badPosition(p: unknown, region: Box | undefined): [string, string] | undefined {
	if (!Array.isArray(p) || p.length < 2 || p.length > 3)
		return [
			`expected a position [lng, lat], got ${JSON.stringify(p)?.slice(0, 40)}`,
			'write each point as [longitude, latitude] in degrees'
		];
	if (!p.every((n) => typeof n === 'number' && Number.isFinite(n)))
		return [
			`expected numbers in the position ${JSON.stringify(p).slice(0, 40)}`,
			'write coordinates as numbers, without quotes: [30.31556, 59.93917]'
		];
	const [lng, lat] = p as [number, number];
	const swapped =
		(region && !inBox(region, lng, lat) && inBox(region, lat, lng)) ||
		(Math.abs(lat) > 90 && Math.abs(lng) <= 90);
	if (Math.abs(lng) > 180 || Math.abs(lat) > 90 || swapped)
		return [
			`position [${lng}, ${lat}] out of range: expected [longitude −180…180, latitude −90…90]`,
			swapped
				? 'latitude and longitude look swapped: GeoJSON writes [lng, lat], east–west first'
				: 'check the coordinate'
		];
	return undefined;
}

/** Walk nested coordinate arrays to `depth`, checking every position and the shape on the way. */
function badCoordinates(
	c: unknown,
	depth: number,
	type: string,
	region: Box | undefined
): [string, string] | undefined {
	if (depth === 0) return badPosition(c, region);
	const min = depth === 1 && type.includes('LineString') ? 2 : depth === 1 ? 4 : 1;
	if (!Array.isArray(c) || c.length < min)
		return [
			`${type} coordinates: expected a list of ${depth === 1 ? `at least ${min} positions` : 'lists'}`,
			type.includes('Polygon')
				? 'a polygon ring lists at least four positions, the last equal to the first'
				: 'a line lists at least two positions [lng, lat]'
		];
	for (const x of c) {
		const bad = badCoordinates(x, depth - 1, type, region);
		if (bad) return bad;
	}
	return undefined;
}

/** The problem with one feature as [message, hint], or undefined when it keeps the contract. */
export function featureProblem(f: unknown, region: Box | undefined): [string, string] | undefined {
	if (f === null || typeof f !== 'object' || Array.isArray(f))
		return [
			`expected a GeoJSON Feature object, got ${f === null ? 'null' : Array.isArray(f) ? 'a list' : typeof f}`,
			'write { "type": "Feature", "properties": { "kind": … }, "geometry": { … } }'
		];
	const feature = f as { type?: unknown; geometry?: unknown; properties?: unknown };
	if (feature.type !== 'Feature')
		return [
			`expected "type": "Feature", got ${JSON.stringify(feature.type) ?? 'none'}`,
			'each entry of `features` is a Feature with its geometry inside'
		];
	const g = feature.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
	const known = Object.keys(GEOMETRIES);
	const geometry = typeof g?.type === 'string' ? GEOMETRIES[g.type] : undefined;
	if (!g || typeof g !== 'object' || !geometry)
		return [
			`geometry: expected one of ${known.join(', ')}, got ${g && typeof g === 'object' ? JSON.stringify(g.type) : JSON.stringify(g ?? null)}`,
			'a layer draws points, lines and polygons only'
		];
	const type = g.type as string;
	const bad = badCoordinates(g.coordinates, geometry.depth, type, region);
	if (bad) return bad;
	const props = feature.properties as Record<string, unknown> | null | undefined;
	const kind = props && typeof props === 'object' ? props.kind : undefined;
	if (typeof kind !== 'string' || !(FEATURE_KINDS as readonly string[]).includes(kind))
		return [
			`properties.kind ${JSON.stringify(kind) ?? 'missing'}: expected one of ${FEATURE_KINDS.join(', ')}`,
			`${geometry.what} takes ${geometry.kinds.join(', ')}`
		];
	if (!geometry.kinds.includes(kind))
		return [
			`properties.kind "${kind}" is not drawn as ${geometry.what} (${type})`,
			`${geometry.what} takes ${geometry.kinds.join(', ')}`
		];
	const p = props as Record<string, unknown>;
	if (p.rank !== undefined && ![1, 2, 3].includes(p.rank as number))
		return [
			`properties.rank ${JSON.stringify(p.rank)}: expected 1, 2 or 3`,
			'1 is the most important'
		];
	if (
		p.labelZoom !== undefined &&
		!(typeof p.labelZoom === 'number' && p.labelZoom >= 0 && p.labelZoom <= 19)
	)
		return [
			`properties.labelZoom ${JSON.stringify(p.labelZoom)}: expected a zoom from 0 to 19`,
			'the zoom from which the name shows'
		];
	if (p.style !== undefined && !(LABEL_STYLES as readonly string[]).includes(p.style as string))
		return [
			`properties.style ${JSON.stringify(p.style)}: expected one of ${LABEL_STYLES.join(', ')}`,
			'style is for `label` points: water, district, region or island'
		];
	if (p.labelAt !== undefined) {
		const at = badPosition(p.labelAt, region);
		if (at) return [`properties.labelAt: ${at[0]}`, at[1]];
	}
	for (const field of ['name', 'today', 'note'])
		if (p[field] !== undefined && typeof p[field] !== 'string')
			return [
				`properties.${field}: expected text, got ${JSON.stringify(p[field])}`,
				'write it in double quotes'
			];
	return undefined;
}

/**
 * Check every feature; report each bad one at its own line of the layer file. Returns whether all
 * are good (a layer with a bad feature is not published).
 */
export function checkFeatures(
	text: string,
	features: readonly unknown[],
	path: string,
	region: Box | undefined,
	problems: Problems
): boolean {
	let offsets: number[] | undefined;
	let ok = true;
	features.forEach((f, n) => {
		const bad = featureProblem(f, region);
		if (!bad) return;
		ok = false;
		offsets ??= featureOffsets(text);
		const at = lineAt(text, offsets[n] ?? 0);
		problems.error(path, at.line, at.column, `features[${n}]: ${bad[0]}`, bad[1]);
	});
	return ok;
}

/** [west, south, east, north] of every position in the features (which have been checked). */
export function featuresBox(features: readonly unknown[]): Box | undefined {
	let w = Infinity,
		s = Infinity,
		e = -Infinity,
		n = -Infinity;
	const walk = (c: unknown): void => {
		if (!Array.isArray(c)) return;
		if (typeof c[0] === 'number') {
			const [lng, lat] = c as [number, number];
			w = Math.min(w, lng);
			e = Math.max(e, lng);
			s = Math.min(s, lat);
			n = Math.max(n, lat);
		} else c.forEach(walk);
	};
	for (const f of features)
		walk((f as { geometry: { coordinates: unknown } }).geometry.coordinates);
	return w <= e ? [w, s, e, n] : undefined;
}
