import { describe, expect, it } from 'vitest';
import { loadStory } from '../story/load';
import { sceneAt } from './scene-at';
import { layerInView } from './in-view';

const story = loadStory('the-crisis-has-matured');
const inView = (id: string) =>
	sceneAt(
		story,
		story.steps.findIndex((s) => s.id === id)
	)
		.layers.filter((l) => l.inView)
		.map((l) => l.id);

describe('the layers a scene shows in its view', () => {
	it('names the city plan in view and leaves out the plans of other cities', () => {
		expect(inView('moscow-turns')).toContain('moscow-plan');
		expect(inView('moscow-turns')).not.toContain('petrograd-plan');
		expect(inView('moscow-turns')).not.toContain('finland-border-1917');
	});

	it('leaves out a plan at the zooms of the region, where it is not drawn', () => {
		expect(inView('to-vyborg')).not.toContain('viborg-plan');
		expect(inView('to-vyborg')).toContain('railways-1917');
	});

	it('takes a layer without a box at its word', () => {
		const seen = { box: [0, 0, 1, 1] as const, zoom: 12 };
		expect(layerInView({ minZoom: 0 }, seen)).toBe(true);
		expect(layerInView({ minZoom: 13 }, seen)).toBe(false);
		expect(layerInView({ minZoom: 0, bbox: [2, 2, 3, 3] }, seen)).toBe(false);
	});
});
