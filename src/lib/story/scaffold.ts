import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files of a new story: a working example of every part of the format (front matter,
 * chapters, three steps with the common scene fields, a gazetteer, a bibliography) that passes
 * `npm run stories:check` as it stands, for an author to replace piece by piece.
 */
export function scaffoldFiles(slug: string): Record<string, string> {
	const title = slug
		.split('-')
		.filter(Boolean)
		.map((w) => w[0]?.toUpperCase() + w.slice(1))
		.join(' ');
	return {
		'story.md': `---
title: ${title}
subtitle: One line under the title
byline: Your name
summary: >-
  One or two sentences for the story index and link previews. Replace everything in this folder
  with your own story; docs/story-format.md explains every field.
lang: en
calendar: gregorian
region: [-0.2, 51.45, 0.05, 51.55]
---

# The first chapter {#first-chapter}

## A first step {#first-step}

\`\`\`scene
date: 1884-10-13
places: [greenwich]
view: { center: greenwich, zoom: 9 }
cue: focus
notes: |
  Presenter notes: what you would say about this step to a room. Readers do not see them.
\`\`\`

Each step is a heading with an id, one \`scene\` block and some prose. This scene centres the map
on one place from places.yaml and pulses it once (the \`focus\` cue). The basemap has detail to
zoom 9; to go closer, add a map layer (a city plan) drawn with that \`detail\`. Cite a source from
sources.yaml like this [@example-source, p. 1].

## Two places {#two-places}

\`\`\`scene
date: 1884-10-14
places: [greenwich, westminster]
view: { fit: [greenwich, westminster], maxZoom: 9 }
highlight: westminster
route: { path: [greenwich, westminster], label: An example route }
cue: route
\`\`\`

A scene can fit several places in view, highlight one in red and draw a route between them as
the reader arrives (the \`route\` cue). Steps are read in order; dates should go forward.

# The second chapter {#second-chapter}

## An uncertain date {#an-uncertain-date}

\`\`\`scene
date: c. 1884-11-01
dateNote: an example of a note on the date
places: [westminster]
view: { center: westminster, zoom: 9 }
\`\`\`

Prose can use _emphasis_, **strong text**, [links](https://example.org) and block quotes. Raw
HTML is not allowed. A quotation ends with its attribution, a line that starts with an em dash:

> Replace this with a quotation from one of your sources.
>
> — Its author, where it was said or written [@example-source, p. 2]
`,
		'places.yaml': `# The gazetteer: every place a step names. Coordinates in decimal degrees (WGS 84).
greenwich:
  name: Royal Observatory
  today: Royal Observatory, Greenwich
  lat: 51.4769
  lng: -0.0005
  kind: site
  note: An example place; replace it with your own.
westminster:
  name: Westminster
  lat: 51.4995
  lng: -0.1248
  kind: site
`,
		'sources.yaml': `# The bibliography: every source a citation [@id] names.
example-source:
  short: Author 2000
  citation: >-
    A. N. Author, A Book About Your Subject (City: Publisher, 2000). Replace it with your sources.
`
	};
}

export type ScaffoldResult =
	{ ok: true; dir: string; files: string[] } | { ok: false; message: string };

/** Slugs a story may not take: folders the site itself uses at the top level. */
const RESERVED = new Set(['media', 'scene', 'embed', 'present', 'print', 'app', 'static']);

/** Why a slug cannot name a new story, or undefined when it can. */
export function slugProblem(slug: string | undefined, root: string): string | undefined {
	if (!slug)
		return 'give the new story a name: npm run new -- <slug>, e.g. npm run new -- lisbon-1755';
	const bad = slugNameProblem(slug);
	if (bad) return bad;
	if (existsSync(join(root, slug)))
		return `${join(root, slug)} already exists: choose another name, or edit that story`;
	return undefined;
}

/**
 * Why a folder name cannot be a story's address (also checked by stories:check and the build: a
 * folder `_app` passed them and broke the build, whose own files live under /_app/).
 */
export function slugNameProblem(slug: string): string | undefined {
	if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
		const fixed = slug
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '');
		return `\`${slug}\` cannot be a story's address: use lower-case letters, digits and single hyphens${fixed ? `, e.g. ${fixed}` : ''}`;
	}
	if (RESERVED.has(slug)) return `\`${slug}\` is a name the site uses itself: choose another`;
	return undefined;
}

/** Write a new story folder, refusing a slug that is invalid or already taken. */
export function createStory(slug: string | undefined, root: string): ScaffoldResult {
	const problem = slugProblem(slug, root);
	if (problem || !slug) return { ok: false, message: problem ?? 'no slug' };
	const dir = join(root, slug);
	mkdirSync(dir, { recursive: true });
	const files = scaffoldFiles(slug);
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text, 'utf8');
	return { ok: true, dir, files: Object.keys(files) };
}
