import type { GeoJSONCollection } from '../story/types';

/** What /<slug>/map.json holds: the clipped basemap and the story's extra layers. */
export interface MapData {
	land: GeoJSONCollection;
	lakes: GeoJSONCollection;
	rivers: GeoJSONCollection;
	layers: Record<string, GeoJSONCollection>;
}
