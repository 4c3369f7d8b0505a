import { error, json } from '@sveltejs/kit';
import { oembedResponse, storyLinks } from '$lib/embed/share';
import { loadStory, storySlugs } from '$lib/story/load';
import type { EntryGenerator } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () =>
	storySlugs().flatMap((story) => loadStory(story).chapters.map((c) => ({ story, chapter: c.id })));

/** One chapter's oEmbed response (see ../../../oembed.json): its embed page links here. */
export function GET({ params, url }) {
	const story = loadStory(params.story);
	const chapter = story.chapters.find((c) => c.id === params.chapter);
	if (!chapter) error(404, `no chapter ${params.chapter}`);
	const siteRoot = new URL('../../../', url).href;
	const links = storyLinks(siteRoot, story.slug, chapter.id);
	const first = story.steps[chapter.start]?.id ?? '';
	return json(
		oembedResponse(
			{ ...links, story: `${links.story}#${first}` },
			{
				title: `${chapter.title} — ${story.title}`,
				author: story.byline,
				provider: 'Lantern',
				siteRoot
			}
		)
	);
}
