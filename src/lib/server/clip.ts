/**
 * Clipping projected shapes to a picture's frame (pixels), so that a static map carries only
 * what can be seen: the story's whole coast drawn at city scale is most of a scene's bytes.
 */

export type Pt = [number, number];
/** [left, top, right, bottom] in pixels. */
export type Box = readonly [number, number, number, number];

/**
 * A closed ring cut to the box (Sutherland–Hodgman): the parts outside are replaced by runs
 * along the box's edges, so the box must lie outside what is seen, for a fill with no stroke.
 */
export function clipRing(ring: readonly Pt[], box: Box): Pt[] {
	let out: Pt[] = [...ring];
	const edges: [(p: Pt) => boolean, (a: Pt, b: Pt) => Pt][] = [
		[(p) => p[0] >= box[0], (a, b) => at(a, b, 0, box[0])],
		[(p) => p[0] <= box[2], (a, b) => at(a, b, 0, box[2])],
		[(p) => p[1] >= box[1], (a, b) => at(a, b, 1, box[1])],
		[(p) => p[1] <= box[3], (a, b) => at(a, b, 1, box[3])]
	];
	for (const [inside, cross] of edges) {
		const input = out;
		out = [];
		for (let i = 0; i < input.length; i++) {
			const a = input[(i + input.length - 1) % input.length] as Pt;
			const b = input[i] as Pt;
			if (inside(b)) {
				if (!inside(a)) out.push(cross(a, b));
				out.push(b);
			} else if (inside(a)) out.push(cross(a, b));
		}
	}
	return out.length >= 3 ? out : [];
}

/** Where segment a–b meets the line where coordinate `axis` equals `v`. */
function at(a: Pt, b: Pt, axis: 0 | 1, v: number): Pt {
	const t = (v - a[axis]) / (b[axis] - a[axis] || 1e-12);
	return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

/**
 * An open line cut into the runs that may cross the box: every segment whose bounds meet it,
 * with its two ends, so what shows in the frame is drawn exactly as before.
 */
export function clipLine(line: readonly Pt[], box: Box): Pt[][] {
	const runs: Pt[][] = [];
	let run: Pt[] = [];
	for (let i = 1; i < line.length; i++) {
		const a = line[i - 1] as Pt;
		const b = line[i] as Pt;
		const meets =
			Math.max(a[0], b[0]) >= box[0] &&
			Math.min(a[0], b[0]) <= box[2] &&
			Math.max(a[1], b[1]) >= box[1] &&
			Math.min(a[1], b[1]) <= box[3];
		if (meets) {
			if (!run.length) run.push(a);
			run.push(b);
		} else if (run.length) {
			runs.push(run);
			run = [];
		}
	}
	if (run.length) runs.push(run);
	return runs;
}
