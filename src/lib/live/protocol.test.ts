import { describe, expect, it } from 'vitest';
import {
	MAX_FRAME_BYTES,
	MAX_STEP,
	ROOM_ALPHABET,
	followPath,
	isRoomCode,
	parseClient,
	parseRoomRequest,
	parseServer,
	utf8Length
} from './protocol';

const TOKEN = 'q3Jx0c2V8f_Zr-1wYh5mNa4KpLt7GdB9uEoXsRiCvWk'; // 43 base64url chars, 256 bits

describe('parseClient accepts the protocol', () => {
	it.each([
		[{ t: 'hello', role: 'follower', room: 'K7QF' }],
		[{ t: 'hello', role: 'presenter', room: 'K7QF', token: TOKEN }],
		[{ t: 'hello', role: 'presenter', room: 'K7QF', token: 'a'.repeat(32) }], // 128-bit hex
		[{ t: 'goto', step: 0 }],
		[{ t: 'goto', step: MAX_STEP - 1 }],
		[{ t: 'end' }]
	])('%j', (msg) => {
		expect(parseClient(JSON.stringify(msg))).toEqual({ ok: true, msg });
	});
});

describe('parseClient refuses bad frames', () => {
	const bad: [string, string][] = [
		['garbage', 'hello?'],
		['binary-looking garbage', '\u0000\u0001\u0002'],
		['empty', ''],
		['truncated JSON', '{"t":"goto","step":1'],
		['JSON null', 'null'],
		['JSON array', '[{"t":"goto","step":1}]'],
		['JSON number', '3'],
		['JSON string', '"goto"'],
		['no type', '{"step":1}'],
		['unknown type', '{"t":"teleport","step":1}'],
		['type of wrong case', '{"t":"GOTO","step":1}'],
		['step as string', '{"t":"goto","step":"3"}'],
		['step negative', '{"t":"goto","step":-1}'],
		['step fractional', '{"t":"goto","step":1.5}'],
		['step at the cap', `{"t":"goto","step":${MAX_STEP}}`],
		['step huge', '{"t":"goto","step":1e300}'],
		['step null', '{"t":"goto","step":null}'],
		['step missing', '{"t":"goto"}'],
		['goto with extra field', '{"t":"goto","step":1,"admin":true}'],
		['goto smuggling a token', `{"t":"goto","step":1,"token":"${TOKEN}"}`],
		['end with extra field', '{"t":"end","room":"K7QF"}'],
		['proto pollution', '{"t":"goto","step":1,"__proto__":{"x":1}}'],
		['hello without role', '{"t":"hello","room":"K7QF"}'],
		['hello with unknown role', '{"t":"hello","role":"admin","room":"K7QF"}'],
		[
			'follower hello with a token',
			`{"t":"hello","role":"follower","room":"K7QF","token":"${TOKEN}"}`
		],
		['presenter hello without a token', '{"t":"hello","role":"presenter","room":"K7QF"}'],
		[
			'presenter hello, short token',
			'{"t":"hello","role":"presenter","room":"K7QF","token":"abc"}'
		],
		[
			'presenter hello, token with bad chars',
			`{"t":"hello","role":"presenter","room":"K7QF","token":"${'a'.repeat(30)}+/="}`
		],
		[
			'presenter hello, token as number',
			'{"t":"hello","role":"presenter","room":"K7QF","token":12345}'
		],
		['room lower case', '{"t":"hello","role":"follower","room":"k7qf"}'],
		['room with look-alike O', '{"t":"hello","role":"follower","room":"K7QO"}'],
		['room with look-alike 1', '{"t":"hello","role":"follower","room":"K71F"}'],
		['room too long', '{"t":"hello","role":"follower","room":"K7QFA"}'],
		['room too short', '{"t":"hello","role":"follower","room":"K7Q"}'],
		['room as array', '{"t":"hello","role":"follower","room":["K7QF"]}'],
		['room with a wildcard', '{"t":"hello","role":"follower","room":"K7Q*"}'],
		['oversize', JSON.stringify({ t: 'goto', step: 1, pad: 'x'.repeat(MAX_FRAME_BYTES) })],
		['oversize by multibyte characters', `{"t":"end","x":"${'я'.repeat(520)}"}`],
		['a server message sent by a client', '{"t":"state","room":"K7QF","step":3}']
	];
	it.each(bad)('%s', (_name, frame) => {
		const r = parseClient(frame);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.reason).toMatch(/\w/);
	});

	it('refuses an oversize frame before parsing it', () => {
		// Valid JSON of the right shape, only too long: the size alone refuses it.
		const frame = `{"t":"goto","step":1}${' '.repeat(MAX_FRAME_BYTES)}`;
		expect(parseClient(frame)).toEqual({ ok: false, reason: `over ${MAX_FRAME_BYTES} bytes` });
	});

	it('accepts a frame of exactly the cap', () => {
		const head = '{"t":"goto","step":1}';
		const frame = head + ' '.repeat(MAX_FRAME_BYTES - head.length);
		expect(parseClient(frame).ok).toBe(true);
	});
});

describe('parseServer', () => {
	it.each([
		[{ t: 'state', room: 'K7QF', step: 14 }],
		[{ t: 'ended', room: 'K7QF' }],
		[{ t: 'error', code: 'no-room' }]
	])('accepts %j', (msg) => expect(parseServer(JSON.stringify(msg))).toEqual({ ok: true, msg }));

	it.each([
		['state with a follower count', '{"t":"state","room":"K7QF","step":1,"followers":9}'],
		['state with a bad step', '{"t":"state","room":"K7QF","step":-2}'],
		['unknown error code', '{"t":"error","code":"teapot"}'],
		['a client message', '{"t":"goto","step":1}']
	])('refuses %s', (_n, frame) => expect(parseServer(frame).ok).toBe(false));
});

describe('room codes and sizes', () => {
	it('uses no look-alike characters', () => {
		for (const c of '0O1IL5S2Z8BUV') expect(ROOM_ALPHABET).not.toContain(c);
		expect(new Set(ROOM_ALPHABET).size).toBe(ROOM_ALPHABET.length);
		expect(isRoomCode('K7QF')).toBe(true);
	});

	it('counts UTF-8 bytes as TextEncoder does', () => {
		for (const s of ['', 'abc', 'я', '€', '😀', 'a😀я€\u0000', '\ud800x'])
			expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
	});
});

describe('parseRoomRequest (the body of POST /live/rooms)', () => {
	it.each(['a', 'the-crisis-has-matured', '1917', 'a'.repeat(64)])(
		'accepts the story %s',
		(story) => {
			expect(parseRoomRequest(JSON.stringify({ story }))).toEqual({ ok: true, msg: { story } });
		}
	);
	it.each([
		['empty', ''],
		['not JSON', 'story=a'],
		['null', 'null'],
		['an array', '["a"]'],
		['no story', '{}'],
		['an extra field', '{"story":"a","x":1}'],
		['a number', '{"story":1}'],
		['capitals', '{"story":"Crisis"}'],
		['a leading dash', '{"story":"-a"}'],
		['a slash', '{"story":"a/b"}'],
		['dots', '{"story":".."}'],
		['65 characters', JSON.stringify({ story: 'a'.repeat(65) })],
		['over 1 KB', JSON.stringify({ story: 'a'.repeat(MAX_FRAME_BYTES) })]
	])('refuses %s', (_name, text) => {
		expect(parseRoomRequest(text).ok).toBe(false);
	});
	it('builds the follow path from the story and the room', () => {
		expect(followPath('crisis', 'K7QF')).toBe('/crisis/follow/?room=K7QF');
	});
});
