import { forClient } from '$lib/story/client';
import { loadStory, storySlugs } from '$lib/story/load';
import { ServerOnly } from '$lib/story/server-only';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => storySlugs().map((story) => ({ story }));

/**
 * The reader shows no lecturer's notes: its page does not carry them. Its step cards are
 * prerendered HTML the browser keeps as it is: they are rendered here from the whole story, which
 * stays on the server, and the page's data carries only what the app reads (scenes, places, sources).
 */
export function load({ params }) {
	const story = forClient(loadStory(params.story), { notes: false });
	return { story: forClient(story, { cards: false }), cards: new ServerOnly(story) };
}
