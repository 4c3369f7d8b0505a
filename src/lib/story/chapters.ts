import type { Problems } from './errors';
import type { parseStoryMarkdown, RawStep } from './parse';
import type { Chapter } from './types';

export function buildChapters(
	raw: ReturnType<typeof parseStoryMarkdown>['chapters'],
	steps: RawStep[],
	file: string,
	problems: Problems
): Chapter[] {
	const chapters: Chapter[] = [];
	const seen = new Set<string>();
	for (const c of raw) {
		if (seen.has(c.id))
			problems.error(
				file,
				c.line,
				c.column,
				`duplicate chapter id \`${c.id}\``,
				'give each chapter its own {#id}'
			);
		seen.add(c.id);
		const start = steps.findIndex((s) => s.chapter === c.id);
		const end = steps.length - [...steps].reverse().findIndex((s) => s.chapter === c.id);
		if (start < 0)
			problems.error(
				file,
				c.line,
				c.column,
				`chapter \`${c.id}\` has no steps: expected at least one \`## Step\` under it`,
				'add a step or remove the chapter heading'
			);
		else chapters.push({ id: c.id, title: c.title, start, end });
	}
	const orphan = steps.find((s) => !s.chapter);
	if (orphan)
		problems.error(
			file,
			orphan.line,
			1,
			`step \`${orphan.id}\` comes before any chapter: expected a \`# Chapter title {#id}\` above it`,
			'add a chapter heading at the top of the story'
		);
	return chapters;
}
