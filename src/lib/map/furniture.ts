import type * as Leaflet from 'leaflet';
import { PROJECTED_ZOOM } from './map-data';
import { metresPerPixel, scaleBars } from './scale-bar';

const SVG = 'http://www.w3.org/2000/svg';

/** From this zoom the map shows a locator inset: where the city lies in the region. */
export const INSET_ZOOM = 11;
/** How much longitude the inset spans. */
const INSET_DEGREES = 8;

export interface Furniture {
	/** Redraw for the map's current view (the map at rest). */
	update(): void;
	/** The pieces shown (scale bar, inset), in client pixels: names keep clear of them (reads only). */
	rects(): DOMRect[];
	/** Hide the pieces (in the order of the last rects()) that a story's pin or name lies on. */
	giveWay(clashes: readonly boolean[]): void;
}

/**
 * The map's quiet furniture: a scale bar in versts and kilometres (bottom left) and, at city
 * zoom, a locator inset of the region with a box for the view (top right). Both are pictures
 * only: aria-hidden, nothing in them takes focus or a pointer.
 */
export function mapFurniture(
	map: Leaflet.Map,
	region: readonly [number, number, number, number],
	land: string
): Furniture {
	const container = map.getContainer();
	const scale = document.createElement('div');
	scale.className = 'lantern-scale';
	scale.setAttribute('aria-hidden', 'true');
	scale.innerHTML =
		'<div class="bar km"><span class="rule"></span><span class="text"></span></div>' +
		'<div class="bar verst"><span class="rule"></span><span class="text"></span></div>';

	const inset = document.createElement('div');
	inset.className = 'lantern-locator';
	inset.setAttribute('aria-hidden', 'true');
	const [w, s, e, n] = region;
	const nw = map.project([n, w], PROJECTED_ZOOM);
	const se = map.project([s, e], PROJECTED_ZOOM);
	const svg = document.createElementNS(SVG, 'svg');
	svg.setAttribute('preserveAspectRatio', 'xMidYMid slice');
	svg.setAttribute('focusable', 'false');
	const ground = document.createElementNS(SVG, 'path');
	ground.setAttribute('class', 'land');
	ground.setAttribute('d', land);
	const box = document.createElementNS(SVG, 'rect');
	box.setAttribute('class', 'view');
	svg.append(ground, box);
	inset.append(svg);
	container.append(inset);

	const setBar = (el: Element | null, px: number, label: string, value: number) => {
		if (!(el instanceof HTMLElement)) return;
		const rule = el.querySelector<HTMLElement>('.rule');
		const text = el.querySelector('.text');
		if (rule) rule.style.width = `${px}px`;
		if (text) text.textContent = label;
		el.dataset.value = String(value);
	};

	/** The pieces shown when last measured (rects): giveWay writes to them without a new read. */
	let shown: HTMLElement[] = [];

	return {
		update() {
			scale.classList.remove('gives-way');
			inset.classList.remove('gives-way');
			const zoom = map.getZoom();
			const centre = map.getCenter();
			const bars = scaleBars(metresPerPixel(centre.lat, zoom));
			setBar(scale.querySelector('.km'), bars.km.px, bars.km.label, bars.km.value);
			setBar(scale.querySelector('.verst'), bars.verst.px, bars.verst.label, bars.verst.value);
			// Shown once measured: filled in place, its bars grew and moved (layout shifts, where
			// the map opens on the first screen over the reader's cover).
			if (!scale.isConnected) container.append(scale);
			const city = zoom >= INSET_ZOOM;
			inset.classList.toggle('is-shown', city);
			if (!city) return;
			const b = map.getBounds();
			const a = map.project(b.getNorthWest(), PROJECTED_ZOOM);
			const c = map.project(b.getSouthEast(), PROJECTED_ZOOM);
			// The inset spans some 8 degrees of longitude about the view (a gulf, a lake, the
			// neighbouring towns' country), kept inside the story's region.
			const span = Math.min(
				se.x - nw.x,
				map.project([0, INSET_DEGREES], PROJECTED_ZOOM).x - map.project([0, 0], PROJECTED_ZOOM).x
			);
			const tall = Math.min(se.y - nw.y, span * 0.75);
			const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
			const x0 = clamp((a.x + c.x) / 2 - span / 2, nw.x, se.x - span);
			const y0 = clamp((a.y + c.y) / 2 - tall / 2, nw.y, se.y - tall);
			svg.setAttribute('viewBox', [x0, y0, span, tall].map((v) => v.toFixed(1)).join(' '));
			// A city view is a speck at this scale: the box never shrinks below a few pixels.
			const k = span / 120;
			const min = 7 * k;
			const cx = (a.x + c.x) / 2;
			const cy = (a.y + c.y) / 2;
			const bw = Math.max(c.x - a.x, min);
			const bh = Math.max(c.y - a.y, min);
			box.setAttribute('x', String(cx - bw / 2));
			box.setAttribute('y', String(cy - bh / 2));
			box.setAttribute('width', String(bw));
			box.setAttribute('height', String(bh));
			box.setAttribute('stroke-width', String(1.5 * k));
		},
		rects() {
			shown = [scale, inset].filter((el) => el.offsetParent !== null);
			return shown.map((el) => el.getBoundingClientRect());
		},
		giveWay(clashes) {
			shown.forEach((el, i) => el.classList.toggle('gives-way', !!clashes[i]));
		}
	};
}
