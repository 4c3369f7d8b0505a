import { previewSvg, renderPng } from '$lib/server/og-image';
import { staticMapData } from '$lib/server/static-data';
import { loadStory, readMedia, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => storySlugs().map((story) => ({ story }));

/** The story's preview image (Open Graph, Twitter, oEmbed thumbnail), rendered once at build. */
export function GET({ params }) {
	const story = loadStory(params.story);
	const data = staticMapData(story);
	const png = renderPng(previewSvg(story, data, (file) => readMedia(story.slug, file)));
	return new Response(png, { headers: { 'content-type': 'image/png' } });
}
