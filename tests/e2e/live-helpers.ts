/**
 * A real relay for a live spec: `npm run live`'s, serving the built site and the WebSocket on one
 * free port, started before the file's tests and stopped after them. The specs run serially, under
 * reduced motion (the map jumps, so a step's scene is there when the page says so).
 */
import { test } from '@playwright/test';
import { spawnRelay, type RelayChild } from '../../scripts/live/spawn-relay.mjs';

/** Sets the file up and returns the relay's origin (valid inside the tests). */
export function useRelay(): () => string {
	test.describe.configure({ mode: 'serial', timeout: 180_000 });
	test.use({ reducedMotion: 'reduce' });
	let relay: RelayChild | undefined;
	test.beforeAll(async () => {
		relay = await spawnRelay({ PORT: '0', LANTERN_BUILD_DIR: 'build' });
	});
	test.afterAll(async () => {
		await relay?.stop();
	});
	return () => {
		if (!relay) throw new Error('the relay has not started');
		return `http://127.0.0.1:${relay.port}`;
	};
}
