import type * as Leaflet from 'leaflet';
import type { SceneMarker } from '../scene/scene';
import { escapeHtml } from './escape';

/** A pin and the 1917 name; today's name beside it in a quieter face. */
export function markerIcon(L: typeof Leaflet, m: SceneMarker): Leaflet.DivIcon {
	const today = m.today ? `<span class="today">${escapeHtml(m.today)}</span>` : '';
	return L.divIcon({
		className: `lantern-marker${m.highlighted ? ' is-highlighted' : ''} kind-${m.kind}`,
		html: `<span class="pin" aria-hidden="true"></span><span class="label"><span class="name">${escapeHtml(m.name)}</span>${today}</span>`,
		iconSize: [0, 0],
		iconAnchor: [0, 0]
	});
}
