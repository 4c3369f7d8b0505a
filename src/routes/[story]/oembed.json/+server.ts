import { json } from '@sveltejs/kit';
import { oembedResponse, storyLinks } from '$lib/embed/share';
import { loadStory, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => storySlugs().map((story) => ({ story }));

/**
 * The story's oEmbed response, a static file: consumers add ?url=…&maxwidth=… to it, which a
 * static host ignores, and one size suits every consumer because the embed reports its height.
 */
export function GET({ params, url }) {
	const story = loadStory(params.story);
	// url.origin is kit.prerender.origin (LANTERN_ORIGIN) while prerendering; ../ keeps any base path.
	const siteRoot = new URL('../', url).href;
	const links = storyLinks(siteRoot, story.slug);
	return json(
		oembedResponse(links, {
			title: story.title,
			author: story.byline,
			provider: 'Lantern',
			siteRoot
		})
	);
}
