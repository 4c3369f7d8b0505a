import { describe, expect, it, vi } from 'vitest';
import { sceneAt } from '../scene/scene-at';
import { loadStory } from '../story/load';
import { KEEP, prerendered } from './prerendered';
import StepList from './StepList.svelte';

const story = loadStory('the-crisis-has-matured');
const props = () => ({
	story,
	descriptions: story.steps.map((_, i) => sceneAt(story, i).description)
});

describe('prerendered', () => {
	it('renders the component on the server, every step in order', () => {
		const html = prerendered(StepList, props);
		const ids = [...html.matchAll(/<article class="step[^"]*"[^>]*\sid="([^"]+)"/g)].map(
			(m) => m[1]
		);
		expect(ids).toEqual(story.steps.map((s) => s.id));
		expect(html).toContain(`Chapter ${story.chapters.length}`);
	});

	it("leaves out Svelte's hydration markers: an empty comment would end the {@html} block early", () => {
		const html = prerendered(StepList, props);
		expect(html).not.toMatch(/<!--(\[[-!0-9]*|\]|)-->/);
		expect(html).toMatch(/^<li class="chapter/);
	});

	it('in the browser renders nothing and returns a value Svelte cannot mistake for empty', () => {
		vi.stubEnv('SSR', false);
		try {
			const build = vi.fn(props);
			expect(prerendered(StepList, build)).toBe(KEEP);
			expect(KEEP).not.toBe('');
			expect(build).not.toHaveBeenCalled();
		} finally {
			vi.unstubAllEnvs();
		}
	});
});
