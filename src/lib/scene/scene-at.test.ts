import { describe, expect, it } from 'vitest';
import { loadStory } from '../story/load';
import { sceneAt } from './scene-at';

const story = loadStory('docs-example', 'tests/fixtures');

describe('sceneAt', () => {
	it('resolves a fitted view to the bounds of its places', () => {
		const s = sceneAt(story, 0);
		expect(s.view).toEqual({
			kind: 'bounds',
			bounds: [
				[59.93917, 24.95253],
				[60.16952, 30.31556]
			],
			maxZoom: 9
		});
		expect(s.markers.map((m) => [m.id, m.highlighted])).toEqual([
			['helsingfors', true],
			['petrograd', false]
		]);
		expect(s.routes[0]?.points).toEqual([
			[60.16952, 24.95253],
			[59.93917, 30.31556]
		]);
		expect(s.cues).toEqual(['letter', 'route']);
	});

	it('describes the map in words with today’s names', () => {
		expect(sceneAt(story, 0).description).toBe(
			'Map centred on Helsingfors (today Helsinki); also marked: Petrograd (today St Petersburg); a line traces the route Helsingfors → Petrograd.'
		);
	});

	it('depends on the index alone: any path to a step gives the same scene', () => {
		const direct = sceneAt(story, 1);
		sceneAt(story, 0);
		expect(sceneAt(story, 1)).toEqual(direct);
		expect(direct.view).toEqual({ kind: 'center', center: [59.93917, 30.31556], zoom: 8 });
	});

	it('clamps indices outside the story', () => {
		expect(sceneAt(story, -5).step).toBe(0);
		expect(sceneAt(story, 99).step).toBe(1);
		expect(sceneAt(story, Number.NaN).step).toBe(0);
	});
});
