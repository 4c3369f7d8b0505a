/**
 * The scale bar's arithmetic, shared by the live map and the build-time pictures: metres per
 * pixel in Web Mercator, and a round length in kilometres and one in versts that fit a bar.
 */

/** The Russian verst of 500 sazhen, in metres. */
export const VERST_M = 1066.8;
/** Leaflet's Earth (EPSG:3857): the equator's length in metres. */
const EQUATOR_M = 40_075_016.686;

/** Metres per screen pixel at `lat` and `zoom` (256-px tiles). */
export const metresPerPixel = (lat: number, zoom: number): number =>
	(EQUATOR_M * Math.cos((lat * Math.PI) / 180)) / (256 * 2 ** zoom);

export interface Bar {
	/** In its unit (km or versts). */
	value: number;
	label: string;
	px: number;
}

const STEPS = [1, 2, 5];

/** The longest round value (…, 0.25, 0.5, 1, 2, 5, 10, …) whose bar is at most maxPx long. */
function round(unitM: number, mpp: number, maxPx: number, fractions: readonly number[]): number {
	const max = (maxPx * mpp) / unitM;
	let best = fractions[0] ?? 0.1;
	for (const f of fractions) if (f <= max) best = f;
	for (let e = 0; e < 5; e++) for (const s of STEPS) if (s * 10 ** e <= max) best = s * 10 ** e;
	return best;
}

const fmt = (v: number) => (v === 0.25 ? '¼' : v === 0.5 ? '½' : String(v));

export function scaleBars(mpp: number, maxPx = 110): { km: Bar; verst: Bar } {
	const km = round(1000, mpp, maxPx, [0.1, 0.2, 0.5]);
	const verst = round(VERST_M, mpp, maxPx, [0.25, 0.5]);
	return {
		km: {
			value: km,
			label: km < 1 ? `${Math.round(km * 1000)} m` : `${km} km`,
			px: Math.round((km * 1000) / mpp)
		},
		verst: {
			value: verst,
			label: `${fmt(verst)} ${verst <= 1 ? 'verst' : 'versts'}`,
			px: Math.round((verst * VERST_M) / mpp)
		}
	};
}
