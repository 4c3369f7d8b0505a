import { afterEach, describe, expect, it, vi } from 'vitest';
import { coalesce, openSync, parseSyncMessage, StateClock, type SyncMessage } from './sync';

const P = 'lantern-present/2';

describe('parseSyncMessage', () => {
	it.each([
		[{ protocol: P, type: 'state', from: 'deck', at: 5, step: 3, blackout: false }, 'state'],
		[{ protocol: P, type: 'state', from: 'notes', at: 0, step: 0, blackout: true }, 'state'],
		[{ protocol: P, type: 'hello', from: 'notes' }, 'hello'],
		[null, undefined],
		['state', undefined],
		[{ type: 'state', from: 'deck', step: 3, blackout: false }, undefined],
		[{ protocol: 'other/1', type: 'state', from: 'deck', step: 3, blackout: false }, undefined],
		[{ protocol: P, type: 'state', from: 'evil', step: 3, blackout: false }, undefined],
		[{ protocol: P, type: 'state', from: 'deck', at: 5, step: 10, blackout: false }, undefined],
		[{ protocol: P, type: 'state', from: 'deck', at: 5, step: -1, blackout: false }, undefined],
		[{ protocol: P, type: 'state', from: 'deck', at: 5, step: 1.5, blackout: false }, undefined],
		[{ protocol: P, type: 'state', from: 'deck', at: 5, step: '3', blackout: false }, undefined],
		[{ protocol: P, type: 'state', from: 'deck', step: 3 }, undefined],
		[{ protocol: P, type: 'state', from: 'deck', step: 3, blackout: false }, undefined],
		[{ protocol: P, type: 'state', from: 'deck', at: -1, step: 3, blackout: false }, undefined],
		[{ protocol: P, type: 'state', from: 'deck', at: NaN, step: 3, blackout: false }, undefined],
		[{ protocol: P, type: 'state', from: 'deck', at: 1.5, step: 3, blackout: false }, undefined],
		[{ protocol: P, type: 'state', from: 'deck', at: 1e300, step: 3, blackout: false }, undefined],
		[
			{
				protocol: P,
				type: 'state',
				from: 'deck',
				at: Date.now() + 20_000,
				step: 3,
				blackout: false
			},
			undefined
		],
		[{ protocol: P, type: 'state', from: 'deck', at: '9', step: 3, blackout: false }, undefined],
		[
			{
				protocol: 'lantern-present/1',
				type: 'state',
				from: 'deck',
				at: 5,
				step: 3,
				blackout: false
			},
			undefined
		],
		[{ protocol: P, type: 'navigate', from: 'deck', url: 'javascript:alert(1)' }, undefined]
	])('%j → %s', (data, type) => {
		expect(parseSyncMessage(data, 10)?.type).toBe(type);
	});

	it('keeps only the known fields', () => {
		const data = { protocol: P, type: 'state', from: 'deck', at: 7, step: 2, blackout: true, x: 1 };
		expect(parseSyncMessage(data, 5)).toEqual({
			type: 'state',
			from: 'deck',
			at: 7,
			step: 2,
			blackout: true
		});
	});

	it('keeps a live deck’s follow address, and only an http(s) one', () => {
		const state = { protocol: P, type: 'state', from: 'deck', at: 1, step: 2, blackout: false };
		const follow = 'http://192.168.1.20:4180/j/K7QF';
		expect(parseSyncMessage({ ...state, follow }, 5)).toEqual({
			type: 'state',
			from: 'deck',
			at: 1,
			step: 2,
			blackout: false,
			follow
		});
		for (const bad of ['javascript:alert(1)', 42, `http://x/${'a'.repeat(300)}`, 'nope'])
			expect(parseSyncMessage({ ...state, follow: bad }, 5)).not.toHaveProperty('follow');
	});
});

describe('coalesce', () => {
	const state = (step: number): SyncMessage => ({
		type: 'state',
		from: 'notes',
		at: step,
		step,
		blackout: false
	});

	it('delivers a flood of valid states as one move, to the last step', () => {
		const delivered: SyncMessage[] = [];
		const timers: (() => void)[] = [];
		const queue = coalesce(
			(m) => delivered.push(m),
			50,
			(run) => timers.push(run)
		);
		for (let i = 0; i < 100_000; i++) queue.push(state(i % 40));
		queue.push({ type: 'hello', from: 'notes' });
		queue.push({ type: 'hello', from: 'notes' });
		expect(timers).toHaveLength(1);
		expect(delivered).toEqual([]);
		timers[0]!();
		expect(delivered).toEqual([{ type: 'hello', from: 'notes' }, state((100_000 - 1) % 40)]);
		// The next message after a delivery is delivered in its own turn.
		queue.push(state(7));
		expect(timers).toHaveLength(2);
		timers[1]!();
		expect(delivered.at(-1)).toEqual(state(7));
		expect(delivered).toHaveLength(3);
	});

	it('delivers nothing once stopped', () => {
		const delivered: SyncMessage[] = [];
		const timers: (() => void)[] = [];
		const queue = coalesce(
			(m) => delivered.push(m),
			50,
			(run) => timers.push(run)
		);
		queue.push(state(3));
		queue.stop();
		queue.push(state(4));
		timers.forEach((run) => run());
		expect(delivered).toEqual([]);
	});
});

describe('StateClock', () => {
	it('stamps each change past the wall clock and past every state it has taken', () => {
		const clock = new StateClock('notes');
		expect(clock.known).toBe(-1);
		expect(clock.change(1000)).toBe(1000);
		// A clock set back still stamps a change as the newest.
		expect(clock.change(500)).toBe(1001);
		expect(clock.accept(2000, 'deck')).toBe(true);
		expect(clock.change(1500)).toBe(2001);
	});

	it('takes only newer states; at the same instant the deck’s', () => {
		const notes = new StateClock('notes');
		const deck = new StateClock('deck');
		const t = notes.change(100);
		expect(deck.change(100)).toBe(t);
		// Two changes crossed: both windows end on the deck's.
		expect(notes.accept(t, 'deck')).toBe(true);
		expect(deck.accept(t, 'notes')).toBe(false);
		expect(notes.accept(t - 1, 'deck')).toBe(false);
		expect(deck.accept(t + 1, 'notes')).toBe(true);
	});

	it('answers with the state it has, which a window that knows nothing takes', () => {
		const deck = new StateClock('deck');
		const notes = new StateClock('notes');
		expect(deck.tell()).toBe(0);
		expect(notes.accept(deck.tell(), 'deck')).toBe(true);
		deck.change(50);
		expect(deck.tell()).toBe(50);
		expect(deck.tell()).toBe(50);
	});
});

const settle = () => new Promise((r) => setTimeout(r, 200));

describe('openSync', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('carries messages between two windows of the same story, and stops after close', async () => {
		const received: SyncMessage[] = [];
		const deck = openSync('story', 5, 'deck', () => {});
		const notes = openSync('story', 5, 'notes', (m) => received.push(m));
		const other = openSync('another-story', 5, 'notes', (m) => received.push(m));
		deck.change({ step: 4, blackout: false });
		// Delivery is a task away in another worker's event loop: allow a busy machine 5 s.
		await vi.waitFor(() => expect(received).toHaveLength(1), { timeout: 5_000 });
		expect(received[0]).toMatchObject({ type: 'state', from: 'deck', step: 4, blackout: false });
		notes.close();
		notes.close();
		deck.hello();
		await new Promise((r) => setTimeout(r, 50));
		expect(received).toHaveLength(1);
		deck.close();
		other.close();
	});

	it('drops an answer that arrives after a newer change (the notes stay where they were moved)', async () => {
		const atNotes: SyncMessage[] = [];
		const atDeck: SyncMessage[] = [];
		const deck = openSync('stale', 9, 'deck', (m) => atDeck.push(m));
		const notes = openSync('stale', 9, 'notes', (m) => atNotes.push(m));
		deck.change({ step: 2, blackout: false });
		await vi.waitFor(() => expect(atNotes).toHaveLength(1), { timeout: 5_000 });
		// The lecturer presses Next in the notes while the deck's answer to an old "hello" is on
		// its way: the answer names step 2, the notes are on 3 by then.
		deck.tell({ step: 2, blackout: false });
		notes.change({ step: 3, blackout: false });
		await vi.waitFor(() => expect(atDeck.at(-1)).toMatchObject({ step: 3 }), { timeout: 5_000 });
		await settle();
		expect(atNotes.map((m) => m.type === 'state' && m.step)).toEqual([2]);
		deck.close();
		notes.close();
	});

	it('two changes made at once end on the same step in both windows (the deck’s)', async () => {
		const atNotes: SyncMessage[] = [];
		const atDeck: SyncMessage[] = [];
		const deck = openSync('cross', 9, 'deck', (m) => atDeck.push(m));
		const notes = openSync('cross', 9, 'notes', (m) => atNotes.push(m));
		vi.spyOn(Date, 'now').mockReturnValue(5_000);
		deck.change({ step: 5, blackout: false });
		notes.change({ step: 4, blackout: false });
		vi.restoreAllMocks();
		await vi.waitFor(() => expect(atNotes).toHaveLength(1), { timeout: 5_000 });
		await settle();
		expect(atNotes[0]).toMatchObject({ step: 5 });
		expect(atDeck).toEqual([]);
		deck.close();
		notes.close();
	});

	it('moves a flooded window once, to the last step posted', async () => {
		const received: SyncMessage[] = [];
		const flood = openSync('flood', 50, 'notes', () => {});
		const deck = openSync('flood', 50, 'deck', (m) => received.push(m));
		for (let i = 0; i < 5_000; i++) flood.change({ step: i % 50, blackout: false });
		flood.change({ step: 42, blackout: true });
		await vi.waitFor(() => expect(received.at(-1)).toMatchObject({ step: 42, blackout: true }), {
			timeout: 5_000
		});
		// A few turns at most on a busy machine, never one per message.
		expect(received.length).toBeLessThan(20);
		flood.close();
		deck.close();
	});

	it('is a harmless no-op without BroadcastChannel', () => {
		vi.stubGlobal('BroadcastChannel', undefined);
		const sync = openSync('story', 5, 'deck', () => {});
		expect(() => sync.hello()).not.toThrow();
		expect(() => sync.change({ step: 1, blackout: false })).not.toThrow();
		expect(() => sync.tell({ step: 1, blackout: false })).not.toThrow();
		expect(() => sync.close()).not.toThrow();
	});
});
