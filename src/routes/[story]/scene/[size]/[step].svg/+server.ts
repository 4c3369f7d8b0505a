import { error } from '@sveltejs/kit';
import { POSTER_SIZES, posterSize, posterSizeName, posterSteps } from '$lib/embed/poster';
import { sceneSvgResponse } from '$lib/server/scene-svg';
import { deckPosterSize, deckPosterSizeNames } from '$lib/shells/deck-poster';
import { loadStory, storySlugs } from '$lib/story/load';
import { readerPictureSize, readerPictureSizeNames } from '$lib/ui/cover-frame';
import type { EntryGenerator } from './$types';

export const prerender = true;
// The steps an embed opens on, and the deck's first: the others are never shown as a poster.
// Every step at the reader's map sizes: the reader's map panel shows the step in view as a
// picture until its live map has started (StepPicture.svelte), each fetched only when shown.
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
			...deckPosterSizeNames().map((size) => ({ story, size, step: first })),
			...readerPictureSizeNames().flatMap((size) =>
				s.steps.map((step) => ({ story, size, step: step.id }))
			)
		];
	});

/**
 * A poster: a step's scene drawn at the embed's map size (embed/poster.ts), the deck's
 * (shells/deck-poster.ts) or the reader's (ui/cover-frame.ts). The deck's and the reader's are
 * shown on screen while their live map starts, so they are drawn light (fewer bytes).
 */
export function GET({ params }) {
	const embed = posterSize(params.size);
	const light = deckPosterSize(params.size) ?? readerPictureSize(params.size);
	if (embed) return sceneSvgResponse(params.story, params.step, embed);
	if (light) return sceneSvgResponse(params.story, params.step, { ...light, light: true });
	error(404, `no poster size ${params.size}`);
}
