import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStory } from './load';

describe('the example in docs/story-format.md', () => {
	it('is the fixture the docs show, and it loads without a problem', () => {
		const doc = readFileSync('docs/story-format.md', 'utf8');
		const story = readFileSync('tests/fixtures/docs-example/story.md', 'utf8');
		// The docs embed the fixture verbatim, so the reference cannot drift from what parses.
		expect(doc).toContain(story.trim());
		const { story: s, problems } = checkStory('docs-example', 'tests/fixtures');
		expect(problems).toEqual([]);
		expect(s?.steps.map((x) => x.id)).toEqual(['the-letter', 'in-petrograd']);
		expect(s?.steps[0]?.date?.display).toBe('12–14 (25–27) September 1917');
		expect(s?.steps[0]?.html).toContain('<footer>— Lenin');
		expect(s?.steps[0]?.html).toContain('href="#source-lenin-cw26"');
		expect(s?.steps[1]?.scene.view).toEqual({
			kind: 'center',
			center: [59.93917, 30.31556],
			zoom: 8
		});
	});
});
