/**
 * Hide marker labels that would overlap a label of higher rank (the highlighted place first, then
 * towns, then sites, in story order). The pins stay; the hidden names are still in the scene's
 * text description, which is what screen readers get.
 */
export function declutter(container: HTMLElement): void {
	const markers = Array.from(container.querySelectorAll<HTMLElement>('.lantern-marker'));
	const rank = (m: HTMLElement) =>
		m.classList.contains('is-highlighted') ? 0 : m.classList.contains('kind-city') ? 1 : 2;
	const ordered = markers
		.map((m, i) => ({ m, i }))
		.sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i);
	// Measure every label in one pass, then decide: measuring after each class change would force
	// a fresh layout of the page per marker (a tenth of a slow phone's second per scene). Hiding is
	// `visibility`, which moves nothing, so the rects hold for the whole pass.
	for (const { m } of ordered) m.classList.remove('label-hidden');
	const rects = ordered.map(({ m }) => m.querySelector('.label')?.getBoundingClientRect());
	const kept: DOMRect[] = [];
	ordered.forEach(({ m }, i) => {
		const r = rects[i];
		if (!r) return;
		if (
			kept.some((k) => r.left < k.right && r.right > k.left && r.top < k.bottom && r.bottom > k.top)
		) {
			m.classList.add('label-hidden');
		} else kept.push(r);
	});
}
