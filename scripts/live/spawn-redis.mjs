// Starts a throwaway redis-server (Debian's package) on a free loopback port, for the tests that
// share rooms between relays or keep a room across a relay restart. Nothing is saved to disk.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';

export const REDIS_SERVER = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) =>
	existsSync(p)
);

/** @returns {Promise<number>} a port nothing listens on now */
export function freePort() {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
			s.close(() => resolve(port));
		});
	});
}

/** @param {number} port @returns {Promise<boolean>} whether something accepts on it */
export const accepts = (port) =>
	new Promise((resolve) => {
		const s = connect(port, '127.0.0.1', () => (s.end(), resolve(true)));
		s.on('error', () => resolve(false));
	});

/**
 * @param {number} [timeoutMs]
 * @returns {Promise<{ url: string, port: number, stop(): void }>}
 */
export async function spawnRedis(timeoutMs = 10_000) {
	if (!REDIS_SERVER)
		throw new Error('redis-server is not installed (apt-get install redis-server)');
	const port = await freePort();
	const child = spawn(
		REDIS_SERVER,
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
		{ stdio: 'ignore' }
	);
	const stop = () => void child.kill('SIGKILL');
	const deadline = Date.now() + timeoutMs;
	while (!(await accepts(port))) {
		if (Date.now() > deadline) {
			stop();
			throw new Error(`redis-server did not start within ${timeoutMs} ms`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return { url: `redis://127.0.0.1:${port}`, port, stop };
}
