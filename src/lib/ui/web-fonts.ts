/**
 * The web fonts on a first visit (see app.html). The reader keeps its metric-matched local faces,
 * and once its page has loaded, the faces its own characters need are fetched as low-priority
 * prefetches for the pages read after it. A prefetch costs the main thread nothing; asking
 * `document.fonts` to load them decoded five faces in one task (110 ms here). When all are in,
 * their URLs are remembered, for this version of the site: app.html preloads them before the next
 * page's first paint and draws in them from the start. The deck and the embed, which lay out one
 * step at a time, load the fonts at once and swap them in.
 */

import { version } from '$app/environment';
import { nextTask } from './next-task';

/** The localStorage key app.html reads: the fonts fetched, and for which version of the site. */
export const FONTS_KEY = 'lantern:fonts';

/** What app.html preloads before the first paint on the next page (absolute URLs). */
export interface FetchedFonts {
	version: string;
	urls: string[];
}

/** The faces the deck and the embed load before they take the fonts up. */
const FACES = [
	'400 1em Literata',
	'italic 400 1em Literata',
	'700 1em Literata',
	'400 1em "PT Sans Narrow"',
	'700 1em "PT Sans Narrow"'
];

const FAMILIES = new Set(['Literata', 'PT Sans Narrow']);

/** A CSS unicode-range value as inclusive code point ranges ('U+0-FF, U+131, U+4??'). */
export function parseUnicodeRange(value: string): [number, number][] {
	const out: [number, number][] = [];
	for (const part of value.split(',')) {
		const m = /^\s*u\+([0-9a-f?]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
		if (!m?.[1]) continue;
		const lo = m[2] ? m[1] : m[1].replace(/\?/g, '0');
		const hi = m[2] ?? m[1].replace(/\?/g, 'f');
		out.push([parseInt(lo, 16), parseInt(hi, 16)]);
	}
	return out;
}

/** A face as a stylesheet declares it: family, src, unicode-range, and the sheet's own URL. */
export interface DeclaredFace {
	family: string;
	src: string;
	unicodeRange: string;
	/** What the src's relative URLs are relative to: the stylesheet, not the page. */
	base: string;
}

/** A regular expression matching any character in a unicode-range value. */
function rangeTest(unicodeRange: string): RegExp {
	const hex = (n: number) => `\\u{${n.toString(16)}}`;
	const parts = parseUnicodeRange(unicodeRange).map(([lo, hi]) =>
		lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`
	);
	return parts.length ? new RegExp(`[${parts.join('')}]`, 'u') : /[^]/u;
}

/**
 * The URLs of the faces of our families whose ranges cover any character of `text`. One native
 * regular-expression scan per distinct range: a loop over the characters in script cost 20 ms.
 */
export function facesFor(faces: readonly DeclaredFace[], text: string): string[] {
	const covered = new Map<string, boolean>();
	const urls = new Set<string>();
	for (const face of faces) {
		if (!FAMILIES.has(face.family.replace(/^["']|["']$/g, ''))) continue;
		const src = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(face.src)?.[1];
		if (!src) continue;
		const url = new URL(src, face.base).href;
		let needed = covered.get(face.unicodeRange);
		if (needed === undefined) {
			needed = rangeTest(face.unicodeRange).test(text);
			covered.set(face.unicodeRange, needed);
		}
		if (needed) urls.add(url);
	}
	return [...urls];
}

/** Every @font-face rule of the document's own stylesheets. */
function declaredFaces(doc: Document): DeclaredFace[] {
	const faces: DeclaredFace[] = [];
	for (const sheet of Array.from(doc.styleSheets)) {
		let rules: CSSRuleList;
		try {
			rules = sheet.cssRules;
		} catch {
			continue; // another origin's sheet
		}
		for (const rule of Array.from(rules)) {
			if (!(rule instanceof CSSFontFaceRule)) continue;
			const s = rule.style;
			faces.push({
				family: s.getPropertyValue('font-family'),
				src: s.getPropertyValue('src'),
				unicodeRange: s.getPropertyValue('unicode-range'),
				base: sheet.href ?? doc.baseURI
			});
		}
	}
	return faces;
}

function prefetch(doc: Document, href: string): Promise<boolean> {
	return new Promise((done) => {
		const link = doc.createElement('link');
		link.rel = 'prefetch';
		link.as = 'font';
		link.type = 'font/woff2';
		link.crossOrigin = 'anonymous'; // font requests are CORS requests: the cache entry must match
		link.href = href;
		link.onload = () => done(true);
		link.onerror = () => done(false);
		doc.head.append(link);
	});
}

/**
 * Fetch the web fonts the page's text needs and remember them for the next page. With `takeUp`
 * (the deck and the embed, one step on screen; the handout, made to be printed) at once, then
 * swapping them in; without (the reader) once its page has loaded and gone quiet, leaving its
 * local faces in place. Does nothing where they are already in use (html.fonts). Returns a cancel.
 */
export function warmWebFonts(doc: Document, takeUp: boolean): () => void {
	const root = doc.documentElement;
	if (root.classList.contains('fonts')) return () => {};
	let cancelled = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const run = async () => {
		// The characters the page shows, listed by the server (page-chars.ts); reading the story's
		// text here instead took 15–70 ms.
		const listed = doc.querySelector<HTMLMetaElement>('meta[name="lantern-chars"]')?.content;
		const text = listed ?? (doc.querySelector('main') ?? doc.body).textContent ?? '';
		// An opaque-origin frame (a sandboxed embed) may not read the stylesheets: no URLs then.
		const urls = facesFor(declaredFaces(doc), text);
		let fetched: boolean;
		if (!takeUp) {
			if (!urls.length) return;
			await nextTask(); // the links in a task of their own: each addition costs ~1 ms
			if (cancelled) return;
			fetched = (await Promise.all(urls.map((url) => prefetch(doc, url)))).every(Boolean);
		} else {
			// Loaded first, the faces swap in once, together.
			const faces = await Promise.allSettled(FACES.map((face) => doc.fonts.load(face, text)));
			fetched = faces.every((f) => f.status === 'fulfilled' && f.value.length > 0);
			if (!cancelled) root.classList.add('fonts');
		}
		if (cancelled || !fetched || !urls.length) return;
		try {
			const remembered: FetchedFonts = { version, urls };
			localStorage.setItem(FONTS_KEY, JSON.stringify(remembered));
		} catch {
			// storage off (a sandboxed frame): the next page is a first visit again
		}
	};
	if (takeUp) {
		void run();
		return () => (cancelled = true);
	}
	const later = () => (timer = setTimeout(run, 1000));
	if (doc.readyState === 'complete') later();
	else addEventListener('load', later, { once: true });
	return () => {
		cancelled = true;
		clearTimeout(timer);
		removeEventListener('load', later);
	};
}
