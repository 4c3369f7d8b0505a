/**
 * Shared helpers for the reader's end-to-end tests. Everything here reads the test contract
 * (architecture.md, "Test contract"): html[data-mode], article.step#id[data-step],
 * .reader[data-active-step], .map[data-scene-step][data-map-center][data-map-zoom].
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	expect,
	test,
	type APIRequestContext,
	type BrowserContextOptions,
	type Page
} from '@playwright/test';

/** [west, south, east, north] */
export type Region = [number, number, number, number];

export interface StepRef {
	id: string;
	index: number;
}

export interface MapState {
	step: string | null;
	center: string | null;
	zoom: string | null;
	/** each marker's text, in order */
	markers: string[];
	/** each marker's position in px from the map container's top left: what the reader sees */
	pins: [number, number][];
}

export interface Snapshot {
	scrollY: number;
	active: number;
	scene: number | null;
	geometric: number;
	innerHeight: number;
	/** The reader's map waits for the reader's first move (.map[data-map-waiting]). */
	waiting: boolean;
}

/** The trigger line, as a share of the viewport height (architecture: "at 60%"). */
export const TRIGGER = 0.6;
/** Where the scroll test puts a step's top: comfortably above the trigger line. */
export const STEP_POSITION = 0.4;
/** The main story's region, used only if neither the page nor the story file says. */
const DEFAULT_REGION: Region = [22, 54, 40, 62];

let cachedSlug: string | undefined;
const MAIN_STORY = 'the-crisis-has-matured';

/**
 * The story under test: the first story linked from the index page (`main li h2 a`), or the one
 * named by LANTERN_E2E_STORY (a slug), which the index must then link to.
 */
export async function discoverStory(page: Page): Promise<string> {
	if (cachedSlug) return cachedSlug;
	await page.goto('/');
	const links = page.locator('main li h2 a');
	await expect(links.first(), 'the index page links to at least one story').toBeAttached();
	const slugs = (await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).map(
		(href) => new URL(href).pathname.split('/').filter(Boolean).pop() ?? ''
	);
	// The documentary is what readers come for: test it over every step when it is there.
	const wanted =
		process.env.LANTERN_E2E_STORY ?? (slugs.includes(MAIN_STORY) ? MAIN_STORY : undefined);
	const slug = wanted ?? slugs[0];
	expect(slug, 'a story slug on the index page').toBeTruthy();
	expect(slugs, `the index page links to the story ${slug}`).toContain(slug);
	cachedSlug = slug as string;
	return cachedSlug;
}

/** `list[i]`, failing the test (not returning undefined) when there is no such item. */
export function nth<T>(list: readonly T[], i: number): T {
	const item = list[i];
	if (item === undefined) throw new Error(`no item ${i} (of ${list.length})`);
	return item;
}

export function storyPath(slug: string, stepId?: string): string {
	return `/${slug}/${stepId ? `#${stepId}` : ''}`;
}

/**
 * Opens the story (optionally at a step) and waits until the first scene is applied. Opened at the
 * top, the reader's map waits for the reader's first move (it is below the title card): this makes
 * that move, a scroll event, so that the test goes on with the map drawn. reader-lazy.spec.ts
 * tests the wait itself.
 */
export async function openStory(page: Page, slug: string, stepId?: string): Promise<Snapshot> {
	await page.goto(storyPath(slug, stepId));
	await expect(page.locator('html')).toHaveAttribute('data-mode', 'read');
	if (!stepId) await startMap(page);
	return settle(page);
}

/**
 * A reader at the top, or an embed opened alone, makes its first move (a scroll event): the map
 * starts if it was waiting.
 */
export async function startMap(page: Page): Promise<void> {
	await page.waitForSelector('.map[data-map-waiting], .map[data-scene-step], .map-panel.failed', {
		state: 'attached'
	});
	// The embed listens from its app's start (.live): unlike the story page, it keeps no earlier move.
	if (await page.locator('.embed').count())
		await page.waitForSelector('.embed.live', { state: 'attached' });
	await page.evaluate(() => {
		if (document.querySelector('.map[data-map-waiting]')) dispatchEvent(new Event('scroll'));
	});
}

/** Every step in DOM order, checking the contract's ids and 0-based indices on the way. */
export async function steps(page: Page): Promise<StepRef[]> {
	const list = await page.$$eval('article.step', (els) =>
		els.map((el) => ({ id: el.id, index: Number((el as HTMLElement).dataset.step) }))
	);
	expect(list.length, 'the story has steps (article.step)').toBeGreaterThan(0);
	list.forEach((s, i) => {
		expect(s.index, `step #${s.id} is the ${i}th article.step: data-step`).toBe(i);
		expect(s.id, `step ${i} has an id`).toBeTruthy();
	});
	return list;
}

/** Middle index of a story with `n` steps (at least 1 when there are 2 or more steps). */
export function middle(n: number): number {
	return Math.min(n - 1, Math.max(n > 1 ? 1 : 0, Math.floor(n / 2)));
}

/**
 * A test timeout that grows with the story: `base` plus `perStep` ms for each step.
 * Long stories (40 steps) fly the map once per step; the base allows for a busy machine.
 */
export function budget(n: number, perStep = 2_500, base = 90_000): number {
	return base + n * perStep;
}

/** The current state of the page, after two animation frames. */
export async function snapshot(page: Page): Promise<Snapshot> {
	return page.evaluate(
		(trigger) =>
			new Promise<Snapshot>((resolve) => {
				let done = false;
				const finish = () => {
					if (done) return;
					done = true;
					const line = window.innerHeight * trigger;
					const slots = Array.from(document.querySelectorAll('article.step')).map(
						(a) => a.closest('li.step-slot') ?? a
					);
					let geometric = 0;
					for (const [i, slot] of slots.entries()) {
						if (slot.getBoundingClientRect().top <= line) geometric = i;
						else break;
					}
					const reader = document.querySelector('.reader[data-active-step]') as HTMLElement | null;
					const map = document.querySelector('.map') as HTMLElement | null;
					const scene = map?.dataset.sceneStep;
					resolve({
						scrollY: Math.round(window.scrollY),
						active: reader ? Number(reader.dataset.activeStep) : -1,
						scene: scene === undefined ? null : Number(scene),
						geometric,
						innerHeight: window.innerHeight,
						waiting: map?.dataset.mapWaiting !== undefined
					});
				};
				// After two frames, so that scroll handlers have run; but never wait for long, as
				// Chromium may hold frames back from a page it considers hidden.
				requestAnimationFrame(() => requestAnimationFrame(finish));
				setTimeout(finish, 300);
			}),
		TRIGGER
	);
}

/**
 * Waits until the page is at rest and consistent: the scroll position has stopped moving, the
 * active step is the geometric one, and the map has applied the scene for it. Optionally also
 * that the active step is `expected`. Returns the settled snapshot.
 */
export async function settle(
	page: Page,
	options: { expected?: number; timeout?: number; message?: string } = {}
): Promise<Snapshot> {
	let previous = '';
	let last: Snapshot | undefined;
	await expect
		.poll(
			async () => {
				const s = await snapshot(page);
				const key = JSON.stringify(s);
				const stable = key === previous;
				previous = key;
				last = s;
				// At the top, before the reader's first move, the map is not started: that is at rest too.
				const ok =
					stable &&
					s.active === s.geometric &&
					(s.scene === s.active || (s.waiting && s.scrollY === 0 && s.active === 0)) &&
					(options.expected === undefined || s.active === options.expected);
				return ok ? 'settled' : key;
			},
			{
				message:
					(options.message ? `${options.message}: ` : '') +
					'settle: data-active-step == geometric index' +
					(options.expected === undefined ? '' : ` == ${options.expected}`) +
					' == data-scene-step (or the map waiting at the top), scroll at rest',
				timeout: options.timeout ?? 30_000,
				intervals: [50, 100, 100, 150, 200]
			}
		)
		.toBe('settled');
	return last as Snapshot;
}

/** Scrolls instantly so that step `index`'s li.step-slot top sits at `fraction` of the viewport. */
export async function scrollStepTo(
	page: Page,
	index: number,
	fraction = STEP_POSITION
): Promise<void> {
	await page.evaluate(
		([i, f]) => {
			const article = document.querySelectorAll('article.step')[i];
			if (!article) throw new Error(`no step ${i}`);
			const slot = article.closest('li.step-slot') ?? article;
			const top = window.scrollY + slot.getBoundingClientRect().top - f * window.innerHeight;
			window.scrollTo({ top, left: 0, behavior: 'instant' });
		},
		[index, fraction] as const
	);
}

/** What the map shows: the contract's attributes, each marker's text and where it is drawn. */
export async function mapState(page: Page): Promise<MapState> {
	return page.evaluate(() => {
		const map = document.querySelector('.map') as HTMLElement | null;
		const box = map?.getBoundingClientRect() ?? { left: 0, top: 0 };
		const icons = Array.from(document.querySelectorAll('.map .leaflet-marker-pane > *'));
		return {
			step: map?.dataset.sceneStep ?? null,
			center: map?.dataset.mapCenter ?? null,
			zoom: map?.dataset.mapZoom ?? null,
			markers: icons.map((m) => (m.textContent ?? '').replace(/\s+/g, ' ').trim()),
			pins: icons.map((m) => {
				const r = m.getBoundingClientRect();
				return [Math.round(r.left - box.left), Math.round(r.top - box.top)] as [number, number];
			})
		};
	});
}

/** The map state once the map has stopped moving (two equal samples 150 ms apart). */
export async function stableMapState(page: Page, label = 'the map'): Promise<MapState> {
	let previous = '';
	let last: MapState | undefined;
	await expect
		.poll(
			async () => {
				last = await mapState(page);
				const key = JSON.stringify(last);
				const stable = key === previous;
				previous = key;
				return stable;
			},
			{ message: `${label} comes to rest`, timeout: 10_000, intervals: [150] }
		)
		.toBe(true);
	return last as MapState;
}

/** How far apart two data-map-center values are on screen, in px at the first state's zoom (Web Mercator). */
export function centerDistancePx(a: MapState, b: MapState): string {
	const parse = (c: string | null) => (c ?? '').split(',').map(Number);
	const [lat1, lng1] = parse(a.center);
	const [lat2, lng2] = parse(b.center);
	const zoom = Number(a.zoom);
	if ([lat1, lng1, lat2, lng2, zoom].some((v) => v === undefined || !Number.isFinite(v)))
		return '?';
	const scale = 256 * 2 ** zoom;
	const x = (lng: number) => (scale * (lng + 180)) / 360;
	const y = (lat: number) =>
		(scale * (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI)) / 2;
	const dx = x(lng1 as number) - x(lng2 as number);
	const dy = y(lat1 as number) - y(lat2 as number);
	return Math.hypot(dx, dy).toFixed(2);
}

/**
 * Two map states show the same view: the same data-map-center, data-map-zoom and markers, and
 * the markers drawn at the same place in the container (within 2 px), so the attributes also
 * describe what is on screen.
 */
export function expectSameView(actual: MapState, expected: MapState, label: string): void {
	expect(
		{ center: actual.center, zoom: actual.zoom, markers: actual.markers },
		`${label}: data-map-center, data-map-zoom and the markers' text` +
			` (the centres are ${centerDistancePx(actual, expected)} px apart at this zoom)`
	).toEqual({ center: expected.center, zoom: expected.zoom, markers: expected.markers });
	const off = actual.pins.findIndex((p, i) => {
		const q = expected.pins[i];
		return !q || Math.abs(p[0] - q[0]) > 2 || Math.abs(p[1] - q[1]) > 2;
	});
	expect(
		off,
		`${label}: the attributes agree, but the markers are drawn elsewhere in the map ` +
			`(${JSON.stringify(actual.pins)} vs ${JSON.stringify(expected.pins)} px from the map's top left): ` +
			'the map on screen is not showing the view its attributes claim'
	).toBe(-1);
}

/**
 * A page in a new browser context with the same device as `page` (viewport, scale, touch, user
 * agent). A second page in the *same* context would be a background tab: Chromium throttles its
 * animation frames to about one a second, and it would slow the first page's scroller down too.
 */
export async function peerPage(page: Page, options: BrowserContextOptions = {}): Promise<Page> {
	const browser = page.context().browser();
	if (!browser) throw new Error('no browser for a peer context');
	const use = test.info().project.use;
	const context = await browser.newContext({
		baseURL: use.baseURL,
		viewport: page.viewportSize() ?? use.viewport,
		screen: use.screen,
		deviceScaleFactor: use.deviceScaleFactor,
		isMobile: use.isMobile,
		hasTouch: use.hasTouch,
		userAgent: await page.evaluate(() => navigator.userAgent),
		locale: use.locale,
		...options
	});
	const peer = await context.newPage();
	peer.on('close', () => void context.close().catch(() => undefined));
	return peer;
}

/** A fresh page loaded at `/<slug>/#<id>` and settled: its map state. */
export async function freshMapState(
	page: Page,
	slug: string,
	stepId: string
): Promise<MapState & Snapshot> {
	const fresh = await peerPage(page);
	try {
		const s = await openStory(fresh, slug, stepId);
		return { ...(await stableMapState(fresh, `a fresh load of #${stepId}`)), ...s };
	} finally {
		await fresh.close();
	}
}

/** The story's region [west, south, east, north]: from the page's data, else story.md, else the default. */
export async function storyRegion(request: APIRequestContext, slug: string): Promise<Region> {
	const response = await request.get(storyPath(slug));
	if (response.ok()) {
		const html = await response.text();
		const m =
			/region:\s*\[\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*\]/.exec(
				html
			);
		if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
	}
	for (const root of [process.env.LANTERN_STORIES, 'stories'].filter(Boolean) as string[]) {
		const file = join(root, slug, 'story.md');
		if (!existsSync(file)) continue;
		const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
		const m = /^region:\s*\[([^\]]+)\]/m.exec(front);
		if (m) {
			const parts = (m[1] ?? '').split(',').map(Number);
			if (parts.length === 4 && parts.every(Number.isFinite)) return parts as Region;
		}
	}
	return DEFAULT_REGION;
}

/** The story's source file, if the tests can read it (LANTERN_STORIES, else stories/). */
export function storySource(slug: string): string | undefined {
	for (const root of [process.env.LANTERN_STORIES, 'stories'].filter(Boolean) as string[]) {
		const file = join(root, slug, 'story.md');
		if (existsSync(file)) return readFileSync(file, 'utf8');
	}
	return undefined;
}

/** Each step's heading line, id and scene block in story.md; empty when the source cannot be read. */
function sceneBlocks(slug: string): { id?: string; heading: string; block: string }[] {
	const source = storySource(slug);
	if (!source) return [];
	const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
	return body
		.split(/^## /m)
		.slice(1)
		.map((section) => {
			const line = section.split('\n', 1)[0] ?? '';
			return {
				id: /\{#([^}]+)\}/.exec(line)?.[1],
				heading: line.replace(/\{#[^}]+\}/, '').trim(),
				block: /```scene\n([\s\S]*?)```/.exec(section)?.[1] ?? ''
			};
		});
}

/**
 * Steps whose scene block in story.md has no `date:` (the field is optional), by id and by
 * heading. Empty when the source cannot be read: then every step is expected to have a date.
 */
export function undatedSteps(slug: string): { ids: Set<string>; headings: Set<string> } {
	const ids = new Set<string>();
	const headings = new Set<string>();
	for (const { id, heading, block } of sceneBlocks(slug)) {
		if (/^date:/m.test(block)) continue;
		if (id) ids.add(id);
		headings.add(heading);
	}
	return { ids, headings };
}

/** Ids of the steps whose scene block plays `cue` (`cue: focus` or `cue: [route, focus]`). */
export function stepsWithCue(slug: string, cue: string): string[] {
	return sceneBlocks(slug)
		.filter(({ block }) =>
			(/^cues?:\s*\[?([^\]\n]*)/m.exec(block)?.[1] ?? '').split(',').some((c) => c.trim() === cue)
		)
		.flatMap(({ id }) => (id ? [id] : []));
}

export function parseCenter(center: string | null): [number, number] {
	expect(center, 'data-map-center is set').toMatch(/^-?\d+\.\d{5},-?\d+\.\d{5}$/);
	const [lat = NaN, lng = NaN] = (center as string).split(',').map(Number);
	return [lat, lng];
}

/** data-map-center lies inside the region and data-map-zoom is a number in [1, 18]. */
export function expectViewInRegion(state: MapState, region: Region, label: string): void {
	const [w, s, e, n] = region;
	const [lat, lng] = parseCenter(state.center);
	expect(
		lat >= s && lat <= n && lng >= w && lng <= e,
		`${label}: data-map-center ${state.center} lies inside the region [${region.join(', ')}]`
	).toBe(true);
	const zoom = Number(state.zoom);
	expect(state.zoom, `${label}: data-map-zoom is set`).not.toBeNull();
	expect(
		Number.isFinite(zoom) && zoom >= 1 && zoom <= 18,
		`${label}: data-map-zoom ${state.zoom} is a number between 1 and 18`
	).toBe(true);
}

/** The nearest ancestor of the map (or the map itself) whose computed position is sticky. */
export async function stickyMapRect(
	page: Page
): Promise<{ top: number; bottom: number; height: number; left: number; right: number } | null> {
	return page.evaluate(() => {
		let el = document.querySelector('.map') as HTMLElement | null;
		while (el && getComputedStyle(el).position !== 'sticky') el = el.parentElement;
		if (!el) return null;
		const r = el.getBoundingClientRect();
		return { top: r.top, bottom: r.bottom, height: r.height, left: r.left, right: r.right };
	});
}

/** Collects requests to other hosts, console errors and page errors from the moment it is called. */
export function watchPage(page: Page, allowedHost: string) {
	const foreign: string[] = [];
	const errors: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (!/^(https?|wss?):$/.test(url.protocol)) return; // data:, blob: never leave the page
		if (url.host !== allowedHost) foreign.push(r.url());
	});
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console.error: ${m.text()} (${m.location().url})`);
	});
	page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
	return { foreign, errors };
}

/**
 * Waits until the story's cue animations have ended: every cue target and cue line is fully
 * opaque. An accessibility scan taken mid-fade would measure the contrast of half-drawn text.
 */
export async function motionAtRest(page: Page): Promise<void> {
	await expect
		.poll(
			() =>
				page.evaluate(() =>
					Array.from(document.querySelectorAll('[data-cue], [data-cue] *, [data-cue-line]'))
						.filter((el) => getComputedStyle(el).opacity !== '1')
						.map((el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : ''))
				),
			{ message: 'every cue animation has ended (all cue targets opaque)', timeout: 15_000 }
		)
		.toEqual([]);
}

/** Finds the story the tests read (discoverStory), opens it at the top and lists its steps. */
export async function openFirstStory(page: Page): Promise<{ slug: string; all: StepRef[] }> {
	const slug = await discoverStory(page);
	await openStory(page, slug);
	return { slug, all: await steps(page) };
}

/**
 * Starts adding up layout shifts (CLS without the session windows: every shift counts) from the
 * page's first paint. Call before page.goto; read the sum with layoutShift.
 */
export async function watchLayoutShift(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __shift: number };
		w.__shift = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
				if (!e.hadRecentInput) w.__shift += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The layout shift added up since watchLayoutShift, once the page and its fonts have settled. */
export async function layoutShift(page: Page): Promise<number> {
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => document.fonts.ready);
	await page.waitForTimeout(500);
	return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

/** The faces Chromium drew an element's text in ("Literata (web)", "Liberation Serif"). */
export async function drawnIn(page: Page, selector: string): Promise<string[]> {
	const cdp = await page.context().newCDPSession(page);
	try {
		await cdp.send('DOM.enable');
		await cdp.send('CSS.enable');
		const { root } = await cdp.send('DOM.getDocument');
		const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
		expect(nodeId, `an element ${selector}`).toBeTruthy();
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		return fonts.map((f) => `${f.familyName}${f.isCustomFont ? ' (web)' : ''}`);
	} finally {
		await cdp.detach();
	}
}
