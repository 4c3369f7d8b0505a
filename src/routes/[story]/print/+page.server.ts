import { forClient } from '$lib/story/client';
import { loadStory, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => storySlugs().map((story) => ({ story }));

export function load({ params }) {
	return { story: forClient(loadStory(params.story)) };
}
