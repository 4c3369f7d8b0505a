/**
 * Shrinks a box's text until it fits, by setting `--fit` (1 down to `min`) on the box: a lecturer
 * cannot scroll the projected lead with a clicker. Re-fits when the box or its content changes
 * size (a picture loads, the window turns). What still does not fit at `min` scrolls.
 */
export function fitText(box: HTMLElement, min = 0.7): { refit(): void; destroy(): void } {
	let busy = false;
	const refit = () => {
		if (busy) return;
		busy = true;
		let scale = 1;
		box.style.setProperty('--fit', '1');
		while (box.scrollHeight > box.clientHeight + 1 && scale > min + 0.001) {
			scale = Math.max(min, scale - 0.05);
			box.style.setProperty('--fit', scale.toFixed(2));
		}
		busy = false;
	};
	// Observing the content too: the box keeps its size when only what is inside it grows.
	const observer = new ResizeObserver(() => requestAnimationFrame(refit));
	observer.observe(box);
	for (const child of Array.from(box.children)) observer.observe(child);
	refit();
	return {
		refit() {
			for (const child of Array.from(box.children)) observer.observe(child);
			refit();
		},
		destroy: () => observer.disconnect()
	};
}
