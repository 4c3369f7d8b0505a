import { error } from '@sveltejs/kit';
import { sceneAt } from '$lib/scene/scene-at';
import { renderStaticMap } from '$lib/server/static-map';
import { staticMapData } from '$lib/server/static-data';
import { loadStory, storySlugs } from '$lib/story/load';
import { COVER_FORMS, type CoverForm } from '$lib/ui/cover-frame';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () =>
	storySlugs()
		.filter((story) => loadStory(story).cover.kind === 'scene')
		.flatMap((story) => Object.keys(COVER_FORMS).map((form) => ({ story, form })));

/**
 * The story's cover scene as a light picture for its first screen, one per layout: clipped to
 * its frame, whole-pixel coordinates, so that it loads with the page's text.
 */
export function GET({ params }) {
	const story = loadStory(params.story);
	const size = COVER_FORMS[params.form as CoverForm];
	if (story.cover.kind !== 'scene' || !size) error(404, `no cover ${params.form}`);
	const scene = sceneAt(story, story.cover.step);
	const svg = renderStaticMap(scene, staticMapData(story), { ...size, light: true });
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
}
