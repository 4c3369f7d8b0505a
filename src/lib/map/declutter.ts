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
	const kept: DOMRect[] = [];
	for (const { m } of ordered) {
		m.classList.remove('label-hidden');
		const label = m.querySelector('.label');
		if (!label) continue;
		const r = label.getBoundingClientRect();
		if (
			kept.some((k) => r.left < k.right && r.right > k.left && r.top < k.bottom && r.bottom > k.top)
		) {
			m.classList.add('label-hidden');
		} else kept.push(r);
	}
}
