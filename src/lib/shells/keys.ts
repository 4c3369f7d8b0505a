/** j/k and the left/right arrows move a step, unless the reader is typing or holding a modifier. */
export function keyAction(event: KeyboardEvent): 'next' | 'previous' | undefined {
	if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return undefined;
	const t = event.target as HTMLElement | null;
	if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(t.tagName)))
		return undefined;
	if (event.key === 'j' || event.key === 'ArrowRight') return 'next';
	if (event.key === 'k' || event.key === 'ArrowLeft') return 'previous';
	return undefined;
}
