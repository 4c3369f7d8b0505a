import { error } from '@sveltejs/kit';
import { sceneAt } from '$lib/scene/scene-at';
import { renderStaticMap } from '$lib/server/static-map';
import { staticMapData } from '$lib/server/static-data';
import { loadStory, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () =>
	storySlugs().flatMap((story) => loadStory(story).steps.map((s) => ({ story, step: s.id })));

/** A step's scene as a static picture: the map for readers without JavaScript and for print. */
export function GET({ params }) {
	const story = loadStory(params.story);
	const step = story.steps.find((s) => s.id === params.step);
	if (!step) error(404, `no step ${params.step}`);
	const data = staticMapData(story);
	const svg = renderStaticMap(sceneAt(story, step.index), data, { width: 800, height: 600 });
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
}
