/**
 * The plan layers in the build-time pictures, in the same hierarchy of ink as the live map
 * (map/ink.ts, map.css), as SVG attributes. Every distinction also holds in grey (a printed
 * handout): water and land differ in tone and by the coast line, railways have ticks, borders
 * dash-dot, fronts heavy dashes; nothing relies on hue alone.
 */
import { TIERS, kindOf, rankOf, tierOf, type Tier } from '../map/ink';
import type { GeoJSONFeature } from '../story/types';

export const COLOURS = {
	water: '#b9c8cc',
	land: '#efe8da',
	river: '#6f8a92',
	ink: '#1d1b19',
	soft: '#4a4540',
	red: '#a8201a',
	street: '#cfc5b4',
	casing: '#7d746b',
	paper: '#f4efe6',
	built: '#e0d8c9',
	park: '#d6dcc3',
	waterName: '#3f5a63'
};

const C = COLOURS;

/** Each kind's parts, bottom first: [attributes], with line widths scaled by `k`. */
function partsOf(kind: string, rank: number, k: number): string[] {
	const w = (px: number) => (px * k).toFixed(2);
	const line = (stroke: string, width: string, extra = '') =>
		`fill="none" stroke="${stroke}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"${extra}`;
	switch (kind) {
		case 'water':
			return [`fill="${C.water}" stroke="${C.water}" stroke-width="1"`];
		case 'land':
			// Mainland is cut by the plan's own extent: a shore line round it would also ink those
			// straight cuts (a grey box over Petrograd). Its shore shows against the water, as the
			// basemap's does; an island is water all round, so it keeps its line.
			return [`fill="${C.land}"`];
		case 'island':
			return [`fill="${C.land}" stroke="${C.river}" stroke-width="0.8"`];
		case 'built':
			return [`fill="${C.built}"`];
		case 'park':
			return [`fill="${C.park}"`];
		case 'square':
			return [`fill="${C.paper}" stroke="${C.casing}" stroke-width="0.6"`];
		case 'fortress':
			return [`fill="${C.built}" stroke="${C.soft}" stroke-width="1.2"`];
		case 'district':
			return [];
		case 'river':
			return [line(C.river, w(rank === 1 ? 3.5 : rank === 2 ? 2.5 : 1.8))];
		case 'canal':
			return [line(C.river, w(1.8))];
		case 'street': {
			const [c, p] = rank === 1 ? [7, 4.8] : rank === 3 ? [2.8, 1.4] : [5, 3.2];
			return [line(rank === 1 ? C.soft : C.casing, w(c)), line(C.paper, w(p))];
		}
		case 'bridge':
			return [
				`fill="none" stroke="${C.ink}" stroke-width="${w(5)}"`,
				`fill="none" stroke="${C.paper}" stroke-width="${w(3)}"`
			];
		case 'wall':
			return [line(C.soft, '3.5'), line(C.built, '1.2')];
		case 'railway':
			return [
				line(C.ink, '1.4'),
				`fill="none" stroke="${C.ink}" stroke-width="6" stroke-dasharray="1.2 9"`
			];
		case 'border':
			return [`fill="none" stroke="${C.soft}" stroke-width="1.6" stroke-dasharray="10 3 2 3"`];
		case 'front':
			return [
				`fill="none" stroke="${C.soft}" stroke-width="11" stroke-dasharray="1.3 4" stroke-opacity="0.7"`,
				`fill="none" stroke="${C.ink}" stroke-width="3.2" stroke-dasharray="12 5"`
			];
		default:
			return [`fill="${C.land}"`];
	}
}

/**
 * The layers' features as SVG, tier by tier across all layers; within a tier, the first part of
 * every line (a street's casing) before any second part (its paper), so crossings join cleanly.
 * `path` turns a geometry into path data (empty when out of sight); `point` a position into px
 * (undefined when out of sight).
 */
export function inkSvg(
	features: readonly GeoJSONFeature[],
	k: number,
	path: (g: { type: string; coordinates: unknown }) => string,
	point: (c: number[]) => [number, number] | undefined
): string {
	const out: string[] = [];
	const byTier = new Map<Tier, GeoJSONFeature[]>();
	for (const f of features) {
		const t = tierOf(kindOf(f.properties));
		byTier.set(t, [...(byTier.get(t) ?? []), f]);
	}
	for (const tier of TIERS) {
		const list = byTier.get(tier) ?? [];
		const drawn = list.map((f) => {
			const kind = kindOf(f.properties);
			if (!f.geometry || kind === 'label') return { parts: [] as string[], d: '' };
			if (f.geometry.type === 'Point') {
				const at = point(f.geometry.coordinates as number[]);
				if (!at) return { parts: [] as string[], d: '' };
				const [x, y] = at;
				const station = kind === 'station';
				return {
					parts: [
						`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${station ? 4 : 3}" fill="${station ? C.ink : C.paper}" stroke="${station ? C.paper : C.ink}" stroke-width="${station ? 1.2 : 1.5}"/>`
					],
					d: ''
				};
			}
			const d = path(f.geometry);
			return { parts: d ? partsOf(kind, rankOf(f.properties ?? {}), k) : [], d };
		});
		for (const i of [0, 1])
			for (const { parts, d } of drawn) {
				const p = parts[i];
				if (!p) continue;
				out.push(d ? `<path d="${d}" ${p}/>` : p);
			}
	}
	return out.join('');
}
