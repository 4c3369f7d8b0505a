import { describe, expect, it } from 'vitest';
import { deckKeyAction, type DeckKeyState, type KeyPress } from './deck-keys';

const plain: DeckKeyState = {
	blackout: false,
	overlay: 'none',
	fullscreen: false,
	singleKeys: true
};
const kind = (press: KeyPress, state: Partial<DeckKeyState> = {}) =>
	deckKeyAction(press, { ...plain, ...state })?.kind;

describe('on a slide', () => {
	it.each([
		// Next: arrows, the clickers' PageDown, Space, N and Enter.
		['ArrowRight', false, 'next'],
		['ArrowDown', false, 'next'],
		['PageDown', false, 'next'],
		[' ', false, 'next'],
		['n', false, 'next'],
		['N', true, 'next'],
		['Enter', false, 'next'],
		// Previous: arrows, PageUp, P, Backspace, Shift+Space.
		['ArrowLeft', false, 'previous'],
		['ArrowUp', false, 'previous'],
		['PageUp', false, 'previous'],
		['p', false, 'previous'],
		['P', true, 'previous'],
		['Backspace', false, 'previous'],
		[' ', true, 'previous'],
		['Home', false, 'first'],
		['End', false, 'last'],
		['b', false, 'blackout'],
		['B', true, 'blackout'],
		['.', false, 'blackout'],
		['f', false, 'fullscreen'],
		['F5', false, 'start'],
		['o', false, 'overview'],
		['Escape', false, 'overview'],
		['g', false, 'goto'],
		['?', true, 'help'],
		['s', false, 'notes'],
		['l', false, 'live'],
		['L', true, 'live'],
		['j', false, 'join'],
		['x', false, undefined],
		['Tab', false, undefined],
		['5', false, undefined]
	])('%j (shift %s) → %s', (key, shiftKey, expected) => {
		expect(kind({ key, shiftKey })).toBe(expected);
	});

	it('leaves modified keys to the browser (Ctrl+R reloads on purpose)', () => {
		expect(kind({ key: 'F5', ctrlKey: true })).toBeUndefined();
		expect(kind({ key: 'ArrowRight', altKey: true })).toBeUndefined();
		expect(kind({ key: 'n', metaKey: true })).toBeUndefined();
	});

	it('leaves every key to a text field', () => {
		expect(kind({ key: 'ArrowRight', editing: true })).toBeUndefined();
		expect(kind({ key: 'b', editing: true })).toBeUndefined();
	});

	it('lets Enter and Space press a focused button, but a clicker still advances', () => {
		expect(kind({ key: 'Enter', activating: true })).toBeUndefined();
		expect(kind({ key: ' ', activating: true })).toBeUndefined();
		expect(kind({ key: 'PageDown', activating: true })).toBe('next');
	});

	it('leaves fullscreen on Escape in fullscreen, as the browser does, instead of the overview', () => {
		expect(kind({ key: 'Escape' }, { fullscreen: true })).toBe('stop');
	});
});

describe('with single-key shortcuts off (WCAG 2.1.4)', () => {
	it.each(['n', 'p', 'b', '.', 'f', 'o', 'g', 's', 'l', 'j', '?'])('%j does nothing', (key) => {
		expect(kind({ key }, { singleKeys: false })).toBeUndefined();
	});
	it.each([
		['PageDown', 'next'],
		['ArrowLeft', 'previous'],
		['Home', 'first'],
		['Escape', 'overview'],
		['F5', 'start']
	])('%j still works → %s', (key, expected) => {
		expect(kind({ key }, { singleKeys: false })).toBe(expected);
	});
});

describe('on a black screen', () => {
	it.each([
		['b', 'blackout'],
		['B', 'blackout'],
		['.', 'blackout'],
		['PageDown', 'ignore'],
		['ArrowRight', 'ignore'],
		[' ', 'ignore'],
		['Escape', 'ignore'],
		['F5', 'ignore'],
		['o', undefined],
		['Tab', undefined]
	])('%j → %s', (key, expected) => {
		expect(kind({ key }, { blackout: true })).toBe(expected);
	});
	it('resumes with B even when single keys are off', () => {
		expect(kind({ key: 'b' }, { blackout: true, singleKeys: false })).toBe('blackout');
	});
});

describe('typing a step number after G', () => {
	it('collects digits, erases, commits, and anything else cancels', () => {
		expect(deckKeyAction({ key: '7' }, { ...plain, overlay: 'goto' })).toEqual({
			kind: 'digit',
			digit: 7
		});
		expect(kind({ key: 'Backspace' }, { overlay: 'goto' })).toBe('erase');
		expect(kind({ key: 'Enter' }, { overlay: 'goto' })).toBe('commit');
		expect(kind({ key: 'Escape' }, { overlay: 'goto' })).toBe('close');
		expect(kind({ key: 'PageDown' }, { overlay: 'goto' })).toBe('close');
	});
});

describe('in the overview', () => {
	it.each([
		['Escape', 'close'],
		['o', 'close'],
		['Enter', 'close'],
		['ArrowRight', 'next'],
		['PageUp', 'previous'],
		['End', 'last'],
		['b', undefined]
	])('%j → %s', (key, expected) => {
		expect(kind({ key }, { overlay: 'overview' })).toBe(expected);
	});
	it('lets Enter press the focused tile', () => {
		expect(kind({ key: 'Enter', activating: true }, { overlay: 'overview' })).toBeUndefined();
	});
});

describe('in the key help', () => {
	it.each([
		['Escape', 'close'],
		['?', 'close'],
		['ArrowRight', undefined],
		['Tab', undefined]
	])('%j → %s', (key, expected) => {
		expect(kind({ key }, { overlay: 'help' })).toBe(expected);
	});
});

describe('on the join slide', () => {
	it.each([
		['Escape', 'close'],
		['j', 'close'],
		// A clicker's buttons bring the lecture back.
		['PageDown', 'close'],
		['ArrowLeft', 'close'],
		['l', 'live'],
		['o', undefined],
		['Tab', undefined]
	])('%j → %s', (key, expected) => {
		expect(kind({ key }, { overlay: 'join' })).toBe(expected);
	});
	it('lets Enter press its Go live button', () => {
		expect(kind({ key: 'Enter', activating: true }, { overlay: 'join' })).toBeUndefined();
	});
});

describe('when asked whether to end the live session', () => {
	it.each([
		['Escape', 'close'],
		['l', undefined],
		['ArrowRight', undefined],
		['Enter', undefined]
	])('%j → %s', (key, expected) => {
		expect(kind({ key }, { overlay: 'end' })).toBe(expected);
	});
});
