/**
 * Each story's preview image for social sites and oEmbed thumbnails, made at build time: a title
 * card in the site's own type beside a map of the story's widest scene, drawn by the same static
 * renderer as the no-JavaScript pictures, then rasterised to PNG (social sites take no SVG).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { MapData } from '../map/map-data';
import { sceneAt } from '../scene/scene-at';
import type { Story } from '../story/types';
import { IMAGE_SIZE } from '../embed/share';
import { renderStaticMap } from './static-map';
import { woffToSfnt } from './woff';

const FONTS = [
	'literata/files/literata-latin-700-normal.woff',
	'literata/files/literata-latin-400-italic.woff',
	'pt-sans-narrow/files/pt-sans-narrow-latin-700-normal.woff'
];
const INK = '#1d1b19';
const SOFT = '#4a4540';
const RED = '#a8201a';
const PAPER = '#f4efe6';
const MAP_X = 640;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Greedy line breaking by an average glyph width: close enough for a title card. */
export function wrap(text: string, maxChars: number, maxLines: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines[lines.length - 1];
		if (last !== undefined && (last + ' ' + word).length <= maxChars)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${kept[maxLines - 1]?.replace(/[\s,;:—–-]+\S*$/, '')}…`;
	return kept;
}

/** The view's extent in square degrees; a scene centred on one point counts as none. */
function extent(story: Story, i: number): number {
	const v = sceneAt(story, i).view;
	return v.kind === 'bounds'
		? (v.bounds[1][0] - v.bounds[0][0]) * (v.bounds[1][1] - v.bounds[0][1])
		: 0;
}

/**
 * The step whose map reads best small: the widest view (the story's whole stage), and among
 * those the one with nearest three places (enough to orient, few enough that labels stay clear).
 */
export function previewStep(story: Story): number {
	const score = (i: number): [number, number] => [
		extent(story, i),
		-Math.abs(3 - sceneAt(story, i).markers.length)
	];
	let best = 0;
	for (let i = 1; i < story.steps.length; i++) {
		const [a, b] = score(i);
		const [x, y] = score(best);
		if (a > x + 1e-9 || (Math.abs(a - x) <= 1e-9 && b > y)) best = i;
	}
	return best;
}

export function previewSvg(story: Story, data: MapData): string {
	const { width, height } = IMAGE_SIZE;
	const map = renderStaticMap(sceneAt(story, previewStep(story)), data, {
		width: width - MAP_X,
		height
	});
	const title = wrap(story.title, 16, 3);
	const subtitle = wrap(story.subtitle ?? story.summary, 34, 4);
	const tspans = (lines: string[], x: number, dy: number) =>
		lines.map((l, i) => `<tspan x="${x}" dy="${i ? dy : 0}">${esc(l)}</tspan>`).join('');
	const titleY = 170;
	const subtitleY = titleY + title.length * 70 + 30;
	const meta = `${story.steps.length} steps · ${story.chapters.length} chapters · read, embed, present`;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="${PAPER}"/>
<g transform="translate(${MAP_X} 0)">${map}</g>
<rect x="${MAP_X - 3}" width="3" height="${height}" fill="${INK}"/>
<text x="64" y="96" font-family="PT Sans Narrow" font-weight="700" font-size="26" letter-spacing="3" fill="${RED}">${esc((story.byline ?? 'Lantern').toUpperCase())} · A DOCUMENTARY</text>
<text y="${titleY}" font-family="Literata" font-weight="700" font-size="62" fill="${INK}">${tspans(title, 64, 70)}</text>
<text y="${subtitleY}" font-family="Literata" font-style="italic" font-size="28" fill="${SOFT}">${tspans(subtitle, 64, 38)}</text>
<rect x="64" y="548" width="80" height="4" fill="${RED}"/>
<text x="64" y="588" font-family="PT Sans Narrow" font-weight="700" font-size="24" letter-spacing="1" fill="${SOFT}">${esc(meta)}</text>
</svg>`;
}

/** The SVG as a PNG, its text set in the site's fonts only (no system font, so every build agrees). */
export function renderPng(svg: string): Uint8Array<ArrayBuffer> {
	const dir = mkdtempSync(join(tmpdir(), 'lantern-fonts-'));
	try {
		const fontFiles = FONTS.map((f, i) => {
			const file = join(dir, `${i}.otf`);
			writeFileSync(
				file,
				woffToSfnt(new Uint8Array(readFileSync(join('node_modules/@fontsource', f))))
			);
			return file;
		});
		const resvg = new Resvg(svg, {
			font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Literata' }
		});
		return new Uint8Array(resvg.render().asPng());
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
