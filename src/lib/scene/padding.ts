/**
 * Room kept around fitted places, in pixels, the same for the live map and the static pictures.
 * Labels stand to the right of their pins, so the right side gets more; small maps (phones)
 * keep proportionally less, or a fit of distant places would zoom out past the basemap.
 */
export function framePadding(
	width: number,
	height: number
): { left: number; top: number; right: number; bottom: number } {
	const side = Math.min(40, width * 0.06);
	return {
		left: side,
		top: Math.min(40, height * 0.08),
		right: Math.min(150, width * 0.2),
		bottom: Math.min(48, height * 0.1)
	};
}

/** How far beyond the story's region the basemap is drawn, so a zoomed-out view shows no edge. */
export function basemapRegion(
	region: readonly [number, number, number, number]
): [number, number, number, number] {
	const [w, s, e, n] = region;
	const dx = (e - w) * 0.3;
	const dy = (n - s) * 0.3;
	return [
		Math.max(-180, w - dx),
		Math.max(-85, s - dy),
		Math.min(180, e + dx),
		Math.min(85, n + dy)
	];
}
