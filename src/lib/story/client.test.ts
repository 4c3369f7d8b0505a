import { describe, expect, it } from 'vitest';
import { transport } from '../../hooks';
import { forClient } from './client';
import { loadStory } from './load';
import { ServerOnly } from './server-only';
import type { Step } from './types';

describe('forClient', () => {
	const story = loadStory('the-crisis-has-matured');

	it('leaves the layers’ geometry to map.json and keeps everything else', () => {
		const client = forClient(story);
		for (const [id, layer] of Object.entries(client.layers)) {
			expect(layer, id).not.toHaveProperty('data');
			expect(story.layers[id]).toHaveProperty('data');
		}
		expect(client.steps).toEqual(story.steps);
		expect(client.steps.some((s) => s.notes)).toBe(true);
	});

	it('drops the lecturer’s notes for pages that never show them, and nothing else', () => {
		const client = forClient(story, { notes: false });
		expect(client.steps.filter((s) => 'notes' in s)).toEqual([]);
		expect(client.steps.map((s) => ({ ...s, notes: undefined }))).toEqual(
			story.steps.map((s) => ({ ...s, notes: undefined }))
		);
		// The story itself is not changed: the deck still has its notes.
		expect(story.steps.some((s) => s.notes)).toBe(true);
	});

	it('leaves out what only the step cards show, for a page that prerenders them', () => {
		const full = forClient(story, { notes: false });
		const client = forClient(full, { cards: false });
		for (const s of client.steps) {
			expect(s, s.id).toMatchObject({ html: '', heading: '', places: [], citations: [] });
		}
		// The dates stay only for sceneAt's dated layers, which this story has.
		const dated = Object.values(story.layers).some((l) => l.from || l.to);
		expect(client.steps.map((s) => s.date)).toEqual(
			full.steps.map((s) => (dated ? s.date : undefined))
		);
		// What the app reads stays: ids, scenes, places, sources, chapters.
		const mapPart = ({ document: _d, tally: _t, ...scene }: Step['scene']) => scene;
		expect(client.steps.map((s) => [s.id, s.scene])).toEqual(
			full.steps.map((s) => [s.id, mapPart(s.scene)])
		);
		expect(client.steps.filter((s) => s.scene.document || s.scene.tally)).toEqual([]);
		expect(full.steps.filter((s) => s.scene.document).length).toBeGreaterThan(0);
		expect(client.places).toEqual(full.places);
		expect(client.sources).toEqual(full.sources);
		expect(JSON.stringify(client).length).toBeLessThan(0.6 * JSON.stringify(full).length);
	});
});

describe('the transport of ServerOnly', () => {
	const { encode, decode } = transport.ServerOnly!;

	it('sends a marker, never the value, and reads it back empty', () => {
		const prose = new ServerOnly({ razliv: '<p>a secret kept on the server</p>' });
		const wire = encode(prose);
		expect(wire).toBeTruthy();
		expect(JSON.stringify(wire)).not.toContain('secret');
		const read = decode(wire);
		expect(read).toBeInstanceOf(ServerOnly);
		expect(read.value).toBeUndefined();
	});

	it('leaves every other value to the usual serialisation', () => {
		for (const v of [{}, [], 'text', 1, new Map()]) expect(encode(v)).toBe(false);
	});
});
