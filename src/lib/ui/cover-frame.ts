import { posterSizeName } from '../embed/poster';

/**
 * The cover's drawn sizes, in CSS pixels: the reader's map slot on the reference screens
 * (1280×800: 3/5 of the width beside the title, the full height; a 390×844 phone: 45% of the
 * height less the folded caption below the map, MapPanel.svelte),
 * so that at those sizes the picture is the first scene exactly as the live map frames it.
 * The phone's is its full width: the map fits a scene's bounds at zoom steps of a quarter, so
 * 10 px more (it was 400) drew the razliv and the railway scenes a quarter zoom closer than the
 * live map then showed them, and the swap visibly jumped. Other widths crop or scale it.
 */
export const COVER_FORMS = {
	wide: { width: 750, height: 800 },
	narrow: { width: 390, height: 352 }
} as const;

export type CoverForm = keyof typeof COVER_FORMS;

/** The layout breakpoint below which the reader stacks the map above the text (Reader.svelte). */
export const NARROW_MEDIA = '(max-width: 56rem)';

/**
 * The cover's forms as size names in a URL (`750x800`): the reader's pictures of each step,
 * `scene/<size>/<step id>.svg`, that its map panel shows until the live map is up.
 */
export const readerPictureSizeNames = (): string[] =>
	Object.values(COVER_FORMS).map(posterSizeName);

/** The reader picture size a URL names, if it is one. */
export const readerPictureSize = (name: string) =>
	Object.values(COVER_FORMS).find((s) => posterSizeName(s) === name);
