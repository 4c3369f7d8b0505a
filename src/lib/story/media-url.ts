/**
 * The loader renders a prose picture as <img src="media/x.jpg">: relative to the story's own page
 * (/<slug>/). A page one or more folders down (/<slug>/embed/, /<slug>/print/) passes the way back
 * up ('../') so the same HTML finds the same file. Only the loader's own <img> tags can match:
 * prose text has its quotes escaped, and raw HTML never reaches the page.
 */
export function withMediaBase(html: string, base: string): string {
	return base ? html.replaceAll('<img src="media/', `<img src="${base}media/`) : html;
}
