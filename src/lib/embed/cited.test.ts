import { describe, expect, it } from 'vitest';
import { loadStory } from '../story/load';
import { citedBy } from './cited';

const story = loadStory('docs-example', 'tests/fixtures');

describe('citedBy', () => {
	it('lists each source once, in order of first citation, documents included', () => {
		const all = citedBy(story, story.steps).map((s) => s.id);
		expect(new Set(all).size).toBe(all.length);
		const expected = [
			...new Set(
				story.steps.flatMap((s) => [
					...s.citations.map((c) => c.source),
					...(s.scene.document?.cite ? [s.scene.document.cite.source] : [])
				])
			)
		];
		expect(all).toEqual(expected);
		expect(all.length).toBeGreaterThan(0);
	});

	it('is empty for no steps', () => {
		expect(citedBy(story, [])).toEqual([]);
	});
});
