import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSync, parseSyncMessage, type SyncMessage } from './sync';

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

	it('is a harmless no-op without BroadcastChannel', () => {
		vi.stubGlobal('BroadcastChannel', undefined);
		const sync = openSync('story', 5, () => {});
		expect(() => sync.post({ type: 'hello', from: 'deck' })).not.toThrow();
		expect(() => sync.close()).not.toThrow();
	});
});
