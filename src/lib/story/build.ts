import { compare, parseStepDate } from './dates';
import { Problems, type StoryProblem } from './errors';
import { md, parseStoryMarkdown, type RawStep } from './parse';
import {
	FRONT_MATTER_FIELDS,
	PLACE_FIELDS,
	SCENE_FIELDS,
	SOURCE_FIELDS,
	VIEW_FIELDS,
	frontMatterSchema,
	placeSchema,
	sceneSchema,
	sourceSchema,
	type FrontMatter,
	type SceneInput
} from './schema';
import { didYouMean } from './suggest';
import { YamlSource, type Key } from './yaml-source';
import { checkLayer } from './layers';
import { citationLabel } from './cite';
import { checkImage, type MediaFiles } from './images';
import { isSafeHref } from './markdown';
import {
	CUES,
	type Chapter,
	type LayerSpec,
	type Place,
	type Source,
	type Step,
	type Story
} from './types';

/** The files of one story folder, read by the caller (disk in load.ts, memory in tests). */
export interface StoryFiles {
	slug: string;
	/** Folder path for messages: stories/<slug> */
	dir: string;
	read(name: string): string | undefined;
	/** Whether a (binary) file exists: pictures under media/. Defaults to `read` finding it. */
	exists?(name: string): boolean;
	/** The files under media/, for "did you mean" on a picture's name. */
	listMedia?(): readonly string[];
}

export interface BuildResult {
	story?: Story;
	problems: StoryProblem[];
}

/**
 * Parse and validate a story folder. Returns a Story only when there is no error, and never
 * throws: whatever an author writes, the answer is a Story or a list of positioned problems.
 */
export function buildStory(files: StoryFiles): BuildResult {
	const problems = new Problems();
	try {
		const result = buildUnchecked(files, problems);
		return { ...result, problems: inFileOrder(result.problems) };
	} catch (e) {
		// A bug in the loader, not in the story: say so, keep what was found before it.
		const why = e instanceof Error ? e.message : String(e);
		problems.error(
			`${files.dir}/story.md`,
			1,
			1,
			`internal error while reading ${files.dir} (${why}), please report it`,
			'this is a bug in Lantern, not in your story; the problems listed before it are real'
		);
		return { problems: problems.list };
	}
}

/** Each file's problems from top to bottom; files in the order they were first reported. */
function inFileOrder(list: StoryProblem[]): StoryProblem[] {
	const files = [...new Set(list.map((p) => p.file))];
	return list
		.map((p, i) => ({ p, i }))
		.sort(
			(a, b) =>
				files.indexOf(a.p.file) - files.indexOf(b.p.file) ||
				a.p.line - b.p.line ||
				a.p.column - b.p.column ||
				a.i - b.i
		)
		.map(({ p }) => p);
}

function buildUnchecked(files: StoryFiles, problems: Problems): BuildResult {
	const mdFile = `${files.dir}/story.md`;
	const text = files.read('story.md');
	if (text === undefined) {
		problems.error(
			mdFile,
			1,
			1,
			'missing story.md: expected one in every story folder',
			'run `npm run new -- <slug>` to scaffold a story'
		);
		return { problems: problems.list };
	}
	const parsed = parseStoryMarkdown(text, mdFile, problems);
	const fmSrc = parsed.frontMatter;
	const fm = fmSrc?.ok
		? fmSrc.check(frontMatterSchema, fmSrc.value() ?? {}, problems, 'the front matter', [], {
				'': FRONT_MATTER_FIELDS
			})
		: undefined;
	if (!fm) return { problems: problems.list };

	const regionOk = checkRegion(fm, fmSrc!, mdFile, problems);
	const region: Story['region'] = [...fm.region];
	// A missing gazetteer or bibliography is reported where the front matter names it.
	const written = (fmSrc!.value() ?? {}) as Record<string, unknown>;
	const named = (field: 'places' | 'sources'): Where =>
		field in written
			? { file: mdFile, ...fmSrc!.pos([field]) }
			: { file: mdFile, line: 1, column: 1 };
	const { out: places, broken: brokenPlaces } = loadPlaces(
		files,
		fm.places,
		regionOk ? region : undefined,
		problems,
		named('places')
	);
	const { out: sources, broken: brokenSources } = loadSources(
		files,
		fm.sources,
		problems,
		named('sources')
	);
	const layers = loadLayers(files, fm, fmSrc!, problems);
	if (parsed.steps.length === 0)
		problems.error(
			mdFile,
			1,
			1,
			'the story has no steps: expected at least one `## Step heading {#id}` with a scene block',
			'see docs/story-format.md'
		);

	const media: MediaFiles = {
		dir: files.dir,
		exists: (name) => (files.exists ? files.exists(name) : files.read(name) !== undefined),
		list: files.listMedia
	};
	const ctx: Ctx = {
		fm,
		region,
		places,
		sources,
		layers,
		problems,
		file: mdFile,
		media,
		brokenPlaces,
		brokenSources
	};
	const chapters = buildChapters(parsed.chapters, parsed.steps, mdFile, problems);
	const steps: Step[] = [];
	const ids = new Map<string, number>();
	for (const raw of parsed.steps) {
		const seen = ids.get(raw.id);
		if (seen !== undefined)
			problems.error(
				mdFile,
				raw.line,
				raw.column,
				`duplicate step id \`${raw.id}\`: already used at line ${seen}`,
				'give each step its own {#id}'
			);
		else ids.set(raw.id, raw.line);
		const step = buildStep(raw, steps.length, ctx);
		if (step) steps.push(step);
	}
	checkLinks(parsed.steps, mdFile, problems);
	checkDateOrder(steps, mdFile, problems);
	checkUncited(steps, sources, files.dir + '/' + fm.sources, problems, files);

	if (problems.hasErrors) return { problems: problems.list };
	const story: Story = {
		slug: files.slug,
		title: fm.title,
		subtitle: fm.subtitle,
		byline: fm.byline,
		summary: fm.summary,
		lang: fm.lang,
		calendar: fm.calendar,
		region,
		places,
		// In bibliography order, sorted here once: a locale-aware sort on the page would set up a
		// collator on every reader's phone during hydration (about 17 ms of a slow phone's start).
		sources: Object.fromEntries(
			Object.entries(sources).sort(([, a], [, b]) => a.short.localeCompare(b.short, 'en'))
		),
		layers,
		tiles: fm.tiles,
		chapters,
		steps
	};
	return { story: deepFreeze(story), problems: problems.list };
}

interface Ctx {
	fm: FrontMatter;
	region: Story['region'];
	places: Record<string, Place>;
	sources: Record<string, Source>;
	layers: Record<string, LayerSpec>;
	problems: Problems;
	file: string;
	media: MediaFiles;
	/** Ids already reported in the gazetteer or bibliography ('all' when it could not be read):
	 * a step naming one gets no second message. */
	brokenPlaces: Broken;
	brokenSources: Broken;
}

type Broken = ReadonlySet<string> | 'all';
interface Where {
	file: string;
	line: number;
	column: number;
}
const isBroken = (b: Broken, id: string) => b === 'all' || b.has(id);

/** Whether the region is a usable box; if not, places are not also reported outside it. */
function checkRegion(fm: FrontMatter, src: YamlSource, file: string, problems: Problems): boolean {
	const [w, s, e, n] = fm.region;
	if (w >= -180 && e <= 180 && s >= -85 && n <= 85 && w < e && s < n) return true;
	const p = src.pos(['region']);
	const fixed = [Math.min(w, e), Math.min(s, n), Math.max(w, e), Math.max(s, n)];
	problems.error(
		file,
		p.line,
		p.column,
		`region [${fm.region.join(', ')}]: expected [west, south, east, north] with west < east and south < north, in degrees`,
		w > e || s > n
			? `two sides look swapped: write region: [${fixed.join(', ')}]`
			: 'longitude runs from -180 to 180, latitude from -85 to 85 (west and south are negative)'
	);
	return false;
}

export function inRegion(region: Story['region'], lat: number, lng: number): boolean {
	return lng >= region[0] && lng <= region[2] && lat >= region[1] && lat <= region[3];
}

function loadPlaces(
	files: StoryFiles,
	name: string,
	region: Story['region'] | undefined,
	problems: Problems,
	named: Where
): { out: Record<string, Place>; broken: Broken } {
	const file = `${files.dir}/${name}`;
	const out: Record<string, Place> = {};
	const broken = new Set<string>();
	const { src, failed } = yamlFile(files, name, file, problems, 'the gazetteer (places)', named);
	if (!src) return { out, broken: failed ? 'all' : broken };
	for (const [id, raw] of Object.entries(src.value() as Record<string, unknown>)) {
		broken.add(id);
		if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
			const p = src.pos([id], true);
			problems.error(
				file,
				p.line,
				p.column,
				`place id \`${id}\`: expected lower-case letters, digits and hyphens`,
				`rename it to \`${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}\``
			);
			continue;
		}
		const place = src.check(placeSchema, raw, problems, `place \`${id}\``, [id], {
			'': PLACE_FIELDS
		});
		if (!place) continue;
		const { lat, lng } = place;
		const p = src.pos([id, 'lat']);
		if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
			problems.error(
				file,
				p.line,
				p.column,
				`place \`${id}\`: lat ${lat}, lng ${lng} out of range: expected latitude −90…90 and longitude −180…180`,
				(region ? inRegion(region, lng, lat) : Math.abs(lng) <= 90 && Math.abs(lat) <= 180)
					? 'latitude and longitude look swapped'
					: 'check the coordinate: latitude runs north–south (−90…90), longitude east–west (−180…180)'
			);
			continue;
		}
		if (region && !inRegion(region, lat, lng)) {
			const swapped = inRegion(region, lng, lat);
			problems.error(
				file,
				p.line,
				p.column,
				`place \`${id}\` (${lat}, ${lng}) lies outside the story's region [${region.join(', ')}]`,
				swapped
					? 'latitude and longitude look swapped: lat is north–south, lng east–west'
					: 'widen `region` in the front matter, or check the coordinate'
			);
			continue;
		}
		broken.delete(id);
		out[id] = {
			id,
			name: place.name,
			today: place.today,
			aka: place.aka,
			lat,
			lng,
			kind: place.kind,
			note: place.note
		};
	}
	return { out, broken };
}

function loadSources(
	files: StoryFiles,
	name: string,
	problems: Problems,
	named: Where
): { out: Record<string, Source>; broken: Broken } {
	const file = `${files.dir}/${name}`;
	const out: Record<string, Source> = {};
	const broken = new Set<string>();
	const { src, failed } = yamlFile(
		files,
		name,
		file,
		problems,
		'the bibliography (sources)',
		named
	);
	if (!src) return { out, broken: failed ? 'all' : broken };
	for (const [id, raw] of Object.entries(src.value() as Record<string, unknown>)) {
		const s = src.check(sourceSchema, raw, problems, `source \`${id}\``, [id], {
			'': SOURCE_FIELDS
		});
		if (s) out[id] = { id, short: s.short, citation: s.citation, url: s.url };
		else broken.add(id);
	}
	return { out, broken };
}

function yamlFile(
	files: StoryFiles,
	name: string,
	file: string,
	problems: Problems,
	what: string,
	named: Where
): { src?: YamlSource; failed: boolean } {
	const text = files.read(name);
	if (text === undefined) {
		problems.error(
			named.file,
			named.line,
			named.column,
			`missing file ${name}: expected ${what} beside story.md`,
			`create ${file}, or name another file in the front matter`
		);
		return { failed: true };
	}
	const src = new YamlSource(
		text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'),
		file,
		1,
		problems
	);
	if (!src.ok) return { failed: true };
	const value = src.value();
	if (value === null || value === undefined) return { failed: false };
	if (typeof value !== 'object' || Array.isArray(value)) {
		problems.error(
			file,
			1,
			1,
			`${what}: expected a mapping of id: { … } entries`,
			'write each entry as `id:` followed by indented fields'
		);
		return { failed: true };
	}
	return { src, failed: false };
}

function loadLayers(
	files: StoryFiles,
	fm: FrontMatter,
	fmSrc: YamlSource,
	problems: Problems
): Record<string, LayerSpec> {
	const out: Record<string, LayerSpec> = {};
	for (const [id, spec] of Object.entries(fm.layers)) {
		const p = fmSrc.pos(['layers', id, 'file']);
		const text = files.read(spec.file);
		const where = { file: fmSrc.file, line: p.line, column: p.column };
		const data = checkLayer(text, spec.file, `${files.dir}/${spec.file}`, where, problems);
		if (data) out[id] = { id, file: spec.file, label: spec.label, minZoom: spec.minZoom, data };
	}
	return out;
}

function buildChapters(
	raw: ReturnType<typeof parseStoryMarkdown>['chapters'],
	steps: RawStep[],
	file: string,
	problems: Problems
): Chapter[] {
	const chapters: Chapter[] = [];
	const seen = new Set<string>();
	for (const c of raw) {
		if (seen.has(c.id))
			problems.error(
				file,
				c.line,
				c.column,
				`duplicate chapter id \`${c.id}\``,
				'give each chapter its own {#id}'
			);
		seen.add(c.id);
		const start = steps.findIndex((s) => s.chapter === c.id);
		const end = steps.length - [...steps].reverse().findIndex((s) => s.chapter === c.id);
		if (start < 0)
			problems.error(
				file,
				c.line,
				c.column,
				`chapter \`${c.id}\` has no steps: expected at least one \`## Step\` under it`,
				'add a step or remove the chapter heading'
			);
		else chapters.push({ id: c.id, title: c.title, start, end });
	}
	const orphan = steps.find((s) => !s.chapter);
	if (orphan)
		problems.error(
			file,
			orphan.line,
			1,
			`step \`${orphan.id}\` comes before any chapter: expected a \`# Chapter title {#id}\` above it`,
			'add a chapter heading at the top of the story'
		);
	return chapters;
}

function buildStep(raw: RawStep, index: number, ctx: Ctx): Step | undefined {
	const { problems, file } = ctx;
	if (!raw.scene) {
		problems.error(
			file,
			raw.line,
			1,
			`step \`${raw.id}\` has no scene block: expected a \`\`\`scene fence right under its heading`,
			'add ```scene with at least places: and view:'
		);
		return undefined;
	}
	if (!raw.scene.ok) return undefined;
	const src = raw.scene;
	const value = src.value();
	const scene = src.check(sceneSchema, value ?? {}, problems, `the scene of \`${raw.id}\``, [], {
		'': SCENE_FIELDS,
		view: VIEW_FIELDS
	});
	if (!scene) return undefined;
	const at = (path: Key[], message: string, hint?: string) => {
		const p = src.pos(path);
		problems.error(file, p.line, p.column, message, hint);
	};
	const placeIds = Object.keys(ctx.places);
	const known = (id: string, path: Key[]) => {
		if (ctx.places[id]) return true;
		if (isBroken(ctx.brokenPlaces, id)) return false;
		at(
			path,
			`unknown place \`${id}\`: expected an id from the gazetteer`,
			didYouMean(id, placeIds, `add \`${id}:\` to ${ctx.fm.places}`)
		);
		return false;
	};
	scene.places.forEach((id, i) => known(id, ['places', i]));
	const markers = scene.markers ?? scene.places;
	(scene.markers ?? []).forEach((id, i) => known(id, ['markers', i]));
	const highlight =
		scene.highlight === undefined
			? []
			: typeof scene.highlight === 'string'
				? [scene.highlight]
				: scene.highlight;
	highlight.forEach((id, i) =>
		known(id, typeof scene.highlight === 'string' ? ['highlight'] : ['highlight', i])
	);
	const routeInputs = [
		...(scene.route ? [{ r: scene.route, path: ['route'] as Key[] }] : []),
		...(scene.routes ?? []).map((r, i) => ({ r, path: ['routes', i] as Key[] }))
	];
	for (const { r, path } of routeInputs) r.path.forEach((id, i) => known(id, [...path, 'path', i]));
	const view = buildView(scene, src, ctx, known, at);
	const cues =
		scene.cue === undefined ? [] : typeof scene.cue === 'string' ? [scene.cue] : scene.cue;
	cues.forEach((c, i) => {
		if (!(CUES as readonly string[]).includes(c))
			at(
				typeof scene.cue === 'string' ? ['cue'] : ['cue', i],
				`unknown cue \`${c}\`: expected one of ${CUES.join(', ')}`,
				didYouMean(c, CUES, 'see the cue list in docs/story-format.md')
			);
	});
	if ((cues.includes('letter') || cues.includes('headline')) && !scene.document)
		at(
			['cue'],
			`cue \`${cues.includes('letter') ? 'letter' : 'headline'}\` needs a \`document\` to show`,
			'add document: { kind, title, quote, cite }'
		);
	if (cues.includes('count') && !scene.tally)
		at(['cue'], 'cue `count` needs a `tally` to count up', 'add tally: [{ label, value }]');
	if (cues.includes('route') && routeInputs.length === 0)
		at(['cue'], 'cue `route` needs a `route` to draw', 'add route: { path: [from, to] }');
	(scene.layers ?? []).forEach((l, i) => {
		if (!ctx.layers[l] && !ctx.fm.layers[l])
			at(
				['layers', i],
				`unknown layer \`${l}\`: expected a layer named in the front matter`,
				didYouMean(l, Object.keys(ctx.fm.layers), 'declare it under `layers:` in the front matter')
			);
	});
	const docCite = scene.document?.cite;
	if (docCite && !ctx.sources[docCite.source] && !isBroken(ctx.brokenSources, docCite.source))
		at(
			['document', 'cite', 'source'],
			`unknown source \`${docCite.source}\`: expected an id from ${ctx.fm.sources}`,
			didYouMean(docCite.source, Object.keys(ctx.sources), `add it to ${ctx.fm.sources}`)
		);

	let date: Step['date'];
	if (scene.date !== undefined) {
		const r = parseStepDate(String(scene.date), ctx.fm.calendar);
		if (r.ok) date = r.date;
		else at(['date'], r.message, r.hint);
	}
	for (const { citation, line, column } of raw.citations) {
		if (!ctx.sources[citation.source] && !isBroken(ctx.brokenSources, citation.source))
			problems.error(
				file,
				line,
				column,
				`citation key \`${citation.source}\` has no source: expected an id from ${ctx.fm.sources}`,
				didYouMean(
					citation.source,
					Object.keys(ctx.sources),
					`add \`${citation.source}:\` to ${ctx.fm.sources}`
				)
			);
	}
	const image =
		scene.image &&
		checkImage(
			scene.image,
			{ file, image: src.pos(['image'], true), path: src.pos(['image', 'file']), markdown: false },
			ctx.media,
			problems
		);
	const images = raw.images.flatMap((i) => {
		const where = {
			file,
			image: { line: i.line, column: i.column },
			path: { line: i.srcLine, column: i.srcColumn },
			markdown: true
		};
		return (
			checkImage({ file: i.src, alt: i.alt, credit: i.credit }, where, ctx.media, problems) ?? []
		);
	});
	const html = md.renderer.render(raw.body, md.options, {
		citationLabel: (c: { source: string; locator?: string }) => citationLabel(c, ctx.sources)
	});
	if (!html.replace(/<[^>]*>/g, '').trim())
		problems.error(
			file,
			raw.line,
			1,
			`step \`${raw.id}\` is empty: expected prose under its scene block`,
			'write at least one paragraph'
		);

	return {
		id: raw.id,
		index,
		chapter: raw.chapter ?? '',
		heading: raw.heading,
		date,
		dateNote: scene.dateNote,
		places: scene.places,
		scene: {
			view,
			markers,
			highlight,
			routes: routeInputs.map(({ r }) => ({ path: r.path, draw: r.draw, label: r.label })),
			cues,
			layers: scene.layers ?? [],
			document: scene.document && {
				...scene.document,
				cite: docCite && {
					source: docCite.source,
					locator: docCite.locator === undefined ? undefined : String(docCite.locator)
				}
			},
			tally: scene.tally,
			describe: scene.describe
		},
		html,
		citations: raw.citations.map((c) => c.citation),
		notes: scene.notes,
		line: raw.line,
		...(image ? { image } : {}),
		...(images.length ? { images } : {})
	};
}

/** Links in the prose: never a script address; a #link must name a step (or a source). */
function checkLinks(steps: readonly RawStep[], file: string, problems: Problems): void {
	const ids = steps.map((s) => s.id);
	for (const s of steps) {
		for (const { href, line, column } of s.links) {
			if (!isSafeHref(href)) {
				problems.error(
					file,
					line,
					column,
					`link \`${href}\`: expected an https:// or mailto: address, or #step-id`,
					'a story never runs script: write the address of a web page instead'
				);
				continue;
			}
			const anchor = /^#(.*)$/.exec(href)?.[1];
			if (anchor === undefined || anchor.startsWith('source-') || ids.includes(anchor)) continue;
			problems.error(
				file,
				line,
				column,
				`link \`${href}\`: no step has the id \`${anchor}\``,
				didYouMean(anchor, ids, 'link to a step with #step-id, the id in its heading {#…}')
			);
		}
	}
}

function buildView(
	scene: SceneInput,
	src: YamlSource,
	ctx: Ctx,
	known: (id: string, path: Key[]) => boolean,
	at: (path: Key[], m: string, h?: string) => void
): Step['scene']['view'] {
	const v = scene.view;
	const kinds = (['fit', 'center', 'bounds'] as const).filter((k) => v[k] !== undefined);
	const zoomOk = (z: number | undefined, path: Key[]) => {
		if (z !== undefined && (z < 1 || z > 18))
			at(
				path,
				`zoom ${z} out of range: expected 1 (a continent) to 18 (a building)`,
				'region scenes use 5–7, city scenes 12–15'
			);
	};
	zoomOk(v.zoom, ['view', 'zoom']);
	zoomOk(v.maxZoom, ['view', 'maxZoom']);
	if (kinds.length !== 1) {
		at(
			['view'],
			`view: expected exactly one of fit, center or bounds, got ${kinds.length ? kinds.join(' and ') : 'none'}`,
			`e.g. view: { fit: [${scene.places.join(', ')}] } or view: { center: ${scene.places[0] ?? 'place-id'}, zoom: 14 }`
		);
		return { kind: 'fit', places: scene.places };
	}
	if (v.fit) {
		v.fit.forEach((id, i) => known(id, ['view', 'fit', i]));
		return { kind: 'fit', places: v.fit, maxZoom: v.maxZoom };
	}
	if (v.center !== undefined) {
		if (v.zoom === undefined)
			at(['view'], 'view with `center` needs a `zoom`', 'add zoom: 6 (region) or zoom: 14 (city)');
		let center: readonly [number, number] = [0, 0];
		if (typeof v.center === 'string') {
			if (known(v.center, ['view', 'center'])) {
				const p = ctx.places[v.center]!;
				center = [p.lat, p.lng];
			}
		} else {
			center = v.center;
			if (!inRegion(ctx.region, center[0], center[1]))
				at(
					['view', 'center'],
					`view centre [${center.join(', ')}] lies outside the story's region`,
					inRegion(ctx.region, center[1], center[0])
						? 'latitude and longitude look swapped: write [lat, lng]'
						: 'check the coordinate or widen `region`'
				);
		}
		return { kind: 'center', center, zoom: v.zoom ?? 6 };
	}
	const b = v.bounds!;
	for (const [i, c] of b.entries()) {
		if (!inRegion(ctx.region, c[0], c[1]))
			at(
				['view', 'bounds', i],
				`view bounds corner [${c.join(', ')}] lies outside the story's region`,
				'write [[south, west], [north, east]] in degrees'
			);
	}
	return { kind: 'bounds', bounds: b };
}

function checkDateOrder(steps: Step[], file: string, problems: Problems): void {
	let last: Step | undefined;
	for (const s of steps) {
		if (!s.date) continue;
		if (last?.date && compare(s.date.start, last.date.start) < 0)
			problems.warn(
				file,
				s.line,
				1,
				`step \`${s.id}\` (${s.date.label}) comes after \`${last.id}\` (${last.date.label}) but is dated earlier`,
				'if the flashback is meant, ignore this; otherwise check the date'
			);
		last = s;
	}
}

function checkUncited(
	steps: Step[],
	sources: Record<string, Source>,
	file: string,
	problems: Problems,
	files: StoryFiles
): void {
	const used = new Set<string>();
	for (const s of steps) {
		for (const c of s.citations) used.add(c.source);
		if (s.scene.document?.cite) used.add(s.scene.document.cite.source);
	}
	const text = files.read(file.slice(files.dir.length + 1)) ?? '';
	const lines = text.split('\n');
	for (const id of Object.keys(sources)) {
		if (used.has(id)) continue;
		const line = lines.findIndex((l) => l.startsWith(`${id}:`)) + 1 || 1;
		problems.warn(
			file,
			line,
			1,
			`source \`${id}\` is never cited`,
			'cite it with [@' + id + '] or remove it'
		);
	}
}

function deepFreeze<T>(o: T): T {
	if (o && typeof o === 'object' && !Object.isFrozen(o)) {
		Object.freeze(o);
		for (const v of Object.values(o)) deepFreeze(v);
	}
	return o;
}
