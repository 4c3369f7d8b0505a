import { sceneSvgResponse } from '$lib/server/scene-svg';
import { loadStory, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () =>
	storySlugs().flatMap((story) => loadStory(story).steps.map((s) => ({ story, step: s.id })));

/** A step's scene as a static picture: the map for readers without JavaScript and for print. */
export function GET({ params }) {
	return sceneSvgResponse(params.story, params.step, { width: 800, height: 600 });
}
