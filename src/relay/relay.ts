/**
 * The live-lecture relay (issue #19): the built site and the WebSocket on one port. The deck
 * POSTs /live/rooms for a room and its presenter token, then drives the room over /live; students'
 * pages join with the room code only and get every step. Rooms live in a RoomStore (memory, or
 * Redis when several relays share them); this file holds the connections and fans steps out.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import sirv from 'sirv';
import { WebSocketServer, WebSocket, type RawData } from 'ws';
import {
	MAX_FRAME_BYTES,
	encode,
	followPath,
	isRoomCode,
	joinPath,
	parseClient,
	parseRoomRequest,
	type ClientMessage,
	type ErrorCode,
	type Role
} from '../lib/live/protocol';
import { pageCache, pageFile, withOwnSocket } from './csp';
import { noRoomPage, reachableOrigins, readBody, sendJson, sendText } from './http';
import { Bucket, BucketTable } from './limits';
import { originChecker } from './origins';
import { hashToken, newRoomCode, newToken, tokenMatches } from './rooms';
import { MemoryStore, type RoomEvent, type RoomStore } from './store';

export interface RelayOptions {
	port?: number;
	host?: string;
	/** The built site to serve; null serves none (tests). */
	buildDir?: string | null;
	store?: RoomStore;
	/** Extra origins allowed besides the relay's own addresses. */
	origins?: string[];
	idleMs?: number;
	pingMs?: number;
	sweepMs?: number;
	/** [burst, per second] for each connection's messages, failed joins, and rooms created per address. */
	messageRate?: [number, number];
	failedJoinRate?: [number, number];
	createRate?: [number, number];
	/** A follower whose unsent data grows past this is too slow to follow and is dropped. */
	maxBuffered?: number;
}

export interface Relay {
	port: number;
	close(): Promise<void>;
	/** Open connections (for the benchmark). */
	connections(): number;
}

interface Conn {
	ws: WebSocket;
	ip: string;
	role?: Role;
	room?: string;
	alive: boolean;
	messages: Bucket;
	fails: Bucket;
	/** Messages are handled one after another, in order, though handling awaits the store. */
	queue: Promise<void>;
}

interface LocalRoom {
	members: Set<Conn>;
	/** Resolves once the store's subscription is live; then holds its unsubscribe. */
	ready: Promise<void>;
	off?: () => void;
}

export const HOUR = 3_600_000;

export async function startRelay(opts: RelayOptions = {}): Promise<Relay> {
	const idleMs = opts.idleMs ?? 3 * HOUR;
	const store = opts.store ?? new MemoryStore(idleMs);
	const [msgBurst, msgRate] = opts.messageRate ?? [40, 20];
	const [failBurst, failRate] = opts.failedJoinRate ?? [5, 0.2];
	const [createBurst, createRate] = opts.createRate ?? [10, 0.2];
	const maxBuffered = opts.maxBuffered ?? 256 * 1024;
	const failsByIp = new BucketTable(failBurst * 4, failRate * 4);
	const createsByIp = new BucketTable(createBurst, createRate);
	const conns = new Set<Conn>();
	const rooms = new Map<string, LocalRoom>();
	const buildDir = opts.buildDir === undefined ? 'build' : opts.buildDir;
	const site =
		buildDir && existsSync(buildDir)
			? sirv(buildDir, { dev: true, etag: false, single: false, dotfiles: false })
			: null;
	const readPage = pageCache();
	let allowOrigin: (o: string | undefined) => boolean = () => false;
	let port = 0; // known once listening

	const send = (c: Conn, text: string | Buffer) => {
		if (c.ws.readyState !== WebSocket.OPEN) return;
		if (c.ws.bufferedAmount > maxBuffered) return c.ws.terminate();
		c.ws.send(text, { binary: false });
	};
	/** Closes one connection with a reason; nobody else is touched. */
	const refuse = (c: Conn, code: ErrorCode) => {
		send(c, encode({ t: 'error', code }));
		c.ws.close(1008, code);
	};

	function onRoomEvent(code: string, e: RoomEvent) {
		const local = rooms.get(code);
		if (!local) return;
		if (e.t === 'step') {
			// Serialised and UTF-8 encoded once, not once per follower.
			const text = Buffer.from(encode({ t: 'state', room: code, step: e.step }));
			for (const c of local.members) send(c, text);
			return;
		}
		const text = encode({ t: 'ended', room: code });
		for (const c of local.members) {
			send(c, text);
			c.ws.close(1000, 'ended');
		}
		local.off?.();
		rooms.delete(code);
	}

	async function enter(c: Conn, code: string) {
		let local = rooms.get(code);
		if (!local) {
			const l: LocalRoom = { members: new Set(), ready: Promise.resolve() };
			l.ready = store
				.subscribe(code, (e) => onRoomEvent(code, e))
				.then((off) => {
					if (rooms.get(code) === l) l.off = off;
					else off(); // everyone left (or the room ended) while subscribing
				});
			rooms.set(code, (local = l));
		}
		local.members.add(c);
		await local.ready;
	}

	function leave(c: Conn) {
		if (!c.room) return;
		const local = rooms.get(c.room);
		if (!local) return;
		local.members.delete(c);
		if (local.members.size === 0) {
			local.off?.();
			rooms.delete(c.room);
		}
	}

	async function handle(c: Conn, m: ClientMessage) {
		if (m.t === 'hello') {
			if (c.role) return refuse(c, 'forbidden'); // one hello per connection
			const room = await store.get(m.room);
			const ok = room && (m.role === 'follower' || tokenMatches(m.token, room.tokenHash));
			if (!ok) {
				// Wrong code and wrong token look the same, and both spend the guess budgets.
				if (!c.fails.take() || !failsByIp.take(c.ip)) return refuse(c, 'rate-limited');
				return send(c, encode({ t: 'error', code: 'no-room' }));
			}
			c.role = m.role;
			c.room = m.room;
			await enter(c, m.room);
			if (c.ws.readyState !== WebSocket.OPEN) return leave(c); // left while we waited
			// Read again now that the subscription is live: no step falls between the two.
			const now = await store.get(m.room);
			if (!now) return onRoomEvent(m.room, { t: 'ended' });
			return send(c, encode({ t: 'state', room: m.room, step: now.step }));
		}
		// goto and end: only the token's holder, who said hello as presenter on this connection.
		if (c.role !== 'presenter' || !c.room) return refuse(c, 'forbidden');
		if (m.t === 'goto') return store.setStep(c.room, m.step);
		return store.end(c.room);
	}

	function onMessage(c: Conn, data: RawData, isBinary: boolean) {
		if (!c.messages.take()) return refuse(c, 'rate-limited');
		const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
		if (isBinary || buf.length > MAX_FRAME_BYTES) return refuse(c, 'bad-frame');
		const p = parseClient(buf.toString('utf8'));
		if (!p.ok) return refuse(c, 'bad-frame');
		c.queue = c.queue.then(() => handle(c, p.msg)).catch(() => refuse(c, 'busy'));
	}

	// maxPayload: ws itself drops a connection whose frame is over the cap, unread (close 1009).
	const wss = new WebSocketServer({
		noServer: true,
		maxPayload: MAX_FRAME_BYTES,
		perMessageDeflate: false,
		clientTracking: false
	});
	wss.on('connection', (ws: WebSocket, req: IncomingMessage) => {
		const c: Conn = {
			ws,
			ip: req.socket.remoteAddress ?? '',
			alive: true,
			messages: new Bucket(msgBurst, msgRate),
			fails: new Bucket(failBurst, failRate),
			queue: Promise.resolve()
		};
		conns.add(c);
		ws.on('pong', () => (c.alive = true));
		ws.on('message', (data, isBinary) => onMessage(c, data, isBinary));
		ws.on('error', () => ws.terminate());
		ws.on('close', () => {
			conns.delete(c);
			leave(c);
		});
	});

	/**
	 * A page on another origin the relay admits (a deck on a static host with LANTERN_RELAY) may
	 * read the answers: the browser asks first (OPTIONS) for a JSON POST.
	 */
	const cors = (req: IncomingMessage): Record<string, string> => {
		const origin = req.headers.origin;
		return origin && allowOrigin(origin)
			? { 'access-control-allow-origin': origin, vary: 'origin' }
			: {};
	};

	async function createRoom(req: IncomingMessage, res: ServerResponse) {
		const h = cors(req);
		if (!createsByIp.take(req.socket.remoteAddress ?? ''))
			return sendJson(res, 429, { error: 'rate-limited' }, h);
		const body = await readBody(req, MAX_FRAME_BYTES);
		const p = body === null ? null : parseRoomRequest(body);
		if (!p?.ok) return sendText(res, 400, `${p?.reason ?? 'the body is over 1 KB'}\n`, h);
		const token = newToken();
		for (let i = 0; i < 20; i++) {
			const room = newRoomCode();
			if (await store.create(room, { step: 0, story: p.msg.story, tokenHash: hashToken(token) }))
				return sendJson(res, 201, { room, token, follow: joinPath(room) }, h);
		}
		sendJson(res, 503, { error: 'busy' }, h);
	}

	/**
	 * /j/<code>: the short address students type or scan, sent on to the story's follow page. An
	 * unknown code spends the address's failed-join budget, like a wrong hello: trying codes over
	 * HTTP is no faster than over the socket.
	 */
	async function join(req: IncomingMessage, res: ServerResponse, typed: string) {
		req.resume();
		const code = typed.toUpperCase();
		const room = isRoomCode(code) ? await store.get(code) : null;
		if (room) return void res.writeHead(302, { location: followPath(room.story, code) }).end();
		const html = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
		if (!failsByIp.take(req.socket.remoteAddress ?? ''))
			return void res.writeHead(429, html).end(noRoomPage(null));
		res.writeHead(404, html).end(noRoomPage(isRoomCode(code) ? code : null));
	}

	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://relay');
		if (url.pathname === '/live/rooms') {
			if (!allowOrigin(req.headers.origin)) return void res.writeHead(403).end();
			if (req.method === 'OPTIONS')
				return void res
					.writeHead(204, {
						...cors(req),
						'access-control-allow-methods': 'POST',
						'access-control-allow-headers': 'content-type',
						'access-control-max-age': '600'
					})
					.end();
			if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
			return void createRoom(req, res).catch(() => res.writeHead(503).end());
		}
		if (url.pathname === '/live/info') {
			if (req.method !== 'GET' && req.method !== 'HEAD')
				return void res.writeHead(405, { allow: 'GET' }).end();
			return sendJson(res, 200, { addresses: reachableOrigins(opts.host, port) }, cors(req));
		}
		const j = /^\/j\/([^/]+)\/?$/.exec(url.pathname);
		if (j?.[1]) return void join(req, res, j[1]).catch(() => res.writeHead(503).end());
		if (!site || !buildDir) return void res.writeHead(404).end('Not found');
		const file =
			req.method === 'GET' || req.method === 'HEAD' ? pageFile(buildDir, url.pathname) : null;
		if (file) {
			const html = withOwnSocket(readPage(file), req.headers.host);
			res.writeHead(200, {
				'content-type': 'text/html; charset=utf-8',
				'cache-control': 'no-cache'
			});
			return void res.end(req.method === 'HEAD' ? undefined : html);
		}
		site(req, res, () => void res.writeHead(404).end('Not found'));
	});
	server.on('upgrade', (req, socket, head) => {
		const path = new URL(req.url ?? '/', 'http://relay').pathname;
		if (path !== '/live' || !allowOrigin(req.headers.origin)) {
			socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\n\r\n');
			return;
		}
		wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
	});

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		// No host: every interface, IPv4 and IPv6 (students' phones reach it on the LAN).
		server.listen(opts.port ?? 4180, opts.host, resolve);
	});
	port = (server.address() as AddressInfo).port;
	allowOrigin = originChecker(port, opts.origins ?? []);

	// Dead connections (a phone that left the hall) answer no ping and are dropped.
	const ping = setInterval(() => {
		for (const c of conns) {
			if (!c.alive) c.ws.terminate();
			else {
				c.alive = false;
				c.ws.ping();
			}
		}
	}, opts.pingMs ?? 30_000);
	// Rooms idled out (or ended by another relay while this one missed it) are ended here too.
	const sweep = setInterval(() => {
		failsByIp.sweep();
		createsByIp.sweep();
		for (const code of rooms.keys())
			void store.get(code).then(
				(r) => r || onRoomEvent(code, { t: 'ended' }),
				() => {}
			);
	}, opts.sweepMs ?? 60_000);

	return {
		port,
		connections: () => conns.size,
		async close() {
			clearInterval(ping);
			clearInterval(sweep);
			for (const c of conns) c.ws.terminate();
			for (const r of rooms.values()) r.off?.();
			rooms.clear();
			const closed = new Promise<void>((resolve) => server.close(() => resolve()));
			server.closeAllConnections();
			await closed;
			await store.close();
		}
	};
}
