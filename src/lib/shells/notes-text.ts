/**
 * Lecturer's notes as paragraphs. Authors wrap notes at the editor's width inside a YAML block,
 * so a line break is a paragraph break only after a sentence ends (. ? ! or :) and before a
 * capital, a digit or a quotation mark; any other break is only the author's wrapping.
 */
export function notesParagraphs(notes: string | undefined): string[] {
	if (!notes) return [];
	const paragraphs: string[] = [];
	let current = '';
	for (const raw of notes.split('\n')) {
		const line = raw.trim();
		if (!line) {
			if (current) paragraphs.push(current);
			current = '';
		} else if (current && /[.?!:]["'”’)]?$/.test(current) && /^["'“‘(]?[\p{Lu}\d]/u.test(line)) {
			paragraphs.push(current);
			current = line;
		} else {
			current = current ? `${current} ${line}` : line;
		}
	}
	if (current) paragraphs.push(current);
	return paragraphs;
}
