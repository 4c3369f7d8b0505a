import { describe, expect, it } from 'vitest';
import { POSTER_SIZES, posterSizeName } from '../embed/poster';
import { DECK_POSTER, deckPosterSize, deckPosterSizeNames } from './deck-poster';

describe('deck poster sizes', () => {
	it('names round-trip and unknown names are refused', () => {
		for (const s of Object.values(DECK_POSTER)) expect(deckPosterSize(posterSizeName(s))).toBe(s);
		expect(deckPosterSize('800x600')).toBeUndefined();
		expect(deckPosterSizeNames()).toEqual(['412x352', '960x900']);
	});

	it('shares no name with the embed’s posters (one route serves both)', () => {
		for (const s of POSTER_SIZES) expect(deckPosterSize(posterSizeName(s))).toBeUndefined();
	});
});
