// Starts `npm run live`'s relay as a child process with an IPC channel, for the benchmark and the
// Redis test: resolves once it listens, with its port and a way to ask its memory and stop it.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const viteNode = join(ROOT, 'node_modules', 'vite-node', 'dist', 'cli.mjs');

/**
 * @typedef {{ connections: number, memory: NodeJS.MemoryUsage }} RelayStats
 * @typedef {{ port: number, pid: number, stats(): Promise<RelayStats>, stop(): Promise<void> }} RelayChild
 */

/**
 * @param {Record<string, string>} env  PORT (0 for any free port), REDIS_URL, …
 * @param {number} [timeoutMs]
 * @returns {Promise<RelayChild>}
 */
export function spawnRelay(env, timeoutMs = 60_000) {
	const child = spawn(
		process.execPath,
		[viteNode, '-c', 'src/relay/vite.config.ts', 'src/relay/main.ts'],
		{
			cwd: ROOT,
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
			env: { ...process.env, HOST: '127.0.0.1', LANTERN_LIVE_NO_BUILD: '1', ...env }
		}
	);
	const exited = new Promise((resolve) => child.once('exit', resolve));
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`relay did not start within ${timeoutMs} ms`));
		}, timeoutMs);
		child.once('exit', (code) => reject(new Error(`relay exited (${code}) before it listened`)));
		child.on('message', function ready(/** @type {any} */ m) {
			if (typeof m?.ready !== 'number') return;
			clearTimeout(timer);
			child.off('message', ready);
			resolve({
				port: m.ready,
				pid: child.pid ?? 0,
				stats: () =>
					new Promise((res) => {
						child.once('message', (/** @type {any} */ s) => res(s));
						child.send('stats');
					}),
				async stop() {
					if (child.exitCode !== null) return;
					child.kill('SIGTERM');
					const t = setTimeout(() => child.kill('SIGKILL'), 5000);
					await exited;
					clearTimeout(t);
				}
			});
		});
	});
}
