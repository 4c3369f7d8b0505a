import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenWanted } from './start';

// A window without a DOM: listeners by type, a page whose load has not happened yet.
let listeners: Map<string, Set<() => void>>;
const fire = (type: string) => [...(listeners.get(type) ?? [])].forEach((fn) => fn());

beforeEach(() => {
	vi.useFakeTimers();
	listeners = new Map();
	vi.stubGlobal('scrollY', 0);
	vi.stubGlobal('document', { readyState: 'loading' });
	vi.stubGlobal('addEventListener', (type: string, fn: () => void) => {
		if (!listeners.has(type)) listeners.set(type, new Set());
		listeners.get(type)?.add(fn);
	});
	vi.stubGlobal('removeEventListener', (type: string, fn: () => void) =>
		listeners.get(type)?.delete(fn)
	);
});
afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

const el = {} as Element;

describe('whenWanted', () => {
	it('a key before the load starts it at once, and only once', () => {
		const start = vi.fn();
		whenWanted({ el, start, framed: false });
		fire('keydown');
		expect(start).toHaveBeenCalledTimes(1);
		fire('load');
		vi.advanceTimersByTime(5000);
		fire('keydown');
		expect(start).toHaveBeenCalledTimes(1);
	});

	it('opened alone (the deck too): the load alone starts nothing', () => {
		const start = vi.fn();
		whenWanted({ el, start, framed: false });
		fire('load');
		vi.advanceTimersByTime(5000);
		expect(start).not.toHaveBeenCalled();
		fire('wheel');
		expect(start).toHaveBeenCalledTimes(1);
	});

	it('torn down before the load: never starts', () => {
		const start = vi.fn();
		const stop = whenWanted({ el, start, framed: false });
		stop();
		fire('load');
		fire('keydown');
		vi.advanceTimersByTime(5000);
		expect(start).not.toHaveBeenCalled();
	});
});
