import { forClient } from '$lib/story/client';
import { loadStory, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => storySlugs().map((story) => ({ story }));

/** The notes window shows headings, notes and the static scene pictures, not the prose. */
export function load({ params }) {
	const story = forClient(loadStory(params.story));
	return { story: { ...story, steps: story.steps.map((s) => ({ ...s, html: '' })) } };
}
