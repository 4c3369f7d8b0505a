import { error, json } from '@sveltejs/kit';
import type { CoastJson } from '$lib/map/map-data';
import { projectBasemap, projectedFrame } from '$lib/server/basemap-svg';
import { detailCoasts } from '$lib/server/coast';
import { basemapRegion } from '$lib/scene/padding';
import { loadStory, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () =>
	storySlugs().flatMap((story) =>
		detailCoasts(basemapRegion(loadStory(story).region)).map((d) => ({ story, box: d.name }))
	);

/**
 * One detail box's full-resolution coast (GSHHG), projected to SVG paths like map.json's basemap:
 * the live map fetches it when a scene first looks inside the box, never with the first load.
 */
export function GET({ params }) {
	const story = loadStory(params.story);
	const area = detailCoasts(basemapRegion(story.region)).find((d) => d.name === params.box);
	if (!area) error(404, `no coast box ${params.box} in ${params.story}`);
	const data: CoastJson = {
		name: area.name,
		bbox: area.bbox,
		frame: projectedFrame(area.bbox),
		basemap: projectBasemap(area.data)
	};
	return json(data);
}
