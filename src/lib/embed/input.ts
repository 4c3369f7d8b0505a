/** How a reader moves through the stepper: keys and swipes, reduced to a direction. */
export type Move = 'next' | 'previous' | 'first' | 'last';

/**
 * The stepper's keys: ←/→ move a step, Home/End jump to the ends. No letter keys: the embed lives
 * inside other people's pages, where a one-character shortcut could fire unasked (WCAG 2.1.4).
 * Unlike the reader's keys these also work on a focused button (the stepper's own Previous and
 * Next), but never while typing or with a modifier held (those belong to the browser).
 */
export function stepKey(event: KeyboardEvent): Move | undefined {
	if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return undefined;
	const t = event.target as HTMLElement | null;
	if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return undefined;
	switch (event.key) {
		case 'ArrowRight':
			return 'next';
		case 'ArrowLeft':
			return 'previous';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		default:
			return undefined;
	}
}

/** Shortest horizontal travel that counts as a swipe, in CSS pixels. */
const MIN_TRAVEL = 40;
/** A swipe is quick; a slow drag is someone reading or selecting. */
const MAX_DURATION = 800;

/**
 * A touch gesture as a move: a quick, mostly horizontal swipe to the left is "next" (the next
 * step comes in from the right), to the right is "previous". Vertical gestures scroll the page.
 */
export function swipeMove(dx: number, dy: number, ms: number): Move | undefined {
	if (ms > MAX_DURATION || Math.abs(dx) < MIN_TRAVEL || Math.abs(dx) < 1.5 * Math.abs(dy))
		return undefined;
	return dx < 0 ? 'next' : 'previous';
}
