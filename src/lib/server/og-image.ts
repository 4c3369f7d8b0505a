/**
 * Each story's preview image for social sites and oEmbed thumbnails, made at build time: a title
 * card in the site's own type beside the story's cover (the picture its first screen shows),
 * a scene drawn by the same static renderer as the no-JavaScript pictures, then rasterised to
 * PNG (social sites take no SVG).
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

/** Picture formats resvg draws: a cover in another one shows the opening scene instead. */
const RASTER: Record<string, string> = {
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	gif: 'image/gif'
};

/**
 * What the card shows beside the title: the story's cover (front matter `cover:`), as on the
 * reader's first screen: a scene drawn like the no-JavaScript pictures, or the picture itself.
 */
function coverArt(
	story: Story,
	data: MapData,
	size: { width: number; height: number },
	readPicture: (file: string) => Uint8Array | undefined
): string {
	const cover = story.cover;
	if (cover.kind === 'image') {
		const type = RASTER[cover.image.file.split('.').pop()?.toLowerCase() ?? ''];
		const bytes = type ? readPicture(cover.image.file) : undefined;
		if (type && bytes)
			return `<image href="data:${type};base64,${Buffer.from(bytes).toString('base64')}" width="${size.width}" height="${size.height}" preserveAspectRatio="xMidYMid slice"/>`;
	}
	return renderStaticMap(sceneAt(story, cover.kind === 'scene' ? cover.step : 0), data, size);
}

export function previewSvg(
	story: Story,
	data: MapData,
	readPicture: (file: string) => Uint8Array | undefined = () => undefined
): string {
	const { width, height } = IMAGE_SIZE;
	const map = coverArt(story, data, { width: width - MAP_X, height }, readPicture);
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
