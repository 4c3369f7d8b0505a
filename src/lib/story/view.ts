import type { SceneInput } from './schema';
import type { YamlSource, Key } from './yaml-source';
import type { Step } from './types';
import type { Ctx } from './build-ctx';
import { inRegion } from './gazetteer';
import { own } from './own';

export function buildView(
	scene: SceneInput,
	src: YamlSource,
	ctx: Ctx,
	known: (id: string, path: Key[]) => boolean,
	at: (path: Key[], m: string, h?: string) => void
): Step['scene']['view'] {
	const v = scene.view;
	const kinds = (['fit', 'center', 'bounds'] as const).filter((k) => v[k] !== undefined);
	const zoomOk = (z: number | undefined, path: Key[]) => {
		if (z !== undefined && (z < 1 || z > 18))
			at(
				path,
				`zoom ${z} out of range: expected 1 (a continent) to 18 (a building)`,
				'region scenes use 5–7, city scenes 12–15'
			);
	};
	zoomOk(v.zoom, ['view', 'zoom']);
	zoomOk(v.maxZoom, ['view', 'maxZoom']);
	if (kinds.length !== 1) {
		at(
			['view'],
			`view: expected exactly one of fit, center or bounds, got ${kinds.length ? kinds.join(' and ') : 'none'}`,
			`e.g. view: { fit: [${scene.places.join(', ')}] } or view: { center: ${scene.places[0] ?? 'place-id'}, zoom: 14 }`
		);
		return { kind: 'fit', places: scene.places };
	}
	if (v.fit) {
		v.fit.forEach((id, i) => known(id, ['view', 'fit', i]));
		return { kind: 'fit', places: v.fit, maxZoom: v.maxZoom };
	}
	if (v.center !== undefined) {
		if (v.zoom === undefined)
			at(['view'], 'view with `center` needs a `zoom`', 'add zoom: 6 (region) or zoom: 14 (city)');
		let center: readonly [number, number] = [0, 0];
		if (typeof v.center === 'string') {
			if (known(v.center, ['view', 'center'])) {
				const p = own(ctx.places, v.center)!;
				center = [p.lat, p.lng];
			}
		} else {
			center = v.center;
			if (!inRegion(ctx.region, center[0], center[1]))
				at(
					['view', 'center'],
					`view centre [${center.join(', ')}] lies outside the story's region`,
					inRegion(ctx.region, center[1], center[0])
						? 'latitude and longitude look swapped: write [lat, lng]'
						: 'check the coordinate or widen `region`'
				);
		}
		return { kind: 'center', center, zoom: v.zoom ?? 6 };
	}
	const b = v.bounds!;
	for (const [i, c] of b.entries()) {
		if (!inRegion(ctx.region, c[0], c[1]))
			at(
				['view', 'bounds', i],
				`view bounds corner [${c.join(', ')}] lies outside the story's region`,
				'write [[south, west], [north, east]] in degrees'
			);
	}
	return { kind: 'bounds', bounds: b };
}
