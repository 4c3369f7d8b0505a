import { afterEach, describe, expect, it } from 'vitest';
import { startRelay, type Relay, type RelayOptions } from './relay';
import { connect, createRoom, sleep, type Client } from './test-clients';

let relay: Relay | undefined;
const open: Client[] = [];
afterEach(async () => {
	for (const c of open.splice(0)) c.ws.terminate();
	await relay?.close();
	relay = undefined;
});

async function start(opts: RelayOptions = {}) {
	relay = await startRelay({ port: 0, host: '127.0.0.1', buildDir: null, ...opts });
	return relay.port;
}
async function client(port: number, opts?: Parameters<typeof connect>[1]) {
	const c = await connect(port, opts);
	open.push(c);
	return c;
}
/** A room with its presenter connected and said hello. */
async function openRoom(port: number) {
	const { room, token } = await createRoom(port);
	const presenter = await client(port);
	presenter.send({ t: 'hello', role: 'presenter', room, token });
	expect(await presenter.next()).toEqual({ t: 'state', room, step: 0 });
	return { room, token, presenter };
}
async function follower(port: number, code: string) {
	const f = await client(port);
	f.send({ t: 'hello', role: 'follower', room: code });
	return f;
}

describe('relay', () => {
	it('creates a room: a code, a 256-bit token, and a follow path without the token', async () => {
		const port = await start();
		const r = await createRoom(port);
		expect(r.status).toBe(201);
		expect(r.room).toMatch(/^[A-Z0-9]{4}$/);
		expect(Buffer.from(r.token, 'base64url').length).toBe(32);
		expect(r.follow).toBe(`/j/${r.room}`);
		const j = await fetch(`http://127.0.0.1:${port}${r.follow}`, { redirect: 'manual' });
		expect(j.status).toBe(302);
		expect(j.headers.get('location')).toBe(`/the-crisis-has-matured/follow/?room=${r.room}`);
		expect(j.headers.get('location')).not.toContain(r.token);
		const get = await fetch(`http://127.0.0.1:${port}/live/rooms`);
		expect(get.status).toBe(405);
	});

	it.each([
		['no body', null, /JSON/],
		['not JSON', 'story=crisis', /JSON/],
		['an array', '["crisis"]', /JSON/],
		['no story', {}, /one field, story/],
		['an extra field', { story: 'crisis', step: 3 }, /one field, story/],
		['a story that is not a string', { story: 7 }, /slug/],
		['an empty story', { story: '' }, /slug/],
		['capitals', { story: 'Crisis' }, /slug/],
		['a path', { story: '../etc' }, /slug/],
		['a leading dash', { story: '-crisis' }, /slug/],
		['a slug over 64 characters', { story: 'a'.repeat(65) }, /slug/],
		['a body over 1 KB', { story: 'a'.repeat(2000) }, /1 KB/]
	])('refuses a room request with %s: 400 and a plain reason', async (_name, body, reason) => {
		const port = await start();
		const res = await fetch(`http://127.0.0.1:${port}/live/rooms`, {
			method: 'POST',
			...(body === null ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) })
		});
		expect(res.status).toBe(400);
		expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
		expect(await res.text()).toMatch(reason);
	});

	it('keeps the story: /j/<code> (any case) sends students to its follow page', async () => {
		const port = await start();
		const a = await createRoom(port, undefined, { story: 'a' });
		const b = await createRoom(port, undefined, { story: 'lenin-1917' });
		for (const [r, story] of [
			[a, 'a'],
			[b, 'lenin-1917']
		] as const)
			for (const path of [`/j/${r.room}`, `/j/${r.room.toLowerCase()}/`]) {
				const res = await fetch(`http://127.0.0.1:${port}${path}`, { redirect: 'manual' });
				expect(res.status, path).toBe(302);
				expect(res.headers.get('location')).toBe(`/${story}/follow/?room=${r.room}`);
			}
	});

	it.each([
		['an unknown code', 'KKKK', /the code KKKK/],
		['a malformed code', 'K<b>', /that code/],
		['a code with look-alikes', 'K0OI', /that code/]
	])('answers %s with a readable 404 page', async (_name, code, text) => {
		const port = await start();
		const res = await fetch(`http://127.0.0.1:${port}/j/${encodeURIComponent(code)}`, {
			redirect: 'manual'
		});
		expect(res.status).toBe(404);
		expect(res.headers.get('content-type')).toMatch(/^text\/html/);
		const html = await res.text();
		expect(html).toMatch(/No lecture is running with/);
		expect(html).toMatch(text);
		expect(html).not.toContain('<b>');
	});

	it('counts an unknown /j/ code as a failed join, so codes cannot be tried over HTTP either', async () => {
		const port = await start({ failedJoinRate: [2, 0.01] }); // the address's budget is 4 × 2
		const { room } = await openRoom(port);
		const statuses: number[] = [];
		for (const code of ['AAAA', 'CCCC', 'DDDD', 'EEEE', 'FFFF', 'GGGG', 'HHHH', 'JJJJ', 'KKKK']) {
			if (code === room) continue;
			statuses.push((await fetch(`http://127.0.0.1:${port}/j/${code}`)).status);
		}
		expect(statuses.slice(0, 8)).toEqual(Array(8).fill(404));
		expect(statuses.at(-1)).toBe(429);
		// The guesses spent the address's budget for the socket too.
		const g = await client(port);
		g.send({ t: 'hello', role: 'follower', room: 'MMMM' });
		expect(await g.next()).toEqual({ t: 'error', code: 'rate-limited' });
	});

	it('tells the deck its LAN addresses (GET /live/info), none when on loopback only', async () => {
		const port = await start();
		const res = await fetch(`http://127.0.0.1:${port}/live/info`);
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ addresses: [] }); // host 127.0.0.1 in these tests
		await relay?.close();
		const open = await startRelay({ port: 0, buildDir: null });
		relay = open;
		const { addresses } = (await (
			await fetch(`http://127.0.0.1:${open.port}/live/info`)
		).json()) as { addresses: string[] };
		const { lanAddresses } = await import('./origins');
		expect(addresses).toEqual(lanAddresses().map((a) => `http://${a}:${open.port}`));
		for (const a of addresses) expect(a).toMatch(/^http:\/\/[\d.]+:\d+$/);
	});

	it('lets an admitted page on another origin create a room (CORS), and nobody else', async () => {
		const port = await start({ origins: ['https://lecture.example.org'] });
		const pre = await fetch(`http://127.0.0.1:${port}/live/rooms`, {
			method: 'OPTIONS',
			headers: { origin: 'https://lecture.example.org' }
		});
		expect(pre.status).toBe(204);
		expect(pre.headers.get('access-control-allow-origin')).toBe('https://lecture.example.org');
		expect(pre.headers.get('access-control-allow-headers')).toBe('content-type');
		const ok = await fetch(`http://127.0.0.1:${port}/live/rooms`, {
			method: 'POST',
			headers: { origin: 'https://lecture.example.org', 'content-type': 'application/json' },
			body: '{"story":"crisis"}'
		});
		expect(ok.status).toBe(201);
		expect(ok.headers.get('access-control-allow-origin')).toBe('https://lecture.example.org');
		const evil = await fetch(`http://127.0.0.1:${port}/live/rooms`, {
			method: 'OPTIONS',
			headers: { origin: 'https://evil.example' }
		});
		expect(evil.status).toBe(403);
	});

	it('serves the built pages with its own socket in their policy (Safari before 16 needs it)', async () => {
		const { mkdtempSync, writeFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { tmpdir } = await import('node:os');
		const dir = mkdtempSync(join(tmpdir(), 'lantern-build-'));
		const meta = `<meta http-equiv="content-security-policy" content="connect-src 'self'">`;
		writeFileSync(join(dir, 'index.html'), meta);
		writeFileSync(join(dir, 'app.js'), "connect-src 'self'");
		const port = await start({ buildDir: dir });
		const page = await fetch(`http://127.0.0.1:${port}/`);
		expect(page.headers.get('content-type')).toMatch(/^text\/html/);
		expect(await page.text()).toContain(
			`connect-src 'self' ws://127.0.0.1:${port} wss://127.0.0.1:${port}`
		);
		const js = await fetch(`http://127.0.0.1:${port}/app.js`);
		expect(await js.text()).toBe("connect-src 'self'"); // other files as they are
	});

	it('fans steps out, and a late joiner lands on the current step', async () => {
		const port = await start();
		const { room, presenter } = await openRoom(port);
		const early = await follower(port, room);
		expect(await early.next()).toEqual({ t: 'state', room, step: 0 });
		presenter.send({ t: 'goto', step: 14 });
		expect(await early.next()).toEqual({ t: 'state', room, step: 14 });
		const late = await follower(port, room);
		expect(await late.next()).toEqual({ t: 'state', room, step: 14 });
		presenter.send({ t: 'goto', step: 15 });
		expect(await late.next()).toEqual({ t: 'state', room, step: 15 });
		expect(await early.next()).toEqual({ t: 'state', room, step: 15 });
	});

	it('a forged goto (no token, or a wrong one) changes nothing and closes only its sender', async () => {
		const port = await start();
		const { room, presenter } = await openRoom(port);
		presenter.send({ t: 'goto', step: 3 });
		const honest = await follower(port, room);
		expect(await honest.next()).toEqual({ t: 'state', room, step: 3 });

		const forger = await follower(port, room);
		await forger.next();
		forger.send({ t: 'goto', step: 99 });
		expect(await forger.next()).toEqual({ t: 'error', code: 'forbidden' });
		expect(await forger.closed).toBe(1008);

		const guesser = await client(port);
		guesser.send({ t: 'hello', role: 'presenter', room, token: 'A'.repeat(43) });
		expect(await guesser.next()).toEqual({ t: 'error', code: 'no-room' });
		guesser.send({ t: 'goto', step: 98 });
		expect(await guesser.closed).toBe(1008);

		const bare = await client(port); // goto before any hello
		bare.send({ t: 'goto', step: 97 });
		expect(await bare.closed).toBe(1008);

		const late = await follower(port, room);
		expect(await late.next()).toEqual({ t: 'state', room, step: 3 });
		expect(honest.got).toHaveLength(1); // no forged step reached the honest follower
		presenter.send({ t: 'goto', step: 4 });
		expect(await honest.next()).toEqual({ t: 'state', room, step: 4 });
	});

	it.each([
		['an oversize frame', JSON.stringify({ t: 'goto', step: 1, pad: 'x'.repeat(2000) }), 1009],
		['a garbage frame', '\u0000not json', 1008],
		['a frame with an extra field', '{"t":"hello","role":"follower","room":"K7QF","x":1}', 1008]
	])('%s closes that one connection and nothing else', async (_name, frame, code) => {
		const port = await start();
		const { room, presenter } = await openRoom(port);
		const bystander = await follower(port, room);
		await bystander.next();
		const bad = await client(port);
		bad.send(frame);
		expect(await bad.closed).toBe(code);
		presenter.send({ t: 'goto', step: 2 });
		expect(await bystander.next()).toEqual({ t: 'state', room, step: 2 });
		expect(bystander.ws.readyState).toBe(bystander.ws.OPEN);
	});

	it('rate-limits messages per connection', async () => {
		const port = await start({ messageRate: [5, 0.01] });
		const { room, presenter } = await openRoom(port); // hello spent one
		const f = await follower(port, room);
		await f.next();
		for (let i = 1; i <= 5; i++) presenter.send({ t: 'goto', step: i });
		expect(await presenter.closed).toBe(1008);
		expect(presenter.got.at(-1)).toEqual({ t: 'error', code: 'rate-limited' });
		await sleep(100);
		expect(f.got.at(-1)).toEqual({ t: 'state', room, step: 4 }); // the fifth was refused
	});

	it('rate-limits failed joins, so room codes cannot be enumerated', async () => {
		const port = await start({ failedJoinRate: [3, 0.01] });
		const { room } = await openRoom(port);
		const guesses = ['AAAA', 'CCCC', 'DDDD', 'EEEE', 'FFFF'].filter((g) => g !== room);
		const g = await client(port);
		for (const code of guesses.slice(0, 3)) {
			g.send({ t: 'hello', role: 'follower', room: code });
			expect(await g.next()).toEqual({ t: 'error', code: 'no-room' });
		}
		g.send({ t: 'hello', role: 'follower', room: guesses[3] as string });
		expect(await g.next()).toEqual({ t: 'error', code: 'rate-limited' });
		expect(await g.closed).toBe(1008);
		// The address's budget is larger (a hall shares one NAT address): an honest join works.
		const honest = await follower(port, room);
		expect(await honest.next()).toEqual({ t: 'state', room, step: 0 });
	});

	it('refuses other origins, for the socket and for creating rooms', async () => {
		const port = await start();
		await expect(connect(port, { origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
		await expect(connect(port, { origin: `http://127.0.0.1:${port + 1}` })).rejects.toThrow('403');
		expect((await createRoom(port, 'https://evil.example')).status).toBe(403);
		const own = await client(port, { origin: `http://127.0.0.1:${port}` });
		expect(own.ws.readyState).toBe(own.ws.OPEN);
		expect((await createRoom(port, `http://localhost:${port}`)).status).toBe(201);
		const wrongPath = new (await import('ws')).WebSocket(`ws://127.0.0.1:${port}/elsewhere`);
		const status = await new Promise((r) =>
			wrongPath.on('unexpected-response', (_q, s) => r(s.statusCode))
		);
		expect(status).toBe(403);
	});

	it('ends a room: followers are told and closed, and it cannot be joined again', async () => {
		const port = await start();
		const { room, presenter } = await openRoom(port);
		const f = await follower(port, room);
		await f.next();
		presenter.send({ t: 'end' });
		expect(await f.next()).toEqual({ t: 'ended', room });
		expect(await f.closed).toBe(1000);
		const again = await follower(port, room);
		expect(await again.next()).toEqual({ t: 'error', code: 'no-room' });
	});

	it('rooms expire after idle time', async () => {
		const port = await start({ idleMs: 150, sweepMs: 50 });
		const { room } = await openRoom(port);
		const f = await follower(port, room);
		await f.next();
		expect(await f.next(2000)).toEqual({ t: 'ended', room });
	});

	it('drops a connection that answers no ping', async () => {
		const port = await start({ pingMs: 50 });
		const dead = await client(port, { autoPong: false });
		const live = await client(port);
		const code = await Promise.race([dead.closed, sleep(2000).then(() => -1)]);
		expect(code).toBe(1006); // terminated, no close handshake
		expect(live.ws.readyState).toBe(live.ws.OPEN);
		await expect.poll(() => relay?.connections()).toBe(1);
	});
});
