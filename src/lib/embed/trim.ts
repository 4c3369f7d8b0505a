import type { Story } from '../story/types';

/**
 * The story as an embed of steps `start`..`end` carries it: every step keeps its index, id and
 * scene (indices are the story's own, and scenes are computed from them), but only the steps it
 * shows keep their prose, and none keeps its presenter notes. A chapter's page then carries its
 * chapter, not the whole documentary.
 */
export function trimForEmbed(story: Story, start: number, end: number): Story {
	const steps = story.steps.map((s, i) => {
		const { notes: _notes, ...rest } = s;
		return i >= start && i < end ? rest : { ...rest, html: '', citations: [] };
	});
	return { ...story, steps };
}
