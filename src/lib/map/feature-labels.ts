/**
 * Where each named feature's name could go at one view, in screen pixels: along a street or a
 * river (turned to its longest straight stretch in view, upright), inside an island or a bay, or
 * beside a station's symbol. Pure: the live map and the build-time pictures both call it, with
 * their own projection and their own way of measuring text; declutter.ts then chooses.
 */
import {
	kindOf,
	labelStyleOf,
	labelZoomOf,
	placementOf,
	rankOf,
	shownName,
	type LabelStyle,
	type Props
} from './ink';
import {
	areaSpot,
	clipLine,
	inside,
	straightRuns,
	upright,
	type Frame,
	type OBox,
	type Pt
} from './label-geometry';

export interface LabelFeature {
	properties: Props | null;
	geometry: { type: string; coordinates: unknown } | null;
	/** The minZoom of the layer it belongs to: its name's default labelZoom. */
	minZoom: number;
	/** The id of the layer it belongs to, when known: tests tell a plan's names from others. */
	layer?: string;
}

export interface Candidate {
	text: string;
	style: LabelStyle;
	kind: string;
	/** Lower goes first: rank, then the kind of name. */
	priority: number;
	/** Places it may take, best first. */
	options: OBox[];
	/** The feature's layer id (LabelFeature.layer). */
	layer?: string;
}

export type Measure = (text: string, style: LabelStyle) => { w: number; h: number };
export type Project = (lng: number, lat: number) => Pt;

const STYLE_ORDER: Record<LabelStyle, number> = {
	region: 0,
	water: 1,
	island: 2,
	district: 2,
	station: 3,
	street: 4,
	park: 5,
	landmark: 6
};

/** The features whose names show at `zoom`: named, and at or past their labelZoom. */
export function named<F extends LabelFeature>(features: readonly F[], zoom: number): F[] {
	return features.filter((f) => {
		const p = f.properties;
		return (
			!!p &&
			typeof p.name === 'string' &&
			p.name.trim() !== '' &&
			!!f.geometry &&
			zoom >= labelZoomOf(p, f.minZoom) - 1e-9
		);
	});
}

const linesOf = (g: { type: string; coordinates: unknown }): number[][][] =>
	g.type === 'LineString'
		? [g.coordinates as number[][]]
		: g.type === 'MultiLineString'
			? (g.coordinates as number[][][])
			: [];
const polygonsOf = (g: { type: string; coordinates: unknown }): number[][][][] =>
	g.type === 'Polygon'
		? [g.coordinates as number[][][]]
		: g.type === 'MultiPolygon'
			? (g.coordinates as number[][][][])
			: [];

const labelAtOf = (p: Props): [number, number] | undefined =>
	Array.isArray(p.labelAt) &&
	p.labelAt.length === 2 &&
	p.labelAt.every((v) => typeof v === 'number' && Number.isFinite(v))
		? (p.labelAt as [number, number])
		: undefined;

/** Room left between a name and the ends of its stretch of line. */
const LINE_MARGIN = 6;
/** Room between a line and the name beside it. */
const LINE_GAP = 3;
/** The shortest line (px) whose name may stand beside it rather than along it. */
const MIN_SHORT_LINE = 24;
/** How far a station's or landmark's name stands from its symbol. */
const POINT_GAP = 6;

function alongOptions(
	lines: Pt[][],
	size: { w: number; h: number },
	frame: Frame,
	at: Pt | undefined
): OBox[] {
	const box = (cx: number, cy: number, angle: number): OBox => ({ cx, cy, angle, ...size });
	// A name stands beside its line, above it first, as on an engraved plan: set on the line it
	// would hide the street it names.
	const beside = (cx: number, cy: number, angle: number): OBox[] => {
		const d = size.h / 2 + LINE_GAP;
		const nx = -Math.sin(angle) * d;
		const ny = Math.cos(angle) * d;
		return [box(cx - nx, cy - ny, angle), box(cx + nx, cy + ny, angle)];
	};
	if (at) {
		// The nearest segment gives the angle.
		let best: { d: number; angle: number } = { d: Infinity, angle: 0 };
		for (const line of lines)
			for (let i = 1; i < line.length; i++) {
				const a = line[i - 1] as Pt;
				const b = line[i] as Pt;
				const d = Math.hypot((a[0] + b[0]) / 2 - at[0], (a[1] + b[1]) / 2 - at[1]);
				if (d < best.d) best = { d, angle: Math.atan2(b[1] - a[1], b[0] - a[0]) };
			}
		return beside(at[0], at[1], upright(best.angle));
	}
	const runs = lines
		.flatMap((l) => clipLine(l, frame))
		.flatMap((part) => straightRuns(part))
		.filter((r) => r.length >= size.w + 2 * LINE_MARGIN)
		.sort((a, b) => b.length - a.length);
	const out: OBox[] = [];
	if (!runs.length) return shortLineOptions(lines, size, frame);
	for (const r of runs.slice(0, 4)) {
		out.push(...beside(r.cx, r.cy, r.angle));
		// A long stretch offers places either side of its middle too.
		const slack = (r.length - size.w) / 2 - LINE_MARGIN;
		if (slack > size.w / 2)
			for (const t of [-0.6, 0.6]) {
				const d = t * slack;
				out.push(...beside(r.cx + d * Math.cos(r.angle), r.cy + d * Math.sin(r.angle), r.angle));
			}
	}
	return out;
}

/**
 * A line too short to carry its name along it (a bridge, a short street at a close zoom), wholly
 * in view: the name stands level beside its middle, as on an engraved plan. A long line cut by
 * the frame gets no such name: a stub at the edge would not show which line is named.
 */
function shortLineOptions(lines: Pt[][], size: { w: number; h: number }, frame: Frame): OBox[] {
	const pts = lines.flat();
	if (!pts.length || !pts.every((p) => inFrame(p, frame))) return [];
	let best: { len: number; mid: Pt } | undefined;
	for (const line of lines)
		for (let i = 1; i < line.length; i++) {
			const a = line[i - 1] as Pt;
			const b = line[i] as Pt;
			const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
			if (!best || len > best.len) best = { len, mid: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2] };
		}
	// A bridge a few pixels long reads as a dot: no name for it at this zoom.
	return best && best.len >= MIN_SHORT_LINE ? besidePoint(best.mid, size) : [];
}

const inFrame = (p: Pt, f: Frame) =>
	p[0] >= f.left && p[0] <= f.right && p[1] >= f.top && p[1] <= f.bottom;

/** Level places round a point: right, left, above, below, each POINT_GAP clear of it. */
function besidePoint(p: Pt, size: { w: number; h: number }): OBox[] {
	const { w, h } = size;
	const off = POINT_GAP + w / 2;
	return [
		{ cx: p[0] + off, cy: p[1], angle: 0, w, h },
		{ cx: p[0] - off, cy: p[1], angle: 0, w, h },
		{ cx: p[0], cy: p[1] - POINT_GAP - h / 2, angle: 0, w, h },
		{ cx: p[0], cy: p[1] + POINT_GAP + h / 2, angle: 0, w, h }
	];
}

function areaOptions(
	polygons: Pt[][][],
	style: LabelStyle,
	size: { w: number; h: number },
	frame: Frame,
	at: Pt | undefined
): OBox[] {
	if (at) return [{ cx: at[0], cy: at[1], angle: 0, ...size }];
	const spot = areaSpot(polygons, frame);
	if (!spot) return [];
	const within = (b: OBox) => {
		// The name's middle line lies in the area: its two ends and its centre.
		const dx = (Math.cos(b.angle) * b.w) / 2;
		const dy = (Math.sin(b.angle) * b.w) / 2;
		const ends: Pt[] = [
			[b.cx - dx, b.cy - dy],
			[b.cx, b.cy],
			[b.cx + dx, b.cy + dy]
		];
		return ends.every((p) => polygons.some((rings) => inside(p, rings)));
	};
	const flat: OBox = { cx: spot.cx, cy: spot.cy, angle: 0, ...size };
	const turned: OBox = { ...flat, angle: spot.angle };
	// Water follows its course where a level name would not fit; land names stay level.
	const options = style === 'water' ? [flat, turned] : [flat];
	const fits = options.filter(within);
	// A square or a garden smaller than its name: the name is set across it, spilling over its
	// edges onto the streets round it, as a printed plan does.
	return fits.length || style !== 'park' ? fits : [flat];
}

function pointOptions(p: Pt, style: LabelStyle, size: { w: number; h: number }): OBox[] {
	const { w, h } = size;
	if (style === 'station' || style === 'landmark') return besidePoint(p, size);
	// A district's or a water's name is set about its point, not pinned to it: a line higher or
	// lower when the story's own names take the spot.
	return [0, -1, 1].map((k) => ({ cx: p[0], cy: p[1] + k * h, angle: 0, w, h }));
}

/** Every named feature's candidate places at this view, in priority order. */
export function featureCandidates(
	features: readonly LabelFeature[],
	zoom: number,
	project: Project,
	frame: Frame,
	measure: Measure
): Candidate[] {
	const proj = (c: number[]): Pt => project(c[0] ?? NaN, c[1] ?? NaN);
	const out: (Candidate & { order: number })[] = [];
	named(features, zoom).forEach((f, order) => {
		const p = f.properties as Props;
		const g = f.geometry as { type: string; coordinates: unknown };
		const kind = kindOf(p);
		const style = labelStyleOf(p);
		const text = shownName(p);
		const size = measure(text, style);
		const atLngLat = labelAtOf(p);
		const at = atLngLat ? project(atLngLat[0], atLngLat[1]) : undefined;
		let options: OBox[] = [];
		switch (placementOf(kind, g.type)) {
			case 'along':
				options = alongOptions(
					linesOf(g).map((l) => l.map(proj)),
					size,
					frame,
					at
				);
				break;
			case 'area':
				options = areaOptions(
					polygonsOf(g).map((rings) => rings.map((r) => r.map(proj))),
					style,
					size,
					frame,
					at
				);
				break;
			case 'point': {
				const c = g.coordinates as number[];
				options = pointOptions(proj(c), style, size);
				break;
			}
		}
		if (options.length)
			out.push({
				text,
				style,
				kind,
				priority: rankOf(p) * 10 + STYLE_ORDER[style],
				options,
				order,
				...(f.layer ? { layer: f.layer } : {})
			});
	});
	return out.sort((a, b) => a.priority - b.priority || a.order - b.order);
}
