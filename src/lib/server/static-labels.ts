/**
 * The names, pins and scale bar of a build-time picture, placed by the live map's own rules
 * (map/declutter.ts, map/feature-labels.ts) on boxes whose text widths are guessed, since there
 * is no browser to measure them: pins that would sit on a more important pin are left out, the
 * markers' names go right or left of their pins, then the features' names by rank, and no two
 * names touch.
 */
import { placeBoxes, placeLabels, pinsShown, type Box } from '../map/declutter';
import { featureCandidates, type LabelFeature } from '../map/feature-labels';
import { TYPE, guessWidth, lineHeightOf, type LabelStyle } from '../map/ink';
import { boxOfRect, type OBox } from '../map/label-geometry';
import { metresPerPixel, scaleBars } from '../map/scale-bar';
import type { Scene } from '../scene/scene';
import { COLOURS as C } from './static-ink';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const f1 = (n: number) => n.toFixed(1);

const NAME_SIZE = 16;
const TODAY_SIZE = 12;
/** A marker name's width, guessed like a feature's (a roman serif at 16 px). */
const nameWidth = (text: string, size: number) =>
	(guessWidth(text, 'station') * size) / TYPE.station.size;

export interface Projection {
	toPx(lng: number, lat: number): [number, number];
	zoom: number;
	width: number;
	height: number;
	/** The latitude at the picture's centre, for the scale bar. */
	lat: number;
}

/** The scale bar, bottom left: its SVG and the box it takes. */
function scaleBar(p: Projection): { svg: string; box: Box } {
	const bars = scaleBars(metresPerPixel(p.lat, p.zoom), 110);
	const x = 10;
	const bottom = p.height - 10;
	const rows = [bars.verst, bars.km];
	const parts: string[] = [];
	let right = x;
	rows.forEach((b, i) => {
		const y = bottom - 8 - i * 15;
		parts.push(
			`<rect x="${x}" y="${y - 4}" width="${b.px}" height="5" fill="${C.paper}" stroke="${C.soft}" stroke-width="1"/>`,
			`<rect x="${x}" y="${y - 4}" width="${f1(b.px / 4)}" height="5" fill="${C.soft}"/>`,
			`<rect x="${f1(x + b.px / 2)}" y="${y - 4}" width="${f1(b.px / 4)}" height="5" fill="${C.soft}"/>`,
			`<text x="${x + b.px + 5}" y="${y + 1}" font-size="11" fill="${C.soft}">${esc(b.label)}</text>`
		);
		right = Math.max(right, x + b.px + 8 + b.label.length * 6);
	});
	const top = bottom - 8 - 15 - 10;
	return {
		svg: `<g class="scale" font-family="PT Sans Narrow, Arial Narrow, sans-serif"><rect x="${x - 4}" y="${top}" width="${right - x + 8}" height="${bottom - top + 2}" fill="${C.land}" fill-opacity="0.85"/>${parts.join('')}</g>`,
		box: { left: x - 4, top, right: right + 4, bottom: bottom + 2 }
	};
}

function featureText(style: LabelStyle, text: string, at: OBox): string {
	const t = TYPE[style];
	const size = t.caps ? t.size : t.size;
	const water = style === 'water';
	const fill = water ? C.waterName : style === 'station' ? C.ink : C.soft;
	const halo = water ? C.water : C.land;
	const deg = ((at.angle * 180) / Math.PI).toFixed(1);
	return `<text transform="translate(${f1(at.cx)} ${f1(at.cy)}) rotate(${deg})" text-anchor="middle" dy="0.35em" font-size="${t.caps ? (size * 0.82).toFixed(1) : size}"${t.italic ? ' font-style="italic"' : ''} letter-spacing="${t.spacing}" fill="${fill}" stroke="${halo}" stroke-width="2.5" stroke-linejoin="round" paint-order="stroke">${esc(t.caps ? text.toUpperCase() : text)}</text>`;
}

/** Pins, markers' names, features' names and the scale bar, as SVG. */
export function staticNames(
	scene: Scene,
	features: readonly LabelFeature[],
	p: Projection
): string {
	const frame: Box = { left: 0, top: 0, right: p.width, bottom: p.height };
	const scale = scaleBar(p);
	const rank = (m: Scene['markers'][number]) => (m.highlighted ? 0 : m.kind === 'city' ? 1 : 2);
	const markers = scene.markers
		.map((m, i) => ({ m, i }))
		.sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i)
		.map(({ m }) => {
			const [x, y] = p.toPx(m.lng, m.lat);
			return { m, x, y, r: m.highlighted ? 7 : 5 };
		});
	const shown = pinsShown(markers);
	const rects = markers.map(({ m, x, y }, i) => {
		if (!shown[i]) return undefined;
		const size = m.highlighted ? NAME_SIZE + 1 : NAME_SIZE;
		const w = Math.max(
			nameWidth(m.name, size) * (m.highlighted ? 1.08 : 1),
			m.today ? nameWidth(m.today, TODAY_SIZE) : 0
		);
		const h = m.today ? size * 1.15 + TODAY_SIZE * 1.2 : size * 1.2;
		return { left: x + 9, right: x + 9 + w, top: y - size * 0.75, bottom: y - size * 0.75 + h };
	});
	const placements = placeLabels(rects, frame);
	const kept: OBox[] = [boxOfRect(scale.box)];
	const pins: string[] = [];
	const names: string[] = [];
	markers.forEach(({ m, x, y, r }, i) => {
		if (!shown[i]) return;
		const colour = m.highlighted ? C.red : C.ink;
		pins.push(
			`<circle cx="${f1(x)}" cy="${f1(y)}" r="${r}" fill="${m.highlighted ? C.red : C.land}" stroke="${colour}" stroke-width="2"/>`
		);
		kept.push({ cx: x, cy: y, w: 2 * r, h: 2 * r, angle: 0 });
		const rect = rects[i];
		const side = placements[i];
		if (!rect || side === 'hidden') return;
		const left = side === 'left';
		const shift = left ? -(18 + rect.right - rect.left) : 0;
		kept.push(boxOfRect({ ...rect, left: rect.left + shift, right: rect.right + shift }));
		const size = m.highlighted ? NAME_SIZE + 1 : NAME_SIZE;
		const tx = left ? x - 9 : x + 9;
		const anchor = left ? ' text-anchor="end"' : '';
		const weight = m.highlighted ? ' font-weight="700"' : '';
		const today = m.today
			? `<tspan x="${f1(tx)}" dy="${(TODAY_SIZE * 1.2).toFixed(1)}" font-size="${TODAY_SIZE}" fill="${C.soft}" font-weight="400">${esc(m.today)}</tspan>`
			: '';
		names.push(
			`<text x="${f1(tx)}" y="${f1(y + size * 0.3)}"${anchor} fill="${colour}" font-size="${size}"${weight} stroke="${C.land}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${esc(m.name)}${today}</text>`
		);
	});
	const candidates = featureCandidates(features, p.zoom, p.toPx, frame, (text, style) => ({
		w: guessWidth(text, style),
		h: lineHeightOf(style)
	}));
	const chosen = placeBoxes(candidates, frame, kept);
	const featureNames = candidates.flatMap((c, i) => {
		const at = c.options[chosen[i] ?? -1];
		return at ? [featureText(c.style, c.text, at)] : [];
	});
	return `<g class="feature-names">${featureNames.join('')}</g>${pins.join('')}${names.join('')}${scale.svg}`;
}
