// A tiny static server for the built site (tests and `npm run serve`): sirv, no cache, 127.0.0.1.
import { createServer } from 'node:http';
import sirv from 'sirv';

const [dir = 'build', port = '4173'] = process.argv.slice(2);
const serve = sirv(dir, { dev: true, etag: false, single: false, dotfiles: false });
createServer((req, res) => {
	// The basemap and the fonts must load inside sandboxed (opaque-origin) embeds too.
	res.setHeader('Access-Control-Allow-Origin', '*');
	serve(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
}).listen(Number(port), '127.0.0.1', () =>
	console.log(`Serving ${dir}/ on http://127.0.0.1:${port}/`)
);
