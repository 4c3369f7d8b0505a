import { describe, expect, it } from 'vitest';
import { loadStory } from './load';

/**
 * The documentary's structure as issue #16 fixed it. Embeds address chapters by id
 * (`/the-crisis-has-matured/embed/<chapter>/`), so the ids published before the revision must
 * keep resolving; and the historians' review asked for short chapters, October in a chapter of
 * its own, and every step dated and cited.
 */
describe('The Crisis Has Matured: structure', () => {
	const story = loadStory('the-crisis-has-matured');
	const chapterIds = story.chapters.map((c) => c.id);

	it('keeps every chapter id that embeds published before #16 could use', () => {
		for (const id of [
			'into-hiding',
			'soviets-turn',
			'letters-from-helsingfors',
			'vyborg',
			'two-roads',
			'racing-the-ballot',
			'epilogue'
		]) {
			expect(chapterIds, id).toContain(id);
		}
	});

	it('gives October a chapter of at least five steps, and no chapter more than nine', () => {
		const october = story.chapters.find((c) => c.id === 'october');
		expect(october).toBeDefined();
		expect((october?.end ?? 0) - (october?.start ?? 0)).toBeGreaterThanOrEqual(5);
		for (const c of story.chapters) expect(c.end - c.start, c.id).toBeLessThanOrEqual(9);
	});

	it('plants the Assembly clock in the first chapter', () => {
		const schedule = story.steps.find((s) => s.id === 'the-schedule');
		expect(schedule?.chapter).toBe(story.chapters[0]?.id);
	});

	it('dates and cites every step', () => {
		for (const s of story.steps) {
			expect(s.date, s.id).toBeDefined();
			expect(s.citations.length, s.id).toBeGreaterThan(0);
		}
	});

	it('starts engine No. 293 at Udelnaya and keeps the hut off the Kornilov map', () => {
		const engine = story.steps.find((s) => s.id === 'engine-293');
		expect(engine?.scene.routes[0]?.path[0]).toBe('udelnaya');
		const kornilov = story.steps.find((s) => s.id === 'kornilov');
		expect(kornilov?.scene.markers).not.toContain('razliv-hut');
	});
});
