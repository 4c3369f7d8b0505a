/**
 * The cover's drawn sizes, in CSS pixels: the reader's map slot on the reference screens
 * (1280×800: 3/5 of the width beside the title, the full height; a 390×844 phone: 45% of the
 * height less the folded caption below the map, MapPanel.svelte),
 * so that at those sizes the picture is the first scene exactly as the live map frames it.
 */
export const COVER_FORMS = {
	wide: { width: 750, height: 800 },
	narrow: { width: 400, height: 352 }
} as const;

export type CoverForm = keyof typeof COVER_FORMS;

/** The layout breakpoint below which the reader stacks the map above the text (Reader.svelte). */
export const NARROW_MEDIA = '(max-width: 56rem)';
