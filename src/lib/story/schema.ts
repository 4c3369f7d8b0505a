import * as v from 'valibot';
import { isTileTemplate, isWebAddress } from './safe-url';

/** Shapes of the authored YAML. Semantic checks (ids resolve, coordinates sane) live in build.ts. */

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'non-empty text'));
const id = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id of lower-case letters, digits and hyphens')
);
const oneOrMany = v.union([id, v.array(id)]);
const latLng = v.tuple([v.number(), v.number()]);
const zoom = v.pipe(
	v.number(),
	v.minValue(0, 'a zoom from 0 to 19'),
	v.maxValue(19, 'a zoom from 0 to 19')
);

export const frontMatterSchema = v.strictObject({
	title: text,
	subtitle: v.optional(text),
	byline: v.optional(text),
	summary: text,
	lang: v.optional(
		v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a BCP 47 tag like en or ru')),
		'en'
	),
	calendar: v.picklist(['julian', 'gregorian']),
	region: v.tuple([v.number(), v.number(), v.number(), v.number()]),
	places: v.optional(text, 'places.yaml'),
	sources: v.optional(text, 'sources.yaml'),
	layers: v.optional(
		v.record(
			id,
			v.strictObject({
				file: text,
				label: text,
				credit: v.optional(text),
				minZoom: v.optional(zoom, 0),
				detail: v.optional(zoom),
				auto: v.optional(v.boolean(), false),
				from: v.optional(v.union([text, v.number()])),
				to: v.optional(v.union([text, v.number()]))
			})
		),
		{}
	),
	// A step id or a picture mapping: cover.ts checks it, with messages written for the two forms.
	cover: v.optional(v.unknown()),
	tiles: v.optional(
		v.strictObject({
			url: v.pipe(
				v.string(),
				v.check(
					isTileTemplate,
					'an https:// tile address like https://tiles.example/{z}/{x}/{y}.png'
				)
			),
			attribution: text
		})
	)
});
export const FRONT_MATTER_FIELDS = Object.keys(frontMatterSchema.entries);

export const placeSchema = v.strictObject({
	name: text,
	today: v.optional(text),
	aka: v.optional(v.array(text), []),
	lat: v.number(),
	lng: v.number(),
	kind: v.optional(v.picklist(['city', 'site']), 'site'),
	note: v.optional(text)
});
export const PLACE_FIELDS = Object.keys(placeSchema.entries);

export const sourceSchema = v.strictObject({
	short: text,
	citation: text,
	// Only a web page or a mail address: the page writes it as a link a reader clicks.
	url: v.optional(
		v.pipe(v.string(), v.check(isWebAddress, 'a full https://, http:// or mailto: address'))
	)
});
export const SOURCE_FIELDS = Object.keys(sourceSchema.entries);

const routeSchema = v.strictObject({
	path: v.pipe(v.array(id), v.minLength(2, 'at least two places')),
	draw: v.optional(v.boolean(), true),
	label: v.optional(text),
	via: v.optional(id)
});

export const viewSchema = v.strictObject({
	fit: v.optional(v.pipe(v.array(id), v.minLength(1, 'at least one place'))),
	maxZoom: v.optional(v.number()),
	center: v.optional(v.union([id, latLng])),
	zoom: v.optional(v.number()),
	bounds: v.optional(v.tuple([latLng, latLng]))
});
export const VIEW_FIELDS = Object.keys(viewSchema.entries);

export const documentSchema = v.strictObject({
	kind: v.picklist(['letter', 'newspaper', 'resolution', 'telegram']),
	title: text,
	dateline: v.optional(text),
	quote: v.optional(text),
	cite: v.optional(v.strictObject({ source: id, locator: v.optional(v.union([text, v.number()])) }))
});

/**
 * A picture from the story's media/ folder. `alt` and `credit` are optional here only so that
 * build.ts can say exactly what is missing; a story without them does not build.
 */
export const imageSchema = v.strictObject({
	file: text,
	alt: v.optional(v.string()),
	credit: v.optional(v.string()),
	licence: v.optional(text),
	caption: v.optional(text)
});

export const sceneSchema = v.strictObject({
	date: v.optional(v.union([text, v.number()])),
	dateNote: v.optional(text),
	places: v.pipe(v.array(id), v.minLength(1, 'at least one place')),
	view: viewSchema,
	markers: v.optional(v.array(id)),
	highlight: v.optional(oneOrMany),
	route: v.optional(routeSchema),
	routes: v.optional(v.array(routeSchema)),
	cue: v.optional(v.union([text, v.array(text)])),
	layers: v.optional(v.array(id)),
	document: v.optional(documentSchema),
	tally: v.optional(
		v.array(v.strictObject({ label: text, value: v.number(), unit: v.optional(v.string()) }))
	),
	image: v.optional(imageSchema),
	describe: v.optional(text),
	notes: v.optional(text)
});
export const SCENE_FIELDS = Object.keys(sceneSchema.entries);

export type FrontMatter = v.InferOutput<typeof frontMatterSchema>;
export type PlaceInput = v.InferOutput<typeof placeSchema>;
export type SourceInput = v.InferOutput<typeof sourceSchema>;
export type SceneInput = v.InferOutput<typeof sceneSchema>;
