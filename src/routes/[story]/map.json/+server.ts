import { json } from '@sveltejs/kit';
import type { MapData } from '$lib/map/map-data';
import { extractBasemap } from '$lib/server/basemap';
import { basemapRegion } from '$lib/scene/padding';
import { loadStory, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => storySlugs().map((story) => ({ story }));

/** The story's map data, built once: Natural Earth clipped to its region, and its own layers. */
export function GET({ params }) {
	const story = loadStory(params.story);
	const base = extractBasemap(basemapRegion(story.region));
	const layers = Object.fromEntries(
		Object.entries(story.layers).flatMap(([id, l]) => (l.data ? [[id, l.data]] : []))
	);
	const data = { ...base, layers } as unknown as MapData;
	return json(data);
}
