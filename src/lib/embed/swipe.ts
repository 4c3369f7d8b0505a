import type { Attachment } from 'svelte/attachments';
import { swipeMove, type Move } from './input';

/**
 * Swipe left or right on a touch screen to move a step. Pointer events, so one code path serves
 * every browser; the element needs `touch-action: pan-y` so that vertical swipes still scroll
 * and horizontal ones reach us instead of being taken by the browser.
 */
export function swipe(onmove: (move: Move) => void): Attachment<HTMLElement> {
	return (node) => {
		let start: { x: number; y: number; t: number; id: number } | undefined;
		const down = (e: PointerEvent) => {
			if (e.pointerType !== 'touch' || !e.isPrimary) return;
			start = { x: e.clientX, y: e.clientY, t: e.timeStamp, id: e.pointerId };
		};
		const up = (e: PointerEvent) => {
			if (!start || e.pointerId !== start.id) return;
			const move = swipeMove(e.clientX - start.x, e.clientY - start.y, e.timeStamp - start.t);
			start = undefined;
			if (move) onmove(move);
		};
		const cancel = () => (start = undefined);
		node.addEventListener('pointerdown', down);
		node.addEventListener('pointerup', up);
		node.addEventListener('pointercancel', cancel);
		return () => {
			node.removeEventListener('pointerdown', down);
			node.removeEventListener('pointerup', up);
			node.removeEventListener('pointercancel', cancel);
		};
	};
}
