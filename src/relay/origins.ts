/**
 * Which pages may open a WebSocket to the relay or create a room: the relay's own addresses
 * (loopback, every local interface, the machine's name) on its port, plus any origins given in
 * LANTERN_RELAY_ORIGINS (a relay behind a load balancer or a proxy). A page from anywhere else
 * (another site in a student's browser, or a DNS-rebinding name) is refused.
 */
import os from 'node:os';

/** IPv4 addresses of the network interfaces students can reach (not loopback). */
export function lanAddresses(): string[] {
	const out: string[] = [];
	for (const list of Object.values(os.networkInterfaces()))
		for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
	return out;
}

function ownHosts(port: number): Set<string> {
	const name = os.hostname().toLowerCase();
	const hosts = ['localhost', '127.0.0.1', '[::1]', name, `${name}.local`, ...lanAddresses()];
	return new Set(hosts.map((h) => `${h}:${port}`));
}

export function originChecker(port: number, extra: readonly string[]) {
	const allowed = new Set(extra.map((o) => o.replace(/\/+$/, '').toLowerCase()));
	let hosts = ownHosts(port);
	/** True for a missing Origin: browsers always send one, and other clients can forge it. */
	return (origin: string | undefined): boolean => {
		if (origin === undefined) return true;
		const o = origin.toLowerCase();
		if (allowed.has(o)) return true;
		let url: URL;
		try {
			url = new URL(o);
		} catch {
			return false;
		}
		if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
		const host = url.port ? url.host : `${url.host}:${url.protocol === 'https:' ? 443 : 80}`;
		if (hosts.has(host)) return true;
		// The laptop may have joined another network since the relay started.
		hosts = ownHosts(port);
		return hosts.has(host);
	};
}
