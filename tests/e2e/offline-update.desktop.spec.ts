/**
 * A deploy must not break a lecture in progress (#17, docs/security.md "A stale deploy"). Version
 * A of the site is open in a tab, at the story's title (the app starts on the reader's first
 * move); version B is deployed. The A tab still works, its first scroll included (it loads A's
 * scripts, which the server no longer has), and it offers "New version — reload", which takes it
 * to B. Until December 2026 B's worker took over at once and deleted A's cache, and that first
 * scroll failed: "Failed to fetch dynamically imported module".
 *
 * Version B is build/ copied with every content-hashed file renamed (and every reference to it
 * rewritten) and a new version string: what a real deploy changes. A small server in this test
 * serves A, then B, on a port of its own (a new origin: a service worker of its own).
 */
import {
	cpSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import sirv from 'sirv';
import { rehashChanged } from '../../src/lib/server/csp-hash';
import { storyInfo } from './deck-helpers';
import { storyComplete } from './offline-helpers';

test.describe.configure({ timeout: 240_000 });
test.use({ reducedMotion: 'reduce' });

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]
	);
}

const TEXT = /\.(html|js|json|css|svg|txt)$/;

/** A copy of build/ as the next deploy would be: new file names, a new version. */
function nextVersion(from: string): { dir: string; version: string; oldVersion: string } {
	const dir = mkdtempSync(join(tmpdir(), 'lantern-b-'));
	cpSync(from, dir, { recursive: true });
	const oldVersion = (
		JSON.parse(readFileSync(join(dir, '_app/version.json'), 'utf8')) as {
			version: string;
		}
	).version;
	const version = `${oldVersion}b`;
	const renames = new Map<string, string>();
	for (const file of walk(join(dir, '_app/immutable'))) {
		const name = basename(file);
		const ext = extname(name);
		const renamed = `${name.slice(0, -ext.length)}b${ext}`;
		renames.set(name, renamed);
		renameSync(file, join(dirname(file), renamed));
	}
	const names = [...renames.keys()].sort((a, b) => b.length - a.length);
	const pattern = new RegExp(
		`(?<![\\w.-])(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
		'g'
	);
	for (const file of walk(dir).filter((f) => TEXT.test(f))) {
		const text = readFileSync(file, 'utf8');
		let next = text
			.replace(pattern, (n) => renames.get(n) ?? n)
			.split(oldVersion)
			.join(version);
		// The bootstrap script names the renamed files: its hash in the page's policy changes too.
		if (file.endsWith('.html')) next = rehashChanged(text, next);
		if (next !== text) writeFileSync(file, next);
	}
	return { dir, version, oldVersion };
}

let server: Server;
let origin: string;
let serving = 'build';
let b: ReturnType<typeof nextVersion>;

test.beforeAll(async () => {
	b = nextVersion('build');
	const handlers = new Map([
		['build', sirv('build', { dev: true, etag: false })],
		[b.dir, sirv(b.dir, { dev: true, etag: false })]
	]);
	server = createServer((req, res) =>
		handlers.get(serving)!(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		})
	);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
	await new Promise((resolve) => server?.close(resolve));
	if (b) rmSync(b.dir, { recursive: true, force: true });
});

test('a tab of version A keeps working when B is deployed, and offers to reload into B', async ({
	page,
	context
}) => {
	const info = await storyInfo(page);
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	const reader = `${origin}/${info.slug}/`;

	// A first visit: the reader caches its story once shown (its app starts on the first move).
	serving = 'build';
	await page.goto(reader);
	await page.evaluate(() => dispatchEvent(new Event('scroll')));
	await expect.poll(() => storyComplete(page, info.slug), { timeout: 120_000 }).toBe(true);

	// The lecture: the tab at the story's title, served by A's worker, no app started yet.
	await page.goto(reader);
	expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
	await expect(page.locator('html')).toHaveAttribute('data-version', b.oldVersion);
	await expect(page.locator('.map[data-map-waiting]')).toBeAttached();

	// B is deployed, and the browser hears of it (as it does on any navigation, or every 15 min).
	serving = b.dir;
	const gone = await page.request.get(
		`${origin}/_app/immutable/${walk('build/_app/immutable')[0]!.split('/_app/immutable/')[1]}`
	);
	expect(gone.status(), 'A’s scripts are gone from the server').toBe(404);
	await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					const registration = await navigator.serviceWorker.getRegistration();
					return registration?.waiting?.state ?? registration?.installing?.state ?? 'none';
				}),
			{ message: 'B’s worker is installed and waits', timeout: 60_000 }
		)
		.toBe('installed');

	// The first scroll starts A's app: its scripts come from A's cache, the map draws, keys work.
	await page.mouse.wheel(0, 400);
	await page.evaluate(() => dispatchEvent(new Event('scroll')));
	await expect(page.locator('.map[data-scene-step]')).toBeAttached({ timeout: 30_000 });
	await page.keyboard.press('j');
	await page.keyboard.press('j');
	await expect(page.locator('.map')).toHaveAttribute('data-scene-step', /^[1-9]/, {
		timeout: 20_000
	});
	await expect(page.locator('html')).toHaveAttribute('data-version', b.oldVersion);

	// It says a new version is there, accessibly, and reloads into it on request.
	const prompt = page.getByRole('status').filter({ hasText: 'New version' });
	await expect(prompt).toBeVisible({ timeout: 30_000 });

	// The deck, opened now from A's worker, says so too.
	const deck = await context.newPage();
	await deck.goto(`${origin}/${info.slug}/present/`);
	await expect(deck.getByRole('button', { name: 'Reload' })).toBeVisible({ timeout: 30_000 });
	await deck.close();

	await prompt.getByRole('button', { name: 'Reload' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-version', b.version, {
		timeout: 30_000
	});
	await page.evaluate(() => dispatchEvent(new Event('scroll')));
	await expect(page.locator('.map[data-scene-step]')).toBeAttached({ timeout: 30_000 });
	expect(
		errors.filter((e) => /dynamically imported|Failed to fetch|Loading chunk/i.test(e))
	).toEqual([]);
});
