#!/usr/bin/env node
/**
 * `npm run map-gallery`: a picture of every scene at zoom 12 or closer, in every story, on a
 * desktop (the map panel, 1280×800) and on a phone (the screen, 390×844), written to docs/maps/
 * with an index, docs/maps.md: the close scenes, where an empty or coarse map would show first
 * (#15). Run `npm run build` first; it serves build/ itself.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const port = 4188;
const CLOSE = 12;
const SIZES = {
	desktop: { viewport: { width: 1280, height: 800 } },
	phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true }
};
const server = spawn(process.execPath, ['scripts/serve.mjs', 'build', String(port)], {
	stdio: ['ignore', 'pipe', 'inherit']
});
await new Promise((ready) => server.stdout.once('data', ready));
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
const slugs = readdirSync('stories', { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => d.name);
rmSync('docs/maps', { recursive: true, force: true });
const rows = [];
try {
	for (const slug of slugs) {
		mkdirSync(`docs/maps/${slug}`, { recursive: true });
		for (const [size, options] of Object.entries(SIZES)) {
			const page = await browser.newPage({ ...options, reducedMotion: 'reduce' });
			await page.goto(`http://127.0.0.1:${port}/${slug}/`);
			const steps = await page.$$eval('article.step', (els) =>
				els.map((el) => ({ id: el.id, title: el.querySelector('h2, h3')?.textContent ?? '' }))
			);
			for (const step of steps) {
				await page.goto(`http://127.0.0.1:${port}/${slug}/#${step.id}`);
				// The step's own scene, not merely an applied one: going to another #id on the same
				// page does not reload it, and the scene before may still be the one applied.
				await page.waitForFunction((id) => {
					const map = document.querySelector('.map[data-scene-step]');
					const root = document.querySelector('[data-active-step]');
					const index = document.getElementById(id)?.dataset.step;
					return (
						map &&
						root &&
						map.getAttribute('data-scene-step') === index &&
						root.getAttribute('data-active-step') === index
					);
				}, step.id);
				const zoom = Number(await page.locator('.map').getAttribute('data-map-zoom'));
				if (zoom < CLOSE) continue;
				await page.waitForLoadState('networkidle');
				await page.evaluate(() => document.fonts.ready);
				await page.waitForTimeout(400);
				const file = `maps/${slug}/${step.id}-${size}.jpg`;
				const target = size === 'desktop' ? page.locator('figure.map-panel, .map').first() : page;
				await target.screenshot({ path: `docs/${file}`, type: 'jpeg', quality: 72 });
				rows.push({ slug, id: step.id, title: step.title.trim(), size, zoom, file });
			}
			await page.close();
		}
	}
} finally {
	await browser.close();
	server.kill();
}
const bySlug = {};
for (const r of rows) (bySlug[r.slug] ??= []).push(r);
let md = `# The close scenes\n\nEvery scene at zoom ${CLOSE} or closer, as a reader sees it: the map panel at 1280×800 and a\nphone at 390×844, with reduced motion. Made by \`npm run map-gallery\` from \`build/\`.\n\nOn a phone the map's caption is one line below the map that opens on demand to the layers'\ncredits and accuracy, and the names are set a size smaller; tests/e2e/map-names-count.spec.ts\nholds every scene here to at least six readable names, four of them the city plan's. tests/e2e/map-blank-field.spec.ts holds\nit to no blank field: the panel, cut into 4 × 4 cells (3 × 4 on a phone), has line work, a name or\nopen water in every cell.\n`;
for (const [slug, list] of Object.entries(bySlug)) {
	md += `\n## ${slug}\n`;
	for (const id of [...new Set(list.map((r) => r.id))]) {
		const shots = list.filter((r) => r.id === id);
		md += `\n### ${shots[0].title} (\`${id}\`, zoom ${shots[0].zoom})\n\n`;
		md += shots.map((r) => `![${r.size}: ${shots[0].title}](${r.file})`).join('\n') + '\n';
	}
}
writeFileSync('docs/maps.md', md);
console.log(`Wrote ${rows.length} pictures and docs/maps.md`);
