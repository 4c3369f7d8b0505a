/** Is build/ missing or older than the sources it is built from (stories/, src/)? */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir: string): number {
	let t = 0;
	if (!existsSync(dir)) return t;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		// The relay's own files do not change the site.
		if (e.isDirectory()) t = Math.max(t, p === join('src', 'relay') ? 0 : newest(p));
		else t = Math.max(t, statSync(p).mtimeMs);
	}
	return t;
}

export function buildIsStale(root: string, buildDir: string): boolean {
	const marker = join(buildDir, 'index.html');
	if (!existsSync(marker)) return true;
	const built = statSync(marker).mtimeMs;
	return ['stories', 'src'].some((d) => newest(join(root, d)) > built);
}
