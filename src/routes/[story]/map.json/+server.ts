import { json } from '@sveltejs/kit';
import type { MapJson } from '$lib/map/map-data';
import { extractBasemap } from '$lib/server/basemap';
import { projectBasemap } from '$lib/server/basemap-svg';
import { basemapRegion } from '$lib/scene/padding';
import { loadStory, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => storySlugs().map((story) => ({ story }));

/**
 * The story's map data, built once: Natural Earth clipped to its region and projected to SVG
 * paths, and its own layers as GeoJSON.
 */
export function GET({ params }) {
	const story = loadStory(params.story);
	const region = basemapRegion(story.region);
	const layers = Object.fromEntries(
		Object.entries(story.layers).flatMap(([id, l]) => (l.data ? [[id, l.data]] : []))
	);
	const data: MapJson = { basemap: projectBasemap(extractBasemap(region)), layers };
	return json(data);
}
