import { describe, expect, it } from 'vitest';
import { forClient } from './client';
import { loadStory } from './load';

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
});
