import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import markdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildStory } from '../../src/lib/story/build';
import { formatProblem } from '../../src/lib/story/errors';
import {
	FRONT_MATTER_FIELDS,
	PLACE_FIELDS,
	SCENE_FIELDS,
	SOURCE_FIELDS,
	VIEW_FIELDS,
	imageSchema
} from '../../src/lib/story/schema';
import { CUES } from '../../src/lib/story/types';

/**
 * docs/story-format.md is the authors' reference: every field is in it, every YAML example in it
 * loads without a problem, and every message it shows is one the loader really prints.
 */
const DOC = readFileSync('docs/story-format.md', 'utf8');
const fences = markdownIt()
	.parse(DOC, {})
	.filter((t) => t.type === 'fence')
	.map((t) => ({ info: t.info.trim(), content: t.content }));
const examples = (kind: string) => fences.filter((f) => f.info === `yaml ${kind}`);

const PLAN = '{ "type": "FeatureCollection", "features": [] }';
const FRONT = `title: T\nsummary: S.\ncalendar: julian\nregion: [22, 54, 40, 62]\n`;

/** A one-step story around a piece of YAML from the docs; every file it names exists. */
function load(parts: { front?: string; scene?: string; places?: string; sources?: string }) {
	const front = parts.front ?? FRONT;
	const fm = parseYaml(front) as { region: number[]; layers?: Record<string, unknown> };
	const [w = 0, s = 0, e = 0, n = 0] = fm.region;
	const here = `here:\n  name: Here\n  lat: ${(s + n) / 2}\n  lng: ${(w + e) / 2}\n`;
	const scene = parts.scene ? (parseYaml(parts.scene) as Record<string, unknown>) : {};
	const places =
		parts.places ??
		placeIds(scene)
			.map((id) => `${id}:\n  name: ${id}\n  lat: 59.93917\n  lng: 30.31556\n`)
			.join('') + here;
	const placeList = Object.keys(parseYaml(places) as object);
	const sources =
		parts.sources ?? 'lenin-cw26:\n  short: L\n  citation: L.\nsrc:\n  short: S\n  citation: S.\n';
	const cites = Object.keys(parseYaml(sources) as object)
		.map((id) => `[@${id}]`)
		.join(' ');
	const layers =
		parts.scene && scene.layers
			? '\nlayers:\n  plan:\n    file: plan.geojson\n    label: A plan\n'
			: '';
	const sceneText =
		parts.scene ?? `places: [${placeList[0]}]\nview: { center: ${placeList[0]}, zoom: 10 }\n`;
	const story = `---\n${front.trimEnd()}${layers}\n---\n\n# C {#c}\n\n## S {#s}\n\n\`\`\`scene\n${sceneText}\`\`\`\n\nText ${cites}.\n`;
	const files: Record<string, string> = {
		'story.md': story,
		'places.yaml': places,
		'sources.yaml': sources
	};
	return buildStory({
		slug: 'doc',
		dir: 'stories/doc',
		read: (name) => files[name] ?? (name.endsWith('.geojson') ? PLAN : undefined),
		exists: (name) => name.startsWith('media/') || name in files,
		// The examples show fields, not a basemap: take it as detailed at every zoom.
		detail: { base: 19, boxes: [] }
	});
}

function placeIds(scene: Record<string, unknown>): string[] {
	const ids = new Set<string>();
	const add = (v: unknown) => {
		if (typeof v === 'string') ids.add(v);
		if (Array.isArray(v)) v.forEach((x) => typeof x === 'string' && ids.add(x));
	};
	add(scene.places);
	add(scene.markers);
	add(scene.highlight);
	const view = (scene.view ?? {}) as Record<string, unknown>;
	add(view.fit);
	add(view.center);
	const routes = [scene.route, ...((scene.routes as unknown[]) ?? [])];
	for (const r of routes) if (r) add((r as { path?: unknown }).path);
	return [...ids];
}

const noProblems = (r: ReturnType<typeof buildStory>) => r.problems.map(formatProblem);

describe('docs/story-format.md', () => {
	it('documents every field and every cue', () => {
		const fields = [
			...FRONT_MATTER_FIELDS,
			...SCENE_FIELDS,
			...VIEW_FIELDS,
			...PLACE_FIELDS,
			...SOURCE_FIELDS,
			...Object.keys(imageSchema.entries),
			...CUES
		];
		for (const f of fields) expect(DOC, f).toContain(`\`${f}\``);
	});

	it.each(examples('front-matter').map((f, i) => [i, f.content]))(
		'front-matter example %i loads',
		(_i, front) => {
			// `tiles:` is documented and allowed, and always warned about (docs/security.md).
			const problems = noProblems(load({ front }));
			expect(problems.filter((p) => !p.includes('reach the network'))).toEqual([]);
		}
	);

	it.each(examples('scene').map((f, i) => [i, f.content]))(
		'scene example %i loads',
		(_i, scene) => {
			expect(noProblems(load({ scene }))).toEqual([]);
		}
	);

	it.each(examples('places.yaml').map((f, i) => [i, f.content]))(
		'places.yaml example %i loads',
		(_i, places) => {
			const front = FRONT.replace('[22, 54, 40, 62]', '[-180, -85, 180, 85]');
			expect(noProblems(load({ front, places }))).toEqual([]);
		}
	);

	it.each(examples('sources.yaml').map((f, i) => [i, f.content]))(
		'sources.yaml example %i loads',
		(_i, sources) => {
			expect(noProblems(load({ sources }))).toEqual([]);
		}
	);

	it('has examples of each kind', () => {
		expect(examples('front-matter').length).toBeGreaterThanOrEqual(2);
		expect(examples('scene').length).toBeGreaterThanOrEqual(4);
		expect(examples('places.yaml')).toHaveLength(1);
		expect(examples('sources.yaml')).toHaveLength(1);
	});

	it('shows only messages the loader really prints, for every broken fixture', () => {
		const root = 'tests/fixtures/broken';
		const cases = readdirSync(root).filter(
			(c) => !c.startsWith('_') && statSync(join(root, c)).isDirectory()
		);
		const strip = (line: string) => line.replace(/^\S+:\d+:\d+ {2}/, '');
		const real = new Set(
			cases.flatMap((c) =>
				readFileSync(join(root, c, 'expected.txt'), 'utf8')
					.replaceAll(`${root}/${c}/`, 'stories/my-walk/')
					.split('\n')
					.filter(Boolean)
					.map(strip)
			)
		);
		const section = DOC.slice(DOC.indexOf('## Errors and warnings'), DOC.indexOf('## A complete'));
		const shown = markdownIt()
			.parse(section, {})
			.filter((t) => t.type === 'fence' && t.info === 'text')
			.flatMap((t) => t.content.split('\n').filter(Boolean));
		expect(shown.length).toBeGreaterThanOrEqual(100);
		for (const line of shown) expect(real.has(strip(line)), line).toBe(true);
		// and every broken fixture is shown there
		for (const c of cases) {
			const first = readFileSync(join(root, c, 'expected.txt'), 'utf8').split('\n')[0] ?? '';
			expect(shown.map(strip), c).toContain(
				strip(first.replaceAll(`${root}/${c}/`, 'stories/my-walk/'))
			);
		}
	});
});
