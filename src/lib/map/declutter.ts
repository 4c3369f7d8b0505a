/**
 * Place marker labels so that none overlaps another or runs out of the map's frame: each label
 * goes to the right of its pin, or to the left when only that keeps it inside the frame or clear
 * of a label placed before it (and, when it can, of the `soft` boxes: the map's furniture); a
 * label that fits neither way is hidden. Labels are placed in rank
 * order: the highlighted place first, then towns, then sites, in story order. A pin off the frame
 * shows no name. The pins stay; the hidden names are still in the scene's text description,
 * which is what screen readers get.
 */

import { boxOfRect, insideFrame, overlap, type OBox } from './label-geometry';

export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** A side of the pin; `-up` when the label is lifted above the pin's line (see placeLabels). */
export type Placement = 'right' | 'left' | 'right-up' | 'left-up' | 'hidden';

/** The room between a pin's centre and its label, on either side (map.css: `left: 9px`). */
const GAP = 9;

const overlaps = (a: Box, b: Box) =>
	a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/**
 * Where each label goes, given where it is drawn on the right of its pin (in rank order; undefined
 * for a marker without a label) and the frame it should stay in.
 */
export function placeLabels(
	labels: readonly (Box | undefined)[],
	frame: Box,
	soft: readonly Box[] = [],
	lift?: number
): Placement[] {
	const kept: Box[] = [];
	return labels.map((drawn) => {
		if (!drawn) return 'hidden';
		// A tall name (a place, an address, today's name) near the frame's foot would run out of
		// it: with `lift` (how far the label's top stands above the pin's centre), it is set to end
		// that far below the pin instead, rising from it.
		const up = lift !== undefined && drawn.bottom > frame.bottom;
		const rise = up ? drawn.bottom - drawn.top - 2 * lift : 0;
		const right = {
			left: drawn.left,
			right: drawn.right,
			top: drawn.top - rise,
			bottom: drawn.bottom - rise
		};
		const width = right.right - right.left;
		const shift = 2 * GAP + width;
		// Copied field by field: a DOMRect's fields are getters, which a spread does not copy.
		const left = {
			left: right.left - shift,
			right: right.right - shift,
			top: right.top,
			bottom: right.bottom
		};
		// A place off the frame (just beside the scene's view) shows no name: it would come
		// into view without its pin, cut at the edge.
		const pin = right.left - GAP;
		const middle = (drawn.top + drawn.bottom) / 2;
		if (pin < frame.left || pin > frame.right || middle < frame.top || middle > frame.bottom)
			return 'hidden';
		const inFrame = (b: Box) => b.left >= frame.left && b.right <= frame.right;
		// Sides that stay in the frame; if neither does (a name longer than half the frame), the
		// usual side.
		const sides: [Placement, Box][] = (
			[
				['right', right],
				['left', left]
			] as [Placement, Box][]
		).filter(([, b]) => inFrame(b));
		if (!sides.length) sides.push(['right', right]);
		// A side clear of the corner furniture too, if there is one: the furniture gives way to a
		// story's name (declutter hides it), never the other way round.
		const clear = sides.filter(([, b]) => !kept.some((k) => overlaps(b, k)));
		const free = clear.find(([, b]) => !soft.some((k) => overlaps(b, k))) ?? clear[0];
		if (!free) return 'hidden';
		kept.push(free[1]);
		return up ? (`${free[0]}-up` as Placement) : free[0];
	});
}

/** A pin drawn on screen: its centre and radius, in priority order when given as a list. */
export interface Pin {
	x: number;
	y: number;
	r: number;
}

/**
 * Which pins to draw: a pin that would sit on a pin drawn before it (a flat inside its town, at a
 * regional zoom) is left out, so that the highlighted place is drawn once, not as a dot with a
 * second ring beside it. Pins come in rank order: the highlighted place first.
 */
export function pinsShown(pins: readonly Pin[]): boolean[] {
	const kept: Pin[] = [];
	return pins.map((p) => {
		if (kept.some((k) => Math.hypot(k.x - p.x, k.y - p.y) < k.r + p.r + 2)) return false;
		kept.push(p);
		return true;
	});
}

/** Breathing room kept round every feature name, on each side, and from the frame's edge. */
const ROOM = 1.5;
const EDGE = 3;

/**
 * Feature names, in priority order, each at the first of its places that lies in the frame and
 * clear of everything kept before it (`kept`: the markers' names and pins, the corner furniture).
 * Returns the place chosen for each, or -1 where the name is dropped. A name placed once is not
 * repeated nearby (a river drawn as several polygons).
 */
export function placeBoxes(
	candidates: readonly { text: string; options: readonly OBox[] }[],
	frame: Box,
	kept: readonly OBox[]
): number[] {
	const boxes = [...kept];
	// A name set right against the frame's edge looks cut: keep a few pixels inside it.
	const inner = {
		left: frame.left + EDGE,
		top: frame.top + EDGE,
		right: frame.right - EDGE,
		bottom: frame.bottom - EDGE
	};
	const placed: { text: string; at: OBox }[] = [];
	return candidates.map((c) => {
		const near = (b: OBox) =>
			placed.some((p) => p.text === c.text && Math.hypot(p.at.cx - b.cx, p.at.cy - b.cy) < 400);
		const i = c.options.findIndex((o) => {
			const roomy = { ...o, w: o.w + 2 * ROOM, h: o.h + 2 * ROOM };
			return insideFrame(o, inner) && !near(o) && !boxes.some((k) => overlap(roomy, k));
		});
		const chosen = c.options[i];
		if (chosen) {
			boxes.push(chosen);
			placed.push({ text: c.text, at: chosen });
		}
		return i;
	});
}

/** The markers as measured in one read of the layout (measureMarkers), for placeMarkers. */
export interface MarkerMeasure {
	ordered: HTMLElement[];
	pinRects: (DOMRect | undefined)[];
	shown: boolean[];
	rects: (DOMRect | undefined)[];
	frame: DOMRect;
	rem: number;
}

/**
 * Resets every marker's name to its place on the right of its pin (a write: call it with the map's
 * other writes, before any measuring, so the scene at rest costs the page one layout, not one per
 * piece of the map's furniture and names).
 */
export function resetMarkers(container: HTMLElement): HTMLElement[] {
	const markers = Array.from(container.querySelectorAll<HTMLElement>('.lantern-marker'));
	const rank = (m: HTMLElement) =>
		m.classList.contains('is-highlighted') ? 0 : m.classList.contains('kind-city') ? 1 : 2;
	const ordered = markers
		.map((m, i) => ({ m, i }))
		.sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i)
		.map(({ m }) => m);
	for (const m of ordered)
		m.classList.remove('label-hidden', 'label-left', 'label-up', 'is-merged');
	return ordered;
}

/**
 * Reads the pins and names of the markers reset by resetMarkers (reads only). Measured in one pass,
 * then decided: measuring after each class change would force a fresh layout of the page per
 * marker. Hiding is `visibility` and flipping is `right` for `left`, which move nothing else, so
 * the rects hold for the whole pass.
 */
export function measureMarkers(container: HTMLElement, ordered: HTMLElement[]): MarkerMeasure {
	const pinRects = ordered.map((m) => m.querySelector('.pin')?.getBoundingClientRect());
	const shown = pinsShown(
		pinRects.map((r) =>
			r
				? { x: r.left + r.width / 2, y: r.top + r.height / 2, r: r.width / 2 }
				: { x: NaN, y: NaN, r: 0 }
		)
	);
	const rects = ordered.map((m, i) =>
		shown[i] ? m.querySelector('.label')?.getBoundingClientRect() : undefined
	);
	const frame = container.getBoundingClientRect();
	// map.css sets a name's top 0.7rem above its pin's centre.
	const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
	return { ordered, pinRects, shown, rects, frame, rem };
}

/**
 * The markers' pins and names: pins that would sit on another's are left out, and each name
 * shown goes right or left of its pin (placeLabels), clear of the map's furniture where it can
 * be (writes only, from what measureMarkers read). Returns what feature names must keep clear of
 * (the names and pins shown, in client pixels) and which pieces of furniture a name or pin still
 * lies on: those give way.
 */
export function placeMarkers(
	{ ordered, pinRects, shown, rects, frame, rem }: MarkerMeasure,
	furniture: readonly Box[] = []
): { kept: OBox[]; clashes: boolean[] } {
	const placements = placeLabels(rects, frame, furniture, 0.7 * rem);
	const kept: OBox[] = [];
	ordered.forEach((m, i) => {
		const pin = pinRects[i];
		if (!shown[i]) {
			m.classList.add('is-merged', 'label-hidden');
			return;
		}
		if (pin) kept.push(boxOfRect(pin));
		const r = rects[i];
		if (!r) return;
		const placed = placements[i] ?? 'hidden';
		const left = placed.startsWith('left');
		const up = placed.endsWith('-up');
		if (placed === 'hidden') m.classList.add('label-hidden');
		else {
			const shift = left ? -(2 * GAP + r.width) : 0;
			const rise = up ? r.height - 1.4 * rem : 0;
			kept.push(
				boxOfRect({
					left: r.left + shift,
					right: r.right + shift,
					top: r.top - rise,
					bottom: r.bottom - rise
				})
			);
		}
		if (left) m.classList.add('label-left');
		if (up) m.classList.add('label-up');
	});
	const clashes = furniture.map((f) => {
		const b = boxOfRect(f);
		return kept.some((k) => overlap(b, k));
	});
	return { kept, clashes };
}
