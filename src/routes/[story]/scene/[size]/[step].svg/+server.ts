import { error } from '@sveltejs/kit';
import { POSTER_SIZES, posterSize, posterSizeName, posterSteps } from '$lib/embed/poster';
import { sceneSvgResponse } from '$lib/server/scene-svg';
import { deckPosterSize, deckPosterSizeNames } from '$lib/shells/deck-poster';
import { loadStory, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const prerender = true;
// Only the steps an embed opens on, and the deck's first: the others are never shown as a poster.
export const entries: EntryGenerator = () =>
	storySlugs().flatMap((story) => {
		const s = loadStory(story);
		const first = s.steps[0]?.id ?? '';
		return [
			...posterSteps(s).flatMap((i) =>
				POSTER_SIZES.map((size) => ({
					story,
					size: posterSizeName(size),
					step: s.steps[i]?.id ?? ''
				}))
			),
			...deckPosterSizeNames().map((size) => ({ story, size, step: first }))
		];
	});

/**
 * A poster: a step's scene drawn at the embed's map size (embed/poster.ts) or the deck's
 * (shells/deck-poster.ts). The deck's is on its first screen, so it is drawn light (fewer bytes).
 */
export function GET({ params }) {
	const embed = posterSize(params.size);
	const deck = deckPosterSize(params.size);
	if (embed) return sceneSvgResponse(params.story, params.step, embed);
	if (deck) return sceneSvgResponse(params.story, params.step, { ...deck, light: true });
	error(404, `no poster size ${params.size}`);
}
