import { describe, expect, it } from 'vitest';
import { POSTER_SIZES, posterSize, posterSizeName, posterSteps } from './poster';

describe('posterSteps', () => {
	it.each([
		{ chapters: [], want: [0] },
		{ chapters: [{ start: 0 }, { start: 3 }, { start: 7 }], want: [0, 3, 7] },
		{ chapters: [{ start: 4 }, { start: 2 }], want: [0, 2, 4] }
	])('chapters starting at $chapters → $want', ({ chapters, want }) => {
		expect(posterSteps({ chapters: chapters as never })).toEqual(want);
	});
});

describe('poster sizes', () => {
	it('names round-trip and unknown names are refused', () => {
		for (const s of POSTER_SIZES) expect(posterSize(posterSizeName(s))).toBe(s);
		expect(posterSize('800x600')).toBeUndefined();
		expect(posterSize('400x200.svg')).toBeUndefined();
	});

	it('keeps the embed map’s shape: twice as wide as high', () => {
		for (const s of POSTER_SIZES) expect(s.width).toBe(2 * s.height);
	});
});
