import type { Problems } from './errors';
import type { RawChapter, RawStep } from './parse';

/**
 * Chapter and step ids become element ids in every page, beside the page's own (grep `id=` in
 * src/lib/ui and src/lib/shells). Two equal ids in one page break links, the scroll position and
 * the tests' selectors: a chapter named `sources` would take the source list's anchor.
 */
const PAGE_IDS = new Set([
	'sources', // SourceList
	'sources-h',
	'handout-notes', // Handout
	'now-h', // Notes
	'next-h',
	'embed-code', // EmbedButton
	'svelte-announcer' // SvelteKit's route announcer
]);
/** `source-<id>` (SourceList, CitedSources), `ov-<chapter>` (Overview), `<uid>-caption` (Tally). */
const PAGE_PREFIXES = ['source-', 'ov-'];
const PAGE_SUFFIXES = ['-caption'];

interface Named {
	id: string;
	line: number;
	column: number;
	what: 'chapter' | 'step';
}

export function checkPageIds(
	chapters: readonly RawChapter[],
	steps: readonly RawStep[],
	file: string,
	problems: Problems
): void {
	const all: Named[] = [
		...chapters.map((c) => ({ ...c, what: 'chapter' as const })),
		...steps.map((s) => ({ ...s, what: 'step' as const }))
	].sort((a, b) => a.line - b.line);
	const first = new Map<string, Named>();
	for (const n of all) {
		const seen = first.get(n.id);
		if (!seen) first.set(n.id, n);
		// Two chapters or two steps with one id are reported by chapters.ts and build.ts.
		else if (seen.what !== n.what)
			problems.error(
				file,
				n.line,
				n.column,
				`${n.what} id \`${n.id}\` is already the id of the ${seen.what} at line ${seen.line}: expected an id of its own`,
				`give one of them another {#id}, e.g. {#${n.id}-${n.what}}`
			);
	}
	for (const n of all) {
		const heading = n.id.endsWith('-h') ? first.get(n.id.slice(0, -2)) : undefined;
		const page =
			PAGE_IDS.has(n.id) ||
			PAGE_PREFIXES.some((p) => n.id.startsWith(p)) ||
			PAGE_SUFFIXES.some((s) => n.id.endsWith(s));
		if (!page && !heading) continue;
		problems.error(
			file,
			n.line,
			n.column,
			heading
				? `${n.what} id \`${n.id}\` is the id the page gives the heading of the ${heading.what} \`${heading.id}\`: expected another`
				: `${n.what} id \`${n.id}\` is an id the page uses itself: expected another`,
			`choose another {#id}; the page uses ${[...PAGE_IDS].slice(0, 2).join(', ')}, source-…, ov-…, …-caption and <id>-h for headings`
		);
	}
}
