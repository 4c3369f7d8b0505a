/**
 * Bytes: gzip sizes (level 9, each file on its own, as a server would send it), the library floor
 * and the routes a build serves. Shared by `npm run bench` and the budget tests.
 *
 * The floor is what any page on this stack has to load before it does anything of its own:
 * - the libraries' own distribution files from node_modules: Leaflet's JS and CSS, GSAP's core,
 *   scrollama;
 * - the Svelte and SvelteKit runtime, measured by building a minimal SvelteKit page (a component
 *   with state, a derived value, an effect, a list, an event handler; adapter-static, prerendered)
 *   and summing the JS and CSS its HTML loads. The same versions of svelte, @sveltejs/kit and vite
 *   as the app, from the same node_modules. The result is cached in .bench/floor-result.json by version.
 */
import { spawnSync } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** One KB is 1,024 bytes throughout the benchmark and the budgets. */
export const KB = 1024;

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(ROOT, 'package.json'));

/**
 * @param {Uint8Array | string} data
 * @returns {number} gzipped size at level 9
 */
export function gzipSize(data) {
	return gzipSync(data, { level: 9 }).length;
}

/** @param {number} bytes */
export function kb(bytes) {
	return `${(bytes / KB).toFixed(1)} KB`;
}

/** @param {string} name a package name */
export function packageVersion(name) {
	return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/**
 * The libraries' own files, as each package ships them.
 * @returns {{ name: string, file: string, raw: number, gzip: number }[]}
 */
export function libraryFiles() {
	/** @type {[string, string][]} */
	const files = [
		['Leaflet JS', 'leaflet/dist/leaflet.js'],
		['Leaflet CSS', 'leaflet/dist/leaflet.css'],
		['GSAP core', 'gsap/dist/gsap.min.js'],
		['scrollama', 'scrollama/build/scrollama.min.js']
	];
	return files.map(([name, spec]) => {
		const file = require.resolve(spec);
		const data = readFileSync(file);
		const pkg = spec.split('/')[0] ?? spec;
		return {
			name: `${name} ${packageVersion(pkg)}`,
			file: `node_modules/${spec}`,
			raw: data.length,
			gzip: gzipSize(data)
		};
	});
}

/**
 * The JS and CSS a prerendered page loads before it runs: its stylesheets, its modulepreload links
 * and inline `import("…")` entry points, and every static import those modules make in turn.
 * (Dynamic imports are not followed: they are what the page may load later.)
 * @param {string} buildDir the static build
 * @param {string} pagePath the page's path, e.g. "/the-crisis-has-matured/"
 * @returns {{ path: string, raw: number, gzip: number }[]}
 */
export function staticFirstLoad(buildDir, pagePath) {
	const htmlFile = join(buildDir, pagePath, 'index.html');
	const html = readFileSync(htmlFile, 'utf8');
	const base = posix.join('/', pagePath, '/');
	/** @type {string[]} */
	const queue = [];
	/** @param {string} href @param {string} from */
	const add = (href, from) => {
		if (/^[a-z]+:/i.test(href) || href.startsWith('//')) return;
		const path =
			posix.normalize(posix.join(posix.dirname(from + 'x'), href)).split(/[?#]/)[0] ?? '';
		if (!queue.includes(path)) queue.push(path);
	};
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = m[0];
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		// A disabled link is one whose CSS SvelteKit inlined: the browser does not fetch it.
		if (href && /\brel="(modulepreload|stylesheet)"/.test(tag) && !/\sdisabled\b/.test(tag))
			add(href, base);
	}
	for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
		const src = /\bsrc="([^"]+)"/.exec(m[0])?.[1];
		if (src) add(src, base);
		for (const i of (m[1] ?? '').matchAll(/import\(\s*["']([^"']+)["']\s*\)/g))
			add(i[1] ?? '', base);
	}
	/** @type {{ path: string, raw: number, gzip: number }[]} */
	const out = [];
	for (let i = 0; i < queue.length; i++) {
		const path = queue[i] ?? '';
		const file = join(buildDir, path);
		if (!existsSync(file))
			throw new Error(`${pagePath} loads ${path}, which is not in ${buildDir}`);
		const data = readFileSync(file);
		out.push({ path, raw: data.length, gzip: gzipSize(data) });
		if (path.endsWith('.js')) {
			const code = data.toString('utf8');
			// Static imports only: `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`.
			for (const s of code.matchAll(
				/(?:^|[;}\s])(?:import|export)\s*(?:[\w*${},\s]+?\s*from\s*)?["']([^"']+\.js)["']/g
			))
				add(s[1] ?? '', path);
		}
	}
	return out;
}

/**
 * The pages of a build: every index.html below it, as site paths ("/", "/slug/", "/slug/present/").
 * @param {string} buildDir
 * @returns {string[]}
 */
export function builtPages(buildDir) {
	/** @type {string[]} */
	const pages = [];
	/** @param {string} dir */
	const walk = (dir) => {
		for (const name of readdirSync(dir).sort()) {
			if (name === '_app' || name.startsWith('.')) continue;
			const full = join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (name === 'index.html') {
				const rel = relative(buildDir, dir).split('\\').join('/');
				pages.push(rel ? `/${rel}/` : '/');
			}
		}
	};
	walk(buildDir);
	return pages;
}

/** The mode a page path is in: the reader, the deck, its notes, the handout or the embed. */
export const MODES = /** @type {const} */ ([
	['present/notes', 'notes'],
	['present', 'deck'],
	['print', 'print'],
	['embed', 'embed']
]);

/**
 * Each story's pages in a build, by mode. A story is a top-level folder with an index.html whose
 * <html> says data-mode="read".
 * @param {string} buildDir
 * @returns {{ slug: string, read: string, deck?: string, notes?: string, print?: string, embed?: string }[]}
 */
export function storyRoutes(buildDir) {
	const pages = builtPages(buildDir);
	/** @type {{ slug: string, read: string, deck?: string, notes?: string, print?: string, embed?: string }[]} */
	const stories = [];
	for (const page of pages) {
		const parts = page.split('/').filter(Boolean);
		if (parts.length !== 1) continue;
		const html = readFileSync(join(buildDir, page, 'index.html'), 'utf8');
		if (!/<html[^>]*\bdata-mode="read"/.test(html)) continue;
		const slug = parts[0] ?? '';
		/** @type {{ slug: string, read: string, deck?: string, notes?: string, print?: string, embed?: string }} */
		const entry = { slug, read: page };
		for (const [suffix, mode] of MODES) {
			const path = `/${slug}/${suffix}/`;
			if (pages.includes(path)) entry[mode] = path;
		}
		stories.push(entry);
	}
	return stories;
}

const FLOOR_PAGE = `<script>
	import { onMount } from 'svelte';
	import Item from './Item.svelte';

	let items = $state(['one', 'two', 'three']);
	let active = $state(0);
	const label = $derived(items[active] ?? '');
	let el;
	onMount(() => {
		el?.setAttribute('data-ready', '');
	});
	$effect(() => {
		document.title = label;
	});
</script>

<svelte:head><meta name="description" content="floor" /></svelte:head>
<h1 bind:this={el}>{label}</h1>
<ol>
	{#each items as item, i (item)}
		<Item {item} selected={i === active} onpick={() => (active = i)} />
	{/each}
</ol>
{#if active > 0}<p>Not the first.</p>{/if}
<button onclick={() => items.push(String(items.length + 1))}>Add</button>
`;

const FLOOR_ITEM = `<script>
	let { item, selected, onpick } = $props();
</script>

<li><button aria-pressed={selected} onclick={onpick}>{item}</button></li>
`;

/**
 * Builds the minimal SvelteKit page (once per svelte/kit/vite version) and measures its first load.
 * @returns {{ gzip: number, raw: number, files: { path: string, raw: number, gzip: number }[], versions: string }}
 */
export function runtimeFloor() {
	const versions = ['svelte', '@sveltejs/kit', '@sveltejs/adapter-static', 'vite']
		.map((p) => `${p}@${packageVersion(p)}`)
		.join(' ');
	const cache = join(ROOT, '.bench', 'floor-result.json');
	if (existsSync(cache)) {
		const hit = JSON.parse(readFileSync(cache, 'utf8'));
		if (hit.versions === versions) return hit;
	}
	// Each process builds in its own folder: two test workers asking for the floor at once must not
	// build into one .svelte-kit (one's clean-up removed the other's manifest, failing CI).
	const dir = join(ROOT, '.bench', `floor-app-${process.pid}`);
	rmSync(dir, { recursive: true, force: true });
	const files = {
		'package.json': JSON.stringify({ name: 'lantern-floor', private: true, type: 'module' }),
		'svelte.config.js': `import adapter from '@sveltejs/adapter-static';
// A fixed version name: the default is the build's timestamp, which changed the floor's bytes.
export default {
	kit: { adapter: adapter({ pages: 'build', assets: 'build' }), version: { name: 'floor' } }
};\n`,
		'vite.config.js': `import { sveltekit } from '@sveltejs/kit/vite';
export default { plugins: [sveltekit()], logLevel: 'warn' };\n`,
		'src/app.html': `<!doctype html><html lang="en"><head><meta charset="utf-8" />%sveltekit.head%</head><body><div style="display: contents">%sveltekit.body%</div></body></html>\n`,
		'src/routes/+layout.js': 'export const prerender = true;\n',
		'src/routes/+page.svelte': FLOOR_PAGE,
		'src/routes/Item.svelte': FLOOR_ITEM
	};
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
	const r = spawnSync(process.execPath, [vite, 'build'], { cwd: dir, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`building the floor page failed:\n${r.stdout}\n${r.stderr}`);
	const loaded = staticFirstLoad(join(dir, 'build'), '/');
	const result = {
		versions,
		raw: loaded.reduce((s, f) => s + f.raw, 0),
		gzip: loaded.reduce((s, f) => s + f.gzip, 0),
		files: loaded
	};
	// Written whole and renamed into place, so a reader never sees half a file.
	const partial = `${cache}.${process.pid}`;
	writeFileSync(partial, JSON.stringify(result, null, '\t'));
	renameSync(partial, cache);
	rmSync(dir, { recursive: true, force: true });
	return result;
}

/**
 * The library floor: the libraries' own files plus the Svelte and SvelteKit runtime.
 * @returns {{ parts: { name: string, gzip: number, raw: number, source: string }[], gzip: number }}
 */
export function libraryFloor() {
	const libs = libraryFiles().map((f) => ({
		name: f.name,
		gzip: f.gzip,
		raw: f.raw,
		source: f.file
	}));
	const runtime = runtimeFloor();
	const parts = [
		...libs,
		{
			name: `Svelte ${packageVersion('svelte')} + SvelteKit ${packageVersion('@sveltejs/kit')} runtime`,
			gzip: runtime.gzip,
			raw: runtime.raw,
			source: `a minimal prerendered SvelteKit page (${runtime.files.length} files)`
		}
	];
	return { parts, gzip: parts.reduce((s, p) => s + p.gzip, 0) };
}

/**
 * A story's map data as the build serves it, gzipped: map.json (the first load's map data) and
 * within it the regional basemap; and each detail coast box (/<slug>/coast/<box>.json), which
 * the live map fetches only when a scene first looks inside the box.
 * @param {string} buildDir
 * @param {string} slug
 * @returns {{ mapJson: number, basemap: number, boxes: { name: string, raw: number, gzip: number }[] }}
 */
export function mapDataBytes(buildDir, slug) {
	const file = join(buildDir, slug, 'map.json');
	if (!existsSync(file)) return { mapJson: 0, basemap: 0, boxes: [] };
	const text = readFileSync(file, 'utf8');
	const dir = join(buildDir, slug, 'coast');
	const boxes = existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith('.json'))
				.sort()
				.map((f) => {
					const data = readFileSync(join(dir, f));
					return { name: f.replace(/\.json$/, ''), raw: data.length, gzip: gzipSize(data) };
				})
		: [];
	return {
		mapJson: gzipSize(text),
		basemap: gzipSize(JSON.stringify(JSON.parse(text).basemap)),
		boxes
	};
}
