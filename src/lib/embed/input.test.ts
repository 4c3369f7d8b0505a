import { describe, expect, it } from 'vitest';
import { stepKey, swipeMove } from './input';

const key = (key: string, extra: Partial<KeyboardEvent> = {}, tagName = 'BODY') =>
	({
		key,
		altKey: false,
		ctrlKey: false,
		metaKey: false,
		defaultPrevented: false,
		target: { tagName, isContentEditable: false },
		...extra
	}) as unknown as KeyboardEvent;

describe('stepKey', () => {
	it.each([
		['ArrowRight', 'next'],
		['j', undefined],
		['ArrowLeft', 'previous'],
		['k', undefined],
		['Home', 'first'],
		['End', 'last'],
		['ArrowDown', undefined],
		['PageDown', undefined],
		[' ', undefined],
		['Enter', undefined]
	])('%j → %s', (k, expected) => {
		expect(stepKey(key(k))).toBe(expected);
	});

	it('works on the stepper’s own buttons', () => {
		expect(stepKey(key('ArrowRight', {}, 'BUTTON'))).toBe('next');
	});

	it.each([['INPUT'], ['TEXTAREA'], ['SELECT']])('is off while typing in %s', (tag) => {
		expect(stepKey(key('ArrowRight', {}, tag))).toBeUndefined();
	});

	it.each([
		[{ altKey: true }],
		[{ ctrlKey: true }],
		[{ metaKey: true }],
		[{ defaultPrevented: true }]
	])('leaves %j to the browser', (extra) => {
		expect(stepKey(key('ArrowRight', extra))).toBeUndefined();
	});
});

describe('swipeMove', () => {
	it.each([
		[-120, 10, 200, 'next'],
		[120, -10, 200, 'previous'],
		[-30, 0, 100, undefined],
		[-120, 100, 200, undefined],
		[-120, 10, 1500, undefined],
		[0, -300, 200, undefined]
	])('dx %i, dy %i in %i ms → %s', (dx, dy, ms, expected) => {
		expect(swipeMove(dx, dy, ms)).toBe(expected);
	});
});
