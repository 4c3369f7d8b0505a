/**
 * The addresses and markup other sites use to embed a story: the iframe snippet the reader's
 * Embed button copies, and the oEmbed response WordPress and other consumers fetch. Pure
 * functions of absolute URLs, so the server (prerendered JSON) and the reader (the button) agree.
 */

export interface StoryLinks {
	/** The full story: https://site.example/<slug>/ */
	story: string;
	/** The embed page: …/<slug>/embed/ or …/<slug>/embed/<chapter>/ */
	embed: string;
	/** The oEmbed JSON for that embed. */
	oembed: string;
	/** The story's preview image (Open Graph, oEmbed thumbnail). */
	image: string;
	/** The host script that resizes the iframe. */
	script: string;
}

/** Size of the preview image made at build time (Open Graph's recommended 1.91:1). */
export const IMAGE_SIZE = { width: 1200, height: 630 } as const;
/** The iframe's size before the embed reports its height. */
export const FRAME_SIZE = { width: 640, height: 720 } as const;

/**
 * The sandbox our snippet gives the iframe. No `allow-same-origin` would also work (the embed
 * guards storage and needs CORS only for fonts and map data), but a separate story origin makes
 * it safe, and it spares hosts whose static server sends no CORS headers. Popups and top
 * navigation are allowed only so that "Open the full story" can leave the frame on a click.
 */
export const SANDBOX =
	'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation';

/** `siteRoot` is the site's absolute address with a trailing slash: origin plus base path. */
export function storyLinks(siteRoot: string, slug: string, chapter?: string): StoryLinks {
	const story = new URL(`${encodeURIComponent(slug)}/`, siteRoot).href;
	const embed = new URL(chapter ? `embed/${encodeURIComponent(chapter)}/` : 'embed/', story).href;
	return {
		story,
		embed,
		oembed: new URL('oembed.json', chapter ? embed : story).href,
		image: new URL('og.png', story).href,
		script: new URL('embed.js', siteRoot).href
	};
}

/** Text made safe for an HTML attribute or element. */
export function escapeHtml(text: string): string {
	return text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c
	);
}

/** The snippet an editor pastes into their page: the iframe and the host script. */
export function embedSnippet(links: StoryLinks, title: string): string {
	const { width, height } = FRAME_SIZE;
	return (
		`<iframe src="${escapeHtml(links.embed)}" title="${escapeHtml(title)}" width="${width}" height="${height}"` +
		` style="border:0;width:100%;max-width:100%" loading="lazy" data-lantern` +
		` sandbox="${SANDBOX}" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin"></iframe>\n` +
		`<script src="${escapeHtml(links.script)}" async></script>`
	);
}

export interface OEmbedRich {
	version: '1.0';
	type: 'rich';
	title: string;
	author_name?: string;
	provider_name: string;
	provider_url: string;
	cache_age: number;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

/**
 * An oEmbed "rich" response whose html survives WordPress's filter for untrusted providers
 * (wp_filter_oembed_result keeps a blockquote with a link, and one iframe with src, width,
 * height, frameborder and title): the blockquote is the fallback WordPress shows until the
 * embed has spoken.
 */
export function oembedResponse(
	links: StoryLinks,
	o: { title: string; author?: string; provider: string; siteRoot: string }
): OEmbedRich {
	const { width, height } = FRAME_SIZE;
	const title = escapeHtml(o.title);
	return {
		version: '1.0',
		type: 'rich',
		title: o.title,
		...(o.author ? { author_name: o.author } : {}),
		provider_name: o.provider,
		provider_url: o.siteRoot,
		cache_age: 86400,
		html:
			`<blockquote><a href="${escapeHtml(links.story)}">${title}</a></blockquote>` +
			`<iframe src="${escapeHtml(links.embed)}" width="${width}" height="${height}" title="${title}" frameborder="0"></iframe>`,
		width,
		height,
		thumbnail_url: links.image,
		thumbnail_width: IMAGE_SIZE.width,
		thumbnail_height: IMAGE_SIZE.height
	};
}
