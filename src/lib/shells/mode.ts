export type Mode = 'read' | 'present' | 'embed';

/** Which shell a path renders: /<slug>/present/…, /<slug>/embed/…, everything else reads. */
export function modeOf(pathname: string): Mode {
	if (/^\/[^/]+\/present(\/|$)/.test(pathname)) return 'present';
	if (/^\/[^/]+\/embed(\/|$)/.test(pathname)) return 'embed';
	return 'read';
}
