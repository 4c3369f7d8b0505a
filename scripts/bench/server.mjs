/**
 * The built site served in-process on a free port of 127.0.0.1, the way a static host serves it:
 * text (HTML, JS, CSS, JSON, SVG) gzipped when the browser asks for it, the rest as is. Lighthouse
 * and the smoothness runs see production-like transfer sizes (scripts/serve.mjs, for the tests,
 * sends everything uncompressed).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);

/**
 * @param {string} dir the static build
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serve(dir) {
	const root = resolve(dir);
	/** @type {Map<string, { body: Buffer, gzip?: Buffer }>} */
	const cache = new Map();
	const server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) {
			res.statusCode = 403;
			return res.end();
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			res.statusCode = 404;
			return res.end('Not found');
		}
		const ext = extname(file);
		let entry = cache.get(file);
		if (!entry) {
			const body = readFileSync(file);
			entry = { body, gzip: COMPRESSIBLE.has(ext) ? gzipSync(body, { level: 9 }) : undefined };
			cache.set(file, entry);
		}
		res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
		res.setHeader('Access-Control-Allow-Origin', '*');
		res.setHeader(
			'Cache-Control',
			path.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
		);
		const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		if (gzip && entry.gzip) {
			res.setHeader('Content-Encoding', 'gzip');
			res.setHeader('Vary', 'Accept-Encoding');
		}
		const body = gzip && entry.gzip ? entry.gzip : entry.body;
		res.setHeader('Content-Length', body.length);
		res.end(req.method === 'HEAD' ? undefined : body);
	});
	await new Promise((done) => server.listen(0, '127.0.0.1', () => done(null)));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((done) => server.close(() => done(undefined)))
	};
}
