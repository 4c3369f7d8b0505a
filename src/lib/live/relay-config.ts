/**
 * Where the deck finds the relay. Without a build-time relay it is the page's own origin, as
 * `npm run live` serves the site and the relay on one port; LANTERN_RELAY=wss://… at build time
 * points a statically hosted site at a relay elsewhere (vite.config.ts defines it).
 */
import { relayEndpoint } from './socket';

declare const __LANTERN_RELAY__: string | undefined;

/** The build-time relay address, '' when none was given. */
export const configuredRelay: string =
	typeof __LANTERN_RELAY__ === 'string' ? __LANTERN_RELAY__ : '';

/** The relay's HTTP address beside its WebSocket: ws://h/live → http://h/live/<path>. */
export function relayHttp(endpoint: string, path: 'rooms' | 'info'): string {
	const u = new URL(endpoint);
	u.protocol = u.protocol === 'wss:' ? 'https:' : 'http:';
	u.pathname = `${u.pathname.replace(/\/+$/, '')}/${path}`;
	u.search = '';
	u.hash = '';
	return u.href;
}

/** The relay this page talks to: its WebSocket, and whether it is this page's own origin. */
export function pageRelay(page: string, configured = configuredRelay) {
	const socket = relayEndpoint(page, configured);
	const sameOrigin = new URL(relayHttp(socket, 'info')).origin === new URL(page).origin;
	return { socket, sameOrigin };
}
