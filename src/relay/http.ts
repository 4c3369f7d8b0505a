/** The relay's small HTTP answers: JSON, a room request's body, the page for an unknown room. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { lanAddresses } from './origins';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers = {}): void {
	res.writeHead(status, {
		'content-type': 'application/json',
		'cache-control': 'no-store',
		...headers
	});
	res.end(JSON.stringify(body));
}

export function sendText(res: ServerResponse, status: number, text: string, headers = {}): void {
	res.writeHead(status, {
		'content-type': 'text/plain; charset=utf-8',
		'cache-control': 'no-store',
		...headers
	});
	res.end(text);
}

/**
 * The request's body as text, or null when it is longer than `max` bytes: a room request is a
 * few dozen bytes, and nobody gets to make the relay buffer more.
 */
export function readBody(req: IncomingMessage, max: number): Promise<string | null> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (c: Buffer) => {
			size += c.length;
			if (size > max) {
				resolve(null);
				req.resume(); // drained, not kept
				return;
			}
			chunks.push(c);
		});
		req.on('end', () => resolve(size > max ? null : Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

/**
 * The addresses students can reach this relay at (GET /live/info): each LAN interface on the
 * relay's port. None when the relay listens on loopback only (HOST=127.0.0.1): a phone could not
 * reach the addresses it would list.
 */
export function reachableOrigins(host: string | undefined, port: number): string[] {
	if (host && /^(127\.|::1$|localhost$)/.test(host)) return [];
	return lanAddresses().map((a) => `http://${a}:${port}`);
}

/**
 * The page a student sees for a code no lecture runs under: a typo, or a lecture that ended.
 * Plain HTML with no script and no outside file; the code is shown only when it is a well-formed
 * one (its alphabet has no character HTML cares about), never echoed as typed.
 */
export function noRoomPage(code: string | null): string {
	const which = code ? `the code ${code}` : 'that code';
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>No lecture with this code</title>
<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1.25rem;color:#222;background:#fdfcf8}</style>
</head>
<body>
<main>
<h1>No lecture is running with ${which}</h1>
<p>Check the code on the screen at the front of the hall and type it again. If the lecture has
ended, the lecturer has to go live again for a new code.</p>
</main>
</body>
</html>
`;
}
