import { describe, expect, it } from 'vitest';
import { transport } from '../../hooks';
import { forClient, proseOf, withProse } from './client';
import { loadStory } from './load';
import { ServerOnly } from './server-only';

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

	it('leaves out the prose for a page that prerenders its steps, and puts it back on the server', () => {
		const client = forClient(story, { notes: false, prose: false });
		expect(client.steps.every((s) => s.html === '')).toBe(true);
		expect(JSON.stringify(client).length).toBeLessThan(
			0.7 * JSON.stringify(forClient(story)).length
		);
		const back = withProse(client, proseOf(story));
		expect(back.steps.map((s) => s.html)).toEqual(story.steps.map((s) => s.html));
		expect(withProse(client, undefined)).toBe(client);
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
