import { describe, expect, it } from 'vitest';
import { Problems } from './errors';
import { parseStoryMarkdown } from './parse';

/** Every hostile prose link the attack tried, with where its address starts (line 11 is the first
 * line of the paragraph): half of them were once reported at the paragraph's first line. */
const CASES: [string, ...[number, number][]][] = [
	['See [x](javascript:alert(1)) now.', [11, 9]],
	['See [x](JaVaScRiPt:alert(1)) now.', [11, 9]],
	['See [x](<javascript:alert(1)>) now.', [11, 10]],
	['See [x](&#106;avascript:alert(1)) now.', [11, 9]],
	['See [x](data:text/html,hi) now.', [11, 9]],
	['See [x](\njavascript:alert(1)) now.', [12, 1]],
	['See [x\ny](javascript:alert(1)) now.', [12, 4]],
	['See <javascript:alert(1)> now.', [11, 6]],
	['See [x][r] now.\n\n[r]: javascript:alert(1)', [13, 6]],
	['See [x](vbscript:x "t") and [y](javascript:y) now.', [11, 9], [11, 33]],
	['A line.\nSee [x](  javascript:alert(1)) now.', [12, 11]],
	['See [x](//evil.example/x) now.', [11, 9]],
	['> quote [x](javascript:q)', [11, 13]],
	['- item [x](javascript:i)', [11, 12]],
	['See [*x*](javascript:e) now.', [11, 11]]
];

describe('the position of a prose link', () => {
	it.each(CASES)('%j', (prose, ...expected) => {
		const text = `---\ntitle: t\n---\n\n# C {#c}\n\n## S {#s}\n\nIntro.\n\n${prose}\n`;
		const { steps } = parseStoryMarkdown(text, 'story.md', new Problems());
		expect(steps[0]?.links.map((l) => [l.line, l.column])).toEqual(expected);
	});
});
