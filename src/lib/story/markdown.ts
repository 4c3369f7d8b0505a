import markdownIt, { type MarkdownIt, type StateInline, type Token } from 'markdown-it';
import type { Citation } from './types';

/**
 * The one Markdown configuration. Raw HTML is parsed (so it can be reported with its position)
 * but never rendered: prose is not a way to put script into a page that others embed.
 */
export function createMarkdown(): MarkdownIt {
	const md = markdownIt({ html: true, linkify: false, typographer: true });
	md.inline.ruler.before('link', 'citation', citationRule);
	md.renderer.rules.html_block = () => '';
	md.renderer.rules.html_inline = () => '';
	md.renderer.rules.citation = (tokens, idx, _opts, env) => {
		const c = tokens[idx]?.meta as unknown as Citation;
		const label = (env as RenderEnv | undefined)?.citationLabel?.(c) ?? c.source;
		return `<a class="cite" href="#source-${md.utils.escapeHtml(c.source)}">${md.utils.escapeHtml(label)}</a>`;
	};
	// Links in the prose leave the story: open them in the top window, never inside an embed.
	md.renderer.rules.link_open = (tokens, idx, opts, _env, self) => {
		const t = tokens[idx];
		const href = String(t?.attrGet('href') ?? '');
		if (t && /^https?:/i.test(href)) {
			t.attrSet('target', '_top');
			t.attrSet('rel', 'noopener');
		}
		return self.renderToken(tokens, idx, opts);
	};
	return md;
}

export interface RenderEnv {
	citationLabel?: (c: Citation) => string;
}

export const CITATION = /^\[@([^\],\s]+)(?:\s*,\s*([^\]]+))?\]/;

function citationRule(state: StateInline, silent: boolean): boolean {
	if (
		state.src.charCodeAt(state.pos) !== 0x5b /* [ */ ||
		state.src.charCodeAt(state.pos + 1) !== 0x40 /* @ */
	)
		return false;
	const m = CITATION.exec(state.src.slice(state.pos));
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
