import { describe, expect, it } from 'vitest';
import { loadStory } from '../story/load';
import { trimForEmbed } from './trim';

const story = loadStory('docs-example', 'tests/fixtures');

describe('trimForEmbed', () => {
	const trimmed = trimForEmbed(story, 1, 2);

	it('keeps every step, its index, id and scene', () => {
		expect(trimmed.steps.map((s) => [s.index, s.id, s.scene])).toEqual(
			story.steps.map((s) => [s.index, s.id, s.scene])
		);
	});

	it('keeps prose only for the steps shown, and notes for none', () => {
		expect(trimmed.steps[1]?.html).toBe(story.steps[1]?.html);
		expect(trimmed.steps[0]?.html).toBe('');
		expect(trimmed.steps.every((s) => s.notes === undefined)).toBe(true);
	});

	it('leaves the story itself untouched', () => {
		expect(story.steps[0]?.html).not.toBe('');
	});
});
