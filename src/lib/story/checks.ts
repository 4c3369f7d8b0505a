import { compare } from './dates';
import type { Problems } from './errors';
import type { Source, Step } from './types';
import type { StoryFiles } from './build';
import type { FrontMatter } from './schema';
import type { YamlSource } from './yaml-source';

/**
 * Within a chapter, steps go forward in time; a step dated before the one above it is more often
 * a slip than a flashback, so it is warned about. A chapter may open earlier than the last one
 * ended: a documentary's chapters follow threads (the letters from Helsingfors go back to
 * September after a chapter on the soviets that ran into October), and each thread is in order.
 */
export function checkDateOrder(steps: Step[], file: string, problems: Problems): void {
	let last: Step | undefined;
	for (const s of steps) {
		if (!s.date) continue;
		if (last && last.chapter !== s.chapter) last = undefined;
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

/**
 * Tiles are the one thing a story can make every reader's browser fetch from another server: it
 * learns who reads what, and the story stops working offline. Allowed (tiles.url is checked to be
 * a web address), but never silently.
 */
export function checkTiles(
	fm: FrontMatter,
	src: YamlSource,
	file: string,
	problems: Problems
): void {
	if (!fm.tiles) return;
	const p = src.pos(['tiles', 'url']);
	const host = /^https?:\/\/([^/]+)/i.exec(fm.tiles.url)?.[1] ?? fm.tiles.url;
	problems.warn(
		file,
		p.line,
		p.column,
		`tiles from ${host} reach the network: every reader's browser asks that server for map images, and the map has no tiles offline`,
		'leave `tiles:` out to keep the story private and offline; the drawn basemap is always there'
	);
}
