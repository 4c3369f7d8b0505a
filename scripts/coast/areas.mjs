/**
 * The areas the coast extraction (extract.mjs) writes, one file each in src/lib/server/coast/.
 *
 * - A regional base per story region (kind "region"): the whole padded region
 *   (basemapRegion in src/lib/scene/padding.ts), simplified for the zooms a region is seen at,
 *   finer where the story's scenes look closer (focus). Sent with the first load, in map.json.
 * - Detail boxes (kind "detail"): full resolution where scenes zoom in close, simplified for the
 *   box's zoom; fetched by the live map when a scene first needs one. src/lib/story/basemap-detail.ts
 *   lists the same boxes for the loader's over-zoom warning (a unit test holds the two together).
 *
 * `resolution`: GSHHG's f (full), h (high), i (intermediate). `zoom`: the zoom the data is
 * simplified for (tolerance 0.5 px there, rings under 6 px² dropped). `smooth`: rounds of
 * Chaikin corner cutting before simplifying (GSHHG's full resolution is stepped at zoom 14),
 * after cutting the steps to their diagonals (`destep`: Douglas-Peucker at that many metres). `rivers`: WDBII river
 * levels (gmt coast -I). `land: false`: an inland box that adds rivers and lakes only.
 */
/**
 * The Sestroretsk Razliv, the lake Lenin was rowed across to his hut in July 1917, is not in
 * GSHHG (its lakes are the larger ones of WDBII). Drawn here, schematic (about ±300 m), from its
 * published figures (a reservoir of 1723 on the Sestra, 10.6 km², roughly triangular, 5.5 × 4.5
 * km, at 60°05′–60°08′N) and the story's own pins: Razliv village and Yemelyanov's barn at its
 * south end, Sestroretsk to its west, the Sestra coming in at its north, the hut on its east shore.
 * Smoothed (Chaikin) in extract.mjs. [lon, lat], counter-clockwise.
 */
export const RAZLIV = [
	[29.973, 60.0775],
	[29.981, 60.087],
	[29.9845, 60.1],
	[29.9855, 60.112],
	[29.981, 60.123],
	[29.972, 60.129],
	[29.964, 60.126],
	[29.958, 60.117],
	[29.9545, 60.106],
	[29.957, 60.094],
	[29.9645, 60.083]
];

export const AREAS = [
	{
		name: 'baltic',
		kind: 'region',
		// basemapRegion([22, 54, 40, 62]): the-crisis-has-matured's region, padded
		bbox: [16.6, 51.6, 45.4, 64.4],
		resolution: 'h',
		zoom: 5,
		tolerance: 0.8,
		minArea: 24,
		lakeMinArea: 150,
		focus: [
			// the Gulf of Finland from Helsingfors to Petrograd, and the Karelian isthmus
			{ bbox: [24.5, 59.7, 30.8, 60.9], zoom: 8.5 },
			{ bbox: [22.0, 59.0, 31.5, 60.9], zoom: 7 }
		],
		rivers: ['1'],
		drawnLakes: [RAZLIV]
	},
	{
		name: 'lisbon-region',
		kind: 'region',
		// basemapRegion([-9.23, 38.68, -9.11, 38.73]): lisbon-1755's region, padded
		bbox: [-9.266, 38.665, -9.074, 38.745],
		resolution: 'f',
		zoom: 12,
		rivers: []
	},
	{
		name: 'petrograd',
		kind: 'detail',
		// Petrograd and the Neva delta, Kronstadt on Kotlin, Sestroretsk and the Razliv lake
		bbox: [29.6, 59.8, 30.6, 60.16],
		resolution: 'f',
		zoom: 14,
		smooth: 2,
		destep: 50,
		tolerance: 0.7,
		// No rivers: the Neva is a shoreline here, and WDBII's centreline of it crosses the delta's
		// islands.
		rivers: [],
		drawnLakes: [RAZLIV]
	},
	{
		name: 'vyborg',
		kind: 'detail',
		// Viborg's bays, Castle Island, Talikkala
		bbox: [28.5, 60.6, 28.95, 60.8],
		resolution: 'f',
		zoom: 14,
		smooth: 2,
		destep: 50,
		tolerance: 0.7,
		rivers: ['a']
	},
	{
		name: 'helsingfors',
		kind: 'detail',
		// the peninsula, the harbours, Sveaborg's islands
		bbox: [24.75, 60.08, 25.15, 60.25],
		resolution: 'f',
		zoom: 14,
		smooth: 2,
		destep: 50,
		tolerance: 0.7,
		rivers: ['a']
	},
	{
		name: 'lisbon',
		kind: 'detail',
		// the Tagus's north shore from Belém to the Terreiro do Paço and beyond
		bbox: [-9.26, 38.67, -9.08, 38.74],
		resolution: 'f',
		zoom: 15,
		smooth: 2,
		destep: 100,
		tolerance: 0.7,
		rivers: []
	}
];
