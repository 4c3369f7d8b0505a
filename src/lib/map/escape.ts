/** Leaflet's divIcon takes HTML: names from story files go in as text, never as markup. */
export const escapeHtml = (s: string): string =>
	s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
