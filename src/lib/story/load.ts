import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { buildStory, type BuildResult } from './build';
import { StoryLoadError } from './errors';
import { slugNameProblem } from './scaffold';
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

/** A path with every symbolic link resolved, or undefined when nothing is there. */
function real(path: string): string | undefined {
	try {
		return realpathSync(path);
	} catch {
		return undefined;
	}
}

/**
 * A file of the story folder, or undefined. The name must stay inside the folder, and so must the
 * file it really is: a symbolic link `media/x.png -> /etc/passwd` would otherwise be published
 * byte for byte. The story folder itself must really be a folder of the stories root.
 */
function inside(dir: string, name: string): string | undefined {
	const path = resolve(dir, name);
	if (!path.startsWith(resolve(dir) + sep)) return undefined;
	if (outside(dir, name)) return undefined;
	return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/** Where a file of the story really is, when that is outside the story folder. */
function outside(dir: string, name: string): string | undefined {
	const file = real(resolve(dir, name));
	const folder = real(dir);
	if (!file || !folder) return undefined;
	const root = real(dirname(resolve(dir)));
	if (dirname(folder) !== root) return file;
	return file.startsWith(folder + sep) ? undefined : file;
}

export function checkStory(slug: string, root = STORIES_DIR): BuildResult {
	const dir = join(root, slug);
	const bad = slugNameProblem(slug);
	if (bad) {
		const hint = "rename the folder: its name is the story's address on the site";
		return { problems: [{ severity: 'error', file: dir, line: 1, column: 1, message: bad, hint }] };
	}
	return buildStory({
		slug,
		dir,
		read(name) {
			const path = inside(dir, name);
			return path ? readFileSync(path, 'utf8') : undefined;
		},
		exists: (name) => inside(dir, name) !== undefined,
		outside: (name) => outside(dir, name),
		listMedia: () => listFiles(join(dir, 'media')).map((f) => `media/${f}`)
	});
}

function listFiles(dir: string, prefix = ''): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory()
			? listFiles(join(dir, e.name), `${prefix}${e.name}/`)
			: e.isFile()
				? [`${prefix}${e.name}`]
				: []
	);
}

/** The bytes of a picture the story shows (media/…), for the prerendered media endpoint. */
export function readMedia(slug: string, file: string, root = STORIES_DIR): Uint8Array | undefined {
	const path = inside(join(root, slug), file);
	return path ? readFileSync(path) : undefined;
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
