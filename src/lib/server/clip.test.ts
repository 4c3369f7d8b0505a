import { describe, expect, it } from 'vitest';
import { clipLine, clipRing, type Box, type Pt } from './clip';

const BOX: Box = [0, 0, 10, 10];

describe('clipRing', () => {
	it('keeps a ring inside the box as it is', () => {
		const ring: Pt[] = [
			[1, 1],
			[5, 1],
			[5, 5]
		];
		expect(clipRing(ring, BOX)).toEqual(ring);
	});

	it('cuts a ring larger than the box to the box', () => {
		const ring: Pt[] = [
			[-5, -5],
			[15, -5],
			[15, 15],
			[-5, 15]
		];
		const out = clipRing(ring, BOX);
		for (const [x, y] of out) {
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThanOrEqual(10);
			expect(y).toBeGreaterThanOrEqual(0);
			expect(y).toBeLessThanOrEqual(10);
		}
		// The whole box is covered: its four corners are on the ring.
		for (const c of [
			[0, 0],
			[10, 0],
			[10, 10],
			[0, 10]
		])
			expect(out).toContainEqual(c);
	});

	it('drops a ring wholly outside', () => {
		expect(
			clipRing(
				[
					[20, 20],
					[30, 20],
					[30, 30]
				],
				BOX
			)
		).toEqual([]);
	});
});

describe('clipLine', () => {
	it('keeps the segments that meet the box, with their ends, as separate runs', () => {
		const line: Pt[] = [
			[-20, 5],
			[-10, 5],
			[-5, 5],
			[5, 5],
			[15, 5],
			[30, 5],
			[30, 8],
			[5, 8],
			[5, 20]
		];
		expect(clipLine(line, BOX)).toEqual([
			[
				[-5, 5],
				[5, 5],
				[15, 5]
			],
			[
				[30, 8],
				[5, 8],
				[5, 20]
			]
		]);
	});
});
