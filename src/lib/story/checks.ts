import { compare } from './dates';
import type { Problems } from './errors';
import type { Source, Step } from './types';
import type { StoryFiles } from './build';

export function checkDateOrder(steps: Step[], file: string, problems: Problems): void {
	let last: Step | undefined;
	for (const s of steps) {
		if (!s.date) continue;
		if (last?.date && compare(s.date.start, last.date.start) < 0)
			problems.warn(
				file,
				s.line,
				1,
				`step \`${s.id}\` (${s.date.label}) comes after \`${last.id}\` (${last.date.label}) but is dated earlier`,
				'if the flashback is meant, ignore this; otherwise check the date'
			);
		last = s;
	}
}

export function checkUncited(
	steps: Step[],
	sources: Record<string, Source>,
	file: string,
	problems: Problems,
	files: StoryFiles
): void {
	const used = new Set<string>();
	for (const s of steps) {
		for (const c of s.citations) used.add(c.source);
		if (s.scene.document?.cite) used.add(s.scene.document.cite.source);
	}
	const text = files.read(file.slice(files.dir.length + 1)) ?? '';
	const lines = text.split('\n');
	for (const id of Object.keys(sources)) {
		if (used.has(id)) continue;
		const line = lines.findIndex((l) => l.startsWith(`${id}:`)) + 1 || 1;
		problems.warn(
			file,
			line,
			1,
			`source \`${id}\` is never cited`,
			'cite it with [@' + id + '] or remove it'
		);
	}
}
