/**
 * Geometry for the coast extraction (scripts/coast/extract.mjs): closing shorelines cut by a box
 * into polygons, and simplifying per zoom. Plain [lon, lat] arrays; no dependencies, so the unit
 * tests can run it without GMT.
 */

/**
 * Closes GSHHG shorelines into rings. GSHHG keeps land on the left of every shoreline; a line
 * the box cut starts and ends on the box's edge, and the land goes on along the edge
 * counter-clockwise from where the line leaves to where the next line comes in.
 * @param {number[][][]} lines shorelines, land on their left
 * @param {readonly number[]} bbox [west, south, east, north]
 * @param {() => boolean} boxIsLand asked only when no shoreline crosses the box
 * @returns {number[][][]} closed rings, counter-clockwise
 */
export function closeRings(lines, bbox, boxIsLand) {
	const [w, s, e, n] = bbox;
	const W = e - w;
	const H = n - s;
	const P = 2 * W + 2 * H;
	const eps = 1e-7 * Math.max(W, H);
	/** Position along the edge, counter-clockwise from the south-west corner; -1 if off the edge. */
	const along = ([x, y]) => {
		if (Math.abs(y - s) <= eps) return x - w;
		if (Math.abs(x - e) <= eps) return W + (y - s);
		if (Math.abs(y - n) <= eps) return W + H + (e - x);
		if (Math.abs(x - w) <= eps) return 2 * W + H + (n - y);
		return -1;
	};
	const corners = [
		[W, [e, s]],
		[W + H, [e, n]],
		[2 * W + H, [w, n]],
		[P, [w, s]]
	];
	const rings = [];
	const open = [];
	for (const line of chain(lines)) {
		const a = line[0];
		const b = line[line.length - 1];
		if (a[0] === b[0] && a[1] === b[1]) {
			if (line.length >= 4) rings.push(line);
			continue;
		}
		const ta = along(a);
		const tb = along(b);
		// A line ending inside the box (GMT never leaves one, but be safe): close it on itself.
		if (ta < 0 || tb < 0) rings.push([...line, a]);
		else open.push({ line, ta, tb, used: false });
	}
	if (!open.length) {
		if (boxIsLand())
			rings.push([
				[w, s],
				[e, s],
				[e, n],
				[w, n],
				[w, s]
			]);
		return rings;
	}
	const ahead = (from, to) => (to - from + P) % P;
	for (const first of open) {
		if (first.used) continue;
		first.used = true;
		const ring = [...first.line];
		let cur = first;
		for (let guard = 0; guard <= open.length; guard++) {
			// The next line to come in, counter-clockwise from where this one leaves.
			let next = first;
			let best = ahead(cur.tb, first.ta);
			for (const o of open) {
				if (o.used) continue;
				const d = ahead(cur.tb, o.ta);
				if (d < best) {
					best = d;
					next = o;
				}
			}
			// The box's corners passed on the way.
			const t0 = cur.tb;
			const cs = corners
				.map(([t, p]) => [ahead(t0, t % P), p])
				.filter(([d]) => d > 0 && d < best)
				.sort((x, y) => x[0] - y[0]);
			for (const [, p] of cs) ring.push(p);
			if (next === first) {
				ring.push(ring[0]);
				break;
			}
			next.used = true;
			ring.push(...next.line);
			cur = next;
		}
		rings.push(ring);
	}
	return rings;
}

/**
 * Joins lines end to start where one ends exactly where another begins: GMT cuts GSHHG's
 * shorelines at the edges of its storage bins, inside the box too.
 * @param {number[][][]} lines
 * @returns {number[][][]}
 */
export function chain(lines) {
	const key = (p) => `${p[0]},${p[1]}`;
	const pieces = lines.filter((l) => l.length >= 2);
	const byStart = new Map();
	const byEnd = new Map();
	for (const l of pieces) {
		byStart.set(key(l[0]), l);
		byEnd.set(key(l[l.length - 1]), l);
	}
	const out = [];
	const done = new Set();
	for (const l of pieces) {
		if (done.has(l)) continue;
		// Back to the first piece of this chain; round a ring, back to where we began.
		let head = l;
		const seen = new Set([l]);
		for (;;) {
			const prev = byEnd.get(key(head[0]));
			if (!prev || prev === head || done.has(prev) || seen.has(prev)) break;
			seen.add(prev);
			head = prev;
		}
		const joined = [...head];
		done.add(head);
		for (;;) {
			const next = byStart.get(key(joined[joined.length - 1]));
			if (!next || done.has(next)) break;
			done.add(next);
			joined.push(...next.slice(1));
		}
		out.push(joined);
	}
	return out;
}

const TILE = 256;

/** Web Mercator at zoom 0, in pixels of a 256-px world. */
export function mercator([lon, lat]) {
	const k = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
	return [((lon + 180) / 360) * TILE, (0.5 - Math.log((1 + k) / (1 - k)) / (4 * Math.PI)) * TILE];
}

/**
 * The zoom a point is drawn for: the area's, or a finer one inside a focus box.
 * @param {{ zoom: number, focus?: { bbox: number[], zoom: number }[] }} area
 */
export function zoomAt(area, [lon, lat]) {
	let z = area.zoom;
	for (const f of area.focus ?? []) {
		const [w, s, e, n] = f.bbox;
		if (lon >= w && lon <= e && lat >= s && lat <= n) z = Math.max(z, f.zoom);
	}
	return z;
}

/**
 * Douglas-Peucker where each point has its own tolerance (in zoom-0 pixels): a point is kept when
 * it lies farther off the simplified line than its own tolerance.
 * @param {number[][]} pts [lon, lat]
 * @param {(p: number[]) => number} tolerance
 * @returns {number[][]}
 */
export function simplify(pts, tolerance) {
	if (pts.length <= 2) return pts;
	const m = pts.map(mercator);
	const tol = pts.map(tolerance);
	const keep = new Uint8Array(pts.length);
	keep[0] = 1;
	keep[pts.length - 1] = 1;
	const stack = [[0, pts.length - 1]];
	while (stack.length) {
		const [i, j] = /** @type {number[]} */ (stack.pop());
		const [ax, ay] = m[i];
		const [bx, by] = m[j];
		const dx = bx - ax;
		const dy = by - ay;
		const len2 = dx * dx + dy * dy;
		let worst = 1;
		let at = -1;
		for (let k = i + 1; k < j; k++) {
			const [px, py] = m[k];
			let d;
			if (len2 === 0) d = Math.hypot(px - ax, py - ay);
			else {
				const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
				d = Math.hypot(px - ax - t * dx, py - ay - t * dy);
			}
			const ratio = d / tol[k];
			if (ratio > worst) {
				worst = ratio;
				at = k;
			}
		}
		if (at >= 0) {
			keep[at] = 1;
			stack.push([i, at], [at, j]);
		}
	}
	return pts.filter((_, k) => keep[k]);
}

/** Signed area in zoom-0 pixels² (positive: counter-clockwise on the map). */
export function ringAreaPx(ring) {
	const m = ring.map(mercator);
	let sum = 0;
	for (let i = 1; i < m.length; i++) sum += m[i - 1][0] * m[i][1] - m[i][0] * m[i - 1][1];
	return -sum / 2; // y grows southward in Mercator pixels
}

const round5 = (v) => Math.round(v * 1e5) / 1e5;

/** Rounded to 5 decimals (about a metre), consecutive duplicates dropped. */
export function roundLine(line) {
	const out = [];
	for (const p of line) {
		const q = [round5(p[0]), round5(p[1])];
		const last = out[out.length - 1];
		if (last && last[0] === q[0] && last[1] === q[1]) continue;
		out.push(q);
	}
	return out;
}

/**
 * Simplifies an area's rings and lines for the zoom it is drawn at: tolerance `area.tolerance`
 * pixels (default 0.5), rings under `area.minArea` pixels² (default 6; lakes: `area.lakeMinArea`)
 * dropped; `drawn` lakes are kept at any size.
 */
export function simplifyArea({ land, lakes, rivers, drawn = [] }, area) {
	const tolPx = area.tolerance ?? 0.5;
	const minArea = area.minArea ?? 6;
	const tolerance = (p) => tolPx / 2 ** zoomAt(area, p);
	const ring = (min) => (r) => {
		const z = zoomAt(area, r[0]);
		if (Math.abs(ringAreaPx(r)) * 4 ** z < min) return null;
		// Split in two so that Douglas-Peucker keeps a ring's far side.
		const half = Math.floor(r.length / 2);
		const out = roundLine([
			...simplify(r.slice(0, half + 1), tolerance).slice(0, -1),
			...simplify(r.slice(half), tolerance)
		]);
		return out.length >= 4 ? out : null;
	};
	const line = (l) => {
		const out = roundLine(simplify(l, tolerance));
		return out.length >= 2 ? out : null;
	};
	const some = (x) => x !== null;
	return {
		land: land.map(ring(minArea)).filter(some),
		lakes: [...lakes.map(ring(area.lakeMinArea ?? minArea)), ...drawn.map(ring(0))].filter(some),
		rivers: rivers.map(line).filter(some)
	};
}

/**
 * Chaikin's corner cutting, `rounds` times, of a closed ring (first point repeated last). Points
 * for which `fixed` holds (on a box's edge) stay where they are, so that a ring cut by the box
 * still runs along its edge.
 * @param {number[][]} ring
 * @param {number} rounds
 * @param {(p: number[]) => boolean} [fixed]
 */
export function smooth(ring, rounds, fixed = () => false) {
	let r = ring;
	for (let k = 0; k < rounds; k++) {
		const out = [];
		for (let i = 0; i + 1 < r.length; i++) {
			const a = r[i];
			const b = r[i + 1];
			out.push(fixed(a) ? a : [0.75 * a[0] + 0.25 * b[0], 0.75 * a[1] + 0.25 * b[1]]);
			if (!fixed(b)) out.push([0.25 * a[0] + 0.75 * b[0], 0.25 * a[1] + 0.75 * b[1]]);
		}
		out.push(out[0]);
		r = out;
	}
	return r;
}

/** Is the point on the edge of the box? */
export function onEdge([x, y], [w, s, e, n]) {
	const eps = 1e-9;
	return (
		Math.abs(x - w) < eps || Math.abs(x - e) < eps || Math.abs(y - s) < eps || Math.abs(y - n) < eps
	);
}

/**
 * Douglas-Peucker of a ring at `metres` (at the ring's latitude), keeping every point on the
 * box's edge (so the ring still meets the box where it did).
 * @param {number[][]} ring
 * @param {number} metres
 * @param {(p: number[]) => boolean} fixed
 */
export function destep(ring, metres, fixed) {
	const lat = ring[0][1];
	// Zoom-0 pixels per metre at this latitude: 256 px span 40,075 km × cos(lat).
	const tol = (metres * TILE) / (40_075_016 * Math.cos((lat * Math.PI) / 180));
	const out = [];
	let start = 0;
	for (let i = 1; i < ring.length; i++) {
		if (i === ring.length - 1 || fixed(ring[i])) {
			const part = simplify(ring.slice(start, i + 1), () => tol);
			out.push(...(out.length ? part.slice(1) : part));
			start = i;
		}
	}
	return out;
}
