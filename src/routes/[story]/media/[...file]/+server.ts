import { error } from '@sveltejs/kit';
import { mediaFiles } from '$lib/story/images';
import { loadStory, readMedia, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const prerender = true;

/** Every picture a story shows, as the loader found it: files live only in stories/<slug>/media. */
export const entries: EntryGenerator = () =>
	storySlugs().flatMap((story) =>
		mediaFiles(loadStory(story)).map((file) => ({ story, file: file.replace(/^media\//, '') }))
	);

const TYPES: Record<string, string> = {
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	png: 'image/png',
	webp: 'image/webp',
	gif: 'image/gif',
	avif: 'image/avif'
};

/** A picture from the story's media/ folder; only files the story itself shows are served. */
export function GET({ params }) {
	const file = `media/${params.file}`;
	if (!mediaFiles(loadStory(params.story)).includes(file)) error(404, `no picture ${file}`);
	const bytes = readMedia(params.story, file);
	const type = TYPES[file.split('.').pop()?.toLowerCase() ?? ''];
	if (!bytes || !type) error(404, `no picture ${file}`);
	return new Response(bytes as BodyInit, { headers: { 'content-type': type } });
}
