/**
 * Every page is prerendered: its text, map slot and layout are in the HTML, so the first paint
 * needs only the HTML and the CSS. The app's modules are fetched at once (SvelteKit's
 * modulepreload links stay in the head, moved below the stylesheets so that those are asked for
 * first), but SvelteKit starts — module evaluation and hydration, the longest tasks of a page load — only
 * after the first frame: `__lanternPainted`, a promise set by the inline script in app.html that
 * resolves a task after the first frame (or after a short timeout, for tabs that get no frames).
 * On the story page opened at its title it resolves on the reader's first move instead (startOn
 * in src/lib/shells/mode.ts): that page reads as it is, and its load then runs no app at all.
 *
 * Until November 2026 the modulepreload links were also held back until that frame. On a phone
 * that made the app ready later by a whole download; in Lighthouse's simulation it made the
 * first paint land either before or after the scripts were requested, depending on a few
 * milliseconds, and the mobile score jumped between 0.73 and 0.91 from run to run.
 * A page this transform does not recognise is left exactly as SvelteKit wrote it.
 */

const PRELOAD = /[ \t]*<link href="[^"]+" rel="modulepreload">\n?/g;
const BOOT = 'Promise.all([';
const THEN = ']).then(([kit, app]) => {';

export function paintFirst(html: string): string {
	const boot = html.indexOf(BOOT);
	const then = html.indexOf(THEN, boot);
	const headEnd = html.indexOf('</head>');
	if (boot < 0 || then < 0 || headEnd < 0 || headEnd > boot) return html;
	const preloads = html.slice(0, headEnd).match(PRELOAD) ?? [];
	return (
		html.slice(0, headEnd).replace(PRELOAD, '') +
		preloads.join('') +
		html.slice(headEnd, boot) +
		`__lanternPainted.then(() => ${BOOT}` +
		html.slice(boot + BOOT.length, then) +
		`])).then(([kit, app]) => {` +
		html.slice(then + THEN.length)
	);
}
