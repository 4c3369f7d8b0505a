/**
 * Scale-out: a real redis-server (Debian's) on a free loopback port, two relay processes sharing
 * rooms through it. The presenter drives one relay; the followers sit on the other. Then the
 * followers' relay restarts, and the room (its step and its token) is still there. Everything is
 * on 127.0.0.1 and bounded in time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnRelay, type RelayChild } from '../../scripts/live/spawn-relay.mjs';
import { spawnRedis } from '../../scripts/live/spawn-redis.mjs';
import { connect, createRoom, type Client } from './test-clients';

let redis: Awaited<ReturnType<typeof spawnRedis>> | undefined;
let redisUrl = '';
const relays: RelayChild[] = [];
const clients: Client[] = [];
const startRelay = () => spawnRelay({ PORT: '0', REDIS_URL: redisUrl }, 60_000);

beforeAll(async () => {
	redis = await spawnRedis();
	redisUrl = redis.url;
	relays.push(...(await Promise.all([startRelay(), startRelay()])));
}, 120_000);

afterAll(async () => {
	for (const c of clients) c.ws.terminate();
	await Promise.all(relays.map((r) => r.stop()));
	redis?.stop();
}, 30_000);

async function follower(port: number, room: string) {
	const f = await connect(port);
	clients.push(f);
	f.send({ t: 'hello', role: 'follower', room });
	return f;
}

describe('relays sharing rooms through Redis', () => {
	it('followers on one relay follow a presenter on another, and survive a relay restart', async () => {
		const [a, b] = relays as [RelayChild, RelayChild];
		const { room, token } = await createRoom(a.port, undefined, { story: 'lenin-1917' });
		const presenter = await connect(a.port);
		clients.push(presenter);
		presenter.send({ t: 'hello', role: 'presenter', room, token });
		expect(await presenter.next(5000)).toEqual({ t: 'state', room, step: 0 });

		const followers = await Promise.all([1, 2, 3].map(() => follower(b.port, room)));
		for (const f of followers) expect(await f.next(5000)).toEqual({ t: 'state', room, step: 0 });
		presenter.send({ t: 'goto', step: 7 });
		for (const f of followers) expect(await f.next(5000)).toEqual({ t: 'state', room, step: 7 });
		expect(await presenter.next(5000)).toEqual({ t: 'state', room, step: 7 }); // its echo

		// A forged goto on relay B changes nothing anywhere.
		const forger = await follower(b.port, room);
		await forger.next(5000);
		forger.send({ t: 'goto', step: 99 });
		expect(await forger.closed).toBe(1008);

		// Relay B restarts: the room, its step and its token are in Redis, not in B.
		await b.stop();
		const b2 = await startRelay();
		relays[1] = b2;
		// The room's story is in Redis too: the short address still leads to its follow page.
		const j = await fetch(`http://127.0.0.1:${b2.port}/j/${room}`, { redirect: 'manual' });
		expect(j.headers.get('location')).toBe(`/lenin-1917/follow/?room=${room}`);
		const late = await follower(b2.port, room);
		expect(await late.next(5000)).toEqual({ t: 'state', room, step: 7 });
		const again = await connect(b2.port); // the presenter reconnects to the new relay
		clients.push(again);
		again.send({ t: 'hello', role: 'presenter', room, token });
		expect(await again.next(5000)).toEqual({ t: 'state', room, step: 7 });
		again.send({ t: 'goto', step: 8 });
		expect(await late.next(5000)).toEqual({ t: 'state', room, step: 8 });
		expect(await presenter.next(5000)).toEqual({ t: 'state', room, step: 8 }); // on relay A

		presenter.send({ t: 'end' });
		expect(await late.next(5000)).toEqual({ t: 'ended', room });
	}, 120_000);
});
