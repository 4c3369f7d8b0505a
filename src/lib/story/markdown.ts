import markdownIt, {
	type MarkdownIt,
	type StateCore,
	type StateInline,
	type Token
} from 'markdown-it';
import type { Citation } from './types';
import { isOutsideHref, isSafeHref } from './safe-url';

/**
 * The one Markdown configuration. Raw HTML is parsed (so it can be reported with its position)
 * but never rendered: prose is not a way to put script into a page that others embed.
 */
export function createMarkdown(): MarkdownIt {
	const md = markdownIt({ html: true, linkify: false, typographer: true });
	// Every link and image is parsed, whatever its address, so that parse.ts can report an unsafe
	// one with its position instead of letting it fall through as literal text. The renderer
	// below still never writes an unsafe address into the page.
	md.validateLink = () => true;
	md.inline.ruler.before('link', 'citation', citationRule);
	md.core.ruler.push('lone_images', loneImages);
	md.renderer.rules.html_block = () => '';
	md.renderer.rules.html_inline = () => '';
	md.renderer.rules.image = (tokens, idx, opts, env, self) => {
		const t = tokens[idx];
		if (!t) return '';
		const src = String(t.attrGet('src') ?? '');
		if (!isMediaPath(src)) return '';
		const esc = md.utils.escapeHtml;
		const alt = self.renderInlineAsText(t.children ?? [], opts, env);
		const credit = String(t.attrGet('title') ?? '');
		const img = `<img src="${esc(src)}" alt="${esc(alt)}" loading="lazy" decoding="async">`;
		return t.meta?.lone
			? `<figure class="step-figure">${img}<figcaption><span class="credit">${esc(credit)}</span></figcaption></figure>\n`
			: `<span class="step-figure inline">${img}<small class="credit">${esc(credit)}</small></span>`;
	};
	md.renderer.rules.citation = (tokens, idx, _opts, env) => {
		const c = tokens[idx]?.meta as unknown as Citation;
		const label = (env as RenderEnv | undefined)?.citationLabel?.(c) ?? c.source;
		return `<a class="cite" href="#source-${md.utils.escapeHtml(c.source)}">${md.utils.escapeHtml(label)}</a>`;
	};
	// Links in the prose leave the story: open them in the top window, never inside an embed.
	md.renderer.rules.link_open = (tokens, idx, opts, _env, self) => {
		const t = tokens[idx];
		const href = String(t?.attrGet('href') ?? '');
		if (t && !isSafeHref(href)) t.attrs = (t.attrs ?? []).filter(([name]) => name !== 'href');
		if (t && isOutsideHref(href)) {
			t.attrSet('target', '_top');
			t.attrSet('rel', 'noopener');
		}
		return self.renderToken(tokens, idx, opts);
	};
	return md;
}

export { isSafeHref } from './safe-url';

/** The image formats a page may show from media/: no SVG, which can carry script. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'avif'] as const;

/** A relative path inside the story's media/ folder: media/x.jpg, media/plans/1755.png. */
export function isMediaPath(path: string): boolean {
	return (
		/^media\/[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/.test(path) &&
		!path.split('/').includes('..')
	);
}

/** A paragraph that holds one image and nothing else becomes a figure with its credit. */
function loneImages(state: StateCore): void {
	const tokens = state.tokens;
	for (let i = 0; i + 2 < tokens.length; i++) {
		const [open, inline, close] = [tokens[i], tokens[i + 1], tokens[i + 2]];
		if (open?.type !== 'paragraph_open' || inline?.type !== 'inline' || !close) continue;
		const children = (inline.children ?? []).filter(
			(c) => !(c.type === 'text' && !c.content.trim()) && c.type !== 'softbreak'
		);
		const only = children.length === 1 ? children[0] : undefined;
		if (only?.type !== 'image') continue;
		only.meta = { ...(only.meta ?? {}), lone: true };
		open.hidden = true;
		close.hidden = true;
	}
}

export interface RenderEnv {
	citationLabel?: (c: Citation) => string;
}

/**
 * `[@key]` or `[@key, locator]`, matched in place (sticky) with every part capped: a line of
 * 200,000 `[@` must not make each of them scan the rest of the line (that was quadratic).
 */
export const CITATION = /\[@([^\],\s[]{1,100})(?:\s{0,20},\s{0,20}([^\][]{1,300}))?\]/y;

function citationRule(state: StateInline, silent: boolean): boolean {
	if (
		state.src.charCodeAt(state.pos) !== 0x5b /* [ */ ||
		state.src.charCodeAt(state.pos + 1) !== 0x40 /* @ */
	)
		return false;
	CITATION.lastIndex = state.pos;
	const m = CITATION.exec(state.src);
	if (!m) return false;
	if (!silent) {
		const token = state.push('citation', '', 0);
		const locator = m[2]?.trim();
		token.meta = locator ? { source: m[1], locator } : { source: m[1] };
		token.content = m[0];
	}
	state.pos += m[0].length;
	return true;
}

/** A block quote whose last paragraph starts with an em dash: that paragraph is the attribution. */
export function markAttributions(tokens: Token[]): void {
	const stack: number[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (!t) continue;
		if (t.type === 'blockquote_open') stack.push(i);
		if (t.type === 'blockquote_close') {
			stack.pop();
			let j = i - 1;
			while (j > 0 && tokens[j]?.type !== 'paragraph_open') j--;
			const inline = tokens[j + 1];
			if (inline?.type === 'inline' && /^\s*[—–]/.test(inline.content)) {
				const open = tokens[j];
				const close = tokens[j + 2];
				if (open && close) {
					open.tag = 'footer';
					close.tag = 'footer';
				}
			}
		}
	}
}
