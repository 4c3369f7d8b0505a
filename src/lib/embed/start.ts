/**
 * When the embed's live map should start. Leaflet and the map's first scene were most of the
 * embed's blocking time on a phone, for a frame most readers of the host's article may never
 * scroll to: until then the embed shows its first scene as a picture (poster.ts).
 *
 * - Any sign of the reader inside the frame starts it: a pointer, a touch, a key, the focus, the
 *   wheel, a scroll of the frame's own page (opened alone, on a phone).
 * - In a frame, so does the frame coming into the host page's view. An observer with no root
 *   measures against the top-level viewport even from a cross-origin frame (that is what the API
 *   was made for: an advert knows whether it was seen), while the frame's own viewport is always
 *   "in view". Once seen, the map waits for the page's load and an idle moment, so it does not
 *   compete with the host page's own first paint.
 * - Opened alone (a test, a link, the deck), only the reader's first move starts it. (The deck
 *   once also started its map after the load and an idle moment, unasked: that was most of its
 *   blocking time on a phone, and a lecturer always presses a key to leave the first slide.)
 */

const INTENTS = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel', 'scroll'] as const;

export interface StartOptions {
	/** What must be in the host page's view (the map's place). */
	el: Element;
	/** Called once, when the map should start. */
	start: () => void;
	/** Whether this page is framed (`window.self !== window.top`, which works across origins). */
	framed: boolean;
}

/** Listens for the first reason to start; returns the teardown. */
export function whenWanted({ el, start, framed }: StartOptions): () => void {
	let done = false;
	let idle: (() => void) | undefined;
	let observer: IntersectionObserver | undefined;
	const stop = () => {
		INTENTS.forEach((type) => removeEventListener(type, go, true));
		observer?.disconnect();
		idle?.();
	};
	const go = () => {
		if (done) return;
		done = true;
		stop();
		start();
	};
	INTENTS.forEach((type) => addEventListener(type, go, { capture: true, passive: true }));
	// Opened alone and already scrolled (a reload): the reader has moved. (Not the sticky user
	// activation: automation grants it to every script it runs, so tests would start the map.)
	if (scrollY > 0) {
		go();
		return () => {};
	}
	if (framed) {
		if (typeof IntersectionObserver === 'function') {
			observer = new IntersectionObserver((entries) => {
				if (!entries.some((e) => e.isIntersecting) || idle) return;
				observer?.disconnect();
				idle = afterLoadIdle(go);
			});
			observer.observe(el);
		} else idle = afterLoadIdle(go);
	}
	return () => {
		done = true;
		stop();
	};
}

/** Calls `fn` once the page has loaded and the browser is idle; returns a cancel. */
function afterLoadIdle(fn: () => void): () => void {
	let cancel = () => {};
	const onLoad = () => {
		if (typeof requestIdleCallback === 'function') {
			const id = requestIdleCallback(fn, { timeout: 1500 });
			cancel = () => cancelIdleCallback(id);
		} else {
			const id = setTimeout(fn, 200);
			cancel = () => clearTimeout(id);
		}
	};
	if (document.readyState === 'complete') onLoad();
	else {
		addEventListener('load', onLoad, { once: true });
		cancel = () => removeEventListener('load', onLoad);
	}
	return () => cancel();
}
