import { describe, expect, it } from 'vitest';
import { LONGEST_TALK_MS, savedTalkStart } from './talk-start';

const now = Date.UTC(2026, 11, 4, 15, 0, 0);

describe('savedTalkStart', () => {
	it('keeps a start from earlier in the talk', () => {
		expect(savedTalkStart(String(now - 25 * 60_000), now)).toBe(now - 25 * 60_000);
		expect(savedTalkStart(String(now), now)).toBe(now);
	});

	it.each([
		['nothing saved', null],
		['the corrupt value that showed 498997 hours', '1'],
		['an empty string', ''],
		['text', 'yesterday'],
		['a negative time', String(-now)],
		['a fraction', `${now - 1000}.5`],
		['an exponent', '1.7e12'],
		['hex', '0x19aea0b3c00'],
		['padding', ` ${now - 1000}`],
		['a time in the future', String(now + 60_000)],
		['a start more than a day ago', String(now - LONGEST_TALK_MS - 1)],
		['a huge number', '9'.repeat(16)],
		['a very long string', '1'.repeat(100_000)]
	])('refuses %s', (_name, saved) => {
		expect(savedTalkStart(saved, now)).toBeUndefined();
	});
});
