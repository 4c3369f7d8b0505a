/**
 * Notices a student moving through the story on their own (the follow page then stops pulling
 * them along). It listens for what a person does, never for `scroll`: the page's own scrolling
 * to the lecturer's step fires scroll events too, and must not count as stepping away.
 */
import { keyAction } from '../shells/keys';

/** Keys that scroll the page or move through it (the reader's step keys are keyAction's). */
const MOVING_KEYS = new Set([
	'ArrowUp',
	'ArrowDown',
	'PageUp',
	'PageDown',
	'Home',
	'End',
	' ',
	'Tab'
]);

function typing(t: EventTarget | null): boolean {
	const el = t as HTMLElement | null;
	return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

/**
 * Calls `onAway` when the student scrolls (wheel, a swipe, the scroll bar), uses the step or
 * scrolling keys, or follows a link within the page. Events inside `ignore` (the follow bar and
 * its Rejoin button) do not count. Returns the teardown.
 */
export function watchAway(onAway: () => void, ignore: () => Element | undefined): () => void {
	const inside = (t: EventTarget | null) => !!t && !!ignore()?.contains(t as Node);
	const handlers: [string, (e: Event) => void][] = [
		['wheel', () => onAway()],
		['touchmove', () => onAway()],
		// The page's scroll bar: a press on the root element itself, not on anything in the page.
		['pointerdown', (e) => e.target === document.documentElement && onAway()],
		[
			'keydown',
			(e) => {
				const k = e as KeyboardEvent;
				if (inside(k.target) || typing(k.target) || k.altKey || k.ctrlKey || k.metaKey) return;
				// Space on a button or a link presses it; elsewhere it scrolls a screen.
				if (k.key === ' ' && (k.target as Element | null)?.closest?.('button, a, summary')) return;
				if (keyAction(k) || MOVING_KEYS.has(k.key)) onAway();
			}
		],
		[
			'click',
			(e) => {
				const a = (e.target as Element | null)?.closest?.('a[href^="#"]');
				if (a && !inside(a)) onAway();
			}
		]
	];
	for (const [type, h] of handlers) addEventListener(type, h, { capture: true, passive: true });
	return () => {
		for (const [type, h] of handlers) removeEventListener(type, h, { capture: true });
	};
}
