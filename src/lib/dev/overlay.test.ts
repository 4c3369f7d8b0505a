import { describe, expect, it } from 'vitest';
import type { StoryProblem } from '../story/errors';
import { codeFrame, overlayError } from './overlay';

const STORY = [
	'---',
	'title: T',
	'---',
	'',
	'```scene',
	'places: [squre]',
	'\tview: { fit: [square] }',
	'```'
].join('\n');

const problems: StoryProblem[] = [
	{
		severity: 'error',
		file: 'stories/t/story.md',
		line: 6,
		column: 10,
		message: 'unknown place `squre`: expected an id from the gazetteer',
		hint: 'did you mean `square`?'
	},
	{
		severity: 'warning',
		file: 'stories/t/sources.yaml',
		line: 1,
		column: 1,
		message: 'source `x` is never cited'
	},
	{
		severity: 'error',
		file: 'stories/t/story.md',
		line: 7,
		column: 2,
		message: 'YAML syntax: Tabs are not allowed as indentation'
	}
];

const files: Record<string, string> = { 'stories/t/story.md': STORY };
const err = overlayError(
	't',
	problems,
	(f) => files[f],
	(f) => `/project/${f}`
);

/** The two patterns Vite's overlay uses (vite/dist/client/client.mjs) to find frames and links. */
const codeframeRE = /^(?:>?\s*\d+\s+\|.*|\s+\|\s*\^.*)\r?\n/gm;
const fileRE = /(?:file:\/\/)?(?:[a-zA-Z]:\\|\/).*?:\d+:\d+/g;

describe('the overlay for a broken story', () => {
	it('lists every error and warning, with its position and hint', () => {
		expect(err.message.split('\n')).toEqual([
			'Story "t" has 2 errors and 1 warning: the page shows its last valid version until they are fixed.',
			'',
			'stories/t/story.md:6:10  error: unknown place `squre`: expected an id from the gazetteer',
			'    hint: did you mean `square`?',
			'stories/t/sources.yaml:1:1  warning: source `x` is never cited',
			'stories/t/story.md:7:2  error: YAML syntax: Tabs are not allowed as indentation'
		]);
	});

	it('frames each error with a caret under its column, in the layout the overlay shows', () => {
		expect(err.frame).toBe(
			[
				'stories/t/story.md:6:10',
				'  4 | ',
				'  5 | ```scene',
				'> 6 | places: [squre]',
				'    |          ^',
				'  7 | \tview: { fit: [square] }',
				'  8 | ```',
				'',
				'stories/t/story.md:7:2',
				'  5 | ```scene',
				'  6 | places: [squre]',
				'> 7 | \tview: { fit: [square] }',
				'    | \t^',
				'  8 | ```'
			].join('\n')
		);
		codeframeRE.lastIndex = 0;
		expect(codeframeRE.test(err.frame)).toBe(true);
		// Nothing in the message looks like a frame, so the overlay strips none of it.
		codeframeRE.lastIndex = 0;
		expect(err.message.replace(codeframeRE, '')).toBe(err.message);
	});

	it('points the overlay at the first error, as an absolute path an editor can open', () => {
		expect(err.loc).toEqual({ file: '/project/stories/t/story.md', line: 6, column: 10 });
		expect(err.id).toBe('/project/stories/t/story.md');
		expect(`${err.loc.file}:${err.loc.line}:${err.loc.column}`.match(fileRE)).toHaveLength(1);
		expect(err.stack).toBe('');
	});

	it('copes with a file it cannot read and with many errors', () => {
		const many: StoryProblem[] = Array.from({ length: 30 }, (_, i) => ({
			severity: 'error',
			file: 'stories/t/gone.md',
			line: i + 1,
			column: 1,
			message: `problem ${i}`
		}));
		const e = overlayError(
			't',
			many,
			() => undefined,
			(f) => f
		);
		expect(e.message.split('\n')).toHaveLength(32);
		expect(e.frame).toContain('stories/t/gone.md:1:1  (file not found)');
		expect(e.frame).toContain('… 5 more errors: npm run stories:check t');
	});
});

describe('codeFrame', () => {
	it('stays inside the file at its first and last lines', () => {
		expect(codeFrame('a\nb', 1, 1)).toBe('> 1 | a\n    | ^\n  2 | b');
		expect(codeFrame('a\nb', 2, 2)).toBe('  1 | a\n> 2 | b\n    |  ^');
	});
});
