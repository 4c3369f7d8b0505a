import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStory } from './build';
import { citationLabel } from './cite';
import { own } from './own';
import { sceneAt } from '../scene/scene-at';
import { citedBy } from '../embed/cited';
import type { Story } from './types';

const BASE = 'tests/fixtures/broken/_base';
const read = (over: Record<string, string>) => (name: string) => {
	if (name in over) return over[name];
	try {
		return readFileSync(`${BASE}/${name}`, 'utf8');
	} catch {
		return undefined;
	}
};

describe('ids that are JavaScript property names', () => {
	it('finds only what the story wrote', () => {
		expect(own({ a: 1 }, 'constructor')).toBeUndefined();
		expect(own({ a: 1 }, 'toString')).toBeUndefined();
		expect(own({ constructor: 2 } as Record<string, number>, 'constructor')).toBe(2);
	});

	it('lets a story name a place `constructor`, and draws it', () => {
		const places = readFileSync(`${BASE}/places.yaml`, 'utf8').replaceAll('square', 'constructor');
		const story = readFileSync(`${BASE}/story.md`, 'utf8')
			.replace(/places: \[square\]/, 'places: [constructor]')
			.replace(/\[square, church\]/g, '[constructor, church]')
			.replace('highlight: square', 'highlight: constructor');
		const r = buildStory({
			slug: 't',
			dir: BASE,
			read: read({ 'places.yaml': places, 'story.md': story })
		});
		expect(r.problems).toEqual([]);
		const scene = sceneAt(r.story!, 0);
		expect(scene.markers.find((m) => m.id === 'constructor')?.name).toBe('Terreiro do Paço');
	});

	it('never reads a source or a place from Object.prototype at run time', () => {
		const story = {
			sources: {},
			places: {},
			layers: {},
			steps: [{ citations: [{ source: 'toString' }], scene: {} }]
		} as unknown as Story;
		expect(citationLabel({ source: 'toString' }, story.sources)).toBe('toString');
		expect(citedBy(story, story.steps)).toEqual([]);
	});
});
