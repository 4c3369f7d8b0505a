import { Problems, type StoryProblem } from './errors';
import { parseStoryMarkdown } from './parse';
import { FRONT_MATTER_FIELDS, frontMatterSchema } from './schema';
import type { MediaFiles } from './images';
import type { Step, Story } from './types';
import type { Ctx, Where } from './build-ctx';
import type { BasemapDetail } from './over-zoom';
import { checkRegion, loadPlaces, loadSources } from './gazetteer';
import { loadLayers } from './layers';
import { buildChapters } from './chapters';
import { checkPageIds } from './page-ids';
import { buildStep, checkLinks } from './build-step';
import { checkDateOrder, checkTiles, checkUncited } from './checks';
import { checkCover } from './cover';
import { guardFiles, outsideMessage } from './text-guards';

export { inRegion } from './gazetteer';

/** The files of one story folder, read by the caller (disk in load.ts, memory in tests). */
export interface StoryFiles {
	slug: string;
	/** Folder path for messages: stories/<slug> */
	dir: string;
	read(name: string): string | undefined;
	/** Whether a (binary) file exists: pictures under media/. Defaults to `read` finding it. */
	exists?(name: string): boolean;
	/** The files under media/, for "did you mean" on a picture's name. */
	listMedia?(): readonly string[];
	/** Where `name` really is when that is outside the story folder (a symbolic link out of it):
	 * such a file is never read, and is reported where the story names it. */
	outside?(name: string): string | undefined;
	/** Where the basemap has detail, for the over-zoom warning. Defaults to basemap-detail.ts;
	 * test fixtures pin their own, so that refining the basemap does not change their output. */
	detail?: BasemapDetail;
}

export interface BuildResult {
	story?: Story;
	problems: StoryProblem[];
}

/**
 * Parse and validate a story folder. Returns a Story only when there is no error, and never
 * throws: whatever an author writes, the answer is a Story or a list of positioned problems.
 */
export function buildStory(files: StoryFiles): BuildResult {
	const problems = new Problems();
	try {
		const result = buildUnchecked(guardFiles(files, problems), problems);
		return { ...result, problems: inFileOrder(result.problems) };
	} catch (e) {
		// A bug in the loader, not in the story: say so, keep what was found before it.
		const why = e instanceof Error ? e.message : String(e);
		problems.error(
			`${files.dir}/story.md`,
			1,
			1,
			`internal error while reading ${files.dir} (${why}), please report it`,
			'this is a bug in Lantern, not in your story; the problems listed before it are real'
		);
		return { problems: problems.list };
	}
}

/** Each file's problems from top to bottom; files in the order they were first reported. */
function inFileOrder(list: StoryProblem[]): StoryProblem[] {
	const files = [...new Set(list.map((p) => p.file))];
	return list
		.map((p, i) => ({ p, i }))
		.sort(
			(a, b) =>
				files.indexOf(a.p.file) - files.indexOf(b.p.file) ||
				a.p.line - b.p.line ||
				a.p.column - b.p.column ||
				a.i - b.i
		)
		.map(({ p }) => p);
}

function buildUnchecked(files: StoryFiles, problems: Problems): BuildResult {
	const mdFile = `${files.dir}/story.md`;
	const text = files.read('story.md');
	if (text === undefined) {
		const real = files.outside?.('story.md');
		if (real) {
			problems.error(mdFile, 1, 1, ...outsideMessage('story.md', real));
			return { problems: problems.list };
		}
		problems.error(
			mdFile,
			1,
			1,
			'missing story.md: expected one in every story folder',
			'run `npm run new -- <slug>` to scaffold a story'
		);
		return { problems: problems.list };
	}
	const parsed = parseStoryMarkdown(text, mdFile, problems);
	const fmSrc = parsed.frontMatter;
	const fm = fmSrc?.ok
		? fmSrc.check(frontMatterSchema, fmSrc.value() ?? {}, problems, 'the front matter', [], {
				'': FRONT_MATTER_FIELDS
			})
		: undefined;
	if (!fm) return { problems: problems.list };

	const regionOk = checkRegion(fm, fmSrc!, mdFile, problems);
	checkTiles(fm, fmSrc!, mdFile, problems);
	const region: Story['region'] = [...fm.region];
	// A missing gazetteer or bibliography is reported where the front matter names it.
	const written = (fmSrc!.value() ?? {}) as Record<string, unknown>;
	const named = (field: 'places' | 'sources'): Where =>
		field in written
			? { file: mdFile, ...fmSrc!.pos([field]) }
			: { file: mdFile, line: 1, column: 1 };
	const { out: places, broken: brokenPlaces } = loadPlaces(
		files,
		fm.places,
		regionOk ? region : undefined,
		problems,
		named('places')
	);
	const { out: sources, broken: brokenSources } = loadSources(
		files,
		fm.sources,
		problems,
		named('sources')
	);
	const layers = loadLayers(files, fm, fmSrc!, regionOk ? region : undefined, problems);
	if (parsed.steps.length === 0)
		problems.error(
			mdFile,
			1,
			1,
			'the story has no steps: expected at least one `## Step heading {#id}` with a scene block',
			'see docs/story-format.md'
		);

	const media: MediaFiles = {
		dir: files.dir,
		exists: (name) => (files.exists ? files.exists(name) : files.read(name) !== undefined),
		outside: files.outside,
		list: files.listMedia
	};
	const ctx: Ctx = {
		fm,
		region,
		places,
		sources,
		layers,
		problems,
		file: mdFile,
		media,
		brokenPlaces,
		brokenSources,
		detail: files.detail
	};
	const chapters = buildChapters(parsed.chapters, parsed.steps, mdFile, problems);
	checkPageIds(parsed.chapters, parsed.steps, mdFile, problems);
	const steps: Step[] = [];
	const ids = new Map<string, number>();
	for (const raw of parsed.steps) {
		const seen = ids.get(raw.id);
		if (seen !== undefined)
			problems.error(
				mdFile,
				raw.line,
				raw.column,
				`duplicate step id \`${raw.id}\`: already used at line ${seen}`,
				'give each step its own {#id}'
			);
		else ids.set(raw.id, raw.line);
		const step = buildStep(raw, steps.length, ctx);
		if (step) steps.push(step);
	}
	checkLinks(parsed.steps, mdFile, problems);
	const cover = checkCover(
		written.cover,
		fmSrc!,
		mdFile,
		parsed.steps.map((s) => s.id),
		media,
		problems
	);
	checkDateOrder(steps, mdFile, problems);
	checkUncited(steps, sources, files.dir + '/' + fm.sources, problems, files);

	if (problems.hasErrors || !cover) return { problems: problems.list };
	const story: Story = {
		slug: files.slug,
		title: fm.title,
		subtitle: fm.subtitle,
		byline: fm.byline,
		summary: fm.summary,
		lang: fm.lang,
		calendar: fm.calendar,
		region,
		places,
		// In bibliography order, sorted here once: a locale-aware sort on the page would set up a
		// collator on every reader's phone during hydration (about 17 ms of a slow phone's start).
		sources: Object.fromEntries(
			Object.entries(sources).sort(([, a], [, b]) => a.short.localeCompare(b.short, 'en'))
		),
		layers,
		tiles: fm.tiles,
		cover,
		chapters,
		steps
	};
	return { story: deepFreeze(story), problems: problems.list };
}

function deepFreeze<T>(o: T): T {
	if (o && typeof o === 'object' && !Object.isFrozen(o)) {
		Object.freeze(o);
		for (const v of Object.values(o)) deepFreeze(v);
	}
	return o;
}
