import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/story/errors';
import { checkStory } from '../../src/lib/story/load';
import { createStory, slugProblem } from '../../src/lib/story/scaffold';

/** `npm run new -- <slug>` writes into a temporary stories folder here, never into stories/. */
const root = mkdtempSync(join(tmpdir(), 'lantern-new-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new', () => {
	it('scaffolds a story that passes every check, with three steps', () => {
		const made = createStory('a-walk', root);
		expect(made.ok).toBe(true);
		const { story, problems } = checkStory('a-walk', root);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(story?.title).toBe('A Walk');
		expect(story?.steps.map((s) => s.id)).toEqual([
			'first-step',
			'two-places',
			'an-uncertain-date'
		]);
	});

	it('refuses a slug that is taken, invalid or the site’s own', () => {
		createStory('taken', root);
		expect(slugProblem('taken', root)).toMatch(/already exists/);
		expect(slugProblem('My Walk', root)).toBe(
			"`My Walk` cannot be a story's address: use lower-case letters, digits and single hyphens, e.g. my-walk"
		);
		expect(slugProblem('-x', root)).toMatch(/cannot be a story's address/);
		expect(slugProblem('media', root)).toMatch(/the site uses itself/);
		expect(slugProblem(undefined, root)).toMatch(/give the new story a name/);
		expect(createStory('My Walk', root).ok).toBe(false);
		expect(existsSync(join(root, 'My Walk'))).toBe(false);
	});

	it('runs as a command and prints where to open the story', () => {
		const run = spawnSync('node_modules/.bin/vite-node', ['scripts/new.ts', '--', 'by-command'], {
			env: { ...process.env, LANTERN_STORIES: root },
			encoding: 'utf8'
		});
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toContain('http://localhost:5173/by-command/');
		expect(checkStory('by-command', root).story).toBeDefined();
	}, 120_000);
});
