/** The coast extraction's geometry: rings closed along the box, pieces joined, steps rounded. */
import { describe, expect, it } from 'vitest';
import { chain, closeRings, destep, ringAreaPx, smooth } from './geometry.mjs';

const BOX = [0, 0, 10, 10] as const;

/** Signed area in the plane (positive: counter-clockwise). */
const area = (ring: number[][]) => {
	let s = 0;
	for (let i = 1; i < ring.length; i++) {
		const [ax = 0, ay = 0] = ring[i - 1] ?? [];
		const [bx = 0, by = 0] = ring[i] ?? [];
		s += ax * by - bx * ay;
	}
	return s / 2;
};

describe('closeRings', () => {
	it('closes a shore cut by the box along the box, land on its left', () => {
		// A straight shore across the box from east to west at y = 4: land to the south.
		const rings = closeRings(
			[
				[
					[10, 4],
					[0, 4]
				]
			],
			BOX,
			() => false
		);
		expect(rings).toHaveLength(1);
		expect(area(rings[0] ?? [])).toBeCloseTo(40); // the southern 10 × 4
		// The other way round, the land is to the north.
		const north = closeRings(
			[
				[
					[0, 4],
					[10, 4]
				]
			],
			BOX,
			() => false
		);
		expect(area(north[0] ?? [])).toBeCloseTo(60);
	});

	it('joins the pieces GMT cuts at its bins before closing', () => {
		const pieces = [
			[
				[5, 4],
				[0, 4]
			],
			[
				[10, 4],
				[5, 4]
			]
		];
		expect(chain(pieces)).toEqual([
			[
				[10, 4],
				[5, 4],
				[0, 4]
			]
		]);
		expect(area(closeRings(pieces, BOX, () => false)[0] ?? [])).toBeCloseTo(40);
	});

	it('keeps islands, and fills a box no shore crosses only when it is land', () => {
		const island = [
			[4, 4],
			[6, 4],
			[6, 6],
			[4, 6],
			[4, 4]
		];
		expect(closeRings([island], BOX, () => false)).toEqual([island]);
		expect(closeRings([], BOX, () => true).map(area)).toEqual([100]);
		expect(closeRings([], BOX, () => false)).toEqual([]);
	});

	it('closes two shores facing across a strait into two coasts', () => {
		// Going north at x = 3 (land to the west), going south at x = 7 (land to the east).
		const rings = closeRings(
			[
				[
					[3, 0],
					[3, 10]
				],
				[
					[7, 10],
					[7, 0]
				]
			],
			BOX,
			() => false
		);
		expect(rings.map(area)).toEqual([30, 30]); // water from x = 3 to 7
	});
});

describe('smoothing', () => {
	const stairs = [
		[0, 0],
		[1, 0],
		[1, 1],
		[2, 1],
		[2, 2],
		[3, 2],
		[3, 3],
		[0, 3],
		[0, 0]
	];

	it('rounds corners, keeping the points on the box edge', () => {
		const out = smooth(stairs, 2, (p: number[]) => p[0] === 0);
		expect(out.length).toBeGreaterThan(stairs.length * 2);
		expect(out[out.length - 1]).toEqual(out[0]);
		expect(out).toContainEqual([0, 0]);
		expect(out).toContainEqual([0, 3]);
	});

	it('cuts the stairs to their diagonal first', () => {
		// ~111 m a step at the equator: cut at 200 m the stair becomes its diagonal.
		const degrees = stairs.map(([x = 0, y = 0]) => [x / 1000, y / 1000]);
		const cut = destep(degrees, 200, () => false);
		expect(cut.length).toBeLessThan(degrees.length);
		expect(Math.abs(ringAreaPx(cut))).toBeGreaterThan(0);
	});
});
