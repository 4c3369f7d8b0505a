/**
 * Rooms in Redis, for several relay processes behind a load balancer (REDIS_URL). A room is a
 * hash `lantern:room:<code>` {step, story, tokenHash} that expires after the idle time (each move renews
 * it), so it survives a relay restart; moves and ends are published on `lantern:live:<code>`, and
 * each process subscribes to the rooms its own connections are in.
 */
import { Redis } from 'ioredis';
import type { Room, RoomEvent, RoomStore } from './store';

const key = (code: string) => `lantern:room:${code}`;
const channel = (code: string) => `lantern:live:${code}`;

export class RedisStore implements RoomStore {
	private readonly cmd: Redis;
	private readonly sub: Redis;
	private readonly listeners = new Map<string, Set<(e: RoomEvent) => void>>();
	private readonly subscribed = new Map<string, Promise<unknown>>();

	constructor(
		url: string,
		private readonly idleMs: number
	) {
		// A relay with its store gone answers `busy` rather than queueing forever.
		const options = { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false };
		this.cmd = new Redis(url, options);
		this.sub = new Redis(url, options);
		for (const c of [this.cmd, this.sub]) c.on('error', () => {}); // reconnects on its own
		this.sub.on('message', (ch: string, text: string) => {
			const code = ch.slice(channel('').length);
			let e: RoomEvent;
			try {
				e = JSON.parse(text) as RoomEvent;
			} catch {
				return;
			}
			for (const l of this.listeners.get(code) ?? []) l(e);
		});
	}

	async create(code: string, room: Room) {
		// HSETNX claims the code atomically: two relays cannot both create the same room.
		const claimed = await this.cmd.hsetnx(key(code), 'tokenHash', room.tokenHash.toString('hex'));
		if (!claimed) return false;
		await this.cmd
			.multi()
			.hset(key(code), 'step', room.step, 'story', room.story)
			.pexpire(key(code), this.idleMs)
			.exec();
		return true;
	}
	async get(code: string) {
		const h = await this.cmd.hgetall(key(code));
		if (!h.tokenHash || h.step === undefined || h.story === undefined) return null;
		return { step: Number(h.step), story: h.story, tokenHash: Buffer.from(h.tokenHash, 'hex') };
	}
	async setStep(code: string, step: number) {
		await this.cmd
			.multi()
			.hset(key(code), 'step', step)
			.pexpire(key(code), this.idleMs)
			.publish(channel(code), JSON.stringify({ t: 'step', step }))
			.exec();
	}
	async end(code: string) {
		await this.cmd.multi().del(key(code)).publish(channel(code), '{"t":"ended"}').exec();
	}
	async subscribe(code: string, listener: (e: RoomEvent) => void) {
		let set = this.listeners.get(code);
		if (!set) {
			this.listeners.set(code, (set = new Set()));
			this.subscribed.set(code, this.sub.subscribe(channel(code)));
		}
		set.add(listener);
		const off = () => {
			set.delete(listener);
			if (set.size === 0 && this.listeners.get(code) === set) {
				this.listeners.delete(code);
				this.subscribed.delete(code);
				void this.sub.unsubscribe(channel(code)).catch(() => {});
			}
		};
		try {
			await this.subscribed.get(code);
		} catch (e) {
			off();
			throw e;
		}
		return off;
	}
	async close() {
		this.listeners.clear();
		this.cmd.disconnect();
		this.sub.disconnect();
	}
}
