import { leadOf } from '$lib/shells/lead';
import { forClient } from '$lib/story/client';
import { loadStory, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => storySlugs().map((story) => ({ story }));

/**
 * The deck shows each step's lead only: the page carries no more prose than it projects. The
 * lecturer's notes are the notes window's (its own page): the deck never shows them, and as
 * inline data they were about a third of what its page parses before it can start.
 */
export function load({ params }) {
	const story = forClient(loadStory(params.story), { notes: false });
	return { story: { ...story, steps: story.steps.map((s) => ({ ...s, html: leadOf(s.html) })) } };
}
