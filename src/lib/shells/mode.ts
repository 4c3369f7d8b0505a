export type Mode = 'read' | 'present' | 'embed' | 'follow';

/**
 * Which shell a path renders: /<slug>/present/…, /<slug>/embed/…, /<slug>/follow/ (the reader
 * following a live lecture), everything else reads.
 */
export function modeOf(pathname: string): Mode {
	if (/^\/[^/]+\/present(\/|$)/.test(pathname)) return 'present';
	if (/^\/[^/]+\/embed(\/|$)/.test(pathname)) return 'embed';
	if (/^\/[^/]+\/follow(\/|$)/.test(pathname)) return 'follow';
	return 'read';
}

/**
 * When a page's app starts (app.html): on the reader's first move for the story page, whose
 * prerendered HTML is the whole story and whose map waits behind its cover beside its title card;
 * after the first paint for every other page (the home page, the handout, the deck, the embed).
 */
export function startOn(pathname: string): 'move' | 'paint' {
	return /^\/[^/]+\/?$/.test(pathname) ? 'move' : 'paint';
}
