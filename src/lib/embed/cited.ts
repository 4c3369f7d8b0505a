import type { Source, Step, Story } from '../story/types';
import { own } from '../story/own';

/** The sources `steps` cite, in prose or under a document, once each, in order of first citation. */
export function citedBy(story: Story, steps: readonly Step[]): Source[] {
	const ids = steps.flatMap((s) => [
		...s.citations.map((c) => c.source),
		...(s.scene.document?.cite ? [s.scene.document.cite.source] : [])
	]);
	return [...new Set(ids)].flatMap((id) => own(story.sources, id) ?? []);
}
