import { expect, it } from 'vitest';
import { notesParagraphs } from './notes-text';

it.each([
	[undefined, []],
	['', []],
	['One line.', ['One line.']],
	['A sentence wrapped\nby the author.', ['A sentence wrapped by the author.']],
	['First ends here.\nSecond starts.', ['First ends here.', 'Second starts.']],
	[
		'Ends in a number 1928.\n2 pins are approximate.',
		['Ends in a number 1928.', '2 pins are approximate.']
	],
	['Why?\n“Because,” he said.', ['Why?', '“Because,” he said.']],
	['Marked by\nA. I. Gegello.', ['Marked by A. I. Gegello.']],
	['Para one.\n\nlower case after a blank line.', ['Para one.', 'lower case after a blank line.']],
	['  indented\n  lines.\n', ['indented lines.']]
])('notesParagraphs(%j)', (notes, expected) => {
	expect(notesParagraphs(notes)).toEqual(expected);
});
