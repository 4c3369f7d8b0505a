import { describe, expect, it } from 'vitest';
import { baseStory as withCover } from '../../../tests/unit/base-story';
import { formatProblem } from './errors';
import { mediaFiles } from './images';

// The bad covers are broken fixtures (tests/fixtures/broken/cover-*); these are the good ones.
describe('cover', () => {
	it('is the opening scene when the front matter names none', () => {
		const { story, problems } = withCover(undefined);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(story?.cover).toEqual({ kind: 'scene', step: 0 });
	});

	it("is a step's scene when it names a step", () => {
		const { story, problems } = withCover('cover: the-church');
		expect(problems.map(formatProblem)).toEqual([]);
		expect(story?.cover).toEqual({ kind: 'scene', step: 1 });
	});

	it('is a picture from media/, with its alt text and credit, served like the steps’ pictures', () => {
		const { story, problems } = withCover(
			'cover:\n  file: media/plan.png\n  alt: The square and the church\n  credit: Drawn for the test suite'
		);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(story?.cover).toEqual({
			kind: 'image',
			image: {
				file: 'media/plan.png',
				alt: 'The square and the church',
				credit: 'Drawn for the test suite'
			}
		});
		expect(story && mediaFiles(story)).toEqual(['media/plan.png']);
	});

	it('says what it expected of a value that is neither a step nor a picture', () => {
		const { story, problems } = withCover('cover: [the-square]');
		expect(story).toBeUndefined();
		expect(problems.map(formatProblem)).toEqual([
			'stories/walk/story.md:11:8  error: cover: expected a step id or a picture, got a list\n    hint: write cover: <step-id>, or cover: { file: media/<name>.jpg, alt: what it shows, credit: who made it }'
		]);
	});
});
