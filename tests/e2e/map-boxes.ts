/**
 * Label boxes as the reader sees them, for the map tests: each shown name's box, turned as it is
 * drawn (a street's name along the street), in client pixels, and whether two of them touch.
 * Runs in the page (page.evaluate), so it depends on nothing but the DOM.
 */
export interface SeenBox {
	name: string;
	/** A marker's name or a map feature's. */
	of: 'marker' | 'feature';
	cx: number;
	cy: number;
	w: number;
	h: number;
	angle: number;
	/** A feature name's layer id (data-layer), when the map gives it. */
	layer?: string;
}

/** In the page: every shown marker name and feature name under `root`. */
export function seenBoxes(root: Element): SeenBox[] {
	const out: SeenBox[] = [];
	const angleOf = (el: Element) => {
		const m = new DOMMatrix(
			getComputedStyle(el).transform === 'none' ? undefined : getComputedStyle(el).transform
		);
		return Math.atan2(m.b, m.a);
	};
	for (const m of root.querySelectorAll<HTMLElement>(
		'.lantern-marker:not(.label-hidden):not(.is-merged)'
	)) {
		const label = m.querySelector('.label');
		if (!label) continue;
		const r = label.getBoundingClientRect();
		if (!r.width) continue;
		out.push({
			name: m.querySelector('.name')?.textContent ?? '?',
			of: 'marker',
			cx: r.left + r.width / 2,
			cy: r.top + r.height / 2,
			w: r.width,
			h: r.height,
			angle: 0
		});
	}
	for (const el of root.querySelectorAll<HTMLElement>('.lantern-label')) {
		if (getComputedStyle(el).visibility === 'hidden') continue;
		const r = el.getBoundingClientRect();
		out.push({
			name: el.textContent ?? '?',
			of: 'feature',
			cx: r.left + r.width / 2,
			cy: r.top + r.height / 2,
			w: el.offsetWidth,
			h: el.offsetHeight,
			angle: angleOf(el),
			layer: el.dataset.layer
		});
	}
	return out;
}

export function cornersOf(b: SeenBox): [number, number][] {
	const c = Math.cos(b.angle);
	const s = Math.sin(b.angle);
	return [
		[-1, -1],
		[1, -1],
		[1, 1],
		[-1, 1]
	].map(([x = 0, y = 0]) => [
		b.cx + (x * b.w * c) / 2 - (y * b.h * s) / 2,
		b.cy + (x * b.w * s) / 2 + (y * b.h * c) / 2
	]);
}

/** Two turned boxes overlap by more than `slack` px (separating axes). */
export function boxesOverlap(a: SeenBox, b: SeenBox, slack = 0.5): boolean {
	const pa = cornersOf(a);
	const pb = cornersOf(b);
	for (const angle of [a.angle, a.angle + Math.PI / 2, b.angle, b.angle + Math.PI / 2]) {
		const ax = Math.cos(angle);
		const ay = Math.sin(angle);
		const span = (ps: [number, number][]) => {
			const d = ps.map(([x, y]) => x * ax + y * ay);
			return [Math.min(...d), Math.max(...d)];
		};
		const [a0 = 0, a1 = 0] = span(pa);
		const [b0 = 0, b1 = 0] = span(pb);
		if (a1 - slack <= b0 || b1 - slack <= a0) return false;
	}
	return true;
}
