import { afterEach, describe, expect, it, vi } from 'vitest';
import { coalesce, openSync, parseSyncMessage, type SyncMessage } from './sync';

const P = 'lantern-present/1';

describe('parseSyncMessage', () => {
	it.each([
		[{ protocol: P, type: 'state', from: 'deck', step: 3, blackout: false }, 'state'],
		[{ protocol: P, type: 'state', from: 'notes', step: 0, blackout: true }, 'state'],
		[{ protocol: P, type: 'hello', from: 'notes' }, 'hello'],
		[null, undefined],
		['state', undefined],
		[{ type: 'state', from: 'deck', step: 3, blackout: false }, undefined],
		[{ protocol: 'other/1', type: 'state', from: 'deck', step: 3, blackout: false }, undefined],
		[{ protocol: P, type: 'state', from: 'evil', step: 3, blackout: false }, undefined],
		[{ protocol: P, type: 'state', from: 'deck', step: 10, blackout: false }, undefined],
		[{ protocol: P, type: 'state', from: 'deck', step: -1, blackout: false }, undefined],
		[{ protocol: P, type: 'state', from: 'deck', step: 1.5, blackout: false }, undefined],
		[{ protocol: P, type: 'state', from: 'deck', step: '3', blackout: false }, undefined],
		[{ protocol: P, type: 'state', from: 'deck', step: 3 }, undefined],
		[{ protocol: P, type: 'navigate', from: 'deck', url: 'javascript:alert(1)' }, undefined]
	])('%j → %s', (data, type) => {
		expect(parseSyncMessage(data, 10)?.type).toBe(type);
	});

	it('keeps only the known fields', () => {
		const data = { protocol: P, type: 'state', from: 'deck', step: 2, blackout: true, x: 1 };
		expect(parseSyncMessage(data, 5)).toEqual({
			type: 'state',
			from: 'deck',
			step: 2,
			blackout: true
		});
	});

	it('keeps a live deck’s follow address, and only an http(s) one', () => {
		const state = { protocol: P, type: 'state', from: 'deck', step: 2, blackout: false };
		const follow = 'http://192.168.1.20:4180/j/K7QF';
		expect(parseSyncMessage({ ...state, follow }, 5)).toEqual({
			type: 'state',
			from: 'deck',
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

describe('openSync', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('carries messages between two windows of the same story, and stops after close', async () => {
		const received: SyncMessage[] = [];
		const deck = openSync('story', 5, () => {});
		const notes = openSync('story', 5, (m) => received.push(m));
		const other = openSync('another-story', 5, (m) => received.push(m));
		deck.post({ type: 'state', from: 'deck', step: 4, blackout: false });
		// Delivery is a task away in another worker's event loop: allow a busy machine 5 s.
		await vi.waitFor(() => expect(received).toHaveLength(1), { timeout: 5_000 });
		expect(received[0]).toEqual({ type: 'state', from: 'deck', step: 4, blackout: false });
		notes.close();
		notes.close();
		deck.post({ type: 'hello', from: 'deck' });
		await new Promise((r) => setTimeout(r, 50));
		expect(received).toHaveLength(1);
		deck.close();
		other.close();
	});

	it('moves a flooded window once, to the last step posted', async () => {
		const received: SyncMessage[] = [];
		const flood = openSync('flood', 50, () => {});
		const deck = openSync('flood', 50, (m) => received.push(m));
		for (let i = 0; i < 5_000; i++)
			flood.post({ type: 'state', from: 'notes', step: i % 50, blackout: false });
		flood.post({ type: 'state', from: 'notes', step: 42, blackout: true });
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
		const sync = openSync('story', 5, () => {});
		expect(() => sync.post({ type: 'hello', from: 'deck' })).not.toThrow();
		expect(() => sync.close()).not.toThrow();
	});
});
