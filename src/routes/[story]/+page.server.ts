import { forClient, proseOf } from '$lib/story/client';
import { loadStory, storySlugs } from '$lib/story/load';
import { ServerOnly } from '$lib/story/server-only';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => storySlugs().map((story) => ({ story }));

/**
 * The reader shows no lecturer's notes: its page does not carry them. Its steps are prerendered
 * HTML the browser keeps as it is, so their prose is rendered here and not sent again as data.
 */
export function load({ params }) {
	const story = loadStory(params.story);
	return {
		story: forClient(story, { notes: false, prose: false }),
		prose: new ServerOnly(proseOf(story))
	};
}
