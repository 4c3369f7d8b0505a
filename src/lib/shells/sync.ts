/**
 * The deck and the presenter's notes window keep in step through a BroadcastChannel: same origin
 * only, no window handle, so either side may be reloaded, opened in any tab, or opened first
 * (reveal.js's postMessage handshake breaks on all three). Messages are state, never commands to
 * run or navigate, and anything that does not parse is dropped.
 */
import { httpUrl } from '../live/http-url';

export type Role = 'deck' | 'notes';

export type SyncMessage =
	/**
	 * "The presentation is now here": every other window follows. A live deck adds the address
	 * students join at (issue #19), so the notes window shows it too; a deck not live leaves it out.
	 */
	| { type: 'state'; from: Role; step: number; blackout: boolean; follow?: string }
	/** "Where are we?": a deck answers with its state (a reloaded notes window asks this). */
	| { type: 'hello'; from: Role };

const PROTOCOL = 'lantern-present/1';

/** A message from the channel, if it is one of ours and names a step the story has. */
export function parseSyncMessage(data: unknown, steps: number): SyncMessage | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const m = data as Record<string, unknown>;
	if (m.protocol !== PROTOCOL || (m.from !== 'deck' && m.from !== 'notes')) return undefined;
	if (m.type === 'hello') return { type: 'hello', from: m.from };
	if (m.type !== 'state' || typeof m.blackout !== 'boolean') return undefined;
	const step = m.step;
	if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step >= steps)
		return undefined;
	// Shown as a link in the notes window: an http(s) address, or nothing.
	const follow = httpUrl(m.follow)?.href;
	return { type: 'state', from: m.from, step, blackout: m.blackout, ...(follow ? { follow } : {}) };
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
	post(message: SyncMessage): void;
	/** Stop listening and close the channel. */
	close(): void;
}

/** Joins the channel of the story `slug`; a no-op channel where BroadcastChannel is missing. */
export function openSync(
	slug: string,
	steps: number,
	onmessage: (message: SyncMessage) => void
): SyncChannel {
	let channel: BroadcastChannel;
	try {
		channel = new BroadcastChannel(`lantern-present:${slug}`);
	} catch {
		// Old browsers: the deck still presents, only without a notes window in step.
		return { post() {}, close() {} };
	}
	const queue = coalesce(onmessage);
	const listener = (event: MessageEvent) => {
		const message = parseSyncMessage(event.data, steps);
		if (message) queue.push(message);
	};
	channel.addEventListener('message', listener);
	let open = true;
	return {
		post(message) {
			if (open) channel.postMessage({ protocol: PROTOCOL, ...message });
		},
		close() {
			if (!open) return;
			open = false;
			queue.stop();
			channel.removeEventListener('message', listener);
			channel.close();
		}
	};
}
