import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStory, type StoryFiles } from '../../src/lib/story/build';
import { formatProblem } from '../../src/lib/story/errors';
import { mediaFiles } from '../../src/lib/story/images';

/**
 * Every folder under tests/fixtures/broken/ is one broken story: the files it holds replace those
 * of `_base/` (a small valid story), a file `<name>.absent` removes one, and `expected.txt` holds
 * every line `npm run stories:check` must print for it, exactly (see the README there).
 */
const ROOT = 'tests/fixtures/broken';
const BASE = join(ROOT, '_base');

function overlay(name: string): StoryFiles {
	const dir = join(ROOT, name);
	const pick = (file: string): string | undefined => {
		if (existsSync(join(dir, `${file}.absent`))) return undefined;
		for (const d of [dir, BASE]) {
			const path = join(d, file);
			if (existsSync(path) && statSync(path).isFile()) return path;
		}
		return undefined;
	};
	const media = (d: string) =>
		existsSync(join(d, 'media')) ? readdirSync(join(d, 'media')).map((f) => `media/${f}`) : [];
	return {
		slug: name,
		dir,
		read: (file) => {
			const path = pick(file);
			return path ? readFileSync(path, 'utf8') : undefined;
		},
		exists: (file) => pick(file) !== undefined,
		listMedia: () => [...new Set([...media(dir), ...media(BASE)])].sort(),
		// Each case shows the one problem it was made for: the basemap is taken as detailed
		// everywhere, except in the over-zoom cases, which pin the regional basemap's zoom 9.
		detail: { base: name.startsWith('over-zoom') ? 9 : 19, boxes: [] }
	};
}

const cases = readdirSync(ROOT)
	.filter((n) => !n.startsWith('_') && statSync(join(ROOT, n)).isDirectory())
	.sort();

describe('broken story fixtures', () => {
	it('has a valid base story, so each case shows only the problem it was made for', () => {
		const { story, problems } = buildStory(overlay('_base'));
		expect(problems.map(formatProblem)).toEqual([]);
		expect(story?.steps).toHaveLength(2);
		// Its pictures, as the page and the media endpoint get them.
		expect(story?.steps[0]?.image).toEqual({
			file: 'media/plan.png',
			alt: 'A schematic plan of the square and the church',
			credit: 'Drawn for the test suite'
		});
		expect(story?.steps[0]?.images?.map((i) => i.file)).toEqual(['media/plan.png']);
		expect(story?.steps[0]?.html).toContain('<img src="media/plan.png"');
		expect(story && mediaFiles(story)).toEqual(['media/plan.png']);
	});

	it('has at least 40 cases, each with its expected output', () => {
		expect(cases.length).toBeGreaterThanOrEqual(40);
		for (const c of cases) expect(existsSync(join(ROOT, c, 'expected.txt')), c).toBe(true);
	});

	it.each(cases)('%s', (name) => {
		const expected = readFileSync(join(ROOT, name, 'expected.txt'), 'utf8').trimEnd();
		const { story, problems } = buildStory(overlay(name));
		expect(problems.map(formatProblem).join('\n')).toBe(expected);
		// A story with an error never builds; one with only warnings does.
		const errors = problems.filter((p) => p.severity === 'error').length;
		expect(story === undefined).toBe(errors > 0);
		expect(problems.length).toBeGreaterThan(0);
	});
});
