/**
 * The typed, immutable Story that the loader yields. Everything downstream (sceneAt, the shells,
 * the map, motion) reads only these types, never the raw files.
 */

export type Calendar = 'julian' | 'gregorian';

/** A calendar date as written in the story file, in the story's declared calendar. */
export interface CalendarDate {
	year: number;
	month: number;
	day: number;
}

/** A step's date: one day or a span, written in the story's calendar, shown in both styles. */
export interface StepDate {
	start: CalendarDate;
	end?: CalendarDate;
	/** "c." before the date: the day itself is uncertain. */
	circa: boolean;
	/** The date written in the story's calendar ("25 September 1917"). */
	label: string;
	/** Both styles for display: "25 September (8 October) 1917". */
	display: string;
	/** ISO 8601 (proleptic Gregorian) for <time datetime>. */
	iso: string;
}

export interface Place {
	id: string;
	/** The name used at the time of the story (1917: Petrograd, Helsingfors). */
	name: string;
	/** Today's name, when it differs. */
	today?: string;
	/** Other names (another language, another period). */
	aka: readonly string[];
	lat: number;
	lng: number;
	/** city (a town-level pin) or site (a building, a square). */
	kind: 'city' | 'site';
	/** How sure the coordinate is, and anything a lecturer should know. */
	note?: string;
}

export interface Source {
	id: string;
	/** One line, full citation, as it appears on the sources list. */
	citation: string;
	/** Short form for inline citations: "Pipes 1990". */
	short: string;
	url?: string;
}

/** A citation inside the prose: [@pipes-1990, n. 109]. */
export interface Citation {
	source: string;
	locator?: string;
}

export type LatLng = readonly [number, number];

export type ViewSpec =
	| { kind: 'fit'; places: readonly string[]; maxZoom?: number }
	| { kind: 'center'; center: LatLng; zoom: number }
	| { kind: 'bounds'; bounds: readonly [LatLng, LatLng] };

export interface RouteSpec {
	path: readonly string[];
	/** Draw the line along its length as the step plays. */
	draw: boolean;
	label?: string;
	/** A line layer the route follows (`via:`): each leg runs along its lines. */
	via?: string;
	/** The drawn line, resolved by the loader along `via` ([lat, lng]); absent: straight legs. */
	points?: readonly LatLng[];
}

export interface DocumentSpec {
	kind: 'letter' | 'newspaper' | 'resolution' | 'telegram';
	/** Letter title or newspaper masthead. */
	title: string;
	/** "Helsingfors, 12–14 (25–27) September 1917" or "No. 30". */
	dateline?: string;
	/** A short primary-source quotation (one or two sentences). */
	quote?: string;
	/** Source id and locator for the quotation. */
	cite?: Citation;
}

export interface TallyItem {
	label: string;
	value: number;
	unit?: string;
}

/**
 * An image from the story's own `media/` folder: a scene's `image:` or a Markdown image in the
 * prose. The loader has checked that the file exists and that alt text and credit are present.
 */
export interface ImageSpec {
	/** Path inside the story folder, always under media/ ("media/plan.png"). It is also the URL
	 * relative to the story page, where src/routes/[story]/media serves it. */
	file: string;
	/** What the image shows, for readers who cannot see it. */
	alt: string;
	/** Who made it or holds it: "Photo: Arquivo Municipal de Lisboa". */
	credit: string;
	/** Licence or permission: "CC BY 4.0", "public domain". */
	licence?: string;
	/** A caption shown under the image. */
	caption?: string;
}

export interface StepScene {
	view: ViewSpec;
	markers: readonly string[];
	highlight: readonly string[];
	routes: readonly RouteSpec[];
	cues: readonly string[];
	layers: readonly string[];
	document?: DocumentSpec;
	tally?: readonly TallyItem[];
	/** Author's text description of the map for screen readers (generated when absent). */
	describe?: string;
}

export interface Step {
	id: string;
	index: number;
	chapter: string;
	heading: string;
	date?: StepDate;
	/** Note on the date, shown after it ("Finnish sources date this New Style"). */
	dateNote?: string;
	/** Where it happens: place ids, shown in the kicker. */
	places: readonly string[];
	scene: StepScene;
	/** Sanitised HTML of the prose (Markdown rendered, raw HTML never passed through). */
	html: string;
	citations: readonly Citation[];
	notes?: string;
	/** 1-based line of the step heading in story.md, for messages. */
	line: number;
	/** The scene's picture (scene field `image:`), shown in the step card. */
	image?: ImageSpec;
	/** Images written in the prose as ![alt](media/x.jpg "credit"), already in `html`. */
	images?: readonly ImageSpec[];
}

export interface Chapter {
	id: string;
	title: string;
	/** Index of the first step in this chapter, and one past the last. */
	start: number;
	end: number;
}

export interface LayerSpec {
	id: string;
	file: string;
	label: string;
	minZoom: number;
	/** Where the layer comes from and under what licence, for the sources page. */
	credit?: string;
	/** The closest zoom at which the layer still has detail (absent: any zoom). */
	detail?: number;
	/** Shown on every step whose date it holds, without the step naming it. */
	auto: boolean;
	/** First and last day (story calendar) on which the layer holds; absent: always. */
	from?: CalendarDate;
	to?: CalendarDate;
	/** [west, south, east, north] of its features, for the over-zoom check. */
	bbox?: readonly [number, number, number, number];
	/** Parsed GeoJSON, loaded at build time; the client gets it from map.json, not the page. */
	data?: GeoJSONCollection;
}

export interface TileLayerSpec {
	url: string;
	attribution: string;
}

export interface GeoJSONCollection {
	type: 'FeatureCollection';
	features: readonly GeoJSONFeature[];
}

export interface GeoJSONFeature {
	type: 'Feature';
	properties: Record<string, unknown> | null;
	geometry: { type: string; coordinates: unknown } | null;
}

/**
 * The story's picture on its first screen, og.png and the oEmbed thumbnail: a step's scene
 * (by default the opening one) or a picture from media/ (front matter `cover:`).
 */
export type StoryCover = { kind: 'scene'; step: number } | { kind: 'image'; image: ImageSpec };

export interface Story {
	slug: string;
	title: string;
	subtitle?: string;
	byline?: string;
	summary: string;
	lang: string;
	calendar: Calendar;
	/** [west, south, east, north] in degrees: the basemap is clipped to this box. */
	region: readonly [number, number, number, number];
	places: Readonly<Record<string, Place>>;
	/** Keyed by id, in bibliography order (by short title). */
	sources: Readonly<Record<string, Source>>;
	layers: Readonly<Record<string, LayerSpec>>;
	tiles?: TileLayerSpec;
	cover: StoryCover;
	chapters: readonly Chapter[];
	steps: readonly Step[];
}

/** The animation cues the engine knows. A step may name any of these. */
export const CUES = ['letter', 'calendar', 'headline', 'count', 'route', 'focus'] as const;
export type CueName = (typeof CUES)[number];
