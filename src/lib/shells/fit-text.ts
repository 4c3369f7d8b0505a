/**
 * Shrinks a box's text until it fits, by setting `--fit` (1 down to `min`) on the box: a lecturer
 * cannot scroll the projected lead with a clicker. Re-fits when the box or its content changes
 * size (a picture loads, the window turns). What still does not fit at `min` scrolls.
 */
export function fitText(box: HTMLElement, min = 0.7): { refit(): void; destroy(): void } {
	let busy = false;
	// The sizes the last fit left: a resize notice that finds them unchanged is the fit's own echo
	// (or the notice every newly observed element gets), and fitting again would only repeat it.
	let fitted = '';
	const shape = () =>
		[box, ...Array.from(box.children)].map((el) => `${el.clientWidth}x${el.clientHeight}`).join();
	const refit = () => {
		if (busy) return;
		busy = true;
		const scale = largestFitting((s) => {
			box.style.setProperty('--fit', s.toFixed(2));
			return box.scrollHeight <= box.clientHeight + 1;
		}, min);
		box.style.setProperty('--fit', scale.toFixed(2));
		fitted = shape();
		busy = false;
	};
	// Observing the content too: the box keeps its size when only what is inside it grows.
	const observer = new ResizeObserver(() =>
		requestAnimationFrame(() => {
			if (shape() !== fitted) refit();
		})
	);
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

/**
 * The largest scale of 1, 1 − step, 1 − 2·step … down to `min` for which `fits` holds, or `min`
 * when none does. A binary search: each try is a forced layout of the lead, and the deck's start
 * on a phone ran seven of them one after another (a step of 0.05 from 1 to 0.7), then as many
 * again for the resize notices that its own fitting caused.
 */
export function largestFitting(fits: (scale: number) => boolean, min = 0.7, step = 0.05): number {
	const stops = Math.round((1 - min) / step); // scale at stop i is 1 − i·step; the last is min
	const at = (i: number) => (i >= stops ? min : 1 - i * step);
	if (fits(1)) return 1;
	let lo = 0; // does not fit
	let hi = stops; // fits, or the floor
	while (hi - lo > 1) {
		const mid = (lo + hi) >> 1;
		if (fits(at(mid))) hi = mid;
		else lo = mid;
	}
	return at(hi);
}
