import { describe, expect, it } from 'vitest';
import { pageRelay, relayHttp } from './relay-config';

describe('relayHttp', () => {
	it('puts rooms and info beside the WebSocket, over HTTP(S)', () => {
		expect(relayHttp('ws://127.0.0.1:4180/live', 'rooms')).toBe('http://127.0.0.1:4180/live/rooms');
		expect(relayHttp('wss://relay.org/hall/live', 'info')).toBe('https://relay.org/hall/live/info');
	});
});

describe('pageRelay', () => {
	it('is the page’s own origin without a build-time relay', () => {
		expect(pageRelay('http://127.0.0.1:4180/crisis/present/#x', '')).toEqual({
			socket: 'ws://127.0.0.1:4180/live',
			sameOrigin: true
		});
	});
	it('is elsewhere with LANTERN_RELAY', () => {
		expect(pageRelay('https://site.org/crisis/present/', 'wss://relay.org')).toEqual({
			socket: 'wss://relay.org/live',
			sameOrigin: false
		});
	});
});
