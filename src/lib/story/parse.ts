import type { Token } from 'markdown-it';
import type { Problems } from './errors';
import { createMarkdown, markAttributions } from './markdown';
import { YamlSource } from './yaml-source';
import { refuseLongLines } from './text-guards';
import { linkPosition } from './link-pos';
import type { Citation } from './types';

/** story.md split into front matter, chapters and steps, each with its file positions. */
export interface ParsedStory {
	frontMatter?: YamlSource;
	chapters: RawChapter[];
	steps: RawStep[];
}

export interface RawChapter {
	id: string;
	title: string;
	line: number;
	column: number;
}

export interface RawStep {
	id: string;
	heading: string;
	chapter?: string;
	line: number;
	column: number;
	scene?: YamlSource;
	body: Token[];
	citations: { citation: Citation; line: number; column: number }[];
	/** Markdown images in the prose, with where the `![` and the address stand. */
	images: RawImage[];
	/** Link addresses in the prose, with where each address stands. */
	links: { href: string; line: number; column: number }[];
}

export interface RawImage {
	src: string;
	alt: string;
	credit: string;
	line: number;
	column: number;
	srcLine: number;
	srcColumn: number;
}

const ID_SUFFIX = /\s*\{#([^}]*)\}\s*$/;
export const md = createMarkdown();

export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
}

export function parseStoryMarkdown(text: string, file: string, problems: Problems): ParsedStory {
	const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const lines = src.split('\n');
	let bodyStart = 0;
	let frontMatter: YamlSource | undefined;
	if (lines[0]?.trim() === '---') {
		const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
		if (end < 0) {
			problems.error(
				file,
				1,
				1,
				'front matter is not closed: expected a line `---` after it',
				'add a line with three hyphens after the last front-matter field'
			);
			return { chapters: [], steps: [] };
		}
		frontMatter = new YamlSource(lines.slice(1, end).join('\n'), file, 2, problems);
		bodyStart = end + 1;
	} else {
		problems.error(
			file,
			1,
			1,
			'expected front matter at the top of the file, between two `---` lines',
			'start the file with ---, then title:, summary:, calendar:, region:, then ---'
		);
	}

	const body = refuseLongLines(lines.slice(bodyStart), bodyStart + 1, file, problems).join('\n');
	const tokens = md.parse(body, {});
	const fileLine = (map: [number, number] | null | undefined) =>
		map ? map[0] + bodyStart + 1 : bodyStart + 1;

	const chapters: RawChapter[] = [];
	const steps: RawStep[] = [];
	let current: RawStep | undefined;

	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (!t) continue;
		if (t.type === 'heading_open' && (t.tag === 'h1' || t.tag === 'h2')) {
			const inline = tokens[i + 1];
			const raw = inline?.content ?? '';
			const line = fileLine(t.map);
			const m = ID_SUFFIX.exec(raw);
			const title = raw.replace(ID_SUFFIX, '').trim();
			let id = m ? (m[1] ?? '').trim() : slugify(title);
			const col = m ? (lines[line - 1]?.indexOf('{#') ?? 0) + 1 : 1;
			if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
				problems.error(
					file,
					line,
					col,
					`id \`${id}\` is not valid: expected lower-case letters, digits and hyphens`,
					`write {#${slugify(id) || 'step-id'}}`
				);
				id = slugify(id) || `step-${steps.length + 1}`;
			}
			// A heading is shown as text: a tag in it would show as `<b>`, or be read as markup by
			// a later change. One message per heading is enough.
			const tag = inline?.children?.find((c) => c.type === 'html_inline');
			if (tag)
				problems.error(
					file,
					line,
					(lines[line - 1]?.indexOf(tag.content) ?? 0) + 1,
					`raw HTML \`${tag.content}\` in a heading: expected plain text`,
					'remove the tag; write emphasis in the prose, not in the heading'
				);
			if (!title)
				problems.error(
					file,
					line,
					1,
					'empty heading: expected a title after the #',
					'write the chapter or step title'
				);
			if (t.tag === 'h1') {
				chapters.push({ id, title, line, column: col });
				current = undefined;
			} else {
				current = {
					id,
					heading: title,
					chapter: chapters.at(-1)?.id,
					line,
					column: col,
					body: [],
					citations: [],
					images: [],
					links: []
				};
				steps.push(current);
			}
			i += 2; // inline + heading_close
			continue;
		}
		if (t.type === 'fence' && t.info.trim() === 'scene') {
			const line = fileLine(t.map);
			if (!current) {
				problems.error(
					file,
					line,
					1,
					'a scene block outside any step: expected it right under a `## Step heading`',
					'move it under a step heading'
				);
			} else if (current.scene) {
				problems.error(
					file,
					line,
					1,
					`step \`${current.id}\` has a second scene block: expected one per step`,
					'merge the two blocks'
				);
			} else {
				current.scene = new YamlSource(t.content, file, line + 1, problems);
			}
			continue;
		}
		if (!current) {
			if (t.type === 'inline' || t.type === 'fence' || t.type === 'html_block') {
				const line = fileLine(tokens[i - 1]?.map ?? t.map);
				problems.error(
					file,
					line,
					1,
					'text outside any step: expected every paragraph under a `## Step heading`',
					'add a step heading above it, or delete it'
				);
			}
			continue;
		}
		if (t.type === 'html_block') {
			problems.error(
				file,
				fileLine(t.map),
				1,
				'raw HTML in the prose: expected Markdown only',
				'remove the HTML; write emphasis as *text* and links as [text](https://…)'
			);
			continue;
		}
		if (t.type === 'fence' || t.type === 'code_block') {
			problems.error(
				file,
				fileLine(t.map),
				1,
				`a ${t.info ? `\`${t.info.trim()}\` ` : ''}code block in the prose: expected only one \`scene\` block per step`,
				'name the block `scene`, or remove it'
			);
			continue;
		}
		if (t.type === 'inline') {
			// Children come in source order: each is looked for after the one before it.
			const find = cursor(lines, fileLine(t.map), t.map ? t.map[1] + bodyStart : lines.length);
			const opened = new Set<string>();
			for (const child of t.children ?? []) {
				if (child.type === 'html_inline') {
					const { line, column } = find(child.content);
					// `<b>text</b>` is one mistake: report the opening tag only.
					const closing = /^<\/([a-z][a-z0-9-]*)/i.exec(child.content)?.[1]?.toLowerCase();
					if (closing && opened.has(closing)) continue;
					const name = /^<([a-z][a-z0-9-]*)/i.exec(child.content)?.[1];
					if (name) opened.add(name.toLowerCase());
					problems.error(
						file,
						line,
						column,
						`raw HTML \`${child.content}\` in the prose: expected Markdown only`,
						'remove the tag; the page never renders HTML from a story file'
					);
				}
				if (child.type === 'citation') {
					const { line, column } = find(child.content);
					current.citations.push({ citation: child.meta as unknown as Citation, line, column });
				}
				if (child.type === 'image') {
					const src = String(child.attrGet('src') ?? '');
					const at = find(`![${child.content}`);
					const srcAt = src ? find(src) : at;
					current.images.push({
						src,
						alt: child.content.trim(),
						credit: String(child.attrGet('title') ?? '').trim(),
						line: at.line,
						column: at.column,
						srcLine: srcAt.line,
						srcColumn: srcAt.column
					});
				}
				if (child.type === 'link_open') {
					const href = String(child.attrGet('href') ?? '');
					const at = linkPosition(md, child, href, find, lines, bodyStart);
					current.links.push({ href, line: at.line, column: at.column });
				}
			}
		}
		current.body.push(t);
	}
	for (const s of steps) markAttributions(s.body);
	return { frontMatter, chapters, steps };
}

/**
 * Finds snippets of one block in order: each search starts where the last match ended, and stays
 * within the block's lines. A snippet not found (the Markdown was normalised) gets the current
 * place, so a message still points into the right block.
 */
function cursor(lines: readonly string[], fromLine: number, toLine: number) {
	let line = fromLine;
	let col = 0;
	return (snippet: string): { line: number; column: number; found: boolean } => {
		for (let l = line; l <= Math.min(toLine, lines.length); l++) {
			const idx = lines[l - 1]?.indexOf(snippet, l === line ? col : 0) ?? -1;
			if (idx >= 0) {
				line = l;
				col = idx + snippet.length;
				return { line: l, column: idx + 1, found: true };
			}
		}
		return { line, column: Math.min(col, lines[line - 1]?.length ?? 0) + 1, found: false };
	};
}
