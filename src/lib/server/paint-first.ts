/**
 * Every page is prerendered: its text, map slot and layout are in the HTML. So the first paint
 * needs only the HTML and the CSS, and this moves what SvelteKit would fetch before it (the
 * modulepreload links in the head) and the start of hydration to just after it. On a slow phone
 * the text then appears without waiting behind ~120 KB of script competing for the connection,
 * and the script still arrives in one parallel burst, not as an import waterfall.
 *
 * The wait itself, `__lanternPainted`, is a promise set by the inline script in app.html: it
 * resolves a task after the first frame (or after a short timeout, for tabs that get no frames).
 * A page this transform does not recognise is left exactly as SvelteKit wrote it.
 */

const PRELOAD = /[ \t]*<link href="([^"]+)" rel="modulepreload">\n?/g;
const BOOT = 'Promise.all([';
const THEN = ']).then(([kit, app]) => {';

export function paintFirst(html: string): string {
	const boot = html.indexOf(BOOT);
	const then = html.indexOf(THEN, boot);
	if (boot < 0 || then < 0) return html;
	const hrefs = Array.from(html.matchAll(PRELOAD), (m) => m[1]);
	const preload =
		`for (const href of ${JSON.stringify(hrefs)}) {` +
		` const link = document.createElement('link'); link.rel = 'modulepreload';` +
		` link.href = href; document.head.append(link); }`;
	return (
		html.slice(0, boot).replace(PRELOAD, '') +
		`__lanternPainted.then(() => { ${preload} return ${BOOT}` +
		html.slice(boot + BOOT.length, then) +
		`]); }).then(([kit, app]) => {` +
		html.slice(then + THEN.length)
	);
}
