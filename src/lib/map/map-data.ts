import type { GeoJSONCollection } from '../story/types';

/** The clipped basemap and the story's extra layers, as GeoJSON (build-time drawings use it). */
export interface MapData {
	land: GeoJSONCollection;
	lakes: GeoJSONCollection;
	rivers: GeoJSONCollection;
	layers: Record<string, GeoJSONCollection>;
	/** Full-resolution coast for the boxes where scenes zoom close (build-time drawings only). */
	detail?: {
		name: string;
		bbox: Box;
		land: GeoJSONCollection;
		lakes: GeoJSONCollection;
		rivers: GeoJSONCollection;
	}[];
}

/** [west, south, east, north] in degrees. */
export type Box = readonly [number, number, number, number];

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
	/**
	 * The full-resolution coast boxes in the story's region, each fetched from
	 * /<slug>/coast/<name>.json (CoastJson) when a scene first looks inside it from DETAIL_ZOOM.
	 */
	detail?: { name: string; bbox: Box }[];
}

/** What /<slug>/coast/<name>.json holds: one detail box's coast, projected as the basemap. */
export interface CoastJson {
	name: string;
	bbox: Box;
	/** The box in projected pixels (as the basemap's paths): [x, y, width, height]. */
	frame: [number, number, number, number];
	basemap: ProjectedBasemap;
}

/**
 * From this zoom a view inside a detail box shows that box's full-resolution coast (and the
 * regional base, simplified for the zooms of a region, is hidden under it).
 */
export const DETAIL_ZOOM = 9;

/** Does a box meet the stretch [west, south, east, north] in view? */
export function boxMeets(box: Box, view: Box): boolean {
	return box[0] < view[2] && box[2] > view[0] && box[1] < view[3] && box[3] > view[1];
}
