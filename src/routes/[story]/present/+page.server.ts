import { leadOf } from '$lib/shells/lead';
import { forClient } from '$lib/story/client';
import { loadStory, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => storySlugs().map((story) => ({ story }));

/** The deck shows each step's lead only: the page carries no more prose than it projects. */
export function load({ params }) {
	const story = forClient(loadStory(params.story));
	return { story: { ...story, steps: story.steps.map((s) => ({ ...s, html: leadOf(s.html) })) } };
}
