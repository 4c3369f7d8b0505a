/**
 * `npm run live`: the lecturer's one command. Builds the site when build/ is missing or stale,
 * serves it and the relay on one port (PORT, 4180 by default) on every interface, and prints
 * the addresses students can reach with a QR code. Needs no internet. With REDIS_URL, rooms are
 * shared with other relay processes through Redis.
 *
 * Run by a parent with an IPC channel (the benchmark, the Redis test), it reports
 * `{ ready: port }` and answers `'stats'` with its connections and memory.
 */
import { spawnSync } from 'node:child_process';
import { renderUnicodeCompact } from 'uqr';
import { lanAddresses } from './origins';
import { RedisStore } from './redis-store';
import { HOUR, startRelay } from './relay';
import { buildIsStale } from './stale';

const env = process.env;
const port = Number(env.PORT ?? 4180);
const idleMs = Number(env.LANTERN_ROOM_IDLE_MS ?? 3 * HOUR);
const buildDir = env.LANTERN_BUILD_DIR ?? 'build';

if (env.LANTERN_LIVE_NO_BUILD !== '1' && buildIsStale('.', buildDir)) {
	console.log('Building the site first (build/ is missing or older than stories/ and src/)…');
	const r = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

const store = env.REDIS_URL ? new RedisStore(env.REDIS_URL, idleMs) : undefined;
const relay = await startRelay({
	port,
	host: env.HOST || undefined,
	buildDir,
	store,
	idleMs,
	origins: (env.LANTERN_RELAY_ORIGINS ?? '').split(',').filter(Boolean)
});

if (process.send) {
	process.send({ ready: relay.port });
	process.on('message', (m) => {
		if (m === 'stats')
			process.send?.({ connections: relay.connections(), memory: process.memoryUsage() });
	});
} else {
	const lan = lanAddresses().map((a) => `http://${a}:${relay.port}/`);
	const local = `http://127.0.0.1:${relay.port}/`;
	console.log(`\nLantern live: the site and the relay on port ${relay.port}`);
	console.log(env.REDIS_URL ? 'Rooms are shared through Redis.' : 'Rooms are kept in memory.');
	if (lan.length === 0) {
		console.log('\nNo network found: only this machine can follow. Join a Wi-Fi network or');
		console.log("start the laptop's hotspot, then run npm run live again.");
	} else {
		console.log('\nStudents on the same network open:');
		for (const a of lan) console.log(`  ${a}`);
		console.log(`\n${renderUnicodeCompact(lan[0] as string, { border: 2 })}`);
	}
	console.log(`\nOn this machine: ${local}\nStop with Ctrl-C.`);
}

const stop = () => void relay.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('disconnect', stop); // the parent (benchmark, test) went away
