import type { Story } from './types';

/**
 * The story as the page carries it: layer geometry is served once, in map.json, not per page.
 * Pages that never show the lecturer's notes (the reader, the embeds) leave them out as well:
 * they are the lecturer's, not every reader's, and a phone need not download them. A page that
 * keeps its steps as prerendered HTML (the reader) leaves out their prose: it is in the page.
 */
export function forClient(story: Story, options: { notes?: boolean; prose?: boolean } = {}): Story {
	const layers = Object.fromEntries(
		Object.entries(story.layers).map(([id, { data: _data, ...rest }]) => [id, rest])
	);
	let steps = story.steps;
	if (options.notes === false) steps = steps.map(({ notes: _notes, ...step }) => step);
	if (options.prose === false) steps = steps.map((step) => ({ ...step, html: '' }));
	return { ...story, layers, steps };
}

/** Each step's prose by step id: what `forClient(story, { prose: false })` left out. */
export function proseOf(story: Story): Record<string, string> {
	return Object.fromEntries(story.steps.map((s) => [s.id, s.html]));
}

/** The story with its steps' prose put back, for rendering on the server. */
export function withProse(story: Story, prose: Record<string, string> | undefined): Story {
	if (!prose) return story;
	return { ...story, steps: story.steps.map((s) => ({ ...s, html: prose[s.id] ?? s.html })) };
}
