import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStory } from '../../src/lib/story/build';

/** The broken fixtures' valid base story (two steps, a picture): tests/fixtures/broken/README.md. */
export const BASE = 'tests/fixtures/broken/_base';

/** The base story built with `extra` lines added to its front matter (say `cover: …`). */
export function baseStory(extra?: string) {
	const md = readFileSync(join(BASE, 'story.md'), 'utf8').replace(
		/\n---\n/,
		extra === undefined ? '\n---\n' : `\n${extra}\n---\n`
	);
	const media = readdirSync(join(BASE, 'media')).map((f) => `media/${f}`);
	return buildStory({
		slug: 'walk',
		dir: 'stories/walk',
		read: (n) => (n === 'story.md' ? md : readFileSync(join(BASE, n), 'utf8')),
		exists: (n) => media.includes(n),
		listMedia: () => media,
		detail: { base: 19, boxes: [] }
	});
}
