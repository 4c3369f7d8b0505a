/**
 * A4 / A5: reduced motion (the system setting or the on-page toggle) changes scenes at once: no
 * running animations, no Leaflet zoom animation or flight, and the same final view as with motion.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	budget,
	discoverStory,
	expectSameView,
	freshMapState,
	mapState,
	openStory,
	parseCenter,
	peerPage,
	scrollStepTo,
	settle,
	STEP_POSITION,
	stableMapState,
	steps,
	stepsWithCue,
	type MapState,
	type StepRef,
	nth,
	openFirstStory
} from './helpers';

// Generous: the machine running the suite may be busy; slow steps fail with their own messages.
test.describe.configure({ timeout: 90_000 });

interface MotionRecord {
	/** ms between each removal of data-scene-step and the scene being applied again */
	gaps: number[];
	/** class mutations that showed a Leaflet zoom animation (leaflet-zoom-anim) */
	zoomAnims: number;
	/** most animations document.getAnimations() reported in any frame since the reset */
	maxAnimations: number;
	/**
	 * the most times one marker was moved (its style set) since the reset: a flight moves every
	 * marker once a frame for 0.8 s; a scene applied at once moves it a few times
	 */
	markerMoves: number;
	/** frames drawn while the scene was off the map (data-scene-step removed): a flight's frames */
	flightFrames: number;
}

declare global {
	interface Window {
		__e2eMotion?: { reset(): void; read(): MotionRecord };
	}
}

/** Records, inside the page, how each scene change reached the screen. */
async function installRecorder(page: Page) {
	await page.evaluate(() => {
		if (window.__e2eMotion) return;
		const map = document.querySelector('.map') as HTMLElement;
		let record: MotionRecord = {
			gaps: [],
			zoomAnims: 0,
			maxAnimations: 0,
			markerMoves: 0,
			flightFrames: 0
		};
		let moves = new WeakMap<Element, number>();
		let removedAt: number | null = null;
		new MutationObserver((records) => {
			const now = performance.now();
			for (const r of records) {
				if (r.attributeName === 'data-scene-step') {
					if (r.oldValue !== null && removedAt === null) removedAt = now;
					else if (r.oldValue === null && removedAt !== null) {
						record.gaps.push(now - removedAt);
						removedAt = null;
					}
				} else if (r.attributeName === 'style') {
					const el = r.target as Element;
					if (!el.classList.contains('leaflet-marker-icon')) continue;
					const n = (moves.get(el) ?? 0) + 1;
					moves.set(el, n);
					record.markerMoves = Math.max(record.markerMoves, n);
				} else if (r.attributeName === 'class') {
					const el = r.target as Element;
					// The token itself: every SVG renderer also carries 'leaflet-zoom-animated'.
					if (
						el.classList.contains('leaflet-zoom-anim') ||
						(r.oldValue ?? '').split(/\s+/).includes('leaflet-zoom-anim')
					)
						record.zoomAnims++;
				}
			}
		}).observe(map, {
			attributes: true,
			subtree: true,
			attributeOldValue: true,
			attributeFilter: ['data-scene-step', 'class', 'style']
		});
		const sample = () => {
			record.maxAnimations = Math.max(record.maxAnimations, document.getAnimations().length);
			if (removedAt !== null) record.flightFrames++;
			requestAnimationFrame(sample);
		};
		requestAnimationFrame(sample);
		window.__e2eMotion = {
			reset() {
				record = { gaps: [], zoomAnims: 0, maxAnimations: 0, markerMoves: 0, flightFrames: 0 };
				moves = new WeakMap();
				removedAt = null;
			},
			read: () => ({ ...record, gaps: [...record.gaps] })
		};
	});
}

/**
 * A close scene's detail coast is fetched the first time a scene looks into its box (map/coast):
 * the scene counts as applied once the box is drawn, which on a loaded machine took up to 0.7 s.
 * Visiting those scenes first makes the timed walk measure the change itself, not the network.
 */
async function warmDetailCoast(page: Page, all: StepRef[]): Promise<void> {
	for (const step of all.filter((s) => ['rovio-flat', 'resignation'].includes(s.id))) {
		await scrollStepTo(page, step.index);
		await settle(page, { expected: step.index });
		await stableMapState(page);
	}
	await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
	await settle(page, { expected: 0 });
	await stableMapState(page);
}

/**
 * Most moves of one marker a scene set at once may make. Measured: 2-4 (placed, the view reset,
 * the names placed), where a 0.8 s flight made 64 on a quiet machine. A busy machine draws fewer
 * frames, so it can only make an instant change look more instant, never less.
 */
const MAX_INSTANT_MOVES = 8;

/** Changes to `step` and checks that the change was instant: no flight, no zoom animation, no animations. */
async function expectInstantChange(page: Page, step: StepRef, label: string): Promise<MapState> {
	await page.evaluate(() => window.__e2eMotion?.reset());
	await scrollStepTo(page, step.index);
	await settle(page, {
		expected: step.index,
		message: `${label}: step ${step.index} (#${step.id})`
	});
	const animations = await page.evaluate(() =>
		document
			.getAnimations()
			.map(
				(a) =>
					`${a.constructor.name} ${(a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty ?? ''} on ${(a.effect as KeyframeEffect | null)?.target?.nodeName ?? '?'}`
			)
	);
	expect(
		animations,
		`${label}, #${step.id}: document.getAnimations() once the scene is applied`
	).toEqual([]);
	const rec = await page.evaluate(() => window.__e2eMotion?.read());
	expect(rec, 'the recorder is installed').toBeTruthy();
	const r = rec as MotionRecord;
	expect(
		r.zoomAnims,
		`${label}, #${step.id}: Leaflet zoom animations (leaflet-zoom-anim) during the change`
	).toBe(0);
	// Not a flight: a flight moves every marker once a frame for 0.8 s (dozens of moves, and still
	// more than a few on a loaded machine); a scene set at once moves each marker a few times.
	// Counted, not timed, so a busy machine cannot fail it.
	expect(
		r.markerMoves,
		`${label}, #${step.id}: the scene is set at once, not flown to (most moves of one marker: ${r.markerMoves})`
	).toBeLessThanOrEqual(MAX_INSTANT_MOVES);
	// And promptly: drawing a close scene's plans and names took 110-520 ms on a loaded 2-core CI
	// machine; seconds would mean the change waited on something it should not.
	expect(
		r.gaps.every((g) => g < 2_000),
		`${label}, #${step.id}: the scene is applied promptly (ms without data-scene-step: ${r.gaps.map((g) => Math.round(g)).join(', ')})`
	).toBe(true);
	expect(
		r.maxAnimations,
		`${label}, #${step.id}: no frame ran a CSS/Web animation during the change`
	).toBe(0);
	return mapState(page);
}

/** The app flies when the centre moves more than 20 km or the zoom changes by 1 or more. */
function isFar(a: MapState, b: MapState): boolean {
	return distanceKm(a.center, b.center) > 20 || Math.abs(Number(a.zoom) - Number(b.zoom)) >= 1;
}

function distanceKm(a: string | null, b: string | null): number {
	const rad = (d: number) => (d * Math.PI) / 180;
	const [lat1, lng1] = parseCenter(a).map(rad) as [number, number];
	const [lat2, lng2] = parseCenter(b).map(rad) as [number, number];
	const h =
		Math.sin((lat2 - lat1) / 2) ** 2 +
		Math.cos(lat1) * Math.cos(lat2) * Math.sin((lng2 - lng1) / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.sqrt(h));
}

test.describe('with prefers-reduced-motion: reduce', () => {
	test.use({ reducedMotion: 'reduce' });

	test('every step change is instant and ends in the same view as with full motion', async ({
		page
	}) => {
		const slug = await discoverStory(page);
		// The reference reader, with full motion, goes through the same steps beside it.
		const full = await peerPage(page, { reducedMotion: 'no-preference' });
		try {
			await Promise.all([openStory(page, slug), openStory(full, slug)]);
			await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
			await expect(full.locator('html')).toHaveAttribute('data-motion', 'full');
			const all = await steps(page);
			test.setTimeout(budget(all.length, 3_000));
			await warmDetailCoast(page, all);
			await installRecorder(page);

			const order = [...all.slice(1), nth(all, 0)]; // every step, and back to the first
			for (const step of order) {
				const [reduced, withMotion] = await Promise.all([
					expectInstantChange(page, step, 'reduced motion').then(() =>
						stableMapState(page, 'reduced motion')
					),
					(async () => {
						await scrollStepTo(full, step.index);
						await settle(full, {
							expected: step.index,
							message: `full motion: step ${step.index}`
						});
						return stableMapState(full, 'full motion');
					})()
				]);
				expectSameView(
					reduced,
					withMotion,
					`#${step.id}: the view under reduced motion equals the view with full motion`
				);
			}
		} finally {
			await full.close();
		}
	});
});

test('the "Reduce motion" button turns motion off on the page, and the choice survives a reload', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	const { all } = await openFirstStory(page);
	test.setTimeout(budget(all.length, 1_500));
	expect(all.length, 'motion needs at least two steps').toBeGreaterThanOrEqual(2);
	await expect(page.locator('html')).toHaveAttribute('data-motion', 'full');
	const button = page.getByRole('button', { name: 'Reduce motion' });
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	await installRecorder(page);

	// Calibration: with full motion a far scene change flies, so the recorder can see a flight.
	const first = await stableMapState(page);
	await page.evaluate(() => window.__e2eMotion?.reset());
	await scrollStepTo(page, 1);
	await settle(page, { expected: 1 });
	const second = await stableMapState(page);
	if (isFar(first, second)) {
		const rec = (await page.evaluate(() => window.__e2eMotion?.read())) as MotionRecord;
		expect(
			Math.max(0, ...rec.gaps),
			'with full motion, a far scene change travels (ms without data-scene-step)'
		).toBeGreaterThan(300);
		// Frame by frame: in at least half the frames the flight was given. Not a fixed count: a
		// busy machine (CI, two browsers on two cores) drew the 0.8 s flight in 8 frames.
		expect(
			rec.markerMoves,
			`with full motion, a far scene change moves the markers frame by frame (${rec.flightFrames} frames in flight)`
		).toBeGreaterThanOrEqual(Math.max(3, Math.ceil(rec.flightFrames / 2)));
	}
	// Back at the top (the button is in view there), with the map at rest.
	await warmDetailCoast(page, all);

	await button.click();
	await expect(button, 'the button is pressed').toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html'), 'html[data-motion=reduced]').toHaveAttribute(
		'data-motion',
		'reduced'
	);
	for (const step of [...all.slice(1), nth(all, 0)])
		await expectInstantChange(page, step, 'after the button');

	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-mode', 'read');
	await settle(page);
	await expect(button, 'after reload the button is still pressed').toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.locator('html'), 'after reload html[data-motion=reduced]').toHaveAttribute(
		'data-motion',
		'reduced'
	);
	await installRecorder(page);
	const current = (await settle(page)).active;
	await expectInstantChange(page, nth(all, current === 0 ? 1 : 0), 'after reload');
});

test("switching to reduced motion while the map flies lands at once on the scene's view", async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	const { slug, all } = await openFirstStory(page);
	test.setTimeout(budget(all.length, 1_500));
	await installRecorder(page);
	// Find a step the map flies to from the one before it, and press the button 250 ms into
	// the flight (0.8 s long). Done inside the page: a round trip from the test could miss it.
	let flying: StepRef | undefined;
	const tried: string[] = [];
	for (const step of all.slice(1)) {
		await page.evaluate(() => window.__e2eMotion?.reset());
		const result = await page.evaluate(
			([index, position]) =>
				new Promise<string>((resolve) => {
					const map = document.querySelector('.map') as HTMLElement;
					const button = Array.from(document.querySelectorAll('button')).find((b) =>
						/reduce motion/i.test(b.textContent ?? '')
					);
					if (!button) return resolve('no "Reduce motion" button');
					const article = document.querySelectorAll('article.step')[index] as HTMLElement;
					const slot = article.closest('li.step-slot') ?? article;
					const top = scrollY + slot.getBoundingClientRect().top - position * innerHeight;
					window.scrollTo({ top, left: 0, behavior: 'instant' });
					const start = performance.now();
					let removedAt: number | undefined;
					const tick = () => {
						const now = performance.now();
						const inFlight = !map.hasAttribute('data-scene-step');
						if (inFlight && removedAt === undefined) removedAt = now;
						if (!inFlight && removedAt !== undefined) return resolve('landed before 250 ms');
						if (inFlight && removedAt !== undefined && now - removedAt >= 250) {
							button.click(); // as it is, without scrolling to it (that would change the step)
							return resolve('clicked mid-flight');
						}
						if (now - start > 3_000) return resolve('no flight');
						requestAnimationFrame(tick);
					};
					requestAnimationFrame(tick);
				}),
			[step.index, STEP_POSITION] as const
		);
		tried.push(`#${step.id}: ${result}`);
		if (result === 'clicked mid-flight') {
			flying = step;
			break;
		}
		await settle(page, { expected: step.index });
	}
	expect(
		flying,
		`the button was pressed while the map flew to some step (${tried.join('; ')})`
	).toBeDefined();
	const step = flying as StepRef;
	await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
	await settle(page, { expected: step.index });
	const here = await stableMapState(page, 'after switching mid-flight');
	const fresh = await freshMapState(page, slug, step.id);
	expectSameView(
		here,
		fresh,
		`#${step.id}, reduced motion switched on mid-flight: the map equals a fresh load`
	);
	const rec = (await page.evaluate(() => window.__e2eMotion?.read())) as MotionRecord;
	expect(
		rec.zoomAnims,
		`#${step.id}: Leaflet zoom animations (leaflet-zoom-anim) after switching to reduced motion mid-flight`
	).toBe(0);
});

test('the focus cue swells the highlighted pin where it stands: it never leaves its place on the map', async ({
	page
}) => {
	const { slug, all } = await openFirstStory(page);
	const focus = all.find((s) => s.index > 0 && stepsWithCue(slug, 'focus').includes(s.id));
	expect(focus, `${slug} has a step with the focus cue after its first (story.md)`).toBeDefined();
	const step = focus as StepRef;
	await openStory(page, slug, nth(all, step.index - 1).id);
	await expect(page.locator('html')).toHaveAttribute('data-motion', 'full');
	// Every frame from the scroll on, once the step's scene is applied (a flight moves every pin
	// with the map; the pulse starts after it): the pin's centre in the map and its width.
	const frames = await page.evaluate(
		([index, position]) =>
			new Promise<{ x: number; y: number; w: number }[]>((resolve) => {
				const map = document.querySelector('.map') as HTMLElement;
				const article = document.querySelectorAll('article.step')[index] as HTMLElement;
				const slot = article.closest('li.step-slot') ?? article;
				const top = scrollY + slot.getBoundingClientRect().top - position * innerHeight;
				window.scrollTo({ top, left: 0, behavior: 'instant' });
				const out: { x: number; y: number; w: number }[] = [];
				let since: number | undefined;
				const tick = () => {
					const pin = map.querySelector('.lantern-marker.is-highlighted .pin');
					if (pin && map.dataset.sceneStep === String(index)) {
						since ??= performance.now();
						const r = pin.getBoundingClientRect();
						const box = map.getBoundingClientRect();
						out.push({
							x: r.left + r.width / 2 - box.left,
							y: r.top + r.height / 2 - box.top,
							w: r.width
						});
					}
					if (since !== undefined && performance.now() - since > 1_500) resolve(out);
					else requestAnimationFrame(tick);
				};
				requestAnimationFrame(tick);
			}),
		[step.index, STEP_POSITION] as const
	);
	const rest = frames.at(-1);
	expect(rest, `#${step.id}: a highlighted pin is on the map`).toBeDefined();
	const end = rest as { x: number; y: number; w: number };
	const widest = Math.max(...frames.map((f) => f.w));
	expect(
		widest / end.w,
		`#${step.id}: the pin swelled during the pulse (widest ${widest.toFixed(1)} px, at rest ${end.w.toFixed(1)} px, ${frames.length} frames)`
	).toBeGreaterThan(1.1);
	const strays = frames.filter((f) => Math.hypot(f.x - end.x, f.y - end.y) > 1.5);
	expect(
		strays.map((f) => `${f.x.toFixed(0)},${f.y.toFixed(0)}`),
		`#${step.id}: frames in which the pin's centre was away from its place (${end.x.toFixed(0)},${end.y.toFixed(0)} in the map)`
	).toEqual([]);
});
