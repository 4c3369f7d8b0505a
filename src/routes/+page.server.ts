import { loadStory, storySlugs } from '$lib/story/load';

export function load() {
	return {
		stories: storySlugs().map((slug) => {
			const s = loadStory(slug);
			return {
				slug,
				title: s.title,
				subtitle: s.subtitle,
				summary: s.summary,
				steps: s.steps.length
			};
		})
	};
}
