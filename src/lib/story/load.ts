import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildStory, type BuildResult } from './build';
import { StoryLoadError } from './errors';
import type { Story } from './types';

/**
 * Where stories live, relative to the project root (the working directory of vite and scripts).
 * LANTERN_STORIES points a build at another folder (a scale test's generated story).
 */
export const STORIES_DIR = process.env.LANTERN_STORIES || 'stories';

export function storySlugs(root = STORIES_DIR): string[] {
	if (!existsSync(root)) return [];
	return readdirSync(root)
		.filter((name) => !name.startsWith('.') && statSync(join(root, name)).isDirectory())
		.sort();
}

export function checkStory(slug: string, root = STORIES_DIR): BuildResult {
	const dir = join(root, slug);
	return buildStory({
		slug,
		dir,
		read(name) {
			const path = resolve(dir, name);
			// A story names files beside itself only.
			if (!path.startsWith(resolve(dir) + '/')) return undefined;
			return existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
		}
	});
}

const cache = new Map<string, Story>();

/** The build's entry: a valid Story, or a StoryLoadError listing every problem. */
export function loadStory(slug: string, root = STORIES_DIR): Story {
	const hit = cache.get(slug);
	if (hit && !import.meta.env?.DEV) return hit;
	const { story, problems } = checkStory(slug, root);
	if (!story) throw new StoryLoadError(problems);
	cache.set(slug, story);
	return story;
}
