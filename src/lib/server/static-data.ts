import type { MapData } from '../map/map-data';
import { basemapRegion } from '../scene/padding';
import type { Story } from '../story/types';
import { extractBasemap } from './basemap';
import { staticDetail } from './coast';

/** What a build-time picture of a story draws (the scene SVGs, og.png): basemap, coast, layers. */
export function staticMapData(story: Story): MapData {
	const layers = Object.fromEntries(
		Object.entries(story.layers).flatMap(([id, l]) => (l.data ? [[id, l.data]] : []))
	);
	const region = basemapRegion(story.region);
	return {
		...extractBasemap(region),
		layers,
		detail: staticDetail(region)
	} as unknown as MapData;
}
