/**
 * Screen geometry for names: boxes that may be turned (a street's name along the street), the
 * test whether two of them touch, and where on a line or in an area a name fits. Pure, in pixels.
 */

export type Pt = readonly [number, number];

/** A label's box: centre, size, and the angle (radians, clockwise on screen) it is turned by. */
export interface OBox {
	cx: number;
	cy: number;
	w: number;
	h: number;
	angle: number;
}

export interface Frame {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export function corners(b: OBox): Pt[] {
	const c = Math.cos(b.angle);
	const s = Math.sin(b.angle);
	const hw = b.w / 2;
	const hh = b.h / 2;
	return [
		[-hw, -hh],
		[hw, -hh],
		[hw, hh],
		[-hw, hh]
	].map(([x = 0, y = 0]) => [b.cx + x * c - y * s, b.cy + x * s + y * c] as Pt);
}

/** Separating axes: two turned boxes overlap unless one of their four edge normals parts them. */
export function overlap(a: OBox, b: OBox): boolean {
	const reach = (a.w + a.h + b.w + b.h) / 1.4;
	if (Math.abs(a.cx - b.cx) > reach || Math.abs(a.cy - b.cy) > reach) return false;
	const pa = corners(a);
	const pb = corners(b);
	for (const angle of [a.angle, a.angle + Math.PI / 2, b.angle, b.angle + Math.PI / 2]) {
		const ax = Math.cos(angle);
		const ay = Math.sin(angle);
		const span = (ps: Pt[]) => {
			const d = ps.map((p) => p[0] * ax + p[1] * ay);
			return [Math.min(...d), Math.max(...d)] as const;
		};
		const [a0, a1] = span(pa);
		const [b0, b1] = span(pb);
		if (a1 <= b0 || b1 <= a0) return false;
	}
	return true;
}

export const boxOfRect = (r: Frame): OBox => ({
	cx: (r.left + r.right) / 2,
	cy: (r.top + r.bottom) / 2,
	w: r.right - r.left,
	h: r.bottom - r.top,
	angle: 0
});

export const insideFrame = (b: OBox, f: Frame, slack = 0.5): boolean =>
	corners(b).every(
		([x, y]) =>
			x >= f.left - slack && x <= f.right + slack && y >= f.top - slack && y <= f.bottom + slack
	);

/** The part of segment a–b inside the frame (Liang–Barsky), or nothing. */
function clipSegment(a: Pt, b: Pt, f: Frame): [Pt, Pt] | undefined {
	let t0 = 0;
	let t1 = 1;
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	for (const [p, q] of [
		[-dx, a[0] - f.left],
		[dx, f.right - a[0]],
		[-dy, a[1] - f.top],
		[dy, f.bottom - a[1]]
	] as const) {
		if (p === 0) {
			if (q < 0) return undefined;
		} else {
			const r = q / p;
			if (p < 0) t0 = Math.max(t0, r);
			else t1 = Math.min(t1, r);
		}
	}
	if (t0 > t1) return undefined;
	return [
		[a[0] + t0 * dx, a[1] + t0 * dy],
		[a[0] + t1 * dx, a[1] + t1 * dy]
	];
}

/** A line cut to the frame: its runs of consecutive points inside it. */
export function clipLine(line: readonly Pt[], f: Frame): Pt[][] {
	const parts: Pt[][] = [];
	let part: Pt[] = [];
	for (let i = 1; i < line.length; i++) {
		const a = line[i - 1];
		const b = line[i];
		if (!a || !b) continue;
		const seg = clipSegment(a, b, f);
		if (!seg) continue;
		const last = part[part.length - 1];
		if (last && Math.hypot(last[0] - seg[0][0], last[1] - seg[0][1]) < 0.01) part.push(seg[1]);
		else {
			if (part.length > 1) parts.push(part);
			part = [seg[0], seg[1]];
		}
	}
	if (part.length > 1) parts.push(part);
	return parts;
}

export interface Run {
	/** Its middle, its length and its angle, kept upright (−90° to 90°). */
	cx: number;
	cy: number;
	length: number;
	angle: number;
}

/** Turned past the vertical, a name would read upside down: turn it half round. */
export function upright(angle: number): number {
	let a = angle;
	while (a > Math.PI / 2) a -= Math.PI;
	while (a < -Math.PI / 2) a += Math.PI;
	return a;
}

/**
 * The straight-ish stretches of a line, longest first: from each point, as far on as every
 * segment keeps within `bend` of the stretch's chord.
 */
export function straightRuns(line: readonly Pt[], bend = (20 * Math.PI) / 180): Run[] {
	const runs: Run[] = [];
	for (let i = 0; i < line.length - 1; i++) {
		let best: Run | undefined;
		for (let j = i + 1; j < line.length; j++) {
			const a = line[i] as Pt;
			const b = line[j] as Pt;
			const chord = Math.atan2(b[1] - a[1], b[0] - a[0]);
			let ok = true;
			for (let k = i; k < j && ok; k++) {
				const p = line[k] as Pt;
				const q = line[k + 1] as Pt;
				const d = Math.atan2(q[1] - p[1], q[0] - p[0]) - chord;
				const diff = Math.abs(Math.atan2(Math.sin(d), Math.cos(d)));
				if (diff > bend) ok = false;
			}
			if (!ok) break;
			best = {
				cx: (a[0] + b[0]) / 2,
				cy: (a[1] + b[1]) / 2,
				length: Math.hypot(b[0] - a[0], b[1] - a[1]),
				angle: upright(chord)
			};
		}
		if (best) runs.push(best);
	}
	return runs.sort((x, y) => y.length - x.length);
}

/** Even-odd: inside the rings (outer and holes). */
export function inside(p: Pt, rings: readonly (readonly Pt[])[]): boolean {
	let hit = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const a = ring[i] as Pt;
			const b = ring[j] as Pt;
			if (
				a[1] > p[1] !== b[1] > p[1] &&
				p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]
			)
				hit = !hit;
		}
	}
	return hit;
}

function edgeDistance(p: Pt, rings: readonly (readonly Pt[])[]): number {
	let best = Infinity;
	for (const ring of rings)
		for (let i = 1; i < ring.length; i++) {
			const a = ring[i - 1] as Pt;
			const b = ring[i] as Pt;
			const dx = b[0] - a[0];
			const dy = b[1] - a[1];
			const len2 = dx * dx + dy * dy;
			const t = len2
				? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2))
				: 0;
			best = Math.min(best, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy));
		}
	return best;
}

export interface AreaSpot {
	cx: number;
	cy: number;
	/** Room to the nearest edge (px), and the direction of the area's long axis there. */
	room: number;
	angle: number;
}

/**
 * Where a name sits in an area, within the frame: the sampled inside point farthest from any
 * edge (the frame's too), and the direction in which the visible area is longest, so that a
 * river's name can follow the river.
 */
export function areaSpot(
	polygons: readonly (readonly (readonly Pt[])[])[],
	f: Frame,
	samples = 16
): AreaSpot | undefined {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const rings of polygons)
		for (const p of rings[0] ?? []) {
			minX = Math.min(minX, p[0]);
			maxX = Math.max(maxX, p[0]);
			minY = Math.min(minY, p[1]);
			maxY = Math.max(maxY, p[1]);
		}
	minX = Math.max(minX, f.left);
	minY = Math.max(minY, f.top);
	maxX = Math.min(maxX, f.right);
	maxY = Math.min(maxY, f.bottom);
	if (!(maxX > minX && maxY > minY)) return undefined;
	const pts: [number, number, number][] = [];
	const sx = (maxX - minX) / samples;
	const sy = (maxY - minY) / samples;
	for (let i = 0; i < samples; i++)
		for (let j = 0; j < samples; j++) {
			const p: Pt = [minX + (i + 0.5) * sx, minY + (j + 0.5) * sy];
			const rings = polygons.find((r) => inside(p, r));
			if (!rings) continue;
			const frameRoom = Math.min(p[0] - f.left, f.right - p[0], p[1] - f.top, f.bottom - p[1]);
			pts.push([p[0], p[1], Math.min(edgeDistance(p, rings), frameRoom)]);
		}
	if (!pts.length) return undefined;
	const best = pts.reduce((a, b) => (b[2] > a[2] ? b : a));
	// The long axis of the inside points (their covariance's main direction).
	const mx = pts.reduce((s, p) => s + p[0], 0) / pts.length;
	const my = pts.reduce((s, p) => s + p[1], 0) / pts.length;
	let xx = 0;
	let yy = 0;
	let xy = 0;
	for (const [x, y] of pts) {
		xx += (x - mx) ** 2;
		yy += (y - my) ** 2;
		xy += (x - mx) * (y - my);
	}
	const angle = upright(0.5 * Math.atan2(2 * xy, xx - yy));
	return { cx: best[0], cy: best[1], room: best[2], angle };
}
