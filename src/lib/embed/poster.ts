import type { Story } from '../story/types';

/**
 * The embed's first scene as a picture, shown in the map's place until the live map starts.
 * Drawn at the size the embed's map has (its height is half its width up to 20rem), so the
 * picture is framed as the live map frames the scene and the swap barely moves: a phone's frame
 * and an article column's. Labels are drawn in pixels, so each size keeps them at the live map's.
 */
export const POSTER_SIZES = [
	{ width: 400, height: 200 },
	{ width: 640, height: 320 }
] as const;

/** Frames at least this wide (CSS px) show the larger picture. */
export const POSTER_WIDE_FROM = 520;

export type PosterSize = (typeof POSTER_SIZES)[number];

/** A size's name in its URL: `400x200`. */
export const posterSizeName = (s: { width: number; height: number }) => `${s.width}x${s.height}`;

/** The size a URL names, if it is one of ours. */
export const posterSize = (name: string): PosterSize | undefined =>
	POSTER_SIZES.find((s) => posterSizeName(s) === name);

/** Indices of the steps an embed opens on: the story's first and each chapter's first. */
export function posterSteps(story: Pick<Story, 'chapters'>): number[] {
	return [...new Set([0, ...story.chapters.map((c) => c.start)])].sort((a, b) => a - b);
}
