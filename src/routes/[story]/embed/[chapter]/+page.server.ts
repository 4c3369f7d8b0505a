import { error } from '@sveltejs/kit';
import { trimForEmbed } from '$lib/embed/trim';
import { forClient } from '$lib/story/client';
import { loadStory, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () =>
	storySlugs().flatMap((story) => loadStory(story).chapters.map((c) => ({ story, chapter: c.id })));

/** One chapter of the story as an embed. */
export function load({ params }) {
	const story = forClient(loadStory(params.story));
	const chapter = story.chapters.find((c) => c.id === params.chapter);
	if (!chapter) error(404, `no chapter ${params.chapter}`);
	// The page carries its chapter's prose only, not the whole documentary's.
	const { start, end } = chapter;
	return { story: trimForEmbed(story, start, end), start, end, chapter };
}
