/**
 * The deck and the presenter's notes window keep in step through a BroadcastChannel: same origin
 * only, no window handle, so either side may be reloaded, opened in any tab, or opened first
 * (reveal.js's postMessage handshake breaks on all three). Messages are state, never commands to
 * run or navigate, and anything that does not parse is dropped.
 */
import { httpUrl } from '../live/http-url';

export type Role = 'deck' | 'notes';

/** What a window shows: its step, whether the screen is black, and a live deck's follow address. */
export interface SyncState {
	step: number;
	blackout: boolean;
	/** The address students join at (issue #19), while the deck is live; the notes show it too. */
	follow?: string;
}

export type SyncMessage =
	/**
	 * "The presentation is now here": every other window follows, unless it has a newer state.
	 * `at` orders states (StateClock): a state that arrives after a newer change is dropped.
	 */
	| ({ type: 'state'; from: Role; at: number } & SyncState)
	/** "Where are we?": the other window answers with its state (a reloaded notes window asks this). */
	| { type: 'hello'; from: Role };

// 2: states carry `at`; a window of the old protocol is not understood rather than misordered.
const PROTOCOL = 'lantern-present/2';
/**
 * How far ahead of this window's clock a state's stamp may be (ms). A real one is ahead by one ms
 * per change made within the same ms (a flood of 5 000 runs 5 s ahead); one taken from further
 * ahead would make the other window's changes look old for as long, so a bogus state could stop
 * the sync for that long: 10 s at most, where it was a minute.
 */
const FUTURE = 10_000;

/** A message from the channel, if it is one of ours and names a step the story has. */
export function parseSyncMessage(
	data: unknown,
	steps: number,
	now = Date.now()
): SyncMessage | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const m = data as Record<string, unknown>;
	if (m.protocol !== PROTOCOL || (m.from !== 'deck' && m.from !== 'notes')) return undefined;
	if (m.type === 'hello') return { type: 'hello', from: m.from };
	if (m.type !== 'state' || typeof m.blackout !== 'boolean') return undefined;
	const at = m.at as number;
	// Both windows read one clock: a stamp far ahead of it is not theirs, and taken it would
	// make every later change look old.
	if (!Number.isSafeInteger(at) || at < 0 || at > now + FUTURE) return undefined;
	const step = m.step;
	if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step >= steps)
		return undefined;
	// Shown as a link in the notes window: an http(s) address, or nothing.
	const follow = httpUrl(m.follow)?.href;
	return {
		type: 'state',
		from: m.from,
		at,
		step,
		blackout: m.blackout,
		...(follow ? { follow } : {})
	};
}

/**
 * Orders the states of the deck and the notes window, so both end on the same one. Either window
 * may change the state (a key, the notes' buttons), and a state can arrive after a newer change:
 * the deck's answer to the notes' "hello" waits 50 ms in `coalesce`, behind input on the main
 * thread the two windows share, and two changes made at once cross. Each window then took the
 * other's old step and they stayed apart (CI once saw the notes left a step behind the deck
 * after Next was pressed in them). Now every state carries `at`, the time of the change that made
 * it, and a window takes only a state newer than its own; at the same instant, the deck's wins.
 *
 * `at` is a hybrid clock: the wall clock (shared by both windows of one browser, so a reloaded
 * window, which has lost its history, still stamps its change newer), but always past the last
 * state this window has, so a clock set back does not make a change look old.
 */
export class StateClock {
	/** The stamp of the state this window shows; -1 while it knows none (it has asked). */
	#known = -1;
	readonly role: Role;

	constructor(role: Role) {
		this.role = role;
	}

	get known(): number {
		return this.#known;
	}

	/** The stamp of a change made in this window now. */
	change(now = Date.now()): number {
		this.#known = Math.max(Math.floor(now), this.#known + 1);
		return this.#known;
	}

	/** The stamp to tell this window's state with, unchanged (an answer to a "hello"). */
	tell(): number {
		return Math.max(this.#known, 0);
	}

	/** Whether a state from the other window, stamped `at`, replaces this one's (and it is kept). */
	accept(at: number, from: Role): boolean {
		const newer =
			at > this.#known || (at === this.#known && from === 'deck' && this.role !== 'deck');
		if (newer) this.#known = at;
		return newer;
	}
}

/**
 * Messages are delivered at most once every `interval` ms, and only the last state of a burst
 * (with one "hello" before it, if any came): a flood of valid messages from another tab of the
 * origin kept the deck busy for 70 s moving through every step it was told; now it moves once,
 * to the last. A presenter's key presses are slower than that, and each names the whole state.
 */
export function coalesce(
	deliver: (message: SyncMessage) => void,
	interval = 50,
	schedule: (run: () => void, ms: number) => unknown = setTimeout
): { push(message: SyncMessage): void; stop(): void } {
	let hello: SyncMessage | undefined;
	let state: SyncMessage | undefined;
	let waiting = false;
	let stopped = false;
	const flush = () => {
		waiting = false;
		if (stopped) return;
		const [h, s] = [hello, state];
		hello = state = undefined;
		if (h) deliver(h);
		if (s && !stopped) deliver(s);
	};
	return {
		push(message) {
			if (stopped) return;
			if (message.type === 'hello') hello ??= message;
			else state = message;
			if (waiting) return;
			waiting = true;
			schedule(flush, interval);
		},
		stop() {
			stopped = true;
		}
	};
}

export interface SyncChannel {
	/** The state changed in this window: the others take it, as newer than any they have. */
	change(state: SyncState): void;
	/** This window's state as it stands, for a window that asked: it overrides no newer change. */
	tell(state: SyncState): void;
	/** Asks the other windows where the talk is; they answer with `tell`. */
	hello(): void;
	/** Stop listening and close the channel. */
	close(): void;
}

/**
 * Joins the channel of the story `slug` as `role`. `onmessage` hears every "hello", and only
 * the states newer than this window's (StateClock). A no-op channel where BroadcastChannel is
 * missing.
 */
export function openSync(
	slug: string,
	steps: number,
	role: Role,
	onmessage: (message: SyncMessage) => void
): SyncChannel {
	let channel: BroadcastChannel;
	try {
		channel = new BroadcastChannel(`lantern-present:${slug}`);
	} catch {
		// Old browsers: the deck still presents, only without a notes window in step.
		return { change() {}, tell() {}, hello() {}, close() {} };
	}
	const clock = new StateClock(role);
	// Ordered when delivered, not when received: a change made here in the meantime wins.
	const queue = coalesce((m) => {
		if (m.type === 'hello' || clock.accept(m.at, m.from)) onmessage(m);
	});
	const listener = (event: MessageEvent) => {
		const message = parseSyncMessage(event.data, steps);
		if (message) queue.push(message);
	};
	channel.addEventListener('message', listener);
	let open = true;
	const send = (message: SyncMessage) => {
		if (open) channel.postMessage({ protocol: PROTOCOL, ...message });
	};
	return {
		change: (state) => send({ type: 'state', from: role, at: clock.change(), ...state }),
		tell: (state) => send({ type: 'state', from: role, at: clock.tell(), ...state }),
		hello: () => send({ type: 'hello', from: role }),
		close() {
			if (!open) return;
			open = false;
			queue.stop();
			channel.removeEventListener('message', listener);
			channel.close();
		}
	};
}
