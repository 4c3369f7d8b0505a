/**
 * The one GSAP wrapper. Every cue animates FROM a start state TO what the prerendered HTML already
 * shows, and the GSAP context is reverted when it finishes: the DOM ends exactly as it was
 * rendered, with no inline transforms left behind, and a reader without JavaScript or with
 * reduced motion sees the same final state at once.
 */
// GSAP is loaded on its own, after the app has started (loadMotion): evaluated with the app's
// modules it made their one long start-up task longer by ~10 ms here (~45 ms on a phone). Until it
// has arrived a cue shows its final state at once, as under reduced motion; the page opens at rest,
// so nothing is lost. `gsap.core.Timeline` and the like below are GSAP's global type namespace.
let engine: typeof import('gsap').gsap | undefined;
let loading: Promise<void> | undefined;

/** Load GSAP once (createMotion starts it). Resolves when cues animate. */
export function loadMotion(): Promise<void> {
	loading ??= import('gsap').then(({ gsap }) => {
		// GSAP starts its ticker when imported and keeps it running for 120 frames before it sleeps:
		// two seconds of rendering updates with nothing to animate. Asleep, it wakes for a tween.
		if (typeof window !== 'undefined') gsap.ticker.sleep();
		engine = gsap;
	});
	return loading;
}

export interface Motion {
	/** Play the named cues on the cue targets inside `container` (elements with data-cue="letter" | "headline" | "calendar" | "count" | "focus"). Anything this Motion still has running is reverted/completed first. Each cue animates FROM a start state TO the state already in the DOM (the prerendered HTML is the final state, so no-JS and reduced motion readers see everything). Under reduced motion: nothing animates, the final state is shown at once. */
	play(container: HTMLElement, cues: readonly string[]): void;
	/** Draw SVG paths along their length (stroke-dashoffset), 600–900 ms eased; reduced: drawn at once (clear any dash styles). */
	drawPaths(paths: readonly SVGPathElement[]): void;
	/** Pulse elements once (scale/opacity) in place, e.g. a highlighted marker's pin (not its positioned icon); reduced: nothing. */
	pulse(els: readonly Element[]): void;
	setReduced(reduced: boolean): void;
	/** Number of active tweens (for tests: 0 under reduced motion). */
	activeTweens(): number;
	/** Kill everything and revert inline styles. */
	destroy(): void;
}

/** The cues this module animates; `route` belongs to the map, which calls drawPaths. */
const PLAYABLE = new Set(['letter', 'headline', 'calendar', 'count', 'focus']);

/** Whether the reader's system asks for reduced motion. False during SSR. */
export function prefersReducedMotion(): boolean {
	return (
		typeof window !== 'undefined' &&
		typeof window.matchMedia === 'function' &&
		window.matchMedia('(prefers-reduced-motion: reduce)').matches
	);
}

/** The elements carrying `data-cue="<cue>"` inside `root`, the root itself included. */
export function cueTargets(
	root: Pick<ParentNode, 'querySelectorAll'> & { matches?(selector: string): boolean },
	cue: string
): Element[] {
	// Cue names come from authored stories: anything but a plain word could break the selector.
	if (!/^[a-z][a-z-]*$/.test(cue)) return [];
	const selector = `[data-cue="${cue}"]`;
	const found = Array.from(root.querySelectorAll(selector));
	return typeof root.matches === 'function' && root.matches(selector)
		? [root as unknown as Element, ...found]
		: found;
}

/**
 * `text` with its first number replaced by `current`, written like the original (decimals, comma
 * grouping): formatCount(7.4, '24%', 24) is '7%'. Null when the first number in `text` is not
 * `target`, so text that does not show the value plainly ('1 200', 'ten') is never animated.
 */
export function formatCount(current: number, text: string, target: number): string | null {
	if (!Number.isFinite(current) || !Number.isFinite(target)) return null;
	const match = /\d+(?:,\d{3})*(?:\.\d+)?/.exec(text);
	if (!match || Number(match[0].replace(/,/g, '')) !== target) return null;
	const decimals = match[0].split('.')[1]?.length ?? 0;
	const grouped = match[0].includes(',');
	const shown = Math.min(Math.max(current, 0), target);
	const digits = grouped
		? shown.toLocaleString('en-US', {
				minimumFractionDigits: decimals,
				maximumFractionDigits: decimals
			})
		: shown.toFixed(decimals);
	return text.slice(0, match.index) + digits + text.slice(match.index + match[0].length);
}

/** 600 ms for a short route, up to 900 ms for one 1000 px or longer. */
function drawDuration(length: number): number {
	return 0.6 + 0.3 * Math.min(length / 1000, 1);
}

function clearDash(path: SVGPathElement): void {
	path.style.removeProperty('stroke-dasharray');
	path.style.removeProperty('stroke-dashoffset');
}

type OnRevert = (cleanup: () => void) => void;

/**
 * Swells once and settles, about each element's own centre. Scale goes through the CSS `scale`
 * property, so an inline `transform` is never touched. Give it an element whose transform is not
 * its position: `scale` applies on top of `transform`, so on a Leaflet marker icon (placed by an
 * inline translate) it would scale the offset too and carry the icon across the map.
 */
function pulseInto(
	tl: gsap.core.Timeline,
	onRevert: OnRevert,
	els: readonly Element[],
	at: number
): void {
	const styled = els.filter((el): el is HTMLElement | SVGElement => 'style' in el);
	if (styled.length === 0) return;
	const props = ['scale', 'transform-box', 'transform-origin'];
	const saved = styled.map((el) => props.map((p) => el.style.getPropertyValue(p)));
	onRevert(() =>
		styled.forEach((el, i) =>
			props.forEach((p, j) => {
				const value = saved[i]?.[j];
				if (value) el.style.setProperty(p, value);
				else el.style.removeProperty(p);
			})
		)
	);
	// SVG shapes scale about their own box, not the SVG's origin.
	styled.forEach((el) => {
		if ('ownerSVGElement' in el) {
			el.style.setProperty('transform-box', 'fill-box');
			el.style.setProperty('transform-origin', '50% 50%');
		}
	});
	const swell = { scale: 1 };
	const apply = () => styled.forEach((el) => el.style.setProperty('scale', String(swell.scale)));
	tl.to(swell, { scale: 1.25, duration: 0.25, ease: 'power2.out', onUpdate: apply }, at)
		.to(swell, { scale: 1, duration: 0.4, ease: 'power2.inOut', onUpdate: apply }, at + 0.25)
		// Opacity comes back FROM a dip, so it ends on the element's own value.
		.from(styled, { opacity: 0.6, duration: 0.65, ease: 'power1.out' }, at);
}

function letterInto(tl: gsap.core.Timeline, cards: readonly Element[]): void {
	if (cards.length === 0) return;
	// Unfolds from its top edge like a sheet taken out of an envelope.
	tl.from(
		cards,
		{
			opacity: 0,
			rotationX: -75,
			scaleY: 0.6,
			transformOrigin: '50% 0%',
			transformPerspective: 900,
			duration: 0.7,
			ease: 'power2.out'
		},
		0
	);
	linesInto(tl, cards, 0.5);
}

function headlineInto(tl: gsap.core.Timeline, mastheads: readonly Element[]): void {
	if (mastheads.length === 0) return;
	tl.from(mastheads, { y: -28, opacity: 0, duration: 0.6, ease: 'power3.out' }, 0);
	linesInto(tl, mastheads, 0.4);
}

/** The quoted lines and the citation, marked [data-cue-line], fade in one after another. */
function linesInto(tl: gsap.core.Timeline, roots: readonly Element[], at: number): void {
	const lines = roots.flatMap((r) => Array.from(r.querySelectorAll('[data-cue-line]')));
	if (lines.length === 0) return;
	tl.from(lines, { opacity: 0, y: 6, duration: 0.4, stagger: 0.12, ease: 'power1.out' }, at);
}

function calendarInto(tl: gsap.core.Timeline, dates: readonly Element[]): void {
	for (const date of dates) {
		const os = date.querySelector('[data-calendar="os"]');
		const ns = date.querySelector('[data-calendar="ns"]');
		if (!os || !ns) continue;
		// Old Style first, then the page turns to show the New Style beside it.
		tl.from(os, { opacity: 0, duration: 0.3, ease: 'power1.out' }, 0).from(
			ns,
			{
				opacity: 0,
				rotationX: -90,
				transformOrigin: '50% 0%',
				transformPerspective: 300,
				duration: 0.5,
				ease: 'power2.out'
			},
			0.5
		);
	}
}

function countInto(tl: gsap.core.Timeline, onRevert: OnRevert, root: HTMLElement): void {
	for (const el of cueTargets(root, 'count')) {
		const target = Number(el.getAttribute('data-value') ?? Number.NaN);
		const text = el.textContent ?? '';
		if (!Number.isFinite(target) || formatCount(target, text, target) === null) continue;
		const restore = () => {
			el.textContent = text;
		};
		// Puts back the prerendered text if the count is cut short.
		onRevert(restore);
		const counter = { n: 0 };
		tl.to(
			counter,
			{
				n: target,
				duration: 0.9,
				ease: 'power1.out',
				onUpdate: () => {
					el.textContent = formatCount(counter.n, text, target) ?? text;
				},
				onComplete: restore
			},
			0
		);
	}
	const bars = Array.from(root.querySelectorAll('[data-cue-bar]'));
	if (bars.length > 0) {
		// scaleX, not width: the authored inline width is the data and must survive untouched.
		tl.from(
			bars,
			{ scaleX: 0, transformOrigin: '0% 50%', duration: 0.8, stagger: 0.08, ease: 'power2.out' },
			0
		);
	}
}

export function createMotion(options: { reduced: boolean }): Motion {
	void loadMotion();
	let reduced = options.reduced;
	let destroyed = false;
	// One context per concern, so a step's cues never cut short the map's route or pulse.
	const contexts: Record<'play' | 'draw' | 'pulse', gsap.Context | null> = {
		play: null,
		draw: null,
		pulse: null
	};

	function stop(kind: keyof typeof contexts): void {
		contexts[kind]?.revert();
		contexts[kind] = null;
	}

	/** Runs `build` in a fresh context for `kind`; the context reverts itself when done. */
	function run(
		kind: keyof typeof contexts,
		scope: Element | undefined,
		build: (tl: gsap.core.Timeline, onRevert: OnRevert) => void
	): void {
		stop(kind);
		const gsap = engine;
		if (reduced || destroyed || !gsap) return;
		const ctx = gsap.context(() => {
			const tl = gsap.timeline({
				// A microtask: outside GSAP's own render call, yet before the browser paints.
				onComplete: () =>
					queueMicrotask(() => {
						if (contexts[kind] === ctx) stop(kind);
					})
			});
			const cleanups: (() => void)[] = [];
			build(tl, (cleanup) => cleanups.push(cleanup));
			if (tl.getChildren().length === 0) tl.kill();
			return () => cleanups.forEach((cleanup) => cleanup());
		}, scope);
		contexts[kind] = ctx;
		if (countTweens(ctx) === 0) stop(kind);
	}

	function countTweens(ctx: gsap.Context | null): number {
		if (!ctx) return 0;
		const tweens = ctx.getTweens() as gsap.core.Tween[];
		// GSAP records a from() tween's start values as an internal zero-length tween: not ours.
		const internal = new Set(['isStart', 'isFromStart']);
		return tweens.filter((t) => !internal.has(t.data as string) && t.progress() < 1).length;
	}

	return {
		play(container, cues) {
			run('play', container, (tl, onRevert) => {
				const wanted = new Set(cues.filter((c) => PLAYABLE.has(c)));
				if (wanted.has('letter')) letterInto(tl, cueTargets(container, 'letter'));
				if (wanted.has('headline')) headlineInto(tl, cueTargets(container, 'headline'));
				if (wanted.has('calendar')) calendarInto(tl, cueTargets(container, 'calendar'));
				if (wanted.has('focus')) pulseInto(tl, onRevert, cueTargets(container, 'focus'), 0.2);
				if (wanted.has('count')) countInto(tl, onRevert, container);
			});
		},
		drawPaths(paths) {
			if (reduced || !engine) {
				stop('draw');
				paths.forEach(clearDash);
				return;
			}
			run('draw', undefined, (tl) => {
				for (const path of paths) {
					let length = 0;
					try {
						length = path.getTotalLength();
					} catch {
						// A path not yet in the document has no length: it is simply shown.
					}
					if (!(length > 0)) continue;
					tl.fromTo(
						path,
						{ strokeDasharray: length, strokeDashoffset: length },
						{ strokeDashoffset: 0, duration: drawDuration(length), ease: 'power1.inOut' },
						0
					);
				}
			});
		},
		pulse(els) {
			run('pulse', undefined, (tl, onRevert) => pulseInto(tl, onRevert, els, 0));
		},
		setReduced(next) {
			reduced = next;
			if (reduced) (['play', 'draw', 'pulse'] as const).forEach(stop);
		},
		activeTweens() {
			return countTweens(contexts.play) + countTweens(contexts.draw) + countTweens(contexts.pulse);
		},
		destroy() {
			destroyed = true;
			(['play', 'draw', 'pulse'] as const).forEach(stop);
		}
	};
}
