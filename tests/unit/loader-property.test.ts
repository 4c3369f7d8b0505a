import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildStory, type BuildResult } from '../../src/lib/story/build';
import { formatProblem } from '../../src/lib/story/errors';
import { storySlugs } from '../../src/lib/story/load';

/**
 * The loader's promise, tested on the real stories mangled at random: whatever an author's editor
 * leaves in the files, buildStory answers with a Story or with problems that each point at a real
 * line and column. It never throws, and never reports an "internal error".
 */

const TEXT = /\.(md|ya?ml|geojson|json)$/;

/** Every file of a story folder: text as text, anything else (pictures) only as present. */
function readFolder(dir: string): { text: Map<string, string>; other: Set<string> } {
	const text = new Map<string, string>();
	const other = new Set<string>();
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (TEXT.test(name)) text.set(relative(dir, path), readFileSync(path, 'utf8'));
			else other.add(relative(dir, path));
		}
	};
	walk(dir);
	return { text, other };
}

type Mutation =
	| { kind: 'delete' | 'duplicate' | 'truncate'; at: number }
	| { kind: 'insert'; at: number; col: number; text: string }
	| { kind: 'swap'; at: number; with: number };

const SNIPPETS = [
	':',
	': ',
	'-',
	'- ',
	'{',
	'}',
	'[',
	']',
	'[@',
	'[@x]',
	'<script>',
	'</p>',
	'\t',
	'#',
	'## ',
	'# ',
	'{#',
	'"',
	"'",
	'&a',
	'*a',
	'!',
	'![x](',
	'![](media/x.png)',
	'```',
	'```scene',
	'---',
	'\n',
	' ',
	'|',
	'>',
	'c. ',
	'/',
	'0',
	'999',
	'-1',
	'e',
	'\u00a0',
	'\uFEFF',
	'\r'
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({ kind: fc.constantFrom('delete', 'duplicate', 'truncate'), at: fc.nat() }),
	fc.record({
		kind: fc.constant('insert'),
		at: fc.nat(),
		col: fc.nat(),
		text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 4 }))
	}),
	fc.record({ kind: fc.constant('swap'), at: fc.nat(), with: fc.nat() })
) as fc.Arbitrary<Mutation>;

function mutate(text: string, m: Mutation): string {
	if (m.kind === 'truncate') return text.slice(0, m.at % (text.length + 1));
	const lines = text.split('\n');
	const i = m.at % lines.length;
	const line = lines[i] ?? '';
	switch (m.kind) {
		case 'delete':
			lines.splice(i, 1);
			break;
		case 'duplicate':
			lines.splice(i, 0, line);
			break;
		case 'insert': {
			const c = m.col % (line.length + 1);
			lines[i] = line.slice(0, c) + m.text + line.slice(c);
			break;
		}
		case 'swap': {
			const j = m.with % lines.length;
			lines[i] = lines[j] ?? '';
			lines[j] = line;
			break;
		}
	}
	return lines.join('\n');
}

function check(result: BuildResult, dir: string, files: Map<string, string>): void {
	const { story, problems } = result;
	const errors = problems.filter((p) => p.severity === 'error');
	// A Story exactly when there is no error.
	expect(story === undefined, problems.map(formatProblem).join('\n')).toBe(errors.length > 0);
	for (const p of problems) {
		const where = formatProblem(p);
		expect(where).not.toMatch(/internal error/);
		expect(p.message.length, where).toBeGreaterThan(0);
		expect(Number.isInteger(p.line) && p.line >= 1, where).toBe(true);
		expect(Number.isInteger(p.column) && p.column >= 1, where).toBe(true);
		expect(p.file.startsWith(dir + '/'), where).toBe(true);
		const text = files.get(p.file.slice(dir.length + 1));
		if (text === undefined) {
			// A file that is not there is pointed at its first line.
			expect([p.line, p.column], where).toEqual([1, 1]);
			continue;
		}
		// The loader reads \r\n and \r as line ends, so count lines the same way.
		const lines = text.replace(/\r\n?/g, '\n').split('\n');
		expect(p.line, where).toBeLessThanOrEqual(lines.length);
		expect(p.column, where).toBeLessThanOrEqual((lines[p.line - 1]?.length ?? 0) + 1);
	}
}

const slugs = storySlugs();
const DEEP = Number(process.env.FUZZ_RUNS) || 0;

describe('the loader on mangled stories', () => {
	it('has the real stories to mangle', () => {
		expect(slugs.length).toBeGreaterThanOrEqual(2);
	});

	describe.each(slugs)('%s', (slug) => {
		const dir = `stories/${slug}`;
		const { text, other } = readFolder(dir);
		const names = [...text.keys()].filter((n) => !n.endsWith('json')).sort();

		it('loads unmangled without an error', () => {
			const files = new Map(text);
			const r = build(slug, dir, files, other);
			check(r, dir, files);
			expect(r.story).toBeDefined();
		}, 30_000);

		it('answers every mangling with a Story or positioned problems, never an exception', () => {
			const property = fc.property(
				fc.constantFrom(...names),
				fc.array(mutation, { minLength: 1, maxLength: 6 }),
				(name, mutations) => {
					const files = new Map(text);
					files.set(name, mutations.reduce(mutate, text.get(name) ?? ''));
					check(build(slug, dir, files, other), dir, files);
				}
			);
			// At least 20 cases however busy the machine is, then as many more as about 8 s allow
			// (up to 100 in all). FUZZ_RUNS=5000 npx vitest run tests/unit/loader-property.test.ts
			// hunts longer.
			const budgets = DEEP
				? [{ numRuns: DEEP }]
				: [{ numRuns: 20 }, { numRuns: 80, interruptAfterTimeLimit: 8000 }];
			for (const budget of budgets) {
				const run = fc.check(property, budget);
				if (run.failed) throw new Error(fc.defaultReportMessage(run) ?? 'property failed');
			}
		}, 180_000);
	});
});

function build(slug: string, dir: string, files: Map<string, string>, other: Set<string>) {
	return buildStory({
		slug,
		dir,
		read: (name) => files.get(name),
		exists: (name) => files.has(name) || other.has(name),
		listMedia: () => [...files.keys(), ...other].filter((n) => n.startsWith('media/'))
	});
}
