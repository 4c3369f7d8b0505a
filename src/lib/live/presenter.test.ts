import { describe, expect, it } from 'vitest';
import { FakeSocket } from './fake-socket';
import { LivePresenter, storageKey, type PresenterOptions } from './presenter.svelte';

const TOKEN = 'a'.repeat(43);

class MemoryStorage {
	map = new Map<string, string>();
	getItem(k: string) {
		return this.map.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		this.map.set(k, v);
	}
	removeItem(k: string) {
		this.map.delete(k);
	}
}

interface Call {
	url: string;
	init?: RequestInit;
}

/** A relay (or a static host) answering fetch by path. */
function fakeFetch(routes: Record<string, () => Response | Promise<Response>>, calls: Call[]) {
	return (async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = String(input);
		calls.push({ url, init });
		const route = routes[new URL(url).pathname];
		if (!route) return new Response('Not found', { status: 404 });
		return route();
	}) as typeof fetch;
}

const json = (status: number, body: unknown) =>
	new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function harness(
	routes: Record<string, () => Response | Promise<Response>> = {
		'/live/rooms': () => json(201, { room: 'K7QF', token: TOKEN }),
		'/live/info': () => json(200, { addresses: ['http://192.168.1.20:4180'] })
	},
	storage = new MemoryStorage()
) {
	const sockets: FakeSocket[] = [];
	const calls: Call[] = [];
	let step = 3;
	const opts: PresenterOptions = {
		story: 'crisis',
		page: 'http://127.0.0.1:4180/crisis/present/',
		relay: { socket: 'ws://127.0.0.1:4180/live', sameOrigin: true },
		step: () => step,
		followPath: (room) => `/crisis/follow/?room=${room}`,
		fetch: fakeFetch(routes, calls),
		storage,
		socket: {
			connect: (url) => {
				const s = new FakeSocket(url);
				sockets.push(s);
				return s;
			},
			random: () => 1,
			setTimer: () => 0,
			clearTimer: () => {}
		}
	};
	const p = new LivePresenter(opts);
	return { p, sockets, calls, storage, setStep: (n: number) => (step = n) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('LivePresenter', () => {
	it('goes live: POSTs the story, keeps the token for this tab, says hello and the step', async () => {
		const { p, sockets, calls, storage } = harness();
		await p.start();
		await settle();
		const post = calls.find((c) => c.url.endsWith('/live/rooms'));
		expect(post?.url).toBe('http://127.0.0.1:4180/live/rooms');
		expect(post?.init?.method).toBe('POST');
		expect(JSON.parse(String(post?.init?.body))).toEqual({ story: 'crisis' });
		expect(JSON.parse(storage.getItem(storageKey('crisis')) ?? '')).toEqual({
			room: 'K7QF',
			token: TOKEN
		});
		expect(p.status).toBe('live');
		expect(p.followUrl).toBe('http://192.168.1.20:4180/j/K7QF');
		sockets[0]?.open();
		expect(p.link).toBe('open');
		expect(sockets[0]?.frames()).toEqual([
			{ t: 'hello', role: 'presenter', room: 'K7QF', token: TOKEN },
			{ t: 'goto', step: 3 }
		]);
	});

	it('sends goto on each step, and the current step again after a reconnect', async () => {
		const { p, sockets, setStep } = harness();
		await p.start();
		p.goto(1); // not connected yet: nothing to send, the connect catches up
		sockets[0]?.open();
		p.goto(4);
		sockets[0]?.drop(1006);
		expect(p.link).toBe('reconnecting');
		expect(p.status).toBe('live');
		setStep(7);
		p.retryNow();
		sockets[1]?.open();
		expect(sockets[0]?.frames().slice(1)).toEqual([
			{ t: 'goto', step: 3 },
			{ t: 'goto', step: 4 }
		]);
		expect(sockets[1]?.frames()).toEqual([
			{ t: 'hello', role: 'presenter', room: 'K7QF', token: TOKEN },
			{ t: 'goto', step: 7 }
		]);
	});

	it('resumes the stored room after a reload', () => {
		const storage = new MemoryStorage();
		storage.setItem(storageKey('crisis'), JSON.stringify({ room: 'K7QF', token: TOKEN }));
		const { p, sockets, calls } = harness(undefined, storage);
		p.resume();
		expect(p.status).toBe('live');
		expect(p.room).toBe('K7QF');
		expect(calls.some((c) => c.url.endsWith('/rooms'))).toBe(false);
		sockets[0]?.open();
		expect(sockets[0]?.frames()[0]).toEqual({
			t: 'hello',
			role: 'presenter',
			room: 'K7QF',
			token: TOKEN
		});
	});

	it('forgets a stored room the relay no longer knows, and says so', () => {
		const storage = new MemoryStorage();
		storage.setItem(storageKey('crisis'), JSON.stringify({ room: 'K7QF', token: TOKEN }));
		const { p, sockets } = harness(undefined, storage);
		p.resume();
		sockets[0]?.open();
		sockets[0]?.receive(JSON.stringify({ t: 'error', code: 'no-room' }));
		expect(p.status).toBe('off');
		expect(p.notice).toBe('resume-refused');
		expect(p.followUrl).toBeNull();
		expect(storage.getItem(storageKey('crisis'))).toBeNull();
		expect(sockets[0]?.closedWith).toBe(1000);
	});

	it('ignores a stored session that is not one (bad JSON, bad code, short token)', () => {
		for (const raw of [
			'{',
			'{"room":"k7qf","token":"' + TOKEN + '"}',
			'{"room":"K7QF","token":"x"}'
		]) {
			const storage = new MemoryStorage();
			storage.setItem(storageKey('crisis'), raw);
			const { p, sockets } = harness(undefined, storage);
			p.resume();
			expect(p.status).toBe('off');
			expect(sockets).toHaveLength(0);
		}
	});

	it('ends the room: sends end, forgets the token, closes', async () => {
		const { p, sockets, storage } = harness();
		await p.start();
		sockets[0]?.open();
		p.end();
		expect(sockets[0]?.frames().at(-1)).toEqual({ t: 'end' });
		expect(sockets[0]?.closedWith).toBe(1000);
		expect(p.status).toBe('off');
		expect(p.notice).toBeNull();
		expect(storage.map.size).toBe(0);
	});

	it('ending while the relay is unreachable forgets the room and says the students were not told', async () => {
		const { p, sockets } = harness();
		await p.start();
		sockets[0]?.drop(1006);
		p.end();
		expect(p.status).toBe('off');
		expect(p.notice).toBe('end-unsent');
	});

	it('goes off when the relay ends the room (another tab ended it, or it idled out)', async () => {
		const { p, sockets, storage } = harness();
		await p.start();
		sockets[0]?.open();
		sockets[0]?.receive(JSON.stringify({ t: 'ended', room: 'K7QF' }));
		sockets[0]?.drop(1000);
		expect(p.status).toBe('off');
		expect(p.notice).toBe('ended-elsewhere');
		expect(storage.map.size).toBe(0);
	});

	it('on a static host (404, 405, no answer, not JSON) explains there is no relay', async () => {
		const hosts: Record<string, () => Response | Promise<Response>>[] = [
			{},
			{ '/live/rooms': () => new Response('', { status: 405 }) },
			{ '/live/rooms': () => Promise.reject(new TypeError('Failed to fetch')) },
			{ '/live/rooms': () => new Response('<!doctype html>', { status: 201 }) }
		];
		for (const routes of hosts) {
			const { p, sockets, storage } = harness(routes);
			await p.start();
			expect(p.status).toBe('unavailable');
			expect(p.problem).toBe('no-relay');
			expect(sockets).toHaveLength(0);
			expect(storage.map.size).toBe(0);
			p.dismiss();
			expect(p.status).toBe('off');
		}
	});

	it('names a refusal, a rate limit, a busy relay and a bad request with the relay’s words', async () => {
		const cases: [Response, string, string][] = [
			[new Response('', { status: 403 }), 'refused', ''],
			[json(429, { error: 'rate-limited' }), 'rate-limited', ''],
			[new Response('', { status: 503 }), 'busy', ''],
			[
				new Response('The story must be a slug', { status: 400 }),
				'bad-request',
				'The story must be a slug'
			],
			[json(400, { error: 'story: expected a slug' }), 'bad-request', 'story: expected a slug'],
			[new Response('<b>no</b>', { status: 400 }), 'bad-request', '']
		];
		for (const [res, problem, detail] of cases) {
			const { p } = harness({ '/live/rooms': () => res });
			await p.start();
			expect([p.status, p.problem, p.detail]).toEqual(['unavailable', problem, detail]);
		}
	});

	it('falls back to the page’s origin when the relay has no /live/info', async () => {
		const { p } = harness({ '/live/rooms': () => json(201, { room: 'K7QF', token: TOKEN }) });
		await p.start();
		await settle();
		expect(p.followUrl).toBe('http://127.0.0.1:4180/j/K7QF');
	});

	it('keeps the stored session when the deck goes away (a reload resumes)', async () => {
		const { p, sockets, storage } = harness();
		await p.start();
		sockets[0]?.open();
		p.destroy();
		expect(sockets[0]?.closedWith).toBe(1000);
		expect(storage.map.size).toBe(1);
	});
});
