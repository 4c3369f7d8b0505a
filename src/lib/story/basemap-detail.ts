/**
 * Where the basemap has detail, and to which zoom: the loader's over-zoom warning reads it (a
 * scene may not zoom past the detail at its centre). Pure data, no DOM; the coast extraction
 * (scripts/coast/) says where its full-resolution boxes are.
 */
export interface DetailBox {
	name: string;
	/** [west, south, east, north] in degrees */
	bbox: readonly [number, number, number, number];
	/** the closest zoom at which the basemap still has detail inside the box */
	detail: number;
}

/** The regional basemap's detail everywhere in a story's region. */
export const BASEMAP_BASE_DETAIL = 9;

export const BASEMAP_DETAIL: readonly DetailBox[] = [];
