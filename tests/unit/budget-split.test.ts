/**
 * Lecture-only and embed-only code stays out of the reader: the reader page's static import graph
 * (its route, the root layout, and everything they import without `import()`) reaches no other
 * shell (Deck, Embed, Notes, Handout…) and nothing under the mode routes (present/, embed/,
 * print/). Those load only on their own routes; the byte budgets (tests/e2e/budget.desktop.spec.ts)
 * then hold the reader to its size. A static check of the source: no build needed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

/** Resolves an import specifier from `from` to a file under src/, or undefined for packages. */
function resolveImport(spec: string, from: string): string | undefined {
	let base: string;
	if (spec.startsWith('$lib/') || spec === '$lib') base = join(SRC, 'lib', spec.slice(5));
	else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
	else return undefined; // a package, or $app/…: not ours
	for (const candidate of [
		base,
		`${base}.ts`,
		`${base}.js`,
		`${base}.svelte.ts`,
		join(base, 'index.ts'),
		join(base, 'index.js')
	])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	return undefined;
}

/** Static imports of a source file (type-only imports and `import()` left out). */
function staticImports(file: string): string[] {
	if (!/\.(ts|js|svelte)$/.test(file)) return [];
	const text = readFileSync(file, 'utf8');
	const specs: string[] = [];
	const pattern =
		/(?:^|[\n;])\s*(import|export)\s+(type\s+)?([^'";]*?\s+from\s+)?['"]([^'"]+)['"]/g;
	for (const m of text.matchAll(pattern)) {
		if (m[2]) continue; // import type … from …
		const clause = m[3] ?? '';
		// `import { type A, type B } from …` brings in no code either.
		const names = /\{([^}]*)\}/.exec(clause)?.[1];
		if (
			names &&
			!/\*|^\s*\w+\s*,/.test(clause) &&
			names.split(',').every((n) => /^\s*type\s+/.test(n) || !n.trim())
		)
			continue;
		specs.push(m[4] ?? '');
	}
	return specs;
}

function graph(entries: string[]): Set<string> {
	const seen = new Set<string>();
	const queue = entries.filter((e) => existsSync(e));
	while (queue.length) {
		const file = queue.pop() as string;
		if (seen.has(file)) continue;
		seen.add(file);
		for (const spec of staticImports(file)) {
			const target = resolveImport(spec, file);
			if (target && !seen.has(target)) queue.push(target);
		}
	}
	return seen;
}

const routes = join(SRC, 'routes');
const readerEntries = [
	join(routes, '+layout.svelte'),
	join(routes, '+layout.ts'),
	join(routes, '[story]', '+page.svelte'),
	join(routes, '[story]', '+page.ts')
];

const otherShells = readdirSync(join(SRC, 'lib', 'shells'))
	.filter((f) => f.endsWith('.svelte') && f !== 'Reader.svelte')
	.map((f) => join(SRC, 'lib', 'shells', f));

const modeFolders = ['present', 'embed', 'print'].map((m) => join(routes, '[story]', m) + '/');

describe(`the reader's code is split from the other modes (shells: ${otherShells.map((f) => relative(SRC, f)).join(', ') || 'none yet'})`, () => {
	const reader = graph(readerEntries);

	it('the reader page imports the Reader shell (the graph is read correctly)', () => {
		expect([...reader].map((f) => relative(ROOT, f))).toContain('src/lib/shells/Reader.svelte');
		expect(reader.size).toBeGreaterThan(5);
	});

	it('reaches no other shell and nothing under the mode routes', () => {
		const leaks = [...reader].filter(
			(f) => otherShells.includes(f) || modeFolders.some((folder) => f.startsWith(folder))
		);
		expect(leaks.map((f) => relative(ROOT, f))).toEqual([]);
	});

	it('the check can fail: a graph from the deck page does reach its shell', () => {
		const deckPage = join(routes, '[story]', 'present', '+page.svelte');
		if (!existsSync(deckPage)) {
			// No deck yet: the walker must still find a shell the reader page uses.
			expect(graph([join(routes, '[story]', '+page.svelte')]).size).toBeGreaterThan(1);
			return;
		}
		const deck = graph([deckPage]);
		expect([...deck].some((f) => otherShells.includes(f))).toBe(true);
	});
});
