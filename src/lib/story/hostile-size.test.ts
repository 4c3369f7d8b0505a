import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStory } from './build';
import { createMarkdown } from './markdown';
import { Problems } from './errors';
import { YamlSource } from './yaml-source';

/**
 * Hostile sizes: `npm run stories:check` must answer in linear time whatever a story holds. A line
 * of 200,000 `[@` once kept it busy for minutes (the citation rule scanned the rest of the line at
 * every `[@`). The bounds below are generous for a loaded machine; quadratic work misses them by
 * orders of magnitude.
 */
const BASE = 'tests/fixtures/broken/_base';
const base = readFileSync(`${BASE}/story.md`, 'utf8');

function timed(extra: string, places?: string) {
	const story = base.replace(
		'It ends at the church [@guide].',
		`It ends there.\n\n${extra}\n\nThen [@guide].`
	);
	const read = (f: string) =>
		f === 'story.md' ? story : f === 'places.yaml' && places ? places : readFile(f);
	const start = performance.now();
	const { problems } = buildStory({ slug: 'huge', dir: 'stories/huge', read });
	return { ms: performance.now() - start, problems };
}
function readFile(name: string): string | undefined {
	try {
		return readFileSync(`${BASE}/${name}`, 'utf8');
	} catch {
		return undefined;
	}
}

describe('a hostile story size', () => {
	it('checks a 1 MB line of `[@` in under a second, and says which line', () => {
		const { ms, problems } = timed('[@'.repeat(500_000));
		expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
			'46: a line of 1,000,000 characters: expected at most 10,000'
		]);
		expect(ms).toBeLessThan(1000);
	});

	it('parses a line of 200,000 `[@` in linear time, even past the line cap', () => {
		// The citation rule itself: it once scanned the rest of the line at every `[@`.
		const start = performance.now();
		const tokens = createMarkdown().parseInline('[@'.repeat(200_000), {});
		expect(tokens[0]?.children?.some((t) => t.type === 'citation')).toBe(false);
		expect(performance.now() - start).toBeLessThan(20_000);
	}, 60_000);

	it('reads a megabyte of control characters in linear time, one message a line', () => {
		const places = readFile('places.yaml')!.replace('Carmo church', 'Carmo\u0001'.repeat(100_000));
		const { ms, problems } = timed('', places);
		expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual(['8:14']);
		expect(ms).toBeLessThan(5_000);
	}, 60_000);

	it('says "nesting too deep" at the bracket, for 100,000 unclosed ones (once out of memory)', () => {
		const problems = new Problems();
		const src = new YamlSource(`places: [a]\nnotes: ${'['.repeat(100_000)}`, 'f.md', 5, problems);
		expect(src.ok).toBe(false);
		expect(problems.list.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
			'6:72 YAML: nesting too deep: expected at most 64 levels of lists and mappings'
		]);
	});
});
