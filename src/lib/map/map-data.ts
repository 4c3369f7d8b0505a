import type { GeoJSONCollection } from '../story/types';

/** The clipped basemap and the story's extra layers, as GeoJSON (build-time drawings use it). */
export interface MapData {
	land: GeoJSONCollection;
	lakes: GeoJSONCollection;
	rivers: GeoJSONCollection;
	layers: Record<string, GeoJSONCollection>;
}

/**
 * The basemap projected at build time: SVG path data in Web Mercator pixels of zoom
 * PROJECTED_ZOOM. The live map shows the stretch of it in view as one SVG and lets the browser
 * scale it, instead of projecting and clipping some 9,000 coast, lake and river points in script
 * at every zoom (a second of a slow phone's start).
 */
export interface ProjectedBasemap {
	land: string;
	lakes: string;
	rivers: string;
}

/** Projected pixels are those of this zoom, written to 0.1: at zoom 15 that is 0.4 px at worst. */
export const PROJECTED_ZOOM = 12;

/** What /<slug>/map.json holds. */
export interface MapJson {
	basemap: ProjectedBasemap;
	layers: Record<string, GeoJSONCollection>;
}
