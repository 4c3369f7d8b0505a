import type { MapJson } from '../map/map-data';

/**
 * The live map's code and data, asked for once and shared: MapPanel takes them when it starts
 * its map, and a shell that knows the map will be wanted at once (the story page, whose app runs
 * only after the reader's first move) asks for them earlier, as it hydrates.
 *
 * Leaflet is asked for beside the map's own module, not after it: map-scene.ts imports it only
 * once it runs, and that was one download and one evaluation after another on the first move.
 */
let scene: Promise<typeof import('../map/map-scene')> | undefined;
const data = new Map<string, Promise<MapJson>>();

/** The map's module (with Leaflet on its way beside it). */
export function mapModule(): Promise<typeof import('../map/map-scene')> {
	if (!scene) {
		scene = import('../map/map-scene');
		// Only fetched and evaluated here; map-scene.ts takes it from the module map.
		void import('../map/leaflet').catch(() => {});
	}
	return scene;
}

/**
 * A map's data: the request `warmMap` made for it (taken, so that a map made again later asks
 * anew), or a new one.
 */
export function mapData(url: string): Promise<MapJson> {
	const warm = data.get(url);
	data.delete(url);
	return warm ?? fetchMapData(url);
}

/** Asks for the map's module and its data now, for a map that will be wanted at once. */
export function warmMap(url: string): void {
	void mapModule().catch(() => {}); // MapPanel reports a failure when it takes it
	if (!data.has(url)) {
		const loading = fetchMapData(url);
		loading.catch(() => {});
		data.set(url, loading);
	}
}

async function fetchMapData(url: string): Promise<MapJson> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return (await response.json()) as MapJson;
}
