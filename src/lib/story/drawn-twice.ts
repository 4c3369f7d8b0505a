/**
 * A line drawn twice: a city plan that draws its own stretch of a regional layer's railway (or
 * river, road…) shows one track as two lines side by side, often under two names (#15: "Railway to
 * Petrograd" beside "Finland Railway" through Viborg, "Helsingfors-Riihimäki Railway" beside it
 * in Helsingfors). Layers of one story are drawn together, so the second copy is never wanted:
 * `stories:check` warns at its line. Drawn from the same well-known geography, the copies lie
 * within a street's width or two of each other, never exactly on one another.
 */
import { distanceToGeometryM } from '../server/planar';
import { compare } from './dates';
import type { Problems } from './errors';
import { featureOffsets, lineAt } from './json-offsets';
import type { CalendarDate, GeoJSONFeature, LayerSpec } from './types';

type Pt = readonly [number, number];

/** Two lines this close (metres) are one line at city zoom: a city block is wider. */
const NEAR_M = 200;
/** Consecutive vertices that close make a stretch drawn twice, not a crossing or a shared station. */
const RUN = 3;

function lines(f: GeoJSONFeature): Pt[][] {
	const g = f.geometry;
	if (g?.type === 'LineString') return [g.coordinates as Pt[]];
	if (g?.type === 'MultiLineString') return g.coordinates as Pt[][];
	return [];
}

/** The longest run of consecutive vertices of `line` that lie within 200 m of `other`. */
export function sharedRun(line: readonly Pt[], other: readonly Pt[]): number {
	const along = { type: 'LineString', coordinates: other };
	let best = 0;
	let run = 0;
	for (const [x, y] of line) {
		run = distanceToGeometryM(x, y, along) <= NEAR_M ? run + 1 : 0;
		best = Math.max(best, run);
	}
	return best;
}

/** Whether two layers can be on the map on the same day. */
function meet(a: LayerSpec, b: LayerSpec): boolean {
	const before = (x?: CalendarDate, y?: CalendarDate) => !!x && !!y && compare(x, y) < 0;
	return !before(a.to, b.from) && !before(b.to, a.from);
}

/**
 * Warn, at the copy's line, for each line feature that runs along a line of the same kind in another
 * layer shown on the same days. The copy is taken to be in the layer with detail from the closer
 * zoom (the plan); the regional line is drawn at every zoom.
 * `read` gives a layer file's text, for the line numbers.
 */
export function checkDrawnTwice(
	layers: readonly LayerSpec[],
	read: (file: string) => string | undefined,
	dir: string,
	problems: Problems
): void {
	for (const [i, a] of layers.entries()) {
		for (const b of layers.slice(i + 1)) {
			if (!meet(a, b)) continue;
			const [copy, kept] = b.minZoom >= a.minZoom ? [b, a] : [a, b];
			report(copy, kept, read, dir, problems);
		}
	}
}

function report(
	copy: LayerSpec,
	kept: LayerSpec,
	read: (file: string) => string | undefined,
	dir: string,
	problems: Problems
): void {
	const keptFeatures = kept.data?.features ?? [];
	let offsets: number[] | undefined;
	copy.data?.features.forEach((f, n) => {
		const kind = f.properties?.kind;
		for (const g of keptFeatures) {
			if (g.properties?.kind !== kind) continue;
			const shared = Math.max(0, ...lines(f).flatMap((l) => lines(g).map((m) => sharedRun(l, m))));
			if (shared < RUN) continue;
			const text = read(copy.file) ?? '';
			offsets ??= featureOffsets(text);
			const at = lineAt(text, offsets[n] ?? 0);
			const name = (p: GeoJSONFeature) => String(p.properties?.name ?? 'unnamed');
			problems.warn(
				`${dir}/${copy.file}`,
				at.line,
				at.column,
				`${String(kind)} "${name(f)}" runs along \`${kept.id}\`'s "${name(g)}" ` +
					`(${shared} points within ${NEAR_M} m): one line drawn twice, side by side`,
				`\`${kept.id}\` already draws it: delete it from \`${copy.id}\`, ` +
					`or keep only the stretch that \`${kept.id}\` does not draw`
			);
			return;
		}
	});
}
