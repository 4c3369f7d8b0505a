import type * as Leaflet from 'leaflet';
import { featureCandidates, named, type LabelFeature } from './feature-labels';
import { placeBoxes } from './declutter';
import type { OBox } from './label-geometry';
import { labelStyleOf, shownName, type LabelStyle } from './ink';

/**
 * The names of the map's features, set as HTML in a pane of their own above the plan and below
 * the markers. Drawn afresh when a scene comes to rest (never during a flight, when they would
 * have to be placed again every frame): measured in one pass, then placed by declutter's rules
 * after the markers' names, which they never cover.
 */
export interface FeatureLabels {
	/** Hide every name (a flight begins). */
	clear(): void;
	/**
	 * Name the features in view, in three steps that keep the page's layout to one read: `prepare`
	 * writes the names' elements, its `measure` reads their sizes, and that step's `place` writes
	 * each name where it goes, clear of `kept` (client pixels).
	 */
	prepare(features: readonly LabelFeature[]): {
		measure(): { place(kept: readonly OBox[]): void };
	};
}

export function featureLabels(map: Leaflet.Map): FeatureLabels {
	const pane = map.createPane('lantern-labels');
	pane.classList.add('lantern-labels');
	pane.setAttribute('aria-hidden', 'true');
	const clear = () => pane.replaceChildren();
	return {
		clear,
		prepare(features) {
			clear();
			const zoom = map.getZoom();
			const shown = named(features, zoom);
			// One element per distinct name and style, measured together: a single layout.
			const els = new Map<string, HTMLElement>();
			const keyOf = (text: string, style: LabelStyle) => `${style}\u0000${text}`;
			for (const f of shown) {
				const text = shownName(f.properties ?? {});
				const style = labelStyleOf(f.properties ?? {});
				const key = keyOf(text, style);
				if (els.has(key)) continue;
				const el = document.createElement('div');
				el.className = `lantern-label lbl-${style}`;
				el.textContent = text;
				pane.append(el);
				els.set(key, el);
			}
			const nothing = { place() {} };
			return {
				measure() {
					if (!shown.length) return nothing;
					const sizes = new Map(
						[...els].map(([k, el]) => [k, { w: el.offsetWidth, h: el.offsetHeight }] as const)
					);
					const box = map.getContainer().getBoundingClientRect();
					return {
						place(kept) {
							const size = map.getSize();
							const frame = { left: 0, top: 0, right: size.x, bottom: size.y };
							const candidates = featureCandidates(
								features,
								zoom,
								(lng, lat) => {
									const p = map.latLngToContainerPoint([lat, lng]);
									return [p.x, p.y];
								},
								frame,
								(text, style) => sizes.get(keyOf(text, style)) ?? { w: 0, h: 0 }
							);
							const obstacles = kept.map((b) => ({
								...b,
								cx: b.cx - box.left,
								cy: b.cy - box.top
							}));
							const chosen = placeBoxes(candidates, frame, obstacles);
							const origin = map.containerPointToLayerPoint([0, 0]);
							const used = new Set<HTMLElement>();
							candidates.forEach((c, i) => {
								const at = c.options[chosen[i] ?? -1];
								const key = keyOf(c.text, c.style);
								let el = els.get(key);
								if (!at || !el) return;
								if (used.has(el)) {
									el = el.cloneNode(true) as HTMLElement;
									pane.append(el);
								}
								used.add(el);
								el.dataset.kind = c.kind;
								if (c.layer) el.dataset.layer = c.layer;
								el.style.transform = `translate(${(at.cx + origin.x).toFixed(1)}px, ${(at.cy + origin.y).toFixed(1)}px) translate(-50%, -50%) rotate(${((at.angle * 180) / Math.PI).toFixed(2)}deg)`;
								el.classList.add('is-placed');
							});
							for (const el of els.values()) if (!used.has(el)) el.remove();
						}
					};
				}
			};
		}
	};
}
