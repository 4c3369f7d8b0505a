import type { StepScene, Story } from './types';

/**
 * The story as the page carries it: layer geometry is served once, in map.json, not per page.
 * Pages that never show the lecturer's notes (the reader, the embeds) leave them out as well:
 * they are the lecturer's, not every reader's, and a phone need not download them. A page that
 * keeps its step cards as prerendered HTML (the reader) leaves out all that only the cards show
 * (prose, heading, date, places, citations, pictures, documents, tallies): the page has it, and
 * the app never reads it.
 */
export function forClient(story: Story, options: { notes?: boolean; cards?: boolean } = {}): Story {
	const layers = Object.fromEntries(
		Object.entries(story.layers).map(([id, { data: _data, ...rest }]) => [id, rest])
	);
	let steps = story.steps;
	if (options.notes === false) steps = steps.map(({ notes: _notes, ...step }) => step);
	// sceneAt shows a dated layer by the step's date: a story with dated layers keeps its dates.
	const dated = Object.values(story.layers).some((l) => l.from || l.to);
	if (options.cards === false)
		steps = steps.map(({ date, dateNote: _n, image: _i, images: _im, ...step }) => ({
			...step,
			...(dated && date ? { date } : {}),
			scene: cardless(step.scene),
			heading: '',
			html: '',
			places: [],
			citations: []
		}));
	return { ...story, layers, steps };
}

/** A scene without the document and the numbers its card shows. */
function cardless({ document: _doc, tally: _tally, ...scene }: StepScene): StepScene {
	return scene;
}
