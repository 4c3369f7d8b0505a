/**
 * The follow page through a real relay (issue #19): `npm run live`'s relay serves the built site
 * and the WebSocket on one port, with its rooms in a throwaway redis-server so a room survives the
 * relay's restart. The presenter is a Node WebSocket client holding the token (what the deck
 * does), so these tests need no deck; the followers are real pages, one of them phone-sized.
 * They read the test contract: html[data-mode], .reader[data-active-step], .map[data-scene-step],
 * and the follow shell's [data-live-status].
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { spawnRelay, type RelayChild } from '../../scripts/live/spawn-relay.mjs';
import { accepts, spawnRedis } from '../../scripts/live/spawn-redis.mjs';
import { connect, createRoom, type Client } from '../../src/relay/test-clients';
import { discoverStory } from './helpers';

test.describe.configure({ mode: 'default', timeout: 120_000 });

let redis: Awaited<ReturnType<typeof spawnRedis>>;
let relay: RelayChild;
let slug = '';
const clients: Client[] = [];

const origin = () => `http://127.0.0.1:${relay.port}`;
const startRelay = (port = '0') =>
	spawnRelay({ PORT: port, LANTERN_BUILD_DIR: 'build', REDIS_URL: redis.url }, 60_000);

test.beforeAll(async ({ browser }) => {
	test.setTimeout(120_000);
	redis = await spawnRedis();
	relay = await startRelay();
	const page = await browser.newPage({ baseURL: origin() });
	slug = await discoverStory(page);
	await page.close();
});

test.afterAll(async () => {
	for (const c of clients) c.ws.terminate();
	await relay?.stop();
	redis?.stop();
});

/** The lecturer: a room for the story, and a socket holding its token. */
async function present() {
	const { room, token } = await createRoom(relay.port, undefined, { story: slug });
	const say = async () => {
		const ws = await connect(relay.port);
		clients.push(ws);
		ws.send({ t: 'hello', role: 'presenter', room, token });
		await ws.next(10_000);
		return ws;
	};
	let ws = await say();
	return {
		room,
		goto: (step: number) => ws.send({ t: 'goto', step }),
		end: () => ws.send({ t: 'end' }),
		/** After a relay restart: the same token, a new connection. */
		reconnect: async () => void (ws = await say())
	};
}

async function follower(browser: Browser, room: string, phone = false): Promise<Page> {
	const context = await browser.newContext({
		baseURL: origin(),
		...(phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {})
	});
	const page = await context.newPage();
	await page.goto(`/${slug}/follow/?room=${room}`);
	await expect(page.locator('html')).toHaveAttribute('data-mode', 'follow');
	return page;
}

const status = (page: Page) => page.locator('[data-live-status]');

/** The page is on `step`: the reader's index and the map's applied scene. */
async function expectOn(page: Page, step: number, timeout = 20_000) {
	await expect(page.locator('.reader'), 'the reader follows').toHaveAttribute(
		'data-active-step',
		String(step),
		{ timeout }
	);
	await expect(page.locator('.map'), 'the map shows the step').toHaveAttribute(
		'data-scene-step',
		String(step),
		{ timeout }
	);
}

test('followers follow the lecturer, and a late joiner lands on the current step', async ({
	browser
}) => {
	const lecture = await present();
	const laptop = await follower(browser, lecture.room);
	const phone = await follower(browser, lecture.room, true);
	for (const p of [laptop, phone]) {
		await expect(status(p)).toHaveAttribute('data-live-status', 'following');
		await expectOn(p, 0);
	}
	for (const step of [3, 5]) {
		lecture.goto(step);
		for (const p of [laptop, phone]) await expectOn(p, step);
	}
	await expect(laptop.locator('[aria-live="polite"]')).toHaveText(/^Step 6 of \d+: .+/);
	await expect(phone.locator('.follow-bar')).toHaveText(/Following the lecture · step 6 of/);
	// The bar fits the phone's width.
	const bar = await phone.locator('.follow-bar').boundingBox();
	expect(bar && bar.x >= 0 && bar.x + bar.width <= 390).toBe(true);

	// The relay names its own socket in the policy (Safari before 16 does not count it as 'self').
	const policy = await phone
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(policy).toContain(
		`connect-src 'self' ws://127.0.0.1:${relay.port} wss://127.0.0.1:${relay.port}`
	);

	const late = await follower(browser, lecture.room, true);
	await expectOn(late, 5);
	await expect(status(late)).toHaveAttribute('data-live-status', 'following');
	// Nothing moved the focus: the lecturer's steps do not take a keyboard user's place.
	expect(await late.evaluate(() => document.activeElement === document.body)).toBe(true);

	// A swipe on the phone (real touch events, through the browser's input) pauses it.
	const cdp = await phone.context().newCDPSession(phone);
	const touch = (type: string, y?: number) =>
		cdp.send('Input.dispatchTouchEvent', {
			type: type as 'touchStart',
			touchPoints: y === undefined ? [] : [{ x: 200, y }]
		});
	await touch('touchStart', 700);
	for (let y = 680; y >= 500; y -= 30) await touch('touchMove', y);
	await touch('touchEnd');
	await expect(status(phone)).toHaveAttribute('data-live-status', 'paused');
	await expect(laptop.locator('[data-live-status]')).toHaveAttribute(
		'data-live-status',
		'following'
	);
});

test('with reduced motion the page jumps to the step; without, it scrolls there', async ({
	browser
}) => {
	const lecture = await present();
	const pages: Record<string, Page> = {};
	for (const reducedMotion of ['reduce', 'no-preference'] as const) {
		const context = await browser.newContext({ baseURL: origin(), reducedMotion });
		const page = await context.newPage();
		await page.goto(`/${slug}/follow/?room=${lecture.room}`);
		await expectOn(page, 0);
		// Where the page was at each scroll event, not how long it took: a busy machine draws a
		// smooth scroll in few frames (CI: four for a 0.8 s flight), but each is part of the way.
		await page.evaluate(() => {
			const w = window as unknown as { scrolls: number[] };
			w.scrolls = [scrollY];
			addEventListener('scroll', () => w.scrolls.push(scrollY), { passive: true });
		});
		pages[reducedMotion] = page;
	}
	lecture.goto(6);
	/** Scroll events that found the page well on its way: 10–90 % of the distance. */
	const between: Record<string, number> = {};
	for (const [motion, page] of Object.entries(pages)) {
		await expectOn(page, 6);
		between[motion] = await page.evaluate(() => {
			const ys = (window as unknown as { scrolls: number[] }).scrolls;
			const [from = 0, to = scrollY] = [ys[0], scrollY];
			const share = (y: number) => (to === from ? 1 : (y - from) / (to - from));
			return ys.filter((y) => share(y) > 0.1 && share(y) < 0.9).length;
		});
	}
	expect(between.reduce, 'reduced motion: one jump, nothing on the way').toBe(0);
	expect(between['no-preference'], 'full motion: a smooth scroll, seen on its way').toBeGreaterThan(
		0
	);
});

test('a student who scrolls away is paused and not pulled; Rejoin brings them back', async ({
	browser
}) => {
	const lecture = await present();
	lecture.goto(4);
	const page = await follower(browser, lecture.room);
	await expectOn(page, 4);
	// The page scrolls smoothly to the lecturer's step, and on a busy machine it is still on its
	// way when step 4 becomes active: the student's wheel comes once it has arrived, as a real
	// student's would, so that what is tested is the wheel, not which of two scrolls ends last.
	let y = -1;
	await expect
		.poll(async () => y === (y = await page.evaluate(() => scrollY)), {
			intervals: [250],
			timeout: 15_000
		})
		.toBe(true);

	await page.mouse.move(300, 400);
	await page.mouse.wheel(0, -1500);
	await expect(status(page)).toHaveAttribute('data-live-status', 'paused');
	// Paused at once; the wheel's own scroll then settles a step or two back.
	const active = async () => Number(await page.locator('.reader').getAttribute('data-active-step'));
	let away = -1;
	const settled = async () => {
		const now = await active();
		const same = now === away;
		away = now;
		return same && now < 4;
	};
	// The wheel's scroll takes a while to settle under load: up to 15 s, not the default 5 s.
	await expect.poll(settled, { intervals: [300], timeout: 15_000 }).toBe(true);

	lecture.goto(8);
	const rejoin = page.getByRole('button', { name: 'Following paused · Rejoin at step 9' });
	await expect(rejoin).toBeVisible();
	await page.waitForTimeout(1000);
	await expect(page.locator('.reader')).toHaveAttribute('data-active-step', String(away));
	// The paused bar and its button pass axe, as the rest of the reader does.
	const axe = await new AxeBuilder({ page })
		.include('.follow-bar')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

	await rejoin.click();
	await expect(status(page)).toHaveAttribute('data-live-status', 'following');
	await expectOn(page, 8);

	// The step keys pause too.
	await page.keyboard.press('j');
	await expect(status(page)).toHaveAttribute('data-live-status', 'paused');
});

test('a forged goto without the token changes nothing', async ({ browser }) => {
	const lecture = await present();
	lecture.goto(2);
	const page = await follower(browser, lecture.room);
	await expectOn(page, 2);

	const forger = await connect(relay.port);
	clients.push(forger);
	forger.send({ t: 'hello', role: 'follower', room: lecture.room });
	await forger.next();
	forger.send({ t: 'goto', step: 9 });
	expect(await forger.closed).toBe(1008);

	const guesser = await connect(relay.port);
	clients.push(guesser);
	guesser.send({ t: 'hello', role: 'presenter', room: lecture.room, token: 'A'.repeat(43) });
	expect(await guesser.next()).toEqual({ t: 'error', code: 'no-room' });
	guesser.send({ t: 'goto', step: 9 });
	expect(await guesser.closed).toBe(1008);

	// From the follower's own page, too: its origin is admitted, its goto is not.
	const refused = await page.evaluate(
		({ room }) =>
			new Promise<number>((resolve) => {
				const ws = new WebSocket(`${location.origin.replace('http', 'ws')}/live`);
				ws.onopen = () => {
					ws.send(JSON.stringify({ t: 'hello', role: 'follower', room }));
					ws.send(JSON.stringify({ t: 'goto', step: 9 }));
				};
				ws.onclose = (e) => resolve(e.code);
			}),
		{ room: lecture.room }
	);
	expect(refused).toBe(1008);

	await page.waitForTimeout(1000);
	await expectOn(page, 2);
	await expect(status(page)).toHaveAttribute('data-live-status', 'following');
	lecture.goto(3);
	await expectOn(page, 3);
});

test('the relay killed and restarted mid-lecture: the followers recover', async ({ browser }) => {
	const lecture = await present();
	lecture.goto(3);
	const pages = [await follower(browser, lecture.room), await follower(browser, lecture.room)];
	for (const p of pages) await expectOn(p, 3);

	const port = relay.port;
	process.kill(relay.pid, 'SIGKILL');
	await expect.poll(() => accepts(port), { timeout: 10_000 }).toBe(false);
	for (const p of pages) await expect(status(p)).toHaveAttribute('data-live-status', 'offline');
	await expect(pages[0]!.locator('.follow-bar')).toHaveText(/Connection lost/);

	// The same port (the students' pages know no other), the room still in Redis.
	relay = await startRelay(String(port));
	await lecture.reconnect();
	lecture.goto(6);
	for (const p of pages) {
		await expect(status(p)).toHaveAttribute('data-live-status', 'following', {
			// The backoff may have grown to its 10 s cap (jittered) while the relay restarted.
			timeout: 45_000
		});
		await expectOn(p, 6);
	}
});

test('the short address leads to the follow page; an ended or unknown room says so', async ({
	browser
}) => {
	const lecture = await present();
	lecture.goto(1);
	const page = await follower(browser, lecture.room);
	await page.goto(`/j/${lecture.room.toLowerCase()}`);
	expect(new URL(page.url()).pathname).toBe(`/${slug}/follow/`);
	expect(new URL(page.url()).searchParams.get('room')).toBe(lecture.room);
	await expectOn(page, 1);

	lecture.end();
	await expect(status(page)).toHaveAttribute('data-live-status', 'ended');
	await expect(page.locator('.follow-bar')).toHaveText(/The lecture has ended/);

	const gone = await page.goto(`/j/${lecture.room}`);
	expect(gone?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText(
		`No lecture is running with the code ${lecture.room}`
	);

	await page.goto(`/${slug}/follow/?room=${lecture.room}`);
	await expect(status(page)).toHaveAttribute('data-live-status', 'no-room');
	await page.goto(`/${slug}/follow/`);
	await expect(status(page)).toHaveAttribute('data-live-status', 'no-room');
	await expect(page.locator('.follow-bar')).toHaveText(/No lecture is running/);
});
