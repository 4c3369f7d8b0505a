import { describe, expect, it } from 'vitest';
import { joinAddress } from './join-address';

const base = {
	room: 'K7QF',
	page: 'http://127.0.0.1:4180/crisis/present/#start',
	sameOrigin: true,
	followPath: (room: string) => `/crisis/follow/?room=${room}`
};

describe('joinAddress', () => {
	it('uses the relay’s first LAN address, which phones can reach', () => {
		const a = ['http://192.168.1.20:4180', 'http://10.0.0.2:4180'];
		expect(joinAddress({ ...base, addresses: a })).toBe('http://192.168.1.20:4180/j/K7QF');
	});
	it('falls back to the page’s origin when /live/info has nothing (or is missing)', () => {
		expect(joinAddress({ ...base, addresses: [] })).toBe('http://127.0.0.1:4180/j/K7QF');
	});
	it('skips what is not an http(s) address', () => {
		const a = [42, 'javascript:alert(1)', 'not a url', 'http://192.168.1.20:4180/extra'];
		expect(joinAddress({ ...base, addresses: a })).toBe('http://192.168.1.20:4180/j/K7QF');
	});
	it('sends students to this site’s follow page when the relay is on another host', () => {
		const page = 'https://site.org/crisis/present/';
		expect(joinAddress({ ...base, page, sameOrigin: false, addresses: ['http://10.0.0.2'] })).toBe(
			'https://site.org/crisis/follow/?room=K7QF'
		);
	});
});
