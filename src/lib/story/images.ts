import type { Problems } from './errors';
import { IMAGE_EXTENSIONS, isMediaPath } from './markdown';
import { didYouMean } from './suggest';
import { outsideMessage } from './text-guards';
import type { ImageSpec, Story } from './types';

export interface Pos {
	line: number;
	column: number;
}

/** Where each part of an image was written: a scene's `image:` fields, or a Markdown image. */
export interface ImageWhere {
	/** The file being read (story.md). */
	file: string;
	/** The image as a whole: the `image:` mapping, or the `![` of a Markdown image. */
	image: Pos;
	/** The path of the picture. */
	path: Pos;
	/** Markdown (`![alt](path "credit")`) or a scene field (`image: { file, alt, credit }`). */
	markdown: boolean;
}

export interface ImageInput {
	file: string;
	alt?: string;
	credit?: string;
	licence?: string;
	caption?: string;
}

export interface MediaFiles {
	/** Story folder for messages: stories/<slug> */
	dir: string;
	exists(name: string): boolean;
	/** Files under media/, for "did you mean" (optional). */
	list?(): readonly string[];
	/** Where a file really is when that is outside the story folder (a symbolic link out). */
	outside?(name: string): string | undefined;
}

/**
 * Check one picture: a file in the story's own media/ folder, in a format that cannot carry
 * script, present on disk, with alt text and a credit. Returns it only when all of that holds.
 */
export function checkImage(
	input: ImageInput,
	where: ImageWhere,
	media: MediaFiles,
	problems: Problems
): ImageSpec | undefined {
	const { file: path } = input;
	const err = (p: Pos, message: string, hint: string) =>
		problems.error(where.file, p.line, p.column, message, hint);
	const before = problems.list.length;
	const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
	if (!isMediaPath(path)) {
		err(
			where.path,
			`image \`${path}\`: expected a file in the story's media/ folder, written media/<name>`,
			/^[a-z][a-z0-9+.-]*:/i.test(path)
				? `copy the picture (with permission) into ${media.dir}/media/ and write media/<name>: a page never loads pictures from other sites`
				: 'write the path from the story folder, e.g. media/plan.jpg (letters, digits, dots, hyphens and underscores)'
		);
	} else if (!(IMAGE_EXTENSIONS as readonly string[]).includes(ext)) {
		err(
			where.path,
			`image \`${path}\`: expected a ${IMAGE_EXTENSIONS.slice(0, -1)
				.map((e) => '.' + e)
				.join(', ')} or .${IMAGE_EXTENSIONS.at(-1)} file`,
			ext === 'svg'
				? 'an SVG file can carry script: export the picture as PNG or WebP'
				: 'save the picture as JPEG, PNG or WebP'
		);
	} else if (media.outside?.(path)) {
		err(where.path, ...outsideMessage(path, media.outside(path) ?? ''));
	} else if (!media.exists(path)) {
		err(
			where.path,
			`image file \`${path}\` not found: expected ${media.dir}/${path}`,
			didYouMean(
				path,
				media.list?.() ?? [],
				`add the picture to ${media.dir}/media/, or check the file name`
			)
		);
	}
	const alt = input.alt?.trim() ?? '';
	const credit = input.credit?.trim() ?? '';
	if (!alt)
		err(
			where.image,
			where.markdown
				? `image \`${path}\` has no alt text: expected ![what the picture shows](${path} "credit")`
				: `image \`${path}\` has no alt text: expected \`alt:\` saying what the picture shows`,
			'alt text is what a screen reader says instead of the picture, e.g. "The roofless nave of the Carmo church"'
		);
	if (!credit)
		err(
			where.image,
			where.markdown
				? `image \`${path}\` has no credit: expected it in quotes after the file: ![${alt || 'alt'}](${path} "Photo: …")`
				: `image \`${path}\` has no credit: expected \`credit:\` naming who made or holds the picture`,
			'name the photographer, artist or archive, e.g. "Photo: Jane Doe / City Archive"'
		);
	if (problems.list.length > before) return undefined;
	return {
		file: path,
		alt,
		credit,
		...(input.licence ? { licence: input.licence } : {}),
		...(input.caption ? { caption: input.caption } : {})
	};
}

/** Every picture a story shows, once each: what src/routes/[story]/media prerenders. */
export function mediaFiles(story: Story): string[] {
	const files = story.steps.flatMap((s) => [
		...(s.image ? [s.image.file] : []),
		...(s.images ?? []).map((i) => i.file)
	]);
	if (story.cover.kind === 'image') files.push(story.cover.image.file);
	return [...new Set(files)].sort();
}
