#!/usr/bin/env node
/**
 * Extracts the coast, lakes and rivers that Lantern's basemap draws, from GSHHG, once, into small
 * committed GeoJSON files (src/lib/server/coast/*.geojson). The build reads those files; it never
 * runs GMT, and nothing is fetched at build or run time: a fresh clone builds without GMT.
 *
 * Source: GSHHG, the Global Self-consistent, Hierarchical, High-resolution Geography Database
 * (P. Wessel and W. H. F. Smith), version 2.3.7 as Debian packages it (`gmt-gshhg-full`),
 * dumped by GMT (`gmt`). Licence: GSHHG (Wessel & Smith), LGPL-3. It is a MODERN shoreline
 * (the west shore of Vasilievsky Island, parts of the Gulf's shore and Lisbon's waterfront were
 * filled after 1917 and 1755): the credit line says so.
 *
 * Remake the files (Debian bookworm):
 *   apt-get install -y gmt gmt-gshhg-full
 *   node scripts/coast/extract.mjs            # every area in scripts/coast/areas.mjs
 *   node scripts/coast/extract.mjs vyborg     # one area
 *
 * For each area it runs, with R = west/east/south/north of the area's box:
 *   gmt coast -R<R> -D<res> -W -M -A0/1/1    shorelines of land (GSHHG level 1)
 *   gmt coast -R<R> -D<res> -W -M -A0/2/2    shorelines of lakes (level 2)
 *   gmt coast -R<R> -D<res> -W -M -A0/3/3    islands in lakes (level 3)
 *   gmt coast -R<R> -D<res> -I<rivers> -M    rivers (WDBII), clipped here to the box
 * then closes the shorelines that the box cuts into polygons along the box's edge, drops rings
 * smaller than a few pixels at the area's zoom, simplifies (Douglas-Peucker in Web Mercator pixels
 * of that zoom) and rounds the coordinates (5 decimals: about a metre).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AREAS } from './areas.mjs';
import { closeRings, destep, onEdge, simplifyArea, smooth } from './geometry.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'src/lib/server/coast');

/** @param {string[]} args @returns {string} GMT's text output */
function gmt(args) {
	return execFileSync('gmt', ['coast', ...args], {
		cwd: tmpdir(), // GMT leaves a gmt.history file where it runs
		encoding: 'utf8',
		maxBuffer: 1 << 30
	});
}

/**
 * GMT's multisegment text: one `>` header per segment, then "lon lat" lines.
 * @param {string} text @returns {number[][][]} segments of [lon, lat]
 */
function parseSegments(text) {
	/** @type {number[][][]} */
	const segments = [];
	/** @type {number[][] | undefined} */
	let current;
	for (const line of text.split('\n')) {
		if (line.startsWith('>')) {
			current = [];
			segments.push(current);
			continue;
		}
		const [x, y] = line.trim().split(/\s+/).map(Number);
		if (current && Number.isFinite(x) && Number.isFinite(y)) current.push([x ?? 0, y ?? 0]);
	}
	return segments.filter((s) => s.length >= 2);
}

/** Is the point on land (GSHHG level 1 or 3)? For a box that no shoreline crosses. */
function onLand(lon, lat, res) {
	const out = execFileSync('gmt', ['select', `-D${res}`, '-Ns/k/s/k/s'], {
		cwd: tmpdir(),
		input: `${lon} ${lat}\n`,
		encoding: 'utf8'
	});
	return out.trim().length > 0;
}

function extract(area) {
	const [w, s, e, n] = area.bbox;
	const R = `-R${w}/${e}/${s}/${n}`;
	const D = `-D${area.resolution}`;
	const level = (l) => parseSegments(gmt([R, D, '-W', '-M', `-A0/${l}/${l}`]));
	const landLines = area.land === false ? [] : level(1);
	const cornerLand = () => onLand(w + 1e-6, s + 1e-6, area.resolution);
	const land = area.land === false ? [] : closeRings(landLines, area.bbox, cornerLand);
	// Lakes: water on the right of GSHHG's lines; reversed, it is on the left like land.
	const lakes =
		area.lakes === false
			? []
			: [
					...closeRings(
						level(2).map((l) => [...l].reverse()),
						area.bbox,
						() => false
					).map((r) => [...r].reverse()),
					...closeRings(level(3), area.bbox, () => false)
				];
	// Drawn lakes are kept at any size: they are there because the story needs them.
	const drawn = (area.drawnLakes ?? []).map((r) => smooth([...r, r[0]], 3).reverse());
	const rivers = (area.rivers ?? []).flatMap((r) =>
		parseSegments(gmt([R, D, `-I${r}`, '-M'])).flatMap((l) => clipLine(l, area.bbox))
	);
	// GSHHG's full resolution comes from a 1:250,000 survey traced in steps of about 100 m: at
	// zoom 14 its bays are stairs. Rounded (Chaikin), they read as a coast of their scale.
	// Its stairs are first cut to their diagonals (Douglas-Peucker at `destep` metres), then the
	// corners rounded: smoothed as they are, the stairs came out as scallops.
	const edge = (p) => onEdge(p, area.bbox);
	const round = (r) => {
		if (!area.smooth) return r;
		const cut = area.destep ? destep(r, area.destep, edge) : r;
		return cut.length >= 4 ? smooth(cut, area.smooth, edge) : r;
	};
	return simplifyArea({ land: land.map(round), lakes: lakes.map(round), rivers, drawn }, area);
}

/** Cuts a line to the parts inside the box (vertices outside dropped, the cut interpolated). */
function clipLine(line, [w, s, e, n]) {
	const inside = (p) => p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n;
	const out = [];
	let part = [];
	for (let i = 0; i < line.length; i++) {
		const p = line[i];
		if (inside(p)) part.push(p);
		else {
			if (part.length >= 2) out.push(part);
			part = [];
		}
	}
	if (part.length >= 2) out.push(part);
	return out;
}

function feature(kind, type, coordinates) {
	return { type: 'Feature', properties: { kind }, geometry: { type, coordinates } };
}

function write(area, { land, lakes, rivers }) {
	const features = [];
	if (land.length)
		features.push(
			feature(
				'land',
				'MultiPolygon',
				land.map((r) => [r])
			)
		);
	if (lakes.length)
		features.push(
			feature(
				'water',
				'MultiPolygon',
				lakes.map((r) => [r])
			)
		);
	if (rivers.length) features.push(feature('river', 'MultiLineString', rivers));
	const about = {
		name: area.name,
		kind: area.kind,
		bbox: area.bbox,
		zoom: area.zoom,
		source: `GSHHG 2.3.7 (Wessel & Smith), resolution ${area.resolution}, via GMT; LGPL-3`,
		note: 'Modern shoreline. Lakes are even-odd rings: islands in lakes are rings inside them.',
		command: `node scripts/coast/extract.mjs ${area.name}`
	};
	// One ring per line: small diffs when the extraction changes, still compact.
	const text =
		`{"type":"FeatureCollection","about":${JSON.stringify(about)},"features":[\n` +
		features
			.map((f) => {
				const coords =
					f.geometry.type === 'MultiPolygon'
						? `[\n${f.geometry.coordinates.map((p) => JSON.stringify(p)).join(',\n')}\n]`
						: `[\n${f.geometry.coordinates.map((l) => JSON.stringify(l)).join(',\n')}\n]`;
				return `{"type":"Feature","properties":${JSON.stringify(f.properties)},"geometry":{"type":"${f.geometry.type}","coordinates":${coords}}}`;
			})
			.join(',\n') +
		'\n]}\n';
	mkdirSync(OUT, { recursive: true });
	const file = join(OUT, `${area.name}.geojson`);
	writeFileSync(file, text);
	const vertices = [...land, ...lakes, ...rivers].reduce((a, r) => a + r.length, 0);
	console.log(
		`${area.name}: ${land.length} land rings, ${lakes.length} lake rings, ${rivers.length} rivers, ${vertices} vertices, ${(text.length / 1024).toFixed(1)} KB`
	);
}

const only = process.argv.slice(2);
for (const area of AREAS) {
	if (only.length && !only.includes(area.name)) continue;
	write(area, extract(area));
}
