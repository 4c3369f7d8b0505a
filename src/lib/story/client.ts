import type { Story } from './types';

/**
 * The story as the page carries it: layer geometry is served once, in map.json, not per page.
 * Pages that never show the lecturer's notes (the reader, the embeds) leave them out as well:
 * they are the lecturer's, not every reader's, and a phone need not download them.
 */
export function forClient(story: Story, options: { notes?: boolean } = {}): Story {
	const layers = Object.fromEntries(
		Object.entries(story.layers).map(([id, { data: _data, ...rest }]) => [id, rest])
	);
	const steps =
		options.notes === false ? story.steps.map(({ notes: _notes, ...step }) => step) : story.steps;
	return { ...story, layers, steps };
}
