import scrollama, { type DecimalType } from 'scrollama';

export interface ScrollerOptions {
	steps: readonly HTMLElement[];
	/** Where the trigger line sits, as a share of the viewport height from the top. */
	offset: DecimalType;
	/** Called with the active index whenever it changes. */
	onIndex(index: number): void;
}

export interface Scroller {
	/** The index the geometry says is active now. */
	index(): number;
	/** Rebuild triggers after the layout changed (viewport width, orientation, zoom). */
	refresh(): void;
	destroy(): void;
}

/**
 * The one scrollama wrapper. It publishes only the active index. scrollama's events can be skipped
 * by a fast scroll or fire out of order on anchor jumps, so every event, and every settled scroll,
 * re-derives the index from geometry: the last step whose top has crossed the trigger line.
 *
 * The steps' tops are read once, and again only when the page's layout changes size (a
 * ResizeObserver on the page and on each step: a new width, a font or a picture arriving): read in
 * every scrolled frame, they forced a layout of the page in the frame, after whatever the map
 * had just written.
 */
export function createScroller({ steps, offset, onIndex }: ScrollerOptions): Scroller {
	let last = -1;
	let frame = 0;
	/** Each step's top in the page (document pixels); undefined when it must be read again. */
	let tops: number[] | undefined;
	const measure = (): number[] =>
		(tops ??= steps.map((el) => el.getBoundingClientRect().top + window.scrollY));
	const geometric = (): number => {
		const line = window.scrollY + window.innerHeight * offset;
		const at = measure();
		let idx = 0;
		for (let i = 0; i < at.length; i++) {
			if ((at[i] ?? Infinity) <= line) idx = i;
			else break;
		}
		return idx;
	};
	const publish = () => {
		frame = 0;
		const i = geometric();
		if (i !== last) {
			last = i;
			onIndex(i);
		}
	};
	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(publish);
	};
	const scroller = scrollama();
	scroller
		.setup({ step: steps as HTMLElement[], offset })
		.onStepEnter(schedule)
		.onStepExit(schedule);
	// scrollama's own destroy() leaves listeners behind; these are ours, and removed below.
	const relayout = () => {
		tops = undefined;
		schedule();
	};
	window.addEventListener('scroll', schedule, { passive: true });
	window.addEventListener('resize', relayout, { passive: true });
	const observer = new ResizeObserver(relayout);
	observer.observe(document.documentElement);
	for (const el of steps) observer.observe(el);
	publish();
	return {
		index: geometric,
		refresh() {
			tops = undefined;
			scroller.resize();
			schedule();
		},
		destroy() {
			if (frame) cancelAnimationFrame(frame);
			window.removeEventListener('scroll', schedule);
			window.removeEventListener('resize', relayout);
			observer.disconnect();
			scroller.destroy();
		}
	};
}
