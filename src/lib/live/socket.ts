/**
 * The pages' side of a live connection (issue #19): one WebSocket to the relay that says `hello`
 * on every (re)connect, validates every frame it gets, and reconnects with backoff when the
 * network drops, the way a phone in a lecture hall needs. The deck (presenter) and the follow page
 * (follower) both use it; what they say and do with the frames is theirs.
 *
 * Browser-only by use, but takes the WebSocket class as an option, so it is unit-tested with a fake.
 */
import {
	encode,
	parseServer,
	type ClientMessage,
	type ErrorCode,
	type ServerMessage
} from './protocol';

/**
 * `connecting`: the first attempt; `open`: hello sent, frames flow; `reconnecting`: lost, waiting
 * for the next attempt; `closed`: closed for good (by us, or the relay ended the room or refused).
 */
export type LiveStatus = 'connecting' | 'open' | 'reconnecting' | 'closed';

/** The part of the browser's WebSocket this module uses. */
export interface SocketLike {
	readonly readyState: number;
	send(data: string): void;
	close(code?: number, reason?: string): void;
	onopen: ((ev: unknown) => void) | null;
	onmessage: ((ev: { data: unknown }) => void) | null;
	onclose: ((ev: { code: number; reason?: string }) => void) | null;
	onerror: ((ev: unknown) => void) | null;
}
export type SocketFactory = (url: string) => SocketLike;

export interface LiveSocketOptions {
	/** The relay's WebSocket address (see relayEndpoint). */
	url: string;
	/** Said on every (re)connect: the relay keeps no per-connection state across a drop. */
	hello: () => ClientMessage;
	onMessage: (m: ServerMessage) => void;
	onStatus?: (s: LiveStatus) => void;
	/** Tests pass a fake; pages use the browser's WebSocket. */
	connect?: SocketFactory;
	/** First retry after baseMs, doubling to maxMs; each delay jittered to 50-100 % of itself. */
	baseMs?: number;
	maxMs?: number;
	random?: () => number;
	setTimer?: (fn: () => void, ms: number) => unknown;
	clearTimer?: (t: unknown) => void;
}

const OPEN = 1;

/**
 * The wait before retry number `attempt` (0-based). Jitter spreads a hall of phones that lost the
 * Wi-Fi together, so they do not all knock on the relay in the same millisecond.
 */
export function backoffDelay(
	attempt: number,
	baseMs = 500,
	maxMs = 10_000,
	random: () => number = Math.random
): number {
	const full = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 20));
	return Math.round(full * (0.5 + 0.5 * random()));
}

/**
 * The relay's WebSocket address. `configured` is the build-time relay (LANTERN_RELAY, a ws: or
 * wss: URL; an http(s) one is turned into ws(s)); without it, the relay is the page's own origin
 * at /live, as `npm run live` serves it.
 */
export function relayEndpoint(page: URL | string, configured?: string | null): string {
	const base = new URL(configured?.trim() || '/live', page);
	if (base.protocol === 'http:') base.protocol = 'ws:';
	else if (base.protocol === 'https:') base.protocol = 'wss:';
	if (base.protocol !== 'ws:' && base.protocol !== 'wss:')
		throw new Error(`relay address must be ws:, wss:, http: or https: (got ${base.protocol})`);
	if (!configured?.trim() || base.pathname === '/') base.pathname = '/live';
	base.hash = '';
	return base.href;
}

/**
 * Whether a close is final. 1000 is the room ending (or our own goodbye). 1008 is a refusal: final
 * for a bad frame, a forbidden move or an unknown room, but a busy store or a rate limit passes,
 * so those are retried with the backoff. Anything else (1001, 1006: the relay went away, the
 * Wi-Fi dropped) is retried.
 */
function isFinal(code: number, lastError: ErrorCode | null): boolean {
	if (code === 1000) return true;
	if (code !== 1008) return false;
	return lastError !== 'busy' && lastError !== 'rate-limited';
}

export class LiveSocket {
	#opts: LiveSocketOptions;
	#ws: SocketLike | null = null;
	#status: LiveStatus = 'connecting';
	#attempt = 0;
	#timer: unknown = null;
	#closed = false;

	constructor(opts: LiveSocketOptions) {
		this.#opts = opts;
		this.#open();
	}

	get status(): LiveStatus {
		return this.#status;
	}

	/** Sends one frame; false when not connected (the caller's next state catches up on reconnect). */
	send(m: ClientMessage): boolean {
		if (!this.#ws || this.#ws.readyState !== OPEN || this.#status !== 'open') return false;
		this.#ws.send(encode(m));
		return true;
	}

	/** Closes for good: no more retries, no more callbacks. */
	close(): void {
		if (this.#closed) return;
		this.#closed = true;
		if (this.#timer !== null) (this.#opts.clearTimer ?? clearTimeout)(this.#timer as never);
		this.#timer = null;
		const ws = this.#ws;
		this.#ws = null;
		if (ws) {
			ws.onopen = ws.onmessage = ws.onclose = ws.onerror = null;
			ws.close(1000, 'bye');
		}
		this.#setStatus('closed');
	}

	/** Reconnects now (after `online`, say) instead of waiting out the backoff. */
	retryNow(): void {
		if (this.#closed || this.#status === 'open' || this.#status === 'connecting') return;
		if (this.#timer !== null) (this.#opts.clearTimer ?? clearTimeout)(this.#timer as never);
		this.#timer = null;
		this.#open();
	}

	#setStatus(s: LiveStatus) {
		if (s === this.#status) return;
		this.#status = s;
		this.#opts.onStatus?.(s);
	}

	#open() {
		const connect: SocketFactory =
			this.#opts.connect ?? ((url) => new WebSocket(url) as unknown as SocketLike);
		let ws: SocketLike;
		try {
			ws = connect(this.#opts.url);
		} catch {
			return this.#retry();
		}
		this.#ws = ws;
		let lastError: ErrorCode | null = null;
		ws.onopen = () => {
			this.#attempt = 0;
			ws.send(encode(this.#opts.hello()));
			this.#setStatus('open');
		};
		ws.onmessage = (ev) => {
			if (typeof ev.data !== 'string') return;
			const p = parseServer(ev.data);
			if (!p.ok) return;
			if (p.msg.t === 'error') lastError = p.msg.code;
			this.#opts.onMessage(p.msg);
		};
		ws.onerror = () => {}; // a close event always follows
		ws.onclose = (ev) => {
			if (this.#ws !== ws) return;
			this.#ws = null;
			if (isFinal(ev.code, lastError)) {
				this.#closed = true;
				return this.#setStatus('closed');
			}
			this.#retry();
		};
	}

	#retry() {
		if (this.#closed) return;
		this.#setStatus('reconnecting');
		const o = this.#opts;
		const delay = backoffDelay(this.#attempt++, o.baseMs, o.maxMs, o.random);
		this.#timer = (o.setTimer ?? setTimeout)(() => {
			this.#timer = null;
			this.#open();
		}, delay);
	}
}
