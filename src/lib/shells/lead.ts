/**
 * A step's lead for the deck: its first paragraph (or first block quotation), taken from the
 * prose the loader already rendered and sanitised. The projector shows one idea in large type;
 * the rest of the prose stays in the reader and the handout. Citations stay as text: the sources
 * list they link to is not on the deck.
 */
export function leadOf(html: string): string {
	const first = /<(p|blockquote)(?:\s[^>]*)?>[\s\S]*?<\/\1>/.exec(html);
	return first ? first[0].replace(/<a class="cite"[^>]*>([\s\S]*?)<\/a>/g, '<cite>$1</cite>') : '';
}
