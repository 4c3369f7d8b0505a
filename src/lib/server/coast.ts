/**
 * The GSHHG coast extracted by scripts/coast/extract.mjs (committed GeoJSON in
 * src/lib/server/coast/): regional bases, sent with a story's map.json, and full-resolution detail
 * boxes, fetched by the live map when a scene first needs one. Build-time only (node:fs); the
 * build never runs GMT.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Basemap, BasemapFeature, FeatureCollection, Region } from './basemap';

/** Where the extraction writes its files, from the project's root (the build's working folder). */
export const COAST_DIR = 'src/lib/server/coast';

export interface CoastArea {
	name: string;
	/** A story region's base, or a detail box. */
	kind: 'region' | 'detail';
	bbox: Region;
	/** The zoom the data was simplified for. */
	zoom: number;
	data: Basemap;
}

interface CoastFile {
	about: {
		name: string;
		kind: 'region' | 'detail';
		bbox: [number, number, number, number];
		zoom: number;
	};
	features: BasemapFeature[];
}

let areas: CoastArea[] | undefined;

const collection = (features: BasemapFeature[]): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});

function read(file: string): CoastArea {
	const raw = JSON.parse(readFileSync(join(COAST_DIR, file), 'utf8')) as CoastFile;
	const of = (kind: string) => raw.features.filter((f) => f.properties.kind === kind);
	return {
		name: raw.about.name,
		kind: raw.about.kind,
		bbox: raw.about.bbox,
		zoom: raw.about.zoom,
		data: {
			land: collection(of('land')),
			lakes: collection(of('water')),
			rivers: collection(of('river'))
		}
	};
}

/** Every extracted area, regional and detail, sorted by name. */
export function coastAreas(): CoastArea[] {
	if (!areas) {
		const files = existsSync(COAST_DIR)
			? readdirSync(COAST_DIR)
					.filter((f) => f.endsWith('.geojson'))
					.sort()
			: [];
		areas = files.map(read);
	}
	return areas;
}

const covers = (a: Region, b: Region) =>
	a[0] <= b[0] + 1e-9 && a[1] <= b[1] + 1e-9 && a[2] >= b[2] - 1e-9 && a[3] >= b[3] - 1e-9;
const meets = (a: Region, b: Region) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/**
 * The regional base for a (padded) story region: the smallest regional area that covers it, or
 * undefined (Natural Earth is drawn instead).
 */
export function regionalCoast(region: Region): CoastArea | undefined {
	const area = (a: CoastArea) => (a.bbox[2] - a.bbox[0]) * (a.bbox[3] - a.bbox[1]);
	return coastAreas()
		.filter((a) => a.kind === 'region' && covers(a.bbox, region))
		.sort((a, b) => area(a) - area(b))[0];
}

/** The detail boxes that touch a (padded) story region, sorted by name. */
export function detailCoasts(region: Region): CoastArea[] {
	return coastAreas().filter((a) => a.kind === 'detail' && meets(a.bbox, region));
}

/** The detail boxes of a region as the build-time pictures take them (MapData's `detail`). */
export function staticDetail(region: Region) {
	return detailCoasts(region).map((d) => ({ name: d.name, bbox: d.bbox, ...d.data }));
}
