import type * as Leaflet from 'leaflet';
import type { Scene } from '../scene/scene';
import { boxMeets, DETAIL_ZOOM, type CoastJson, type MapJson } from './map-data';
import { addTiles } from './tiles';
import { drawBasemap } from './basemap-layer';
import { drawLayer, inkPanes } from './plan-layer';
import { featureLabels } from './label-layer';
import type { LabelFeature } from './feature-labels';
import { mapFurniture } from './furniture';
import { boxOfRect } from './label-geometry';
import { markerIcon } from './marker';
import { framePadding } from '../scene/padding';
import { measureMarkers, placeMarkers, resetMarkers } from './declutter';
import { nextTask } from '../ui/next-task';

export interface AppliedScene {
	/** SVG paths of the routes to draw, for Motion. */
	routePaths: SVGPathElement[];
	/**
	 * The pins of the highlighted places, for Motion's pulse. The pin, not the marker's icon: the
	 * icon's inline transform is Leaflet's positioning, and a CSS scale on it scales that offset
	 * too (the pin leapt 160 px across the map and back).
	 */
	highlighted: HTMLElement[];
}

export interface MapScene {
	/** Draw `scene` from scratch (never as a delta from the scene before); resolves once applied. */
	apply(scene: Scene, options: { animate: boolean }): Promise<AppliedScene | undefined>;
	/** The container changed size: re-fit the current scene without animation. */
	resize(): void;
	destroy(): void;
}

export interface MapOptions {
	/** [west, south, east, north]: the map never leaves the story's region. */
	region: readonly [number, number, number, number];
	data: MapJson;
	/** Where map.json came from: the detail coast boxes are fetched beside it (coast/<name>.json). */
	dataUrl?: string;
	tiles?: { url: string; attribution: string };
}

/** Zoom at which the small-scale basemap lines (50m rivers) stop matching the coast. */
const CITY_ZOOM = 10;

export async function createMapScene(el: HTMLElement, options: MapOptions): Promise<MapScene> {
	const L = (await import('./leaflet')).default;
	await nextTask(); // Leaflet's evaluation in one task, the map's start in the next
	const [w, s, e, n] = options.region;
	const map = L.map(el, {
		// The map illustrates the story; the reader drives it by scrolling. No handler may trap
		// the wheel, touch scrolling or the keyboard.
		zoomControl: false,
		attributionControl: false,
		dragging: false,
		touchZoom: false,
		doubleClickZoom: false,
		scrollWheelZoom: false,
		boxZoom: false,
		keyboard: false,
		zoomSnap: 0.25,
		maxBounds: L.latLngBounds([s - 2, w - 4], [n + 2, e + 4]),
		fadeAnimation: false
	});
	// No view yet: the first scene's is the map's first (apply). Set here and then left at once,
	// a placeholder view cost a whole view reset in the longest task of the map's start.
	const base = drawBasemap(L, map, options.data.basemap);
	if (options.tiles) addTiles(L, map, options.tiles);
	const panes = inkPanes(L, map);
	const names = featureLabels(map);
	const furniture = mapFurniture(map, options.region, options.data.basemap.land);
	const sceneLayer = L.layerGroup().addTo(map);
	/** Each layer's features, with the zoom from which their names show by default. */
	const labelled = new Map<string, LabelFeature[]>();
	const coasts = new Map<string, Promise<void>>();
	const extra = new Map<string, Leaflet.Layer>();
	let current: Scene | undefined;
	let token = 0;
	let placed = false;

	// Straight to the view, exactly. Without `reset`, Leaflet turns a same-zoom setView into a pan
	// by whole pixels, so a scene flown to would end up to a pixel off the same scene loaded fresh.
	// (`reset` is a real setView option that @types/leaflet does not list.) It also ends a flight in
	// progress. Never map.stop() for that: it snaps the zoom with an animated setZoom, whose CSS
	// zoom animation would then finish after the jump and leave the markers off the view.
	const jump = (center: Leaflet.LatLng, zoom: number) =>
		map.setView(center, zoom, { animate: false, reset: true } as Leaflet.ZoomPanOptions);

	const setAttributes = (scene: Scene) => {
		const c = map.getCenter();
		el.dataset.mapCenter = `${c.lat.toFixed(5)},${c.lng.toFixed(5)}`;
		el.dataset.mapZoom = String(map.getZoom());
		// The layers of the scene (named, automatic, dated), whether or not in view at this zoom.
		el.dataset.mapLayers = scene.layers.map((l) => l.id).join(' ');
		el.dataset.sceneStep = String(scene.step);
	};

	const target = (scene: Scene): { center: Leaflet.LatLng; zoom: number } => {
		if (scene.view.kind === 'center')
			return {
				center: L.latLng(scene.view.center[0], scene.view.center[1]),
				zoom: scene.view.zoom
			};
		const b = L.latLngBounds(
			scene.view.bounds[0] as [number, number],
			scene.view.bounds[1] as [number, number]
		);
		const size = map.getSize();
		const pad = framePadding(size.x, size.y);
		const topLeft = L.point(pad.left, pad.top);
		const bottomRight = L.point(pad.right, pad.bottom);
		const zoom = Math.min(
			map.getBoundsZoom(b, false, topLeft.add(bottomRight)),
			scene.view.maxZoom
		);
		const offset = bottomRight.subtract(topLeft).divideBy(2);
		const mid = map
			.project(b.getSouthWest(), zoom)
			.add(map.project(b.getNorthEast(), zoom))
			.divideBy(2);
		return { center: map.unproject(mid.add(offset), zoom), zoom };
	};

	/**
	 * The detail coast boxes a view at (center, zoom) looks into, each fetched once, when a scene
	 * first needs it (never with the first load), and drawn over the regional base. A box that
	 * fails to load leaves the regional base showing.
	 */
	const loadCoast = (center: Leaflet.LatLng, zoom: number): Promise<unknown> => {
		if (zoom < DETAIL_ZOOM || !options.dataUrl) return Promise.resolve();
		const half = map.getSize().divideBy(2);
		const mid = map.project(center, zoom);
		const sw = map.unproject(mid.add([-half.x, half.y]), zoom);
		const ne = map.unproject(mid.add([half.x, -half.y]), zoom);
		const view = [sw.lng, sw.lat, ne.lng, ne.lat] as const;
		const wanted = (options.data.detail ?? []).filter((d) => boxMeets(d.bbox, view));
		return Promise.all(
			wanted.map((d) => {
				let loading = coasts.get(d.name);
				if (!loading) {
					const url = new URL(
						`coast/${d.name}.json`,
						new URL(options.dataUrl ?? '', location.href)
					);
					loading = fetch(url)
						.then((r) => {
							if (!r.ok) throw new Error(`${url.pathname}: ${r.status}`);
							return r.json() as Promise<CoastJson>;
						})
						.then((coast) => base.addDetail(coast))
						.catch((e: unknown) => {
							console.warn('Lantern: the detail coast could not be loaded', e);
							coasts.delete(d.name); // try again at the next scene that needs it
						});
					coasts.set(d.name, loading);
				}
				return loading;
			})
		);
	};

	let inkScale = '';
	/** A layer is drawn from the zoom where it has detail: a city plan is not drawn at a region's. */
	const drawn = (scene: Scene, zoom: number) =>
		new Set(scene.layers.filter((l) => l.minZoom <= zoom + 1e-9).map((l) => l.id));

	/** Before the move: the basemap for the zoom the scene goes to, and the layers it drops. */
	const dropLayers = (scene: Scene, zoom: number) => {
		base.setCityScale(zoom >= CITY_ZOOM);
		// Lines thin out as the plan zooms out (map.css): full weight from zoom 14. Set only when it
		// changes: every path of every plan restyles when it does.
		const ink = String(Math.max(0.4, Math.min(1, 1 - (14 - zoom) * 0.2)));
		if (ink !== inkScale) el.style.setProperty('--ink-scale', (inkScale = ink));
		base.setZoom(zoom);
		const keep = drawn(scene, zoom);
		for (const [id, layer] of extra) if (!keep.has(id)) map.removeLayer(layer);
	};

	/**
	 * Once the view is the scene's: the layers it draws. Added after the move, not before it: a
	 * layer on the map is projected again at every zoomend, moveend and view reset of a flight's end,
	 * and a city plan's thousands of paths made that frame the scroll's longest.
	 */
	const addLayers = (scene: Scene, zoom: number) => {
		for (const id of drawn(scene, zoom)) {
			let layer = extra.get(id);
			const data = options.data.layers[id];
			if (!layer && data) {
				layer = drawLayer(L, data, panes);
				extra.set(id, layer);
			}
			if (layer && !map.hasLayer(layer)) layer.addTo(map);
		}
	};

	/**
	 * The scene at rest: its markers' names, the furniture, then the features' names. Every write
	 * first, then every read, then the placing: one layout of the page, where a read after each
	 * piece's writes forced three per scene.
	 */
	const nameScene = (scene: Scene) => {
		furniture.update();
		const ordered = resetMarkers(el);
		const features = scene.layers.flatMap((l) => {
			let list = labelled.get(l.id);
			const data = options.data.layers[l.id];
			if (!list && data) {
				list = data.features.map((f) => ({ ...f, minZoom: l.minZoom, layer: l.id }));
				labelled.set(l.id, list);
			}
			return list ?? [];
		});
		const prepared = names.prepare(features);
		const corners = furniture.rects();
		const markers = measureMarkers(el, ordered);
		const measured = prepared.measure();
		const { kept, clashes } = placeMarkers(markers, corners);
		furniture.giveWay(clashes);
		measured.place([...kept, ...corners.filter((_, i) => !clashes[i]).map(boxOfRect)]);
	};

	const drawScene = (scene: Scene): AppliedScene => {
		sceneLayer.clearLayers();
		const routePaths: SVGPathElement[] = [];
		for (const r of scene.routes) {
			const line = L.polyline(
				r.points.map((p) => [p[0], p[1]] as [number, number]),
				{ className: 'lantern-route', interactive: false, smoothFactor: 0 }
			);
			line.addTo(sceneLayer);
			const path = line.getElement();
			if (path instanceof SVGPathElement) routePaths.push(path);
		}
		const highlighted: HTMLElement[] = [];
		for (const m of scene.markers) {
			const marker = L.marker([m.lat, m.lng], {
				icon: markerIcon(L, m),
				keyboard: false,
				interactive: false,
				zIndexOffset: m.highlighted ? 1000 : 0
			});
			marker.addTo(sceneLayer);
			const pin = marker.getElement()?.querySelector<HTMLElement>('.pin');
			if (m.highlighted && pin) highlighted.push(pin);
		}
		return { routePaths, highlighted };
	};

	return {
		async apply(scene, { animate }) {
			const mine = ++token;
			current = scene;
			delete el.dataset.sceneStep;
			const { center, zoom } = target(scene);
			// The first scene is where the map starts: placed before the layers, which Leaflet adds
			// once the map has a view (so the markers' elements exist for Motion below).
			const first = !placed;
			if (first) {
				jump(center, zoom);
				placed = true;
			}
			names.clear();
			dropLayers(scene, zoom);
			const coast = loadCoast(center, zoom);
			const applied = drawScene(scene);
			const far =
				!first &&
				(map.getCenter().distanceTo(center) > 20_000 || Math.abs(map.getZoom() - zoom) >= 1);
			if (animate && far) {
				await Promise.all([
					coast,
					new Promise<void>((done) => {
						map.once('moveend', () => done());
						map.flyTo(center, zoom, { duration: 0.8 });
					})
				]);
				// A flight that ends a hair off its target in floating point settles exactly on it, so a
				// flown-to scene and a deep-linked one report the same view. One that ends on it is
				// not reset: the reset drew every path and the basemap a second time at the flight's end.
				const on = map.getZoom() === zoom && map.getCenter().equals(center, 0);
				if (mine === token && !on) jump(center, zoom);
			} else if (!first) {
				jump(center, zoom);
			}
			await coast; // the scene counts as applied once its coast is drawn
			// The first scene's names in a task of their own: the map's layers and its names were one
			// long task of 200-300 ms on a phone's first move. Nothing shows the gap: the map's cover
			// lies over it until the scene is applied (MapPanel.svelte).
			if (first) await nextTask();
			if (mine !== token) return undefined; // a newer scene took over while this one flew
			addLayers(scene, zoom);
			nameScene(scene);
			setAttributes(scene);
			return applied;
		},
		resize() {
			map.invalidateSize({ animate: false });
			if (current) {
				const { center, zoom } = target(current);
				jump(center, zoom);
				dropLayers(current, zoom);
				addLayers(current, zoom);
				void loadCoast(center, zoom);
				nameScene(current);
				setAttributes(current);
			}
		},
		destroy() {
			token++;
			map.remove();
		}
	};
}
