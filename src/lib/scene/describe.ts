import type { Scene, SceneMarker } from './scene';

const named = (m: SceneMarker) => (m.today ? `${m.name} (today ${m.today})` : m.name);

function list(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A plain sentence saying what the map shows, for readers who cannot see it. */
export function describeScene(scene: Omit<Scene, 'description'>): string {
	const parts: string[] = [];
	const main = scene.markers.filter((m) => m.highlighted);
	const rest = scene.markers.filter((m) => !m.highlighted);
	if (main.length) parts.push(`Map centred on ${list(main.map(named))}`);
	if (rest.length)
		parts.push(`${main.length ? 'also marked' : 'Map showing'}: ${list(rest.map(named))}`);
	for (const r of scene.routes) parts.push(`a line traces the route ${r.label}`);
	for (const l of scene.layers)
		parts.push(`drawn on a ${l.label.charAt(0).toLowerCase()}${l.label.slice(1)}`);
	if (!parts.length) return 'Map of the region.';
	return parts.join('; ') + '.';
}
