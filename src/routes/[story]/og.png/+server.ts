import type { MapData } from '$lib/map/map-data';
import { basemapRegion } from '$lib/scene/padding';
import { extractBasemap } from '$lib/server/basemap';
import { staticDetail } from '$lib/server/coast';
import { previewSvg, renderPng } from '$lib/server/og-image';
import { loadStory, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => storySlugs().map((story) => ({ story }));

/** The story's preview image (Open Graph, Twitter, oEmbed thumbnail), rendered once at build. */
export function GET({ params }) {
	const story = loadStory(params.story);
	const layers = Object.fromEntries(
		Object.entries(story.layers).flatMap(([id, l]) => (l.data ? [[id, l.data]] : []))
	);
	const region = basemapRegion(story.region);
	const data = {
		...extractBasemap(region),
		layers,
		detail: staticDetail(region)
	} as unknown as MapData;
	const png = renderPng(previewSvg(story, data));
	return new Response(png, { headers: { 'content-type': 'image/png' } });
}
