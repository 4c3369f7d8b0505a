import { httpUrl } from './http-url';
import { joinPath } from './protocol';

export interface JoinAddressInput {
	room: string;
	/** The deck's own address (location.href). */
	page: string;
	/** Whether the relay is the page's own origin (`npm run live`), not a build-time LANTERN_RELAY. */
	sameOrigin: boolean;
	/** What the relay's /live/info answered (its addresses on the local network), [] if nothing. */
	addresses: readonly unknown[];
	/** This site's follow page for a room, for a relay on another host. */
	followPath: (room: string) => string;
}

/**
 * The address students type or scan. With `npm run live` it is the relay's short /j/<CODE> on
 * its first LAN address: the deck is often opened at 127.0.0.1, which no phone can reach. A relay
 * on another host (LANTERN_RELAY) serves no site, so its /j/ could not send students to this
 * one: there they get this site's follow page with the room in its query.
 */
export function joinAddress(i: JoinAddressInput): string {
	const page = new URL(i.page);
	if (!i.sameOrigin) return new URL(i.followPath(i.room), page).href;
	const lan = i.addresses.map((a) => httpUrl(a, 200)?.origin).find((o) => o !== undefined);
	return `${lan ?? page.origin}${joinPath(i.room)}`;
}
