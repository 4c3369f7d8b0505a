import { describe, expect, it } from 'vitest';
import { backoffDelay, LiveSocket, relayEndpoint } from './socket';
import { FakeSocket } from './fake-socket';
import type { ServerMessage } from './protocol';

function harness(random = () => 1) {
	const sockets: FakeSocket[] = [];
	const timers: { fn: () => void; ms: number }[] = [];
	const got: ServerMessage[] = [];
	const statuses: string[] = [];
	const live = new LiveSocket({
		url: 'ws://relay.test/live',
		hello: () => ({ t: 'hello', role: 'follower', room: 'K7QF' }),
		onMessage: (m) => got.push(m),
		onStatus: (s) => statuses.push(s),
		connect: (url) => {
			const s = new FakeSocket(url);
			sockets.push(s);
			return s;
		},
		random,
		setTimer: (fn, ms) => timers.push({ fn, ms }),
		clearTimer: () => {}
	});
	return { live, sockets, timers, got, statuses };
}

describe('backoffDelay', () => {
	it('doubles from the base to the cap, jittered to 50-100 %', () => {
		expect([0, 1, 2, 3, 10].map((a) => backoffDelay(a, 500, 10_000, () => 1))).toEqual([
			500, 1000, 2000, 4000, 10_000
		]);
		expect(backoffDelay(0, 500, 10_000, () => 0)).toBe(250);
		expect(backoffDelay(1e9, 500, 10_000, () => 0.5)).toBe(7500);
	});
});

describe('relayEndpoint', () => {
	it('is the page origin at /live by default, ws for http and wss for https', () => {
		expect(relayEndpoint('http://192.168.1.20:4180/crisis/follow/?room=K7QF')).toBe(
			'ws://192.168.1.20:4180/live'
		);
		expect(relayEndpoint('https://example.org/a/')).toBe('wss://example.org/live');
	});
	it('takes a build-time relay, with or without a path', () => {
		expect(relayEndpoint('https://site.org/', 'wss://relay.org')).toBe('wss://relay.org/live');
		expect(relayEndpoint('https://site.org/', 'https://relay.org/hall/live')).toBe(
			'wss://relay.org/hall/live'
		);
	});
	it('refuses an address that is not a relay', () => {
		expect(() => relayEndpoint('https://site.org/', 'javascript:alert(1)')).toThrow(/ws:/);
	});
});

describe('LiveSocket', () => {
	it('says hello on open, passes valid frames on and drops invalid ones', () => {
		const h = harness();
		expect(h.statuses).toEqual([]);
		h.sockets[0]?.open();
		expect(h.sockets[0]?.sent).toEqual(['{"t":"hello","role":"follower","room":"K7QF"}']);
		expect(h.live.status).toBe('open');
		h.sockets[0]?.receive('{"t":"state","room":"K7QF","step":3}');
		h.sockets[0]?.receive('{"t":"state","room":"K7QF","step":-1}');
		h.sockets[0]?.receive('not json');
		expect(h.got).toEqual([{ t: 'state', room: 'K7QF', step: 3 }]);
	});

	it('reconnects with growing delays after drops, and says hello again', () => {
		const h = harness();
		h.sockets[0]?.open();
		h.sockets[0]?.drop();
		expect(h.live.status).toBe('reconnecting');
		expect(h.timers.map((t) => t.ms)).toEqual([500]);
		h.timers[0]?.fn();
		h.sockets[1]?.drop(); // the relay is still down
		expect(h.timers.map((t) => t.ms)).toEqual([500, 1000]);
		h.timers[1]?.fn();
		h.sockets[2]?.open();
		expect(h.sockets[2]?.sent[0]).toContain('"hello"');
		expect(h.live.status).toBe('open');
		h.sockets[2]?.drop();
		expect(h.timers.at(-1)?.ms, 'a good connection resets the backoff').toBe(500);
		expect(h.statuses).toEqual(['open', 'reconnecting', 'open', 'reconnecting']);
	});

	it('stops for good when the room ends or the relay refuses, but retries a busy relay', () => {
		const ended = harness();
		ended.sockets[0]?.open();
		ended.sockets[0]?.receive('{"t":"ended","room":"K7QF"}');
		ended.sockets[0]?.drop(1000);
		expect(ended.live.status).toBe('closed');
		expect(ended.timers).toEqual([]);

		const refused = harness();
		refused.sockets[0]?.open();
		refused.sockets[0]?.receive('{"t":"error","code":"no-room"}');
		refused.sockets[0]?.drop(1008);
		expect(refused.live.status).toBe('closed');

		const busy = harness();
		busy.sockets[0]?.open();
		busy.sockets[0]?.receive('{"t":"error","code":"busy"}');
		busy.sockets[0]?.drop(1008);
		expect(busy.live.status).toBe('reconnecting');
		expect(busy.timers).toHaveLength(1);
	});

	it('sends only while open, and close() ends it without more retries', () => {
		const h = harness();
		expect(h.live.send({ t: 'goto', step: 1 })).toBe(false);
		h.sockets[0]?.open();
		expect(h.live.send({ t: 'goto', step: 1 })).toBe(true);
		expect(h.sockets[0]?.sent.at(-1)).toBe('{"t":"goto","step":1}');
		h.live.close();
		expect(h.sockets[0]?.closedWith).toBe(1000);
		expect(h.live.status).toBe('closed');
		h.sockets[0]?.drop();
		expect(h.timers).toEqual([]);
	});

	it('retryNow() skips the wait after a drop', () => {
		const h = harness();
		h.sockets[0]?.open();
		h.sockets[0]?.drop();
		h.live.retryNow();
		expect(h.sockets).toHaveLength(2);
	});
});
