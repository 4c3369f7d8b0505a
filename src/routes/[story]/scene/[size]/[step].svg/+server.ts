import { error } from '@sveltejs/kit';
import { POSTER_SIZES, posterSize, posterSizeName, posterSteps } from '$lib/embed/poster';
import { sceneSvgResponse } from '$lib/server/scene-svg';
import { loadStory, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const prerender = true;
// Only the steps an embed opens on: the others are never shown as a poster.
export const entries: EntryGenerator = () =>
	storySlugs().flatMap((story) => {
		const s = loadStory(story);
		return posterSteps(s).flatMap((i) =>
			POSTER_SIZES.map((size) => ({
				story,
				size: posterSizeName(size),
				step: s.steps[i]?.id ?? ''
			}))
		);
	});

/** The embed's poster: a step's scene drawn at the embed map's own size (embed/poster.ts). */
export function GET({ params }) {
	const size = posterSize(params.size);
	if (!size) error(404, `no poster size ${params.size}`);
	return sceneSvgResponse(params.story, params.step, size);
}
