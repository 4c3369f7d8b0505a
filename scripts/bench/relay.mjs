#!/usr/bin/env node
/**
 * The live relay under load (issue #19): real WebSocket clients on loopback. One relay process
 * (as `npm run live` starts it, rooms in memory); one room; N followers; the presenter steps
 * STEPS times. Prints the connections held, the latency from the presenter's send to each
 * follower's receipt (p50/p95/p99), the relay's memory per connection, and the same at twice the
 * load. Bounded: at most LEVELS' followers, 90 s per level; everything on 127.0.0.1.
 *
 *   node scripts/bench/relay.mjs [--followers=2000] [--steps=20]
 */
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { spawnRelay } from '../live/spawn-relay.mjs';

const STEP_GAP_MS = 300;
const LEVEL_TIMEOUT_MS = 90_000;
const OPEN_BATCH = 250;

/** @param {number[]} sorted @param {number} q */
const quantile = (sorted, q) =>
	sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/**
 * @typedef {{ followers: number, held: number, refused: number, dropped: number, steps: number,
 *   delivered: number, expected: number, p50: number, p95: number, p99: number, max: number,
 *   rssPerConn: number, heapPerConn: number, openMs: number }} Level
 */

/**
 * @param {number} port
 * @param {number} followers
 * @param {number} steps
 * @param {() => Promise<{ connections: number, memory: NodeJS.MemoryUsage }>} stats
 * @returns {Promise<Level>}
 */
async function level(port, followers, steps, stats) {
	const deadline = Date.now() + LEVEL_TIMEOUT_MS;
	const res = await fetch(`http://127.0.0.1:${port}/live/rooms`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ story: 'bench' })
	});
	const { room, token } = /** @type {{ room: string, token: string }} */ (await res.json());
	const url = `ws://127.0.0.1:${port}/live`;
	const before = (await stats()).memory;

	/** @type {Map<number, number>} step → time the presenter sent it */
	const sentAt = new Map();
	/** @type {number[]} */
	const latencies = [];
	/** @type {WebSocket[]} */
	const sockets = [];
	let refused = 0;
	let dropped = 0;
	const opened = performance.now();
	for (let i = 0; i < followers && Date.now() < deadline; i += OPEN_BATCH) {
		const batch = Math.min(OPEN_BATCH, followers - i);
		await Promise.all(
			Array.from(
				{ length: batch },
				() =>
					new Promise((resolve) => {
						const ws = new WebSocket(url, { perMessageDeflate: false });
						let joined = false;
						ws.on('open', () => ws.send(JSON.stringify({ t: 'hello', role: 'follower', room })));
						ws.on('message', (data) => {
							const m = JSON.parse(String(data));
							if (!joined) {
								joined = true;
								sockets.push(ws);
								return resolve(undefined);
							}
							const t = sentAt.get(m.step);
							if (t !== undefined) latencies.push(performance.now() - t);
						});
						ws.on('error', () => (refused++, resolve(undefined)));
						ws.on('close', () => joined && dropped++);
					})
			)
		);
	}
	const openMs = performance.now() - opened;
	await sleep(500);
	const during = await stats();
	const held = during.connections; // the presenter is not connected yet

	const presenter = new WebSocket(url, { perMessageDeflate: false });
	await new Promise((r) => presenter.once('open', r));
	presenter.send(JSON.stringify({ t: 'hello', role: 'presenter', room, token }));
	await new Promise((r) => presenter.once('message', r));
	for (let s = 1; s <= steps && Date.now() < deadline; s++) {
		sentAt.set(s, performance.now());
		presenter.send(JSON.stringify({ t: 'goto', step: s }));
		await sleep(STEP_GAP_MS);
	}
	await sleep(1000);
	const expected = sockets.length * steps;
	const delivered = latencies.length;
	const droppedWhileLive = dropped; // ending the room closes them all, on purpose

	presenter.send(JSON.stringify({ t: 'end' }));
	await sleep(300);
	for (const ws of sockets) ws.terminate();
	presenter.terminate();
	latencies.sort((a, b) => a - b);
	return {
		followers,
		held,
		refused,
		dropped: droppedWhileLive,
		steps,
		delivered,
		expected,
		p50: quantile(latencies, 0.5),
		p95: quantile(latencies, 0.95),
		p99: quantile(latencies, 0.99),
		max: latencies.at(-1) ?? NaN,
		rssPerConn: (during.memory.rss - before.rss) / Math.max(1, held),
		heapPerConn: (during.memory.heapUsed - before.heapUsed) / Math.max(1, held),
		openMs
	};
}

/**
 * @param {{ followers?: number, steps?: number, log?: (s: string) => void }} [opts]
 * @returns {Promise<Level[]>} the load, then twice the load
 */
export async function measureRelay(opts = {}) {
	const n = opts.followers ?? 2000;
	const steps = opts.steps ?? 20;
	const log = opts.log ?? (() => {});
	/** @type {Level[]} */
	const levels = [];
	for (const followers of [n, 2 * n]) {
		// A fresh relay per level, so the memory it gains is this level's connections alone.
		const relay = await spawnRelay({ PORT: '0', LANTERN_BUILD_DIR: '.bench/no-site' });
		try {
			log(`relay: ${followers} followers in one room, ${steps} steps`);
			levels.push(await level(relay.port, followers, steps, relay.stats));
		} finally {
			await relay.stop();
		}
	}
	return levels;
}

/** @param {Level} l */
export function describeLevel(l) {
	const ms = (/** @type {number} */ x) => `${x.toFixed(1)} ms`;
	return {
		held: `${l.held} of ${l.followers} held (${l.refused} refused, ${l.dropped} dropped), opened in ${(l.openMs / 1000).toFixed(1)} s`,
		latency: `p50 ${ms(l.p50)}, p95 ${ms(l.p95)}, p99 ${ms(l.p99)}, max ${ms(l.max)}`,
		delivered: `${l.delivered} of ${l.expected} step messages delivered`,
		memory: `${(l.rssPerConn / 1024).toFixed(1)} KB RSS, ${(l.heapPerConn / 1024).toFixed(1)} KB heap per connection`
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const arg = (/** @type {string} */ name) =>
		process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
	const levels = await measureRelay({
		followers: Number(arg('followers') ?? 2000),
		steps: Number(arg('steps') ?? 20),
		log: (s) => console.error(s)
	});
	for (const l of levels) {
		const d = describeLevel(l);
		console.log(
			`${l.followers} followers: ${d.held}\n  latency ${d.latency}\n  ${d.delivered}\n  ${d.memory}`
		);
	}
}
