/**
 * A tint never hides open water. A plan paints its water first, its islands and banks over it,
 * and its tints (built-up areas, parks, squares) over those: a built-up area drawn across a river
 * paints the river out. That hid the Moskva below the Kremlin (#15), while its label still
 * floated over what looked like dry land. Every plan layer of every story, sampled every ~40 m.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pointInGeometry, type AnyGeometry } from './planar';
import { positions } from './plan-view';

interface Feature {
	properties: { kind: string; name?: string };
	geometry: AnyGeometry;
}
const STORIES = new URL('../../../stories/', import.meta.url);
const layers = readdirSync(STORIES, { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.flatMap((d) =>
		readdirSync(new URL(`${d.name}/`, STORIES))
			.filter((f) => f.endsWith('.geojson'))
			.map((f) => `${d.name}/${f}`)
	);
const STEP = 0.0004; // ~44 m of latitude, ~22 m of longitude at 60° N
const TINTS = ['built'];

/** The layers that have both open water and a built-up tint: the ones where one can hide the other. */
const mixed = layers
	.map((file) => {
		const { features } = JSON.parse(readFileSync(new URL(file, STORIES), 'utf8')) as {
			features: Feature[];
		};
		const of = (...kinds: string[]) => features.filter((f) => kinds.includes(f.properties.kind));
		return { file, water: of('water'), ground: of('island', 'land'), tints: of(...TINTS) };
	})
	.filter((l) => l.water.length > 0 && l.tints.length > 0);

it('finds the city plans that hold both water and built-up tints', () => {
	expect(mixed.map((l) => l.file.split('/')[1])).toEqual(
		expect.arrayContaining([
			'moscow-plan.geojson',
			'helsingfors-plan.geojson',
			'viborg-plan.geojson'
		])
	);
});

describe.each(mixed)('$file', ({ water, ground, tints }) => {
	it('paints no built-up tint over open water', () => {
		const hidden: string[] = [];
		for (const w of water) {
			const ps = positions(w.geometry.coordinates);
			const xs = ps.map((p) => p[0] ?? NaN);
			const ys = ps.map((p) => p[1] ?? NaN);
			for (let x = Math.min(...xs); x <= Math.max(...xs); x += STEP / 2)
				for (let y = Math.min(...ys); y <= Math.max(...ys); y += STEP) {
					if (!pointInGeometry(x, y, w.geometry)) continue;
					if (ground.some((g) => pointInGeometry(x, y, g.geometry))) continue;
					const tint = tints.find((t) => pointInGeometry(x, y, t.geometry));
					if (tint)
						hidden.push(
							`${w.properties.name} under ${tint.properties.name} at ${x.toFixed(4)},${y.toFixed(4)}`
						);
				}
		}
		expect(hidden.slice(0, 5), `${hidden.length} points`).toEqual([]);
	});
});
