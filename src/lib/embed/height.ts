/**
 * Tells the host page how tall the embed is, whenever that changes. The height measured is the
 * embed's root element, not the document: a document is never shorter than its viewport, so an
 * iframe that was once made too tall could otherwise never shrink back.
 */

export interface HeightReporter {
	/** Say the current height again, even if unchanged (a host that loaded late asks). */
	resend(): void;
	/** Stop observing; nothing is sent after this. */
	destroy(): void;
}

export function reportHeight(root: HTMLElement, send: (height: number) => void): HeightReporter {
	let last = -1;
	let frame = 0;
	let live = true;
	const measure = (force: boolean) => {
		if (!live) return;
		const style = getComputedStyle(root);
		const height = Math.ceil(
			root.getBoundingClientRect().height +
				parseFloat(style.marginTop || '0') +
				parseFloat(style.marginBottom || '0')
		);
		if (!force && height === last) return;
		last = height;
		send(height);
	};
	// Many resizes in one frame (fonts swapping in, the map laying out) make one message.
	const schedule = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => measure(false));
	};
	const observer = new ResizeObserver(schedule);
	observer.observe(root);
	// Web fonts change the text's height after the first layout; so does the page finishing loading.
	addEventListener('load', schedule);
	document.fonts?.ready.then(schedule, () => {});
	measure(false);
	return {
		resend: () => measure(true),
		destroy() {
			live = false;
			cancelAnimationFrame(frame);
			observer.disconnect();
			removeEventListener('load', schedule);
		}
	};
}
