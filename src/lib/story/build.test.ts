import { describe, expect, it } from 'vitest';
import { buildStory } from './build';
import { formatProblem } from './errors';

/** A valid two-step story in memory; each case below breaks one thing in it. */
const FRONT = `---
title: Test
summary: A test story.
calendar: julian
region: [22, 54, 40, 62]
---
`;
const STEP_A = `
# One {#one}

## First {#first}

\`\`\`scene
date: 1917-09-12
places: [helsingfors]
view: { fit: [helsingfors, petrograd] }
\`\`\`

Text [@cw26, p. 19].
`;
const STEP_B = `
## Second {#second}

\`\`\`scene
date: 1917-09-25
places: [petrograd]
view: { center: petrograd, zoom: 8 }
\`\`\`

More text [@cw26].
`;
const PLACES = `helsingfors:
  name: Helsingfors
  today: Helsinki
  lat: 60.16952
  lng: 24.95253
  kind: city
petrograd:
  name: Petrograd
  lat: 59.93917
  lng: 30.31556
  kind: city
`;
const SOURCES = `cw26:
  short: Lenin, CW 26
  citation: Lenin, Collected Works, vol. 26.
`;

function build(files: Record<string, string>) {
	const all: Record<string, string> = {
		'story.md': FRONT + STEP_A + STEP_B,
		'places.yaml': PLACES,
		'sources.yaml': SOURCES,
		...files
	};
	return buildStory({ slug: 't', dir: 'stories/t', read: (n) => all[n] });
}

const messages = (files: Record<string, string>) => build(files).problems.map(formatProblem);

describe('buildStory', () => {
	it('builds the valid story with no problem', () => {
		const { story, problems } = build({});
		expect(problems).toEqual([]);
		expect(story?.steps.map((s) => s.id)).toEqual(['first', 'second']);
		expect(Object.isFrozen(story?.steps[0]?.scene)).toBe(true);
	});

	it.each([
		[
			'an unknown place, with the nearest id',
			{
				'story.md': FRONT + STEP_A.replace('places: [helsingfors]', 'places: [helsingfor]') + STEP_B
			},
			'stories/t/story.md:14:10  error: unknown place `helsingfor`: expected an id from the gazetteer\n    hint: did you mean `helsingfors`?'
		],
		[
			'a Julian date that does not exist',
			{ 'story.md': FRONT + STEP_A.replace('1917-09-12', '1917-02-29') + STEP_B },
			'stories/t/story.md:13:7  error: date `1917-02-29` does not exist in the julian calendar: 29 is not a day of that month'
		],
		[
			'an unknown field, with did-you-mean',
			{ 'story.md': FRONT + STEP_A.replace('date:', 'dat:') + STEP_B },
			'stories/t/story.md:13:1  error: unknown field `dat` in the scene of `first`\n    hint: did you mean `date`?'
		],
		[
			'a duplicate step id',
			{ 'story.md': FRONT + STEP_A + STEP_B.replace('{#second}', '{#first}') },
			'stories/t/story.md:20:11  error: duplicate step id `first`: already used at line 10'
		],
		[
			'a citation with no source',
			{ 'story.md': FRONT + STEP_A.replace('[@cw26, p. 19]', '[@cw62, p. 19]') + STEP_B },
			'stories/t/story.md:18:6  error: citation key `cw62` has no source: expected an id from sources.yaml\n    hint: did you mean `cw26`?'
		],
		[
			'swapped coordinates',
			{
				'places.yaml': PLACES.replace(
					'lat: 60.16952\n  lng: 24.95253',
					'lat: 24.95253\n  lng: 60.16952'
				)
			},
			"stories/t/places.yaml:4:8  error: place `helsingfors` (24.95253, 60.16952) lies outside the story's region [22, 54, 40, 62]\n    hint: latitude and longitude look swapped: lat is north–south, lng east–west"
		],
		[
			'a YAML syntax error in a scene',
			{
				'story.md':
					FRONT +
					STEP_A.replace(
						'view: { fit: [helsingfors, petrograd] }',
						'view: { fit: [helsingfors, petrograd }'
					) +
					STEP_B
			},
			'stories/t/story.md:15:38  error: YAML syntax'
		],
		[
			'raw HTML in the prose',
			{
				'story.md':
					FRONT + STEP_A.replace('Text [@cw26', 'Text <script>alert(1)</script> [@cw26') + STEP_B
			},
			'stories/t/story.md:18:6  error: raw HTML `<script>` in the prose: expected Markdown only'
		],
		[
			'an unknown cue',
			{ 'story.md': FRONT + STEP_A.replace('view:', 'cue: leter\nview:') + STEP_B },
			'stories/t/story.md:15:6  error: unknown cue `leter`: expected one of letter, calendar, headline, count, route, focus\n    hint: did you mean `letter`?'
		],
		[
			'a missing required front-matter field',
			{ 'story.md': (FRONT + STEP_A + STEP_B).replace('summary: A test story.\n', '') },
			'stories/t/story.md:2:1  error: missing required field `summary` in the front matter'
		],
		[
			'an empty step',
			{ 'story.md': FRONT + STEP_A + STEP_B.replace('More text [@cw26].', '') },
			'stories/t/story.md:20:1  error: step `second` is empty: expected prose under its scene block'
		],
		[
			'a view with two kinds',
			{
				'story.md':
					FRONT +
					STEP_A +
					STEP_B.replace(
						'{ center: petrograd, zoom: 8 }',
						'{ center: petrograd, zoom: 8, fit: [petrograd] }'
					)
			},
			'stories/t/story.md:25:7  error: view: expected exactly one of fit, center or bounds, got fit and center'
		],
		[
			'a zoom out of range',
			{ 'story.md': FRONT + STEP_A + STEP_B.replace('zoom: 8', 'zoom: 25') },
			'stories/t/story.md:25:34  error: zoom 25 out of range'
		],
		[
			'a missing gazetteer',
			{ 'places.yaml': undefined as unknown as string },
			'stories/t/story.md:1:1  error: missing file places.yaml'
		]
	])('reports %s', (_what, files, expected) => {
		const out = messages(files);
		expect(build(files).story).toBeUndefined();
		expect(
			out.some((m) => m.startsWith(expected)),
			`got:\n${out.join('\n')}`
		).toBe(true);
	});

	it('never throws: a bug while reading becomes a positioned problem', () => {
		const r = buildStory({
			slug: 't',
			dir: 'stories/t',
			read: (n) => {
				if (n === 'places.yaml') throw new Error('disk on fire');
				return n === 'story.md' ? FRONT + STEP_A + STEP_B : SOURCES;
			}
		});
		expect(r.story).toBeUndefined();
		expect(r.problems.map(formatProblem)).toEqual([
			'stories/t/story.md:1:1  error: internal error while reading stories/t (disk on fire), please report it\n    hint: this is a bug in Lantern, not in your story; the problems listed before it are real'
		]);
	});

	it('lets a chapter open earlier than the last one ended (a new thread), but not a step within one', () => {
		const later = STEP_A.replace('1917-09-12', '1917-10-01');
		const chapter = '\n# Two {#two}\n' + STEP_B;
		const { story: s, problems } = build({
			'sources.yaml': SOURCES,
			'story.md': FRONT + later + chapter
		});
		expect(s).toBeDefined();
		expect(problems.map(formatProblem).filter((p) => p.includes('dated earlier'))).toEqual([]);
	});

	it('keeps the sources in bibliography order, whatever their order in the file', () => {
		const sources = SOURCES + 'zz:\n  short: anonymous pamphlet\n  citation: A.\n';
		const { story: s } = build({ 'sources.yaml': sources, 'story.md': FRONT + STEP_A });
		const shorts = Object.values(s?.sources ?? {}).map((x) => x.short);
		expect(shorts).toEqual([...shorts].sort((a, b) => a.localeCompare(b, 'en')));
		expect(shorts[0]).toBe('anonymous pamphlet');
	});

	it('warns, without failing, on a source never cited and on steps out of date order', () => {
		const sources = SOURCES + 'unused:\n  short: U\n  citation: Unused.\n';
		const story = FRONT + STEP_A.replace('1917-09-12', '1917-10-01') + STEP_B;
		const { story: s, problems } = build({ 'sources.yaml': sources, 'story.md': story });
		expect(s).toBeDefined();
		expect(problems.map(formatProblem)).toEqual([
			'stories/t/story.md:20:1  warning: step `second` (25 September 1917) comes after `first` (1 October 1917) but is dated earlier\n    hint: if the flashback is meant, ignore this; otherwise check the date',
			'stories/t/sources.yaml:4:1  warning: source `unused` is never cited\n    hint: cite it with [@unused] or remove it'
		]);
	});
});
