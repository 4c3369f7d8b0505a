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
 */
export function createScroller({ steps, offset, onIndex }: ScrollerOptions): Scroller {
	let last = -1;
	let frame = 0;
	const geometric = (): number => {
		const line = window.innerHeight * offset;
		let idx = 0;
		for (let i = 0; i < steps.length; i++) {
			const top = steps[i]?.getBoundingClientRect().top ?? Infinity;
			if (top <= line) idx = i;
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
	window.addEventListener('scroll', schedule, { passive: true });
	window.addEventListener('resize', schedule, { passive: true });
	publish();
	return {
		index: geometric,
		refresh() {
			scroller.resize();
			schedule();
		},
		destroy() {
			if (frame) cancelAnimationFrame(frame);
			window.removeEventListener('scroll', schedule);
			window.removeEventListener('resize', schedule);
			scroller.destroy();
		}
	};
}
