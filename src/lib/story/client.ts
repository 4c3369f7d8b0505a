import type { Story } from './types';

/** The story as the page carries it: layer geometry is served once, in map.json, not per page. */
export function forClient(story: Story): Story {
	const layers = Object.fromEntries(
		Object.entries(story.layers).map(([id, { data: _data, ...rest }]) => [id, rest])
	);
	return { ...story, layers };
}
