#!/usr/bin/env node
/**
 * Writes a generated story for the scale benchmark: `node scripts/gen-story.mjs <dir> [steps] [places]`
 * (default 1,000 steps and 300 places) into <dir>/<slug>/ as story.md, places.yaml and sources.yaml.
 * It is a valid Lantern story: a region, places inside it, a chapter every 50 steps, and each step a
 * scene (a view, markers, a highlight, now and then a route, a date) and a paragraph with a
 * citation. Deterministic: the same arguments give the same files.
 * Build it with `LANTERN_STORIES=<dir> LANTERN_BUILD_DIR=<out> vite build`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SCALE_SLUG = 'scale-test';

/** A small deterministic generator (mulberry32). @param {number} seed */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS =
	'archive letter committee soviet garrison railway harbour telegram station printing press meeting resolution delegate district factory regiment bridge embankment island fortress ballot assembly newspaper editorial courier frontier'.split(
		' '
	);

/**
 * @param {string} dir the stories folder to write into
 * @param {{ steps?: number, places?: number, slug?: string }} [options]
 * @returns {{ dir: string, steps: number, places: number }}
 */
export function generateStory(dir, { steps = 1000, places = 300, slug = SCALE_SLUG } = {}) {
	const rand = random(1917);
	const pick = (/** @type {string[]} */ list) => list[Math.floor(rand() * list.length)] ?? '';
	const words = (/** @type {number} */ n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
	// The same region as the documentary: its basemap is what the build extracts.
	const region = [22, 54, 40, 62];
	const placeIds = Array.from(
		{ length: places },
		(_, i) => `place-${String(i + 1).padStart(3, '0')}`
	);
	const placesYaml = placeIds
		.map((id, i) => {
			const lat = (55 + rand() * 6).toFixed(5);
			const lng = (24 + rand() * 14).toFixed(5);
			return `${id}:\n  name: Place ${i + 1}\n  lat: ${lat}\n  lng: ${lng}\n  kind: ${i % 5 === 0 ? 'city' : 'site'}\n`;
		})
		.join('\n');
	const sourcesYaml = Array.from(
		{ length: 5 },
		(_, i) =>
			`source-${i + 1}:\n  short: Source ${i + 1}\n  citation: A generated source for the scale benchmark, volume ${i + 1}.\n`
	).join('\n');

	const lines = [
		'---',
		'title: A Thousand Steps',
		'subtitle: A generated story for the scale benchmark',
		`summary: ${steps} generated steps over ${places} places, to measure how Lantern scales.`,
		'calendar: gregorian',
		`region: [${region.join(', ')}]`,
		'---',
		''
	];
	const start = Date.UTC(1917, 0, 1);
	for (let i = 0; i < steps; i++) {
		if (i % 50 === 0) {
			const c = i / 50 + 1;
			lines.push(`# Chapter ${c} {#chapter-${c}}`, '');
		}
		const here = [pick(placeIds), pick(placeIds), pick(placeIds)].filter(
			(p, k, all) => all.indexOf(p) === k
		);
		const date = new Date(start + Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10);
		const scene = [
			`date: ${date}`,
			`places: [${here[0]}]`,
			i % 7 === 3
				? `view: { center: ${here[0]}, zoom: ${6 + (i % 4)} }`
				: `view: { fit: [${here.join(', ')}] }`,
			`markers: [${here.join(', ')}]`,
			`highlight: ${here[0]}`
		];
		if (i % 4 === 1 && here.length > 1) {
			scene.push(`route: { path: [${here.join(', ')}], draw: true }`, 'cue: route');
		}
		lines.push(
			`## Step ${i + 1}: ${words(3)} {#step-${i + 1}}`,
			'',
			'```scene',
			...scene,
			'```',
			'',
			`Step ${i + 1} of the generated story: the ${words(12)}, and the ${words(10)} [@source-${(i % 5) + 1}, p. ${i + 1}].`,
			''
		);
	}
	const storyDir = join(dir, slug);
	mkdirSync(storyDir, { recursive: true });
	writeFileSync(join(storyDir, 'story.md'), lines.join('\n'));
	writeFileSync(join(storyDir, 'places.yaml'), placesYaml);
	writeFileSync(join(storyDir, 'sources.yaml'), sourcesYaml);
	return { dir: storyDir, steps, places };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const [dir, steps, places] = process.argv.slice(2);
	if (!dir) {
		console.error('usage: node scripts/gen-story.mjs <stories-dir> [steps=1000] [places=300]');
		process.exit(2);
	}
	const r = generateStory(dir, { steps: Number(steps ?? 1000), places: Number(places ?? 300) });
	console.log(`wrote ${r.steps} steps over ${r.places} places to ${r.dir}`);
}
