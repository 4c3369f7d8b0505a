/**
 * The deck's side of a live lecture (issue #19): asks the relay for a room, keeps its token for
 * this tab (a reload resumes the same room), drives the room with every step and ends it. The
 * deck renders what this holds; the network, the storage and the socket come in as options, so
 * it is unit-tested without a browser or a relay.
 */
import { isRoomCode, isToken, type ServerMessage } from './protocol';
import { joinAddress } from './join-address';
import { relayHttp } from './relay-config';
import { LiveSocket, type LiveSocketOptions, type LiveStatus } from './socket';

/**
 * `off`: not live. `starting`: asking the relay for a room. `live`: a room is ours (the socket
 * may still be reconnecting: see `link`). `unavailable`: going live failed, `problem` says why.
 */
export type PresenterStatus = 'off' | 'starting' | 'live' | 'unavailable';

/**
 * Why going live failed. `no-relay`: nothing answers at /live/rooms (a static host): the deck
 * explains `npm run live` and LANTERN_RELAY. `refused`: the relay does not accept this page's
 * origin. `rate-limited`, `busy`: try again. `bad-request`: the relay refused the request.
 */
export type PresenterProblem = 'no-relay' | 'refused' | 'rate-limited' | 'busy' | 'bad-request';

/** Said once the lecturer is told something happened they did not do. */
export type PresenterNotice = 'resume-refused' | 'ended-elsewhere' | 'end-unsent' | null;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface PresenterOptions {
	/** The story's slug: the room remembers it, and it names the stored token. */
	story: string;
	/** The deck's address (location.href), for the join address's fallback origin. */
	page: string;
	/** The relay's WebSocket address (relayEndpoint), and whether it is the page's own origin. */
	relay: { socket: string; sameOrigin: boolean };
	/** The step the deck is on now: sent on every (re)connect. */
	step: () => number;
	/** This site's follow page for a room (used when the relay is on another host). */
	followPath: (room: string) => string;
	fetch?: typeof fetch;
	/** sessionStorage: per tab, so a reload resumes and a second tab does not steal the room. */
	storage?: StorageLike | null;
	/** LiveSocket's test hooks (a fake socket, timers). */
	socket?: Pick<LiveSocketOptions, 'connect' | 'setTimer' | 'clearTimer' | 'random'>;
}

interface Session {
	room: string;
	token: string;
}

export const storageKey = (story: string) => `lantern:live:${story}`;

export class LivePresenter {
	status = $state<PresenterStatus>('off');
	problem = $state<PresenterProblem | null>(null);
	/** The relay's own words when it refused the request (a 400's message). */
	detail = $state('');
	notice = $state<PresenterNotice>(null);
	room = $state<string | null>(null);
	/** The connection to the relay while live. */
	link = $state<LiveStatus>('closed');
	/** /live/info's answer: the relay's addresses on the local network. */
	addresses = $state<readonly unknown[]>([]);
	/** The address students join at, while live. */
	readonly followUrl = $derived.by(() =>
		this.room && this.status === 'live'
			? joinAddress({
					room: this.room,
					page: this.#opts.page,
					sameOrigin: this.#opts.relay.sameOrigin,
					addresses: this.addresses,
					followPath: this.#opts.followPath
				})
			: null
	);

	readonly #opts: PresenterOptions;
	#socket: LiveSocket | null = null;
	#session: Session | null = null;

	constructor(opts: PresenterOptions) {
		this.#opts = opts;
	}

	/** After a reload: the tab's stored room, driven again with its token. */
	resume(): void {
		const stored = this.#load();
		if (stored) this.#begin(stored);
	}

	/** Go live: a new room on the relay. */
	async start(): Promise<void> {
		if (this.status === 'starting' || this.status === 'live') return;
		this.status = 'starting';
		this.problem = null;
		this.notice = null;
		this.detail = '';
		const f = this.#opts.fetch ?? fetch;
		let res: Response;
		try {
			res = await f(relayHttp(this.#opts.relay.socket, 'rooms'), {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ story: this.#opts.story }),
				cache: 'no-store'
			});
		} catch {
			return this.#fail('no-relay'); // nothing listens there, or a static host refused the method
		}
		if (res.status !== 201) return this.#fail(problemOf(res.status), await textOf(res));
		const body: unknown = await res.json().catch(() => null);
		const session = parseSession(body);
		// A host that answers 201 with something else is not a relay either.
		if (!session) return this.#fail('no-relay');
		this.#save(session);
		this.#begin(session);
	}

	/** Tells the room the deck's step (a no-op while not connected: the reconnect sends it). */
	goto(step: number): void {
		this.#socket?.send({ t: 'goto', step });
	}

	/** Ends the room for everyone. Forgets it here even if the relay cannot be told. */
	end(): void {
		const told = this.#socket?.send({ t: 'end' }) ?? false;
		this.#stop(told ? null : 'end-unsent');
	}

	/** Reconnect now (the browser says it is back online). */
	retryNow(): void {
		this.#socket?.retryNow();
	}

	/** The deck is going away: close the socket, keep the stored session for the reload. */
	destroy(): void {
		const socket = this.#socket;
		this.#socket = null;
		this.#session = null; // so the socket's closing does not read as the room's end
		socket?.close();
	}

	/** Back to the not-live state with the reason shown, if any (what a failed start leaves). */
	dismiss(): void {
		if (this.status === 'unavailable') this.status = 'off';
		this.problem = null;
		this.notice = null;
	}

	#begin(session: Session) {
		this.#session = session;
		this.room = session.room;
		this.status = 'live';
		this.link = 'connecting';
		void this.#info();
		this.#socket?.close();
		this.#socket = new LiveSocket({
			...this.#opts.socket,
			url: this.#opts.relay.socket,
			hello: () => ({ t: 'hello', role: 'presenter', room: session.room, token: session.token }),
			onMessage: (m) => this.#onMessage(m),
			onStatus: (s) => {
				this.link = s;
				// The relay processes frames in order: this goto follows the hello. It puts the room
				// where the deck is, after a drop or a relay restart as much as on the first connect.
				if (s === 'open') this.goto(this.#opts.step());
				else if (s === 'closed' && this.#session === session) this.#stop(null);
			}
		});
	}

	#onMessage(m: ServerMessage) {
		if (m.t === 'ended') return this.#stop('ended-elsewhere');
		// The stored room is gone (ended, expired, or the relay restarted without Redis).
		if (m.t === 'error' && m.code === 'no-room') return this.#stop('resume-refused');
	}

	async #info() {
		const f = this.#opts.fetch ?? fetch;
		try {
			const res = await f(relayHttp(this.#opts.relay.socket, 'info'), { cache: 'no-store' });
			const body: unknown = res.ok ? await res.json() : null;
			const list = (body as { addresses?: unknown } | null)?.addresses;
			if (Array.isArray(list)) this.addresses = list;
		} catch {
			/* an older relay has no /live/info: the page's own origin serves */
		}
	}

	#stop(notice: PresenterNotice) {
		const socket = this.#socket;
		this.#socket = null;
		this.#session = null;
		this.#forget();
		this.room = null;
		this.status = 'off';
		this.link = 'closed';
		this.notice = notice;
		socket?.close();
	}

	#fail(problem: PresenterProblem, detail = '') {
		this.status = 'unavailable';
		this.problem = problem;
		this.detail = detail;
	}

	#load(): Session | null {
		try {
			const raw = this.#opts.storage?.getItem(storageKey(this.#opts.story));
			return raw ? parseSession(JSON.parse(raw)) : null;
		} catch {
			return null;
		}
	}

	#save(s: Session) {
		try {
			this.#opts.storage?.setItem(storageKey(this.#opts.story), JSON.stringify(s));
		} catch {
			/* storage full or blocked: the session lasts until a reload */
		}
	}

	#forget() {
		try {
			this.#opts.storage?.removeItem(storageKey(this.#opts.story));
		} catch {
			/* nothing stored */
		}
	}
}

function parseSession(v: unknown): Session | null {
	if (typeof v !== 'object' || v === null) return null;
	const { room, token } = v as Record<string, unknown>;
	return isRoomCode(room) && isToken(token) ? { room, token } : null;
}

function problemOf(status: number): PresenterProblem {
	if (status === 403) return 'refused';
	if (status === 429) return 'rate-limited';
	if (status === 400) return 'bad-request';
	if (status === 503) return 'busy';
	// 404 and 405 are a static host; anything else is not a relay we know either.
	return 'no-relay';
}

/** A short plain-text reason from the relay (as text or {error}), never markup from a host. */
async function textOf(res: Response): Promise<string> {
	if (res.status !== 400) return '';
	let text = (await res.text().catch(() => '')).trim();
	try {
		const o: unknown = JSON.parse(text);
		const said = (o as { error?: unknown; message?: unknown } | null) ?? {};
		text = typeof said.message === 'string' ? said.message : String(said.error ?? '');
	} catch {
		/* plain text */
	}
	return /^[^<>]{1,200}$/.test(text) ? text : '';
}
