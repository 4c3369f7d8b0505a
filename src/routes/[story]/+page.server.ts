import { forClient } from '$lib/story/client';
import { loadStory, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => storySlugs().map((story) => ({ story }));

/** The reader shows no lecturer's notes: its page does not carry them. */
export function load({ params }) {
	return { story: forClient(loadStory(params.story), { notes: false }) };
}
