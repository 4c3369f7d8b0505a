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

	describe('the documentary’s dated and automatic layers', () => {
		const doc = loadStory('the-crisis-has-matured');
		const at = (id: string) =>
			sceneAt(
				doc,
				doc.steps.findIndex((s) => s.id === id)
			);
		const ids = (id: string) => at(id).layers.map((l) => l.id);

		it('shows the automatic layers on every step, and the front of the step’s date', () => {
			// Before Riga fell (10 July), after it (27–31 August), after Albion (12 November).
			expect(ids('razliv')).toEqual(
				expect.arrayContaining([
					'railways-1917',
					'finland-border-1917',
					'front-before-riga',
					'region-names'
				])
			);
			expect(ids('razliv')).not.toContain('front-after-riga');
			expect(ids('kornilov')).toContain('front-after-riga');
			expect(ids('kornilov')).not.toContain('front-before-riga');
			expect(ids('the-ballot')).toContain('front-after-albion');
			expect(ids('the-ballot')).not.toContain('front-after-riga');
			// 25 September – 13 October overlaps both: the front moved within the step.
			expect(ids('parallel-network')).toEqual(
				expect.arrayContaining(['front-after-riga', 'front-after-albion'])
			);
			// A named layer comes in the front matter's order, among the automatic ones.
			expect(ids('trotsky-chair')[0]).toBe('petrograd-plan');
		});

		it('draws the train journeys along the railway, not straight', () => {
			const route = at('engine-293').routes[0]!;
			expect(route.points.length).toBeGreaterThan(20);
			expect(route.points[0]).toEqual([60.017, 30.316]); // Udelnaya
			expect(route.points.at(-1)).toEqual([60.171, 24.9414]); // Helsingfors station
			expect(route.points).toContainEqual([60.1517, 30.0003]); // across the border at Beloostrov
			expect(route.points).toContainEqual([60.7156, 28.7514]); // through Viborg, at the plan’s station
			expect(at('razliv').routes[0]?.points).toHaveLength(2); // no `via`: straight
		});
	});
});
