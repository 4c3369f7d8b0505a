/**
 * What a schematic city plan (a story's GeoJSON layer) holds and shows: the feature-property
 * contract shared by the cartography work (kinds, ranks, label styles, label zooms), and which
 * named features a reader would see in a map frame of a given size and zoom. Pure, no DOM; the
 * plans' unit tests use it so that every city plan is held to the same standard.
 */
import { pointInGeometry, type AnyGeometry } from './planar';
import { LABEL_STYLES, LINE_KINDS, POINT_KINDS, POLYGON_KINDS } from '../story/geojson-check';

export type Shape = 'polygon' | 'line' | 'point';

/** Every kind a plan may use, and the geometry it must have. */
export const PLAN_KINDS: Readonly<Record<string, Shape>> = Object.fromEntries([
	...POLYGON_KINDS.map((k) => [k, 'polygon']),
	...LINE_KINDS.map((k) => [k, 'line']),
	...POINT_KINDS.map((k) => [k, 'point'])
]);
/**
 * The order in which a plan lists its kinds, which is the order they are painted in: ground, then
 * tints (a built-up tint drawn after a street would hide it), water, lines, and points on top.
 */
export const PAINT_ORDER = [
	'land',
	'island',
	'district',
	'built',
	'park',
	'square',
	'fortress',
	'water',
	'river',
	'canal',
	'street',
	'bridge',
	'railway',
	'wall',
	'border',
	'front',
	'station',
	'landmark',
	'label'
];
/** Kinds that must carry a rank (their line weight or label priority depends on it). */
export const RANKED_KINDS = ['water', 'river', 'canal', 'street', 'bridge', 'railway'];
export { LABEL_STYLES };

export interface PlanFeature {
	type: 'Feature';
	properties: { kind: string; name?: string } & Record<string, unknown>;
	geometry: AnyGeometry;
}
export interface Plan {
	type: 'FeatureCollection';
	bbox?: [number, number, number, number];
	features: PlanFeature[];
}

const SHAPES: Record<string, Shape> = {
	Polygon: 'polygon',
	MultiPolygon: 'polygon',
	LineString: 'line',
	MultiLineString: 'line',
	Point: 'point'
};

/** Every [lng, lat] position of a geometry's coordinates, however deeply nested. */
export function positions(coords: unknown): number[][] {
	if (!Array.isArray(coords)) return [];
	if (typeof coords[0] === 'number') return [coords as number[]];
	return coords.flatMap(positions);
}

const isLngLat = (v: unknown): v is [number, number] =>
	Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number' && Number.isFinite(n));

/**
 * Everything in a plan that breaks the contract (or the paint order), one line each ("Nevsky Prospekt: no rank"):
 * an empty list means the plan keeps it.
 */
export function contractProblems(plan: Plan): string[] {
	const out: string[] = [];
	let painted = 0;
	plan.features.forEach((f, i) => {
		const p = f.properties;
		const who = p.name ?? `feature ${i} (${p.kind})`;
		const layer = PAINT_ORDER.indexOf(p.kind);
		if (layer < painted) out.push(`${who}: a ${p.kind} listed after a ${PAINT_ORDER[painted]}`);
		painted = Math.max(painted, layer);
		const shape = PLAN_KINDS[p.kind];
		if (!shape) out.push(`${who}: unknown kind ${p.kind}`);
		else if (SHAPES[f.geometry.type] !== shape)
			out.push(`${who}: a ${p.kind} must be a ${shape}, not a ${f.geometry.type}`);
		// A built-up tint, and a minor lane drawn for the street pattern only, may go unnamed.
		const mayBeUnnamed = p.kind === 'built' || (p.kind === 'street' && p.rank === 3);
		if (!mayBeUnnamed && (typeof p.name !== 'string' || p.name.length === 0))
			out.push(`${who}: no name`);
		if (p.name !== undefined && (typeof p.name !== 'string' || p.name.length === 0))
			out.push(`${who}: an empty name`);
		if (RANKED_KINDS.includes(p.kind) && ![1, 2, 3].includes(p.rank as number))
			out.push(`${who}: rank must be 1, 2 or 3`);
		if (p.rank !== undefined && ![1, 2, 3].includes(p.rank as number))
			out.push(`${who}: bad rank ${String(p.rank)}`);
		if (p.kind === 'label' && !(LABEL_STYLES as readonly string[]).includes(p.style as string))
			out.push(`${who}: a label needs a style (${LABEL_STYLES.join(', ')})`);
		if (p.kind !== 'label' && p.style !== undefined) out.push(`${who}: style is for labels only`);
		if (p.labelZoom !== undefined && !(typeof p.labelZoom === 'number' && p.labelZoom <= 20))
			out.push(`${who}: bad labelZoom`);
		if (p.labelAt !== undefined) {
			if (!isLngLat(p.labelAt)) out.push(`${who}: labelAt must be [lng, lat]`);
			else if (shape === 'point') out.push(`${who}: labelAt is for lines and polygons`);
			else if (shape === 'polygon' && !pointInGeometry(p.labelAt[0], p.labelAt[1], f.geometry))
				out.push(`${who}: labelAt lies outside the polygon`);
		}
		for (const q of positions(f.geometry.coordinates)) {
			const [x = NaN, y = NaN] = q;
			if (q.length !== 2 || !Number.isFinite(x) || !Number.isFinite(y))
				out.push(`${who}: bad position ${JSON.stringify(q)}`);
			else if (Math.round(x * 1e5) / 1e5 !== x || Math.round(y * 1e5) / 1e5 !== y)
				out.push(`${who}: more than 5 decimals in ${x},${y}`);
		}
	});
	return out;
}

/** [west, south, east, north] of a Web-Mercator frame of w×h CSS pixels centred on a point. */
export function frameAt(
	lng: number,
	lat: number,
	zoom: number,
	w = 1280,
	h = 800
): [number, number, number, number] {
	const size = 256 * 2 ** zoom;
	const x = ((lng + 180) / 360) * size;
	const y = ((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * size;
	const toLng = (px: number): number => (px / size) * 360 - 180;
	const toLat = (py: number): number =>
		(Math.atan(Math.sinh(Math.PI * (1 - (2 * py) / size))) * 180) / Math.PI;
	return [toLng(x - w / 2), toLat(y + h / 2), toLng(x + w / 2), toLat(y - h / 2)];
}

type Frame = readonly [number, number, number, number];
const inside = (f: Frame, x: number, y: number): boolean =>
	x >= f[0] && x <= f[2] && y >= f[1] && y <= f[3];

/** Does segment a–b cross the frame? (clipped against each edge: Liang–Barsky) */
function segmentMeetsFrame(f: Frame, a: number[], b: number[]): boolean {
	const [ax = NaN, ay = NaN] = a;
	const [bx = NaN, by = NaN] = b;
	const dx = bx - ax;
	const dy = by - ay;
	let t0 = 0;
	let t1 = 1;
	const edges: [number, number][] = [
		[-dx, ax - f[0]],
		[dx, f[2] - ax],
		[-dy, ay - f[1]],
		[dy, f[3] - ay]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return false;
			continue;
		}
		const t = q / p;
		if (p < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		if (t0 > t1) return false;
	}
	return true;
}

/** Does this feature's name have a place in the frame (its point, its line, its label spot)? */
function nameInFrame(f: PlanFeature, frame: Frame): boolean {
	const g = f.geometry;
	const at = f.properties.labelAt;
	if (isLngLat(at)) return inside(frame, at[0], at[1]);
	const shape = SHAPES[g.type];
	if (shape === 'point') {
		const [x = NaN, y = NaN] = g.coordinates as number[];
		return inside(frame, x, y);
	}
	if (shape === 'line') {
		const lines = (g.type === 'LineString' ? [g.coordinates] : g.coordinates) as number[][][];
		return lines.some((l) =>
			l.some((p, i) => i > 0 && segmentMeetsFrame(frame, l[i - 1] ?? [], p))
		);
	}
	// A polygon is named at its centre: count it when its vertices' mean lies in the frame.
	const ps = positions(g.coordinates);
	const cx = ps.reduce((s, p) => s + (p[0] ?? 0), 0) / ps.length;
	const cy = ps.reduce((s, p) => s + (p[1] ?? 0), 0) / ps.length;
	return inside(frame, cx, cy);
}

/**
 * The distinct names a reader can see in the frame at this zoom: features whose name is shown
 * from `labelZoom` (else the layer's minZoom) and whose name has a place in the frame.
 */
export function namesInFrame(plan: Plan, frame: Frame, zoom: number, minZoom: number): string[] {
	const names = new Set<string>();
	for (const f of plan.features) {
		const name = f.properties.name;
		if (!name) continue;
		const from = typeof f.properties.labelZoom === 'number' ? f.properties.labelZoom : minZoom;
		if (from <= zoom && nameInFrame(f, frame)) names.add(name);
	}
	return [...names].sort();
}
