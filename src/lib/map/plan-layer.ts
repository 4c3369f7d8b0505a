import type * as Leaflet from 'leaflet';
import type { GeoJSONCollection, GeoJSONFeature } from '../story/types';
import { TIERS, kindOf, rankOf, tierOf, type Tier } from './ink';

type Collection = Parameters<typeof Leaflet.geoJSON>[0];

/**
 * The panes of the hierarchy of ink (ink.ts), one SVG each, above the basemap (tilePane, 200)
 * and below the routes (overlayPane, 400): so a railway of one layer is drawn over the streets of
 * another whatever order the layers come in.
 */
export function inkPanes(L: typeof Leaflet, map: Leaflet.Map): Record<Tier, Leaflet.Renderer> {
	const out = {} as Record<Tier, Leaflet.Renderer>;
	TIERS.forEach((tier, i) => {
		const name = `lantern-${tier}`;
		map.createPane(name).style.zIndex = String(300 + i * 10);
		out[tier] = L.svg({ pane: name, padding: 0.1 });
	});
	return out;
}

/**
 * Lines drawn in two parts, in this order across the features of a tier: every street's casing
 * before any street's paper, so crossings join cleanly; a railway and its ticks; a front's hatching
 * and its heavy dashes.
 */
const PARTS: readonly (readonly [string, string])[] = [
	['street', 'casing'],
	['bridge', 'casing'],
	['wall', 'casing'],
	['street', 'core'],
	['bridge', 'core'],
	['wall', 'core'],
	['railway', 'core'],
	['railway', 'ticks'],
	['front', 'ticks'],
	['front', 'core']
];
const PARTED = new Set(PARTS.map(([k]) => k));

const classOf = (f: GeoJSONFeature | undefined, part?: string) => {
	const p = f?.properties ?? {};
	return `lantern-plan kind-${kindOf(p)} rank-${rankOf(p)}${part ? ` part-${part}` : ''}`;
};

/**
 * A story's own layer (a city plan, railways, borders, fronts, names): each feature in the pane
 * of its kind, styled by CSS classes (map.css). Names are drawn by label-layer.ts; stations and
 * landmarks get a symbol here.
 */
export function drawLayer(
	L: typeof Leaflet,
	data: GeoJSONCollection,
	panes: Record<Tier, Leaflet.Renderer>
): Leaflet.Layer {
	const group = L.layerGroup();
	const byTier = new Map<Tier, GeoJSONFeature[]>();
	for (const f of data.features) {
		const tier = tierOf(kindOf(f.properties));
		byTier.set(tier, [...(byTier.get(tier) ?? []), f]);
	}
	for (const tier of TIERS) {
		const features = byTier.get(tier);
		if (!features) continue;
		const renderer = panes[tier];
		const pane = renderer.options.pane;
		const add = (list: GeoJSONFeature[], part?: string) =>
			L.geoJSON({ type: 'FeatureCollection', features: list } as unknown as Collection, {
				interactive: false,
				pane,
				// Leaflet hands a GeoJSON layer's options to the paths it makes: their renderer too.
				...({ renderer } as Leaflet.GeoJSONOptions),
				style: (f) => ({ className: classOf(f as GeoJSONFeature | undefined, part) }),
				pointToLayer: (f, latlng) =>
					L.circleMarker(latlng, {
						interactive: false,
						pane,
						renderer,
						radius: kindOf(f.properties) === 'station' ? 4 : 3,
						className: classOf(f as GeoJSONFeature)
					})
			}).addTo(group);
		// Points that are only names (kind: label) draw nothing here.
		const drawn = features.filter((f) => kindOf(f.properties) !== 'label');
		for (const [kind, part] of PARTS) {
			const list = drawn.filter((f) => kindOf(f.properties) === kind);
			if (list.length) add(list, part);
		}
		const single = drawn.filter((f) => !PARTED.has(kindOf(f.properties)));
		if (single.length) add(single);
	}
	return group;
}
