import type { Token } from 'markdown-it';
import type { MarkdownIt } from 'markdown-it';

type Find = (snippet: string) => { line: number; column: number; found: boolean };

/**
 * Where a prose link's address stands, for its message. markdown-it gives a block's lines only,
 * and an address may not be written as it reads (`<…>`, `&#106;`, on the next line, or in a
 * reference definition further down): each of those was reported at the block's first line.
 */
export function linkPosition(
	md: MarkdownIt,
	child: Token,
	href: string,
	find: Find,
	lines: readonly string[],
	bodyStart: number
): { line: number; column: number } {
	const at = find(`](${href}`);
	if (at.found) return { line: at.line, column: at.column + 2 };
	if (child.markup === 'autolink') {
		const a = find('<');
		return { line: a.line, column: a.column + 1 };
	}
	// A reference link: the address is on its definition's line, `[label]: address`.
	for (let l = bodyStart; l < lines.length; l++) {
		const m = /^( {0,3}\[[^\]]+\]:[ \t]*<?)([^\s>]+)/.exec(lines[l] ?? '');
		if (m?.[2] && md.normalizeLink(md.utils.unescapeAll(m[2])) === href)
			return { line: l + 1, column: (m[1]?.length ?? 0) + 1 };
	}
	// An inline link written otherwise: the first character after `](`, `<` and any spaces.
	const open = find('](');
	if (!open.found) return open;
	let line = open.line;
	let col = open.column + 1; // 0-based index just after `](`
	while (line <= lines.length) {
		const text = lines[line - 1] ?? '';
		while (col < text.length && /[\s<]/.test(text[col] ?? '')) col++;
		if (col < text.length) return { line, column: col + 1 };
		line++;
		col = 0;
	}
	return open;
}
