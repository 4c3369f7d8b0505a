/**
 * The live-lecture protocol (issue #19), shared by the pages and the relay. Pure TS: no DOM, no
 * Node. Every frame is one JSON object with a `t` (type) field; each type has exactly the fields
 * listed here, of exactly these types. Anything else is refused, and the relay closes the
 * connection that sent it (a garbage, oversize or forged frame costs its sender and nobody else).
 *
 * A session:
 *   1. the deck POSTs to `/live/rooms` and gets `{ room, token }` (the token stays in the deck);
 *   2. the deck opens a WebSocket to `/live` and sends `hello` as presenter, with the token;
 *      a student's page sends `hello` as follower, with only the room code;
 *   3. every joiner gets `state` at once (so a late joiner lands on the current step), then a
 *      `state` for each step the presenter sends with `goto`;
 *   4. `end` from the presenter (or the room idling out) sends `ended` to all and closes them.
 */

/** Frames longer than this (UTF-8 bytes) are refused before they are parsed. */
export const MAX_FRAME_BYTES = 1024;
/** Steps are 0 ≤ step < MAX_STEP: a story has far fewer; the cap keeps numbers small and exact. */
export const MAX_STEP = 100_000;
/**
 * Room codes: 4 characters from an alphabet without look-alikes (no 0/O, 1/I/L, no U/V, 5/S,
 * 2/Z, 8/B), so a code read off a screen at the back of a hall is typed right. 23^4 ≈ 280,000
 * codes; failed joins are rate-limited, so guessing one is slow.
 */
export const ROOM_ALPHABET = 'ACDEFGHJKMNPQRTWXY34679';
export const ROOM_CODE_LENGTH = 4;
const ROOM_CODE = new RegExp(`^[${ROOM_ALPHABET}]{${ROOM_CODE_LENGTH}}$`);
/**
 * Presenter tokens: base64url (or hex) of at least 128 random bits: 22 base64url characters carry
 * 132 bits, 32 hex characters 128. The relay makes 32-byte tokens (43 characters).
 */
const TOKEN = /^[A-Za-z0-9_-]{22,128}$/;

export type Role = 'presenter' | 'follower';

/** What a page sends to the relay. */
export type ClientMessage =
	| { t: 'hello'; role: 'follower'; room: string }
	| { t: 'hello'; role: 'presenter'; room: string; token: string }
	| { t: 'goto'; step: number }
	| { t: 'end' };

/** What the relay sends to a page. Followers never learn who else follows. */
export type ServerMessage =
	| { t: 'state'; room: string; step: number }
	| { t: 'ended'; room: string }
	| { t: 'error'; code: ErrorCode };

export type ErrorCode =
	| 'bad-frame' // garbage, oversize, unknown type, wrong or extra fields
	| 'forbidden' // goto/end from a follower or before hello
	| 'no-room' // hello for a room that does not exist, or with the wrong token
	| 'rate-limited'
	| 'busy'; // the relay cannot reach its store

export type Parsed<T> = { ok: true; msg: T } | { ok: false; reason: string };

export const isRoomCode = (s: unknown): s is string => typeof s === 'string' && ROOM_CODE.test(s);
export const isToken = (s: unknown): s is string => typeof s === 'string' && TOKEN.test(s);
export const isStep = (n: unknown): n is number =>
	typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < MAX_STEP;

const ERROR_CODES: readonly ErrorCode[] = [
	'bad-frame',
	'forbidden',
	'no-room',
	'rate-limited',
	'busy'
];

/** UTF-8 length without allocating for the common all-ASCII case. */
export function utf8Length(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
			n += 4;
			i++;
		} else n += 3;
	}
	return n;
}

/** Parses one frame into a plain object, refusing oversize frames before JSON.parse sees them. */
function parseObject(text: string): Parsed<Record<string, unknown>> {
	if (typeof text !== 'string') return { ok: false, reason: 'not text' };
	// Cheap bound first: a string of more than MAX chars has more than MAX bytes.
	if (text.length > MAX_FRAME_BYTES || utf8Length(text) > MAX_FRAME_BYTES)
		return { ok: false, reason: `over ${MAX_FRAME_BYTES} bytes` };
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'not JSON' };
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		return { ok: false, reason: 'not an object' };
	return { ok: true, msg: value as Record<string, unknown> };
}

/** True when `o` has exactly these keys (no missing, no extra, no inherited tricks). */
function exactKeys(o: Record<string, unknown>, keys: readonly string[]): boolean {
	const own = Object.keys(o);
	return own.length === keys.length && keys.every((k) => Object.hasOwn(o, k));
}

/** Validates a frame a page sent. */
export function parseClient(text: string): Parsed<ClientMessage> {
	const p = parseObject(text);
	if (!p.ok) return p;
	const o = p.msg;
	const bad = (reason: string): Parsed<ClientMessage> => ({ ok: false, reason });
	switch (o.t) {
		case 'hello':
			if (o.role === 'follower') {
				if (!exactKeys(o, ['t', 'role', 'room'])) return bad('hello (follower): wrong fields');
				if (!isRoomCode(o.room)) return bad('hello: bad room code');
				return { ok: true, msg: { t: 'hello', role: 'follower', room: o.room } };
			}
			if (o.role === 'presenter') {
				if (!exactKeys(o, ['t', 'role', 'room', 'token']))
					return bad('hello (presenter): wrong fields');
				if (!isRoomCode(o.room)) return bad('hello: bad room code');
				if (!isToken(o.token)) return bad('hello: bad token');
				return { ok: true, msg: { t: 'hello', role: 'presenter', room: o.room, token: o.token } };
			}
			return bad('hello: bad role');
		case 'goto':
			if (!exactKeys(o, ['t', 'step'])) return bad('goto: wrong fields');
			if (!isStep(o.step)) return bad(`goto: step must be an integer 0…${MAX_STEP - 1}`);
			return { ok: true, msg: { t: 'goto', step: o.step } };
		case 'end':
			if (!exactKeys(o, ['t'])) return bad('end: wrong fields');
			return { ok: true, msg: { t: 'end' } };
		default:
			return bad('unknown type');
	}
}

/** Validates a frame the relay sent (the pages trust nothing either). */
export function parseServer(text: string): Parsed<ServerMessage> {
	const p = parseObject(text);
	if (!p.ok) return p;
	const o = p.msg;
	const bad = (reason: string): Parsed<ServerMessage> => ({ ok: false, reason });
	switch (o.t) {
		case 'state':
			if (!exactKeys(o, ['t', 'room', 'step'])) return bad('state: wrong fields');
			if (!isRoomCode(o.room) || !isStep(o.step)) return bad('state: bad room or step');
			return { ok: true, msg: { t: 'state', room: o.room, step: o.step } };
		case 'ended':
			if (!exactKeys(o, ['t', 'room']) || !isRoomCode(o.room)) return bad('ended: bad fields');
			return { ok: true, msg: { t: 'ended', room: o.room } };
		case 'error':
			if (!exactKeys(o, ['t', 'code']) || !ERROR_CODES.includes(o.code as ErrorCode))
				return bad('error: bad fields');
			return { ok: true, msg: { t: 'error', code: o.code as ErrorCode } };
		default:
			return bad('unknown type');
	}
}

export const encode = (m: ClientMessage | ServerMessage): string => JSON.stringify(m);

/** The short address students type or scan: `<origin>/j/<code>`. Never carries the token. */
export const joinPath = (room: string): string => `/j/${room}`;

/** A story's slug, as its folder is named (and its address on the site). */
const STORY_SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const isStorySlug = (s: unknown): s is string => typeof s === 'string' && STORY_SLUG.test(s);

/** What the deck POSTs to `/live/rooms`: the story the room follows. */
export interface RoomRequest {
	story: string;
}

/**
 * Validates the body of `POST /live/rooms`. The room remembers its story, so the short address
 * `/j/<code>` can send students to `/<story>/follow/`; the reason is said plainly to whoever sent it.
 */
export function parseRoomRequest(text: string): Parsed<RoomRequest> {
	const p = parseObject(text);
	if (!p.ok)
		return { ok: false, reason: `the body must be JSON {"story": "<slug>"} (${p.reason})` };
	const o = p.msg;
	if (!exactKeys(o, ['story'])) return { ok: false, reason: 'the body must have one field, story' };
	if (!isStorySlug(o.story))
		return { ok: false, reason: 'story must be a slug: a-z, 0-9 and -, at most 64 characters' };
	return { ok: true, msg: { story: o.story } };
}

/** Where `/j/<code>` sends a student: the story's follow page, the room in the query. */
export const followPath = (story: string, room: string): string => `/${story}/follow/?room=${room}`;
