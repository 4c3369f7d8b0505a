import { error } from '@sveltejs/kit';
import { sceneAt } from '../scene/scene-at';
import { loadStory } from '../story/load';
import { renderStaticMap, type StaticMapOptions } from './static-map';
import { staticMapData } from './static-data';

/** A step's scene drawn at `size`, as the response of a prerendered .svg route. */
export function sceneSvgResponse(slug: string, stepId: string, size: StaticMapOptions): Response {
	const story = loadStory(slug);
	const step = story.steps.find((s) => s.id === stepId);
	if (!step) error(404, `no step ${stepId}`);
	const svg = renderStaticMap(sceneAt(story, step.index), staticMapData(story), size);
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
}
