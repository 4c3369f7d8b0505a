import type { StoryProblem } from '../story/errors';

/** The error Vite's overlay shows (ErrorPayload['err'] in vite/types/hmrPayload.d.ts). */
export interface OverlayError {
	message: string;
	stack: string;
	id: string;
	frame: string;
	plugin: string;
	loc: { file: string; line: number; column: number };
}

/** Frames shown at most; the message still lists every error. */
const MAX_FRAMES = 25;

/**
 * A few lines of a file around line:column, with a caret under the column, in the layout
 * Vite's overlay recognises as a code frame:
 *
 *   12 | places: [square]
 * > 13 | view: { fit: [squre] }
 *      |               ^
 *   14 | ```
 */
export function codeFrame(text: string, line: number, column: number, context = 2): string {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const first = Math.max(1, line - context);
	const last = Math.min(lines.length, line + context);
	const width = String(last).length;
	const out: string[] = [];
	for (let n = first; n <= last; n++) {
		const src = lines[n - 1] ?? '';
		out.push(`${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${src}`);
		if (n === line) {
			// Keep the tabs of the line itself, so the caret lines up however tabs are shown.
			const pad = src.slice(0, Math.max(0, column - 1)).replace(/[^\t]/g, ' ');
			out.push(`  ${' '.repeat(width)} | ${pad}^`);
		}
	}
	return out.join('\n');
}

/**
 * What the dev server sends to the overlay when a story has errors: every error and warning in
 * the message, as `npm run stories:check` prints them; a code frame for each error; the first
 * error as the location, so the file name in the overlay opens the editor there.
 */
export function overlayError(
	slug: string,
	problems: readonly StoryProblem[],
	read: (file: string) => string | undefined,
	absolute: (file: string) => string
): OverlayError {
	const errors = problems.filter((p) => p.severity === 'error');
	const warnings = problems.length - errors.length;
	const first = errors[0] ?? problems[0];
	const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
	const head =
		`Story "${slug}" has ${count(errors.length, 'error')}` +
		(warnings ? ` and ${count(warnings, 'warning')}` : '') +
		': the page shows its last valid version until they are fixed.';
	const list = problems.map((p) => {
		const hint = p.hint ? `\n    hint: ${p.hint}` : '';
		return `${p.file}:${p.line}:${p.column}  ${p.severity}: ${p.message}${hint}`;
	});
	const frames = errors.slice(0, MAX_FRAMES).map((p) => {
		const text = read(p.file);
		const where = `${p.file}:${p.line}:${p.column}`;
		return text === undefined
			? `${where}  (file not found)`
			: `${where}\n${codeFrame(text, p.line, p.column)}`;
	});
	if (errors.length > MAX_FRAMES)
		frames.push(
			`… ${count(errors.length - MAX_FRAMES, 'more error')}: npm run stories:check ${slug}`
		);
	return {
		message: [head, '', ...list].join('\n'),
		stack: '',
		id: first ? absolute(first.file) : '',
		frame: frames.join('\n\n'),
		plugin: 'lantern-stories',
		loc: first
			? { file: absolute(first.file), line: first.line, column: first.column }
			: { file: '', line: 1, column: 1 }
	};
}
