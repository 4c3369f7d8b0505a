/**
 * A story's folder as the plans' unit tests read it: its files, its gazetteer and the scenes that
 * set a centre and a zoom. One reader, so that each city plan's test holds its story to the same
 * rules (the scenes are found in story.md the same way for Lisbon as for Petrograd).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface GazetteerPlace {
	name: string;
	lat: number;
	lng: number;
}

export interface StoryFolder {
	read: (name: string) => string;
	story: string;
	places: Record<string, GazetteerPlace>;
	/** Scenes that set a centre and a zoom, read from story.md: [place id, zoom]. */
	centred: (readonly [string, number])[];
}

export function storyFolder(slug: string): StoryFolder {
	const dir = new URL(`../../../stories/${slug}/`, import.meta.url);
	const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
	const story = read('story.md');
	return {
		read,
		story,
		places: parse(read('places.yaml')) as Record<string, GazetteerPlace>,
		centred: [...story.matchAll(/view: \{ center: ([a-z0-9-]+), zoom: ([\d.]+) \}/g)].map(
			(m) => [m[1] ?? '', Number(m[2])] as const
		)
	};
}
