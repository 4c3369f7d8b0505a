/** Test helpers: real WebSocket clients and room creation against a relay on 127.0.0.1. */
import { WebSocket } from 'ws';
import type { ClientMessage, ServerMessage } from '../lib/live/protocol';

export interface Client {
	ws: WebSocket;
	got: ServerMessage[];
	/** The next message not yet taken (waits for it). */
	next(timeoutMs?: number): Promise<ServerMessage>;
	send(m: ClientMessage | string): void;
	/** Resolves with the close code. */
	closed: Promise<number>;
}

/** POSTs /live/rooms; `body` is sent as it is (a string) or as JSON, `{ story }` by default; null sends none. */
export async function createRoom(
	port: number,
	origin?: string,
	body: unknown = { story: 'the-crisis-has-matured' }
): Promise<{ status: number; room: string; token: string; follow: string }> {
	const res = await fetch(`http://127.0.0.1:${port}/live/rooms`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
		...(body === null ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) })
	});
	const got = res.status === 201 ? await res.json() : {};
	return { status: res.status, ...got };
}

export function connect(
	port: number,
	opts: { origin?: string; autoPong?: boolean } = {}
): Promise<Client> {
	const ws = new WebSocket(`ws://127.0.0.1:${port}/live`, {
		...(opts.origin ? { origin: opts.origin } : {}),
		autoPong: opts.autoPong ?? true
	});
	const got: ServerMessage[] = [];
	let taken = 0;
	let wake: (() => void) | null = null;
	ws.on('message', (d) => {
		got.push(JSON.parse(String(d)) as ServerMessage);
		wake?.();
	});
	const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
	const client: Client = {
		ws,
		got,
		closed,
		send: (m) => ws.send(typeof m === 'string' ? m : JSON.stringify(m)),
		async next(timeoutMs = 2000) {
			const deadline = Date.now() + timeoutMs;
			while (got.length <= taken) {
				if (Date.now() > deadline) throw new Error(`no message within ${timeoutMs} ms`);
				await new Promise<void>((r) => {
					wake = r;
					setTimeout(r, 20);
				});
			}
			return got[taken++] as ServerMessage;
		}
	};
	return new Promise((resolve, reject) => {
		ws.once('open', () => resolve(client));
		ws.once('error', reject);
		ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
	});
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
