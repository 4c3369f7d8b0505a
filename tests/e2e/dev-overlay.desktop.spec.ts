/**
 * `npm run dev` as an author uses it: on a scaffolded story in a temporary folder (never the
 * repository's stories/), a save updates the page at once, a mistake shows Vite's overlay with
 * every error and its position, and fixing it brings the page back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createStory } from '../../src/lib/story/scaffold';

const PORT = 5187;
const BASE = `http://127.0.0.1:${PORT}`;
let root = '';
let dev: ChildProcess | undefined;
let log = '';

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

test.beforeAll(async () => {
	test.setTimeout(300_000);
	root = mkdtempSync(join(tmpdir(), 'lantern-dev-'));
	createStory('dev-walk', root);
	dev = spawn('node_modules/.bin/vite', ['dev', '--port', String(PORT), '--strictPort'], {
		env: { ...process.env, LANTERN_STORIES: root },
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	dev.stdout?.on('data', (d) => (log += String(d)));
	dev.stderr?.on('data', (d) => (log += String(d)));
	// The first request compiles the page: wait for it to answer, however busy the machine is.
	await expect(async () => {
		const r = await fetch(`${BASE}/dev-walk/`);
		expect(r.status).toBe(200);
	}).toPass({ timeout: 240_000, intervals: [1000] });
});

test.afterAll(() => {
	if (dev?.pid) {
		try {
			process.kill(-dev.pid, 'SIGTERM');
		} catch {
			// already gone
		}
	}
	if (root) rmSync(root, { recursive: true, force: true });
});

test('a save updates the page; a mistake shows every error; the fix brings the page back', async ({
	page
}) => {
	const file = join(root, 'dev-walk', 'story.md');
	const original = readFileSync(file, 'utf8');
	await page.goto(`${BASE}/dev-walk/`);
	await expect(page.locator('#first-step h2')).toHaveText('A first step', { timeout: 60_000 });

	// A valid edit: the page reloads with it.
	writeFileSync(
		file,
		original.replace('## A first step {#first-step}', '## A renamed step {#first-step}')
	);
	await expect(page.locator('#first-step h2')).toHaveText('A renamed step', { timeout: 60_000 });

	// Two mistakes: both listed, with file:line:column, a hint and a code frame.
	const broken = original
		.replace('places: [greenwich]', 'places: [grenwich]')
		.replace('cue: route', 'cue: rout');
	writeFileSync(file, broken);
	const overlay = page.locator('vite-error-overlay');
	await expect(overlay).toBeVisible({ timeout: 60_000 });
	const message = overlay.locator('.message-body');
	await expect(message).toContainText('has 2 errors');
	await expect(message).toContainText(
		'dev-walk/story.md:19:10  error: unknown place `grenwich`: expected an id from the gazetteer'
	);
	await expect(message).toContainText('hint: did you mean `greenwich`?');
	await expect(message).toContainText('error: unknown cue `rout`');
	await expect(overlay.locator('.frame')).toContainText('> 19 | places: [grenwich]');
	await expect(overlay.locator('.file')).toContainText('story.md:19:10');

	// Reloading while it is broken shows the overlay again, not a bare error page.
	await page.reload();
	await expect(page.locator('vite-error-overlay .message-body')).toContainText(
		'unknown place `grenwich`',
		{ timeout: 60_000 }
	);

	// The fix: the overlay goes and the page shows the story again.
	writeFileSync(
		file,
		original.replace('## Two places {#two-places}', '## Two fixed places {#two-places}')
	);
	await expect(page.locator('#two-places h2')).toHaveText('Two fixed places', { timeout: 60_000 });
	await expect(page.locator('vite-error-overlay')).toHaveCount(0);
	expect(log).toContain('✓ dev-walk: 3 steps, reloading');
});
