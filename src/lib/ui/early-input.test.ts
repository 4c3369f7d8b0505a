import { describe, expect, it } from 'vitest';
import { clickAgain, takeEarlyInput, type EarlyEvent } from './early-input';

const clicked: string[] = [];

/** A button as far as these functions look at one. */
function button(attrs: Record<string, string>, more: Partial<HTMLButtonElement> = {}) {
	return {
		isConnected: true,
		disabled: false,
		getAttribute: (name: string) => attrs[name] ?? null,
		click: () => clicked.push(attrs.name ?? '?'),
		...more
	} as unknown as HTMLButtonElement;
}

function click(b: HTMLButtonElement, state: string, defaultPrevented = false): EarlyEvent {
	return { event: { type: 'click', defaultPrevented } as Event, button: b, state };
}

function key(k: string): EarlyEvent {
	return { event: { type: 'keydown', key: k } as KeyboardEvent, button: null, state: '' };
}

function win(events: EarlyEvent[], taken = false) {
	return { __lanternEarly: { events, taken } } as unknown as Window;
}

describe('takeEarlyInput', () => {
	it('says the app was not started by a move when app.html kept nothing', () => {
		expect(takeEarlyInput({} as Window)).toEqual({ moved: false, keys: [], clicks: [] });
	});

	it('takes the keys in order, once, and stops the keeping', () => {
		const w = win([key('j'), key('Tab'), key('j')]);
		const first = takeEarlyInput(w);
		expect(first.moved).toBe(true);
		expect(first.keys.map((e) => e.key)).toEqual(['j', 'Tab', 'j']);
		expect(w.__lanternEarly?.taken).toBe(true);
		expect(takeEarlyInput(w)).toEqual({ moved: false, keys: [], clicks: [] });
	});

	it('keeps the clicks on buttons, and no other clicks', () => {
		const b = button({ name: 'motion' });
		const elsewhere: EarlyEvent = { event: { type: 'click' } as Event, button: null, state: '' };
		const taken = takeEarlyInput(win([elsewhere, click(b, 'null null')]));
		expect(taken.clicks.map((c) => c.button)).toEqual([b]);
	});

	it('clicks a button again when it is as the reader saw it', () => {
		clicked.length = 0;
		const b = button({ name: 'motion', 'aria-pressed': 'false' });
		expect(clickAgain(click(b, 'false null'))).toBe(true);
		expect(clicked).toEqual(['motion']);
	});

	it('does not click a button that starting the app already turned the way the reader asked', () => {
		clicked.length = 0;
		// The server showed "off"; the system's reduced-motion setting turned it on at start.
		const b = button({ name: 'motion', 'aria-pressed': 'true' });
		expect(clickAgain(click(b, 'false null'))).toBe(false);
		expect(clicked).toEqual([]);
	});

	it('does not click a button that is gone, disabled, or whose click was cancelled', () => {
		clicked.length = 0;
		const gone = button({}, { isConnected: false });
		const off = button({}, { disabled: true });
		const kept = button({});
		expect(clickAgain(click(gone, 'null null'))).toBe(false);
		expect(clickAgain(click(off, 'null null'))).toBe(false);
		expect(clickAgain(click(kept, 'null null', true))).toBe(false);
		expect(clicked).toEqual([]);
	});
});
