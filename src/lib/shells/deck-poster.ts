import { posterSizeName } from '../embed/poster';

/**
 * The deck's first scene as a picture, shown in the map's place until the live map has drawn it
 * (MapPanel's cover). Drawn at the deck map's size on the reference screens, so that the picture
 * frames the scene as the live map will:
 * - narrow: a phone held upright (Lighthouse's 412×823): the map is the top half of the screen
 *   above the step, less the deck's bar and the folded caption (Deck.svelte, MapPanel.svelte);
 * - wide: a projector (1920×1080: 3/5 of the width, the full height) or a laptop, about square.
 * Other screens crop it to the map's box (object-fit: cover) until the live map takes over.
 */
export const DECK_POSTER = {
	narrow: { width: 412, height: 352 },
	wide: { width: 960, height: 900 }
} as const;

/** The deck stacks the map above the step on screens taller than wide (Deck.svelte). */
export const DECK_NARROW_MEDIA = '(max-aspect-ratio: 1 / 1)';

/** The deck's poster sizes, as their URL names (`412x352`). */
export const deckPosterSizeNames = (): string[] => Object.values(DECK_POSTER).map(posterSizeName);

/** The deck poster size a URL names, if it is one. */
export const deckPosterSize = (name: string) =>
	Object.values(DECK_POSTER).find((s) => posterSizeName(s) === name);
