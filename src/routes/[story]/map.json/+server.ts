import { json } from '@sveltejs/kit';
import type { MapJson } from '$lib/map/map-data';
import { extractBasemap } from '$lib/server/basemap';
import { projectBasemap } from '$lib/server/basemap-svg';
import { detailCoasts } from '$lib/server/coast';
import { basemapRegion } from '$lib/scene/padding';
import { loadStory, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => storySlugs().map((story) => ({ story }));

/**
 * The story's map data, built once: the regional basemap (GSHHG, or Natural Earth) clipped to its
 * region and projected to SVG paths, its own layers as GeoJSON, and the index of the detail coast
 * boxes (each fetched on its own when a scene needs it: /<slug>/coast/<name>.json).
 */
export function GET({ params }) {
	const story = loadStory(params.story);
	const region = basemapRegion(story.region);
	const layers = Object.fromEntries(
		Object.entries(story.layers).flatMap(([id, l]) => (l.data ? [[id, l.data]] : []))
	);
	const detail = detailCoasts(region).map((d) => ({ name: d.name, bbox: d.bbox }));
	const data: MapJson = { basemap: projectBasemap(extractBasemap(region)), layers, detail };
	return json(data);
}
