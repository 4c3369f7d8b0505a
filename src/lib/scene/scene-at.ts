import type { LatLng, Place, Story } from '../story/types';
import type { Scene, SceneView } from './scene';
import { describeScene } from './describe';
import { own } from '../story/own';
import { layersOn } from '../story/layer-dates';
import { layerInView, viewBox } from './in-view';

/** Default closest zoom when fitting places: a town fills the view at 9, a building at 15. */
const FIT_MAX_ZOOM = { city: 9, site: 15 } as const;

/**
 * The scene of step `index`, computed from the story and the index alone: never from the step
 * before, so fast scrolling, deep links, reloads and presenter jumps all land on the same scene.
 */
export function sceneAt(story: Story, index: number): Scene {
	const i = Math.max(0, Math.min(story.steps.length - 1, Math.trunc(index) || 0));
	const step = story.steps[i];
	if (!step) throw new RangeError(`story ${story.slug} has no steps`);
	const place = (id: string): Place => {
		const p = own(story.places, id);
		if (!p) throw new RangeError(`unknown place ${id}`); // the loader already refused this
		return p;
	};
	const highlighted = new Set(step.scene.highlight);
	const markerIds = [...new Set([...step.scene.markers, ...step.scene.highlight])];
	const markers = markerIds.map((id) => {
		const p = place(id);
		return {
			id,
			name: p.name,
			today: p.today,
			lat: p.lat,
			lng: p.lng,
			highlighted: highlighted.has(id),
			kind: p.kind
		};
	});
	const routes = step.scene.routes.map((r, n) => ({
		id: `${step.id}-route-${n}`,
		// Along a line layer (`via:`) the loader has already found the way; otherwise straight.
		points: r.points ?? r.path.map((id): LatLng => [place(id).lat, place(id).lng]),
		draw: r.draw,
		label: r.label ?? r.path.map((id) => place(id).name).join(' → ')
	}));
	// The step's own layers and the automatic ones, as the map stood on the step's date.
	const seen = viewBox(step.scene.view, story.places);
	const layers = layersOn(story.layers, step.scene.layers, step.date).map((l) => ({
		id: l.id,
		label: l.label,
		minZoom: l.minZoom,
		inView: layerInView(l, seen)
	}));
	const view = resolveView(step.scene.view, place);
	const scene = {
		step: i,
		stepId: step.id,
		view,
		markers,
		routes,
		layers,
		cues: step.scene.cues,
		description: ''
	};
	return { ...scene, description: step.scene.describe ?? describeScene(scene) };
}

function resolveView(
	view: Story['steps'][number]['scene']['view'],
	place: (id: string) => Place
): SceneView {
	if (view.kind === 'center') return { kind: 'center', center: view.center, zoom: view.zoom };
	if (view.kind === 'bounds') return { kind: 'bounds', bounds: view.bounds, maxZoom: 18 };
	const ps = view.places.map(place);
	const lats = ps.map((p) => p.lat);
	const lngs = ps.map((p) => p.lng);
	const maxZoom =
		view.maxZoom ?? (ps.every((p) => p.kind === 'city') ? FIT_MAX_ZOOM.city : FIT_MAX_ZOOM.site);
	return {
		kind: 'bounds',
		bounds: [
			[Math.min(...lats), Math.min(...lngs)],
			[Math.max(...lats), Math.max(...lngs)]
		],
		maxZoom
	};
}
