/**
 * Place marker labels so that none overlaps another or runs out of the map's frame: each label
 * goes to the right of its pin, or to the left when only that keeps it inside the frame or clear
 * of a label placed before it; a label that fits neither way is hidden. Labels are placed in rank
 * order: the highlighted place first, then towns, then sites, in story order. A pin off the frame
 * shows no name. The pins stay; the hidden names are still in the scene's text description,
 * which is what screen readers get.
 */

export interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export type Placement = 'right' | 'left' | 'hidden';

/** The room between a pin's centre and its label, on either side (map.css: `left: 9px`). */
const GAP = 9;

const overlaps = (a: Box, b: Box) =>
	a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

/**
 * Where each label goes, given where it is drawn on the right of its pin (in rank order; undefined
 * for a marker without a label) and the frame it should stay in.
 */
export function placeLabels(labels: readonly (Box | undefined)[], frame: Box): Placement[] {
	const kept: Box[] = [];
	return labels.map((right) => {
		if (!right) return 'hidden';
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
		const middle = (right.top + right.bottom) / 2;
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
		const free = sides.find(([, b]) => !kept.some((k) => overlaps(b, k)));
		if (!free) return 'hidden';
		kept.push(free[1]);
		return free[0];
	});
}

export function declutter(container: HTMLElement): void {
	const markers = Array.from(container.querySelectorAll<HTMLElement>('.lantern-marker'));
	const rank = (m: HTMLElement) =>
		m.classList.contains('is-highlighted') ? 0 : m.classList.contains('kind-city') ? 1 : 2;
	const ordered = markers
		.map((m, i) => ({ m, i }))
		.sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i)
		.map(({ m }) => m);
	// Measure every label in one pass, then decide: measuring after each class change would force
	// a fresh layout of the page per marker (a tenth of a slow phone's second per scene). Hiding is
	// `visibility` and flipping is `right` for `left`, which move nothing else, so the rects hold
	// for the whole pass.
	for (const m of ordered) m.classList.remove('label-hidden', 'label-left');
	const rects = ordered.map((m) => m.querySelector('.label')?.getBoundingClientRect());
	const placements = placeLabels(rects, container.getBoundingClientRect());
	ordered.forEach((m, i) => {
		if (!rects[i]) return;
		if (placements[i] === 'hidden') m.classList.add('label-hidden');
		if (placements[i] === 'left') m.classList.add('label-left');
	});
}
