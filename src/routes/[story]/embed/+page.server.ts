import { trimForEmbed } from '$lib/embed/trim';
import { forClient } from '$lib/story/client';
import { loadStory, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => storySlugs().map((story) => ({ story }));

/** The whole story as an embed. */
export function load({ params }) {
	const story = forClient(loadStory(params.story));
	return { story: trimForEmbed(story, 0, story.steps.length), start: 0, end: story.steps.length };
}
