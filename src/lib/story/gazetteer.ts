import type { Problems } from './errors';
import { PLACE_FIELDS, SOURCE_FIELDS, placeSchema, sourceSchema, type FrontMatter } from './schema';
import { YamlSource } from './yaml-source';
import { outsideMessage } from './text-guards';
import type { Place, Source, Story } from './types';
import type { StoryFiles } from './build';
import type { Broken, Where } from './build-ctx';

/** The story's other files: the gazetteer and the bibliography (map layers: layers.ts). */
/** Whether the region is a usable box; if not, places are not also reported outside it. */
export function checkRegion(
	fm: FrontMatter,
	src: YamlSource,
	file: string,
	problems: Problems
): boolean {
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

export function loadPlaces(
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
		if (!isId(id, src, file, problems, 'place')) continue;
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

export function loadSources(
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
		// Checked like a place id: `__proto__` vanished into the object's prototype, and the id
		// is written into the page's source anchors (#source-<id>).
		if (!isId(id, src, file, problems, 'source')) {
			broken.add(id);
			continue;
		}
		const s = src.check(sourceSchema, raw, problems, `source \`${id}\``, [id], {
			'': SOURCE_FIELDS
		});
		if (s) out[id] = { id, short: s.short, citation: s.citation, url: s.url };
		else broken.add(id);
	}
	return { out, broken };
}

/** Whether a gazetteer or bibliography key is a valid id; reports it where it is written if not. */
function isId(
	id: string,
	src: YamlSource,
	file: string,
	problems: Problems,
	what: string
): boolean {
	if (/^[a-z0-9][a-z0-9-]*$/.test(id)) return true;
	const p = src.pos([id], true);
	problems.error(
		file,
		p.line,
		p.column,
		`${what} id \`${id}\`: expected lower-case letters, digits and hyphens`,
		`rename it to \`${
			id
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-+|-+$/g, '') || `${what}-1`
		}\``
	);
	return false;
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
		const real = files.outside?.(name);
		if (real) problems.error(named.file, named.line, named.column, ...outsideMessage(name, real));
		else
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
