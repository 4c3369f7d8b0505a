import { describe, expect, it } from 'vitest';
import { largestFitting } from './fit-text';

describe('largestFitting', () => {
	const threshold = (limit: number) => {
		const tried: number[] = [];
		const fits = (s: number) => {
			tried.push(s);
			return s <= limit + 1e-9;
		};
		return { fits, tried };
	};

	it('keeps full size when the text fits, after one try', () => {
		const { fits, tried } = threshold(1);
		expect(largestFitting(fits)).toBe(1);
		expect(tried).toEqual([1]);
	});

	it('finds the largest fitting stop of 0.05, as the step-by-step search did', () => {
		for (const limit of [0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.93, 0.71]) {
			const { fits } = threshold(limit);
			const linear = [1, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7].find((s) => s <= limit + 1e-9) ?? 0.7;
			expect(largestFitting(fits)).toBeCloseTo(linear, 9);
		}
	});

	it('stops at the floor when nothing fits (what is left scrolls)', () => {
		expect(largestFitting(() => false)).toBe(0.7);
		expect(largestFitting(() => false, 0.5)).toBe(0.5);
	});

	it('tries at most four scales between 1 and 0.7, not seven', () => {
		for (const limit of [0.95, 0.8, 0.7, 0.5]) {
			const { fits, tried } = threshold(limit);
			largestFitting(fits);
			expect(tried.length).toBeLessThanOrEqual(4);
		}
	});
});
