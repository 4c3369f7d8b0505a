import { outsideMessage } from './text-guards';
import type { Problems } from './errors';
import type { StoryFiles } from './build';
import { compare, parseStepDate } from './dates';
import { checkFeatures, featuresBox } from './geojson-check';
import { checkDrawnTwice } from './drawn-twice';
import type { FrontMatter } from './schema';
import type { CalendarDate, GeoJSONCollection, LayerSpec, Story } from './types';
import type { YamlSource } from './yaml-source';
import type { Where } from './build-ctx';

/** The front matter's `layers:`, each read, checked feature by feature, and dated. */
export function loadLayers(
	files: StoryFiles,
	fm: FrontMatter,
	fmSrc: YamlSource,
	region: Story['region'] | undefined,
	problems: Problems
): Record<string, LayerSpec> {
	const out: Record<string, LayerSpec> = {};
	for (const [id, spec] of Object.entries(fm.layers)) {
		const at = (field: string) => ({ file: fmSrc.file, ...fmSrc.pos(['layers', id, field]) });
		const date = (field: 'from' | 'to'): CalendarDate | undefined => {
			const raw = spec[field];
			if (raw === undefined) return undefined;
			const r = parseStepDate(String(raw), fm.calendar);
			const p = at(field);
			if (r.ok && !r.date.end && !r.date.circa) return r.date.start;
			problems.error(
				p.file,
				p.line,
				p.column,
				r.ok
					? `layer \`${id}\` ${field}: \`${raw}\`: expected one day, not a span or a "c." date`
					: `layer \`${id}\` ${field}: ${r.message}`,
				r.ok ? `write ${field}: YYYY-MM-DD, in the story's ${fm.calendar} calendar` : r.hint
			);
			return undefined;
		};
		const from = date('from');
		const to = date('to');
		let datesOk = (spec.from === undefined || !!from) && (spec.to === undefined || !!to);
		if (from && to && compare(from, to) > 0) {
			datesOk = false;
			const p = at('to');
			problems.error(
				p.file,
				p.line,
				p.column,
				`layer \`${id}\`: to (${spec.to}) comes before from (${spec.from})`,
				'the layer holds from its first day to its last: write the earlier date in `from`'
			);
		}
		const text = files.read(spec.file);
		// A symbolic link out of the story folder is never read (#17): reported where it is named.
		const real = text === undefined ? files.outside?.(spec.file) : undefined;
		if (real) {
			const p = at('file');
			problems.error(p.file, p.line, p.column, ...outsideMessage(spec.file, real));
			continue;
		}
		const data = checkLayer(
			text,
			spec.file,
			`${files.dir}/${spec.file}`,
			at('file'),
			problems,
			region
		);
		// A layer with bad dates is not published either: the map could not say when it holds.
		if (!data || !datesOk) continue;
		out[id] = {
			id,
			file: spec.file,
			label: spec.label,
			minZoom: spec.minZoom,
			...(spec.credit ? { credit: spec.credit } : {}),
			...(spec.detail !== undefined ? { detail: spec.detail } : {}),
			auto: spec.auto,
			...(from ? { from } : {}),
			...(to ? { to } : {}),
			...(featuresBox(data.features) ? { bbox: featuresBox(data.features) } : {}),
			data
		};
	}
	checkDrawnTwice(Object.values(out), (f) => files.read(f), files.dir, problems);
	return out;
}

/** Read an extra map layer (GeoJSON); any problem points at the file, or at the line naming it. */
export function checkLayer(
	text: string | undefined,
	name: string,
	path: string,
	where: Where,
	problems: Problems,
	region?: Story['region']
): GeoJSONCollection | undefined {
	if (text === undefined) {
		problems.error(
			where.file,
			where.line,
			where.column,
			`layer file \`${name}\` not found: expected ${path}`,
			'check the file name, or add the file beside story.md'
		);
		return undefined;
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (e) {
		const msg = e instanceof Error ? e.message : String(e);
		const m = /position (\d+)/.exec(msg);
		const offset = m ? Number(m[1]) : 0;
		const before = text.slice(0, offset).split('\n');
		// Node's wording varies by version ("… at position 136 (line 6 column 57)"): keep the what,
		// the position is in the file:line:column already.
		const what = msg
			.replace(/\s*(in JSON )?at position \d+.*$/, '')
			.replace(/\s*\(line \d+ column \d+\)$/, '');
		problems.error(
			path,
			before.length,
			(before.at(-1)?.length ?? 0) + 1,
			`GeoJSON syntax: ${what}`,
			'the layer must be valid JSON; check commas and brackets near this point'
		);
		return undefined;
	}
	const fc = data as { type?: unknown; features?: unknown };
	if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
		problems.error(
			path,
			1,
			1,
			'expected a GeoJSON FeatureCollection with a `features` list',
			'wrap the features: { "type": "FeatureCollection", "features": [ … ] }'
		);
		return undefined;
	}
	if (!checkFeatures(text, fc.features, path, region, problems)) return undefined;
	return data as GeoJSONCollection;
}
