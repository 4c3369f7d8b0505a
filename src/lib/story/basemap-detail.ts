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

export const BASEMAP_DETAIL: readonly DetailBox[] = [
	// Petrograd and the Neva delta, Kronstadt on Kotlin, Sestroretsk and the Razliv lake
	{ name: 'petrograd', bbox: [29.6, 59.8, 30.6, 60.16], detail: 14 },
	// Viborg's bays, Castle Island, Talikkala
	{ name: 'vyborg', bbox: [28.5, 60.6, 28.95, 60.8], detail: 14 },
	// Helsingfors: the peninsula, the harbours, Sveaborg's islands
	{ name: 'helsingfors', bbox: [24.75, 60.08, 25.15, 60.25], detail: 14 },
	// Lisbon: the Tagus's north shore from Belém to beyond the Terreiro do Paço
	{ name: 'lisbon', bbox: [-9.26, 38.67, -9.08, 38.74], detail: 15 }
];
