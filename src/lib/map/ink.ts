/**
 * The hierarchy of ink shared by the live map and the build-time pictures: which tier each kind
 * of feature is drawn in, how its name is set, and how much its name matters. Pure data; the map
 * layer contract (plan/common.md, docs/story-format.md) names the kinds.
 */

/** Drawing tiers, bottom to top. Within a tier, features keep their order in the file. */
export const TIERS = ['ground', 'tint', 'water', 'ways', 'bounds', 'points'] as const;
export type Tier = (typeof TIERS)[number];

/** How a name is set: each is a CSS class `lbl-<style>` and a type spec in the static map. */
export type LabelStyle =
	'water' | 'district' | 'region' | 'island' | 'street' | 'station' | 'landmark' | 'park';

/** Where a name goes: along its line, inside its area, or beside its point. */
export type LabelPlacement = 'along' | 'area' | 'point';

export interface Props {
	kind?: unknown;
	name?: unknown;
	rank?: unknown;
	style?: unknown;
	labelZoom?: unknown;
	labelAt?: unknown;
}

const TIER_OF: Record<string, Tier> = {
	water: 'ground',
	land: 'ground',
	island: 'ground',
	built: 'tint',
	park: 'tint',
	square: 'tint',
	fortress: 'tint',
	district: 'tint',
	river: 'water',
	canal: 'water',
	street: 'ways',
	bridge: 'ways',
	wall: 'ways',
	railway: 'ways',
	border: 'bounds',
	front: 'bounds',
	station: 'points',
	landmark: 'points',
	label: 'points'
};

export const kindOf = (p: Props | null | undefined): string =>
	typeof p?.kind === 'string' ? p.kind : 'land';

export const tierOf = (kind: string): Tier => TIER_OF[kind] ?? 'ground';

/** Rank 1 (most important) to 3; a feature without one counts as 2, a bridge or lane as 3. */
export function rankOf(p: Props): 1 | 2 | 3 {
	if (p.rank === 1 || p.rank === 2 || p.rank === 3) return p.rank;
	const kind = kindOf(p);
	if (kind === 'bridge' || kind === 'landmark') return 3;
	if (kind === 'label' && p.style === 'region') return 1;
	return 2;
}

const STYLE_OF_KIND: Record<string, LabelStyle> = {
	water: 'water',
	river: 'water',
	canal: 'water',
	island: 'island',
	land: 'district',
	district: 'district',
	built: 'district',
	fortress: 'district',
	wall: 'district',
	park: 'park',
	square: 'park',
	street: 'street',
	bridge: 'street',
	railway: 'street',
	border: 'district',
	front: 'district',
	station: 'station',
	landmark: 'landmark'
};

export function labelStyleOf(p: Props): LabelStyle {
	const kind = kindOf(p);
	if (kind === 'label') {
		const s = p.style;
		return s === 'water' || s === 'district' || s === 'region' || s === 'island' ? s : 'district';
	}
	return STYLE_OF_KIND[kind] ?? 'district';
}

export function placementOf(kind: string, geometry: string): LabelPlacement {
	if (geometry === 'Point') return 'point';
	if (geometry === 'LineString' || geometry === 'MultiLineString') return 'along';
	return 'area';
}

/**
 * The name as the map sets it. A bracketed qualifier at its end tells two features apart in the
 * file ("Bolshoy Prospekt (Petrograd Side)", "Talikkala (built-up)"); on the map, where the name
 * stands tells them apart, and the qualifier only made the name too long for its street.
 */
export const shownName = (p: Props): string =>
	String(p.name)
		.trim()
		.replace(/\s*\([^()]*\)$/, '');

/** The zoom from which a feature's name shows: its own labelZoom, else its layer's minZoom. */
export const labelZoomOf = (p: Props, layerMinZoom: number): number =>
	typeof p.labelZoom === 'number' && Number.isFinite(p.labelZoom) ? p.labelZoom : layerMinZoom;

/** Type specs (px) shared with the static map, which must guess text widths without a browser. */
export const TYPE: Record<
	LabelStyle,
	{ size: number; spacing: number; caps: boolean; italic: boolean }
> = {
	water: { size: 13, spacing: 1.5, caps: false, italic: true },
	region: { size: 14, spacing: 3, caps: true, italic: false },
	district: { size: 11, spacing: 1.2, caps: true, italic: false },
	island: { size: 11, spacing: 1.2, caps: true, italic: false },
	street: { size: 11, spacing: 0.2, caps: false, italic: false },
	station: { size: 12, spacing: 0, caps: false, italic: false },
	landmark: { size: 12, spacing: 0, caps: false, italic: true },
	park: { size: 11, spacing: 0.3, caps: false, italic: true }
};

/** A serif's text width, guessed: average glyph widths for lower case and capitals. */
export function guessWidth(text: string, style: LabelStyle): number {
	const t = TYPE[style];
	let em = 0;
	for (const ch of text) {
		if (ch === ' ') em += 0.27;
		else if (t.caps || (ch >= 'A' && ch <= 'Z')) em += 0.7;
		else if ("iljtf.,'".includes(ch)) em += 0.3;
		else if ('mw'.includes(ch)) em += 0.8;
		else em += 0.52;
	}
	// Small capitals are set at about 80% of the size.
	const size = t.caps ? t.size * 0.82 : t.size;
	return em * size + t.spacing * [...text].length;
}

export const lineHeightOf = (style: LabelStyle): number => Math.round(TYPE[style].size * 1.25);
