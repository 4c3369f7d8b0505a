import type { Problems } from './errors';
import type { StoryFiles } from './build';

/**
 * Guards on the raw text of a story file, before anything parses it. A story file may come from
 * an author the site owner does not fully trust (docs/security.md, "A hostile author").
 */

/**
 * Characters XML forbids (C0 controls but tab, newline and return; DEL; U+FFFE and U+FFFF) and
 * lone surrogates: one in a name or a heading made the scene SVGs malformed XML.
 */
const FORBIDDEN =
	// eslint-disable-next-line no-control-regex -- control characters are exactly what to find
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Report every line holding a forbidden character (once per line) and return the text with each
 * replaced by a space, so the rest of the file is still checked with its columns unchanged.
 */
export function refuseControlCharacters(text: string, file: string, problems: Problems): string {
	// Lines are counted as the scan goes: a file full of them stays linear.
	let line = 1;
	let lineStart = 0;
	let nextNewline = text.indexOf('\n');
	let reported = 0;
	return text.replace(FORBIDDEN, (c, offset: number) => {
		while (nextNewline >= 0 && nextNewline < offset) {
			line++;
			lineStart = nextNewline + 1;
			nextNewline = text.indexOf('\n', lineStart);
		}
		if (line !== reported) {
			reported = line;
			const code = c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
			problems.error(
				file,
				line,
				offset - lineStart + 1,
				`control character U+${code} in the text: expected printable characters only`,
				'delete it (it is invisible in most editors; it came with a paste or a conversion)'
			);
		}
		return ' ';
	});
}

/**
 * The longest line of prose read. Markdown's inline parser is linear but slow on hostile
 * brackets (a megabyte of `[` takes seconds), and no real paragraph is a single line this long.
 */
export const MAX_LINE = 10_000;

/** Report lines over MAX_LINE and return the lines with each of those emptied (numbering kept). */
export function refuseLongLines(
	lines: readonly string[],
	firstLine: number,
	file: string,
	problems: Problems
): string[] {
	return lines.map((l, i) => {
		if (l.length <= MAX_LINE) return l;
		problems.error(
			file,
			i + firstLine,
			MAX_LINE + 1,
			`a line of ${l.length.toLocaleString('en')} characters: expected at most ${MAX_LINE.toLocaleString('en')}`,
			'break the paragraph into lines (Markdown joins them again)'
		);
		return '';
	});
}

/** The story's files as the loader reads them: each text checked for control characters once. */
export function guardFiles(files: StoryFiles, problems: Problems): StoryFiles {
	const seen = new Map<string, string | undefined>();
	return {
		...files,
		// Pictures are binary: whether one exists is asked of the raw files, never of `read` here.
		exists: files.exists ?? ((name) => files.read(name) !== undefined),
		read(name) {
			if (!seen.has(name)) {
				const text = files.read(name);
				const path = `${files.dir}/${name}`;
				seen.set(name, text === undefined ? text : refuseControlCharacters(text, path, problems));
			}
			return seen.get(name);
		}
	};
}

/** Message and hint for a file of the story that is a link to a file outside its folder. */
export function outsideMessage(name: string, real: string): [string, string] {
	return [
		`\`${name}\` is a link to ${real}, outside the story folder: expected a file inside it`,
		'copy the file into the story folder: a story publishes only what its folder holds'
	];
}

/** The deepest nesting of [ … ] and { … } a story's YAML may have (real stories use 3 or 4). */
export const MAX_NESTING = 64;

/**
 * The offset where flow brackets nest deeper than MAX_NESTING, or undefined. The YAML parser
 * recurses per level: deeper input ran it out of stack ("Maximum call stack size exceeded"), and
 * 100,000 unclosed brackets out of memory. Quoted text and comments are skipped; a quote opens
 * only where a YAML value can start, so an apostrophe in a word (it's) is just a letter.
 */
export function nestingTooDeep(text: string): number | undefined {
	let depth = 0;
	let quote = '';
	let prev = '\n';
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quote) {
			if (c === quote) quote = '';
			else if (c === '\n' && quote === '#') quote = '';
		} else if ((c === '"' || c === "'") && /[\n:[{,\-?]/.test(prev)) quote = c;
		else if (c === '#' && /\s/.test(text[i - 1] ?? '\n')) quote = '#';
		else if (c === '[' || c === '{') {
			if (++depth > MAX_NESTING) return i;
		} else if ((c === ']' || c === '}') && depth > 0) depth--;
		if (!/[ \t]/.test(c)) prev = c;
	}
	return undefined;
}
