/**
 * The embed's message protocol with its host page (docs/embedding.md). Everything that arrives
 * by postMessage is untrusted: these functions parse `unknown` into a step index or nothing, and
 * never yield a URL to navigate to.
 */

/** Sent to the parent whenever the embed's height changes: `{ type: 'lantern:height', height }`. */
export interface HeightMessage {
	type: 'lantern:height';
	height: number;
	/** The nonce of the host script's last `lantern:ready` (static/embed.js), when it sent one. */
	nonce?: string;
}

/** WordPress's own protocol (wp-embed.js): `{ secret, message: 'height' | 'link', value }`. */
export interface WordPressMessage {
	secret: string;
	message: 'height' | 'link';
	value: number | string;
}

/** The steps an embed shows: story indices `start` (inclusive) to `end` (exclusive), and their ids. */
export interface StepRange {
	start: number;
	end: number;
	/** Every step id of the story, by index. */
	ids: readonly string[];
}

/** Longest string a message may carry: anything longer is not a step id or a story URL. */
const MAX_STRING = 2048;
/** WordPress makes 10-character alphanumeric secrets; wp-embed.js refuses anything else. */
const SECRET = /^[A-Za-z0-9]{1,10}$/;
const STEP_ID = /^[a-z0-9][a-z0-9-]*$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}

function indexOfId(id: string, range: StepRange): number | undefined {
	if (!STEP_ID.test(id)) return undefined;
	const i = range.ids.indexOf(id);
	return i >= range.start && i < range.end ? i : undefined;
}

/**
 * The step a "go" message asks for, or undefined for anything that is not exactly
 * `{ type: 'lantern:go', step }` with `step` one of: a story index inside the range, a step id
 * inside the range, or a URL of this very story whose fragment names such a step. A URL is only
 * ever read for its fragment; the embed never navigates to it.
 */
export function parseGo(data: unknown, range: StepRange, storyUrl: string): number | undefined {
	if (!isPlainObject(data) || data.type !== 'lantern:go') return undefined;
	const keys = Object.keys(data);
	if (keys.length !== 2 || !keys.includes('step')) return undefined;
	const step = data.step;
	if (typeof step === 'number')
		return Number.isInteger(step) && step >= range.start && step < range.end ? step : undefined;
	if (typeof step !== 'string' || step.length === 0 || step.length > MAX_STRING) return undefined;
	const byId = indexOfId(step, range);
	if (byId !== undefined) return byId;
	return stepOfStoryUrl(step, range, storyUrl);
}

/** `url` is this story's address (same origin and path, http or https) with a step's fragment. */
function stepOfStoryUrl(url: string, range: StepRange, storyUrl: string): number | undefined {
	let target: URL;
	let story: URL;
	try {
		target = new URL(url);
		story = new URL(storyUrl);
	} catch {
		return undefined;
	}
	if (target.protocol !== 'https:' && target.protocol !== 'http:') return undefined;
	if (target.origin !== story.origin || target.pathname !== story.pathname) return undefined;
	if (target.search || target.username || target.password) return undefined;
	// Step ids are plain ASCII words: an encoded fragment is never one of them.
	return indexOfId(target.hash.slice(1), range);
}

/** What the embed's own URL fragment says: a step to open on, and WordPress's secret. */
export function parseHash(hash: string): { step?: string; secret?: string } {
	const text = hash.startsWith('#') ? hash.slice(1) : hash;
	// WordPress appends "#?secret=…" to the src, after any fragment the src already had.
	const cut = text.search(/[#?]/);
	const step = (cut < 0 ? text : text.slice(0, cut)) || undefined;
	const secret = /(?:^|[#?&])secret=([^&#]*)/.exec(text)?.[1];
	return {
		step: step && STEP_ID.test(step) ? step : undefined,
		secret: secret && SECRET.test(secret) ? secret : undefined
	};
}

/**
 * A host script that loaded after the embed asks it to say its height again: ours sends exactly
 * `{ type: 'lantern:ready' }`, WordPress's `{ message: 'ready', secret }` with the secret it gave.
 */
export function isReady(data: unknown, secret: string | undefined): boolean {
	return parseReady(data, secret) !== undefined;
}

/** The host script's nonce: 32 hex digits from crypto.getRandomValues (static/embed.js). */
const NONCE = /^[0-9a-f]{32}$/;

/**
 * A "ready" message, with the nonce our host script sends in it (`{ type: 'lantern:ready',
 * nonce }`): the embed echoes that nonce in every height message after it, which is how the host
 * tells a sandboxed frame that still shows this embed from whatever page the frame was sent to
 * since (all of them have the origin "null"). Undefined for anything that is not a ready message.
 */
export function parseReady(
	data: unknown,
	secret: string | undefined
): { nonce?: string } | undefined {
	if (!isPlainObject(data)) return undefined;
	if (data.type === 'lantern:ready') {
		const keys = Object.keys(data);
		if (keys.length === 1) return {};
		if (keys.length === 2 && typeof data.nonce === 'string' && NONCE.test(data.nonce))
			return { nonce: data.nonce };
		return undefined;
	}
	return secret !== undefined && data.message === 'ready' && data.secret === secret
		? {}
		: undefined;
}

export function heightMessage(height: number, nonce?: string): HeightMessage {
	const message: HeightMessage = { type: 'lantern:height', height: Math.max(0, Math.ceil(height)) };
	if (nonce !== undefined) message.nonce = nonce;
	return message;
}

export function wordPressMessage(
	secret: string,
	message: WordPressMessage['message'],
	value: number | string
): WordPressMessage {
	return { secret, message, value };
}

/** `?from=<id>&to=<id>` narrows the embed to a run of steps inside the page's own range. */
export function narrowRange(range: StepRange, search: string): StepRange {
	const params = new URLSearchParams(search);
	const from = params.get('from');
	const to = params.get('to');
	const start = from === null ? range.start : indexOfId(from, range);
	const last = to === null ? range.end - 1 : indexOfId(to, range);
	if (start === undefined || last === undefined || last < start) return range;
	return { ...range, start, end: last + 1 };
}
