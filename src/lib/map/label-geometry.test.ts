import { describe, expect, it } from 'vitest';
import { areaSpot, clipLine, overlap, straightRuns, upright, type OBox } from './label-geometry';

const box = (cx: number, cy: number, w: number, h: number, deg = 0): OBox => ({
	cx,
	cy,
	w,
	h,
	angle: (deg * Math.PI) / 180
});

describe('turned label boxes', () => {
	it('overlap when they share area, not when a turn takes one clear of the other', () => {
		expect(overlap(box(0, 0, 100, 10), box(50, 5, 100, 10))).toBe(true);
		expect(overlap(box(0, 0, 100, 10), box(0, 20, 100, 10))).toBe(false);
		// Two long names crossing like an X overlap; side by side at 45° with room, they do not.
		expect(overlap(box(0, 0, 100, 10, 45), box(0, 0, 100, 10, -45))).toBe(true);
		expect(overlap(box(0, 0, 100, 10, 45), box(20, -20, 100, 10, 45))).toBe(false);
		// Their axis-aligned boxes would overlap here: the turned test is finer.
		expect(overlap(box(0, 0, 100, 8, 45), box(30, -30, 100, 8, 45))).toBe(false);
	});

	it('keeps text upright: a line drawn right to left reads left to right', () => {
		expect(upright(Math.PI)).toBeCloseTo(0);
		expect(upright((170 * Math.PI) / 180)).toBeCloseTo((-10 * Math.PI) / 180);
		expect(upright((-100 * Math.PI) / 180)).toBeCloseTo((80 * Math.PI) / 180);
	});
});

describe('lines', () => {
	it('finds the longest straight-ish stretch, not the line from end to end', () => {
		// An L: 200 px east, then 80 px south.
		const runs = straightRuns([
			[0, 0],
			[100, 2],
			[200, 0],
			[200, 80]
		]);
		expect(runs[0]?.length).toBeCloseTo(200, 0);
		expect(runs[0]?.cx).toBeCloseTo(100, 0);
		expect(Math.abs(runs[0]?.angle ?? 1)).toBeLessThan(0.05);
	});

	it('cuts a line to the frame', () => {
		const parts = clipLine(
			[
				[-50, 50],
				[150, 50]
			],
			{ left: 0, top: 0, right: 100, bottom: 100 }
		);
		expect(parts).toEqual([
			[
				[0, 50],
				[100, 50]
			]
		]);
	});
});

describe('areas', () => {
	it('puts a name deep inside the area, and turns a river-like area along its course', () => {
		// A strip from lower left to upper right, 20 px wide.
		const strip = [
			[
				[0, 100],
				[100, 0],
				[115, 15],
				[15, 115],
				[0, 100]
			] as [number, number][]
		];
		const spot = areaSpot([strip], { left: 0, top: 0, right: 200, bottom: 200 });
		expect(spot).toBeDefined();
		expect(Math.abs((spot?.angle ?? 0) * (180 / Math.PI) + 45)).toBeLessThan(8);
		expect(spot?.room).toBeGreaterThan(4);
	});
});
