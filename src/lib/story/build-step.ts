import { parseStepDate } from './dates';
import type { Problems } from './errors';
import { md, type RawStep } from './parse';
import { SCENE_FIELDS, VIEW_FIELDS, sceneSchema } from './schema';
import { didYouMean } from './suggest';
import type { Key } from './yaml-source';
import { citationLabel } from './cite';
import { checkImage } from './images';
import { isProtocolRelative, isSafeHref } from './safe-url';
import { CUES, type Step } from './types';
import { isBroken, type Ctx } from './build-ctx';
import { buildView } from './view';
import { own } from './own';
import { viaPoints } from './route-via';
import { overZoom } from './over-zoom';
import { holdsOn } from './layer-dates';
import { isoDate } from './calendar';

export function buildStep(raw: RawStep, index: number, ctx: Ctx): Step | undefined {
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
		if (own(ctx.places, id)) return true;
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
	const routes = routeInputs.map(({ r, path }) => {
		const points = r.via ? viaPoints({ path: r.path, via: r.via }, path, ctx, at) : undefined;
		return {
			path: r.path,
			draw: r.draw,
			...(r.label ? { label: r.label } : {}),
			...(r.via ? { via: r.via } : {}),
			...(points ? { points } : {})
		};
	});
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
		if (!own(ctx.layers, l) && !own(ctx.fm.layers, l))
			at(
				['layers', i],
				`unknown layer \`${l}\`: expected a layer named in the front matter`,
				didYouMean(l, Object.keys(ctx.fm.layers), 'declare it under `layers:` in the front matter')
			);
	});
	const docCite = scene.document?.cite;
	if (docCite && !own(ctx.sources, docCite.source) && !isBroken(ctx.brokenSources, docCite.source))
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
	// A named layer that does not hold on the step's date is left off the map: say so.
	(scene.layers ?? []).forEach((l, i) => {
		const spec = ctx.layers[l];
		if (!spec || holdsOn(spec, date)) return;
		const p = src.pos(['layers', i]);
		const span = [spec.from && `from ${isoDate(spec.from)}`, spec.to && `to ${isoDate(spec.to)}`];
		problems.warn(
			file,
			p.line,
			p.column,
			`layer \`${l}\` (${span.filter(Boolean).join(' ')}) does not hold on ${date ? "the step's date" : 'a step without a date'}, so the map leaves it out`,
			date
				? 'name it in a step within its dates, or check its `from` and `to`'
				: 'give the step a date, or name a layer without dates'
		);
	});
	// Never an empty map: warn where the view zooms past what is drawn at its centre.
	const over = overZoom(
		{ view, layers: scene.layers ?? [], date },
		ctx.places,
		ctx.layers,
		ctx.detail
	);
	if (over) {
		const p = src.pos(['view']);
		problems.warn(file, p.line, p.column, over[0], over[1]);
	}
	for (const { citation, line, column } of raw.citations) {
		if (!own(ctx.sources, citation.source) && !isBroken(ctx.brokenSources, citation.source))
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
			routes,
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
export function checkLinks(steps: readonly RawStep[], file: string, problems: Problems): void {
	const ids = steps.map((s) => s.id);
	for (const s of steps) {
		for (const { href, line, column } of s.links) {
			if (!isSafeHref(href)) {
				problems.error(
					file,
					line,
					column,
					`link \`${href}\`: expected an https:// or mailto: address, or #step-id`,
					isProtocolRelative(href)
						? `an address starting with // leaves the site: write it whole, https:${href.trim().replace(/^[/\\]+/, '//')}`
						: 'a story never runs script: write the address of a web page instead'
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
