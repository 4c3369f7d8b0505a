import { sceneAt } from '../scene/scene-at';
import type { Story } from '../story/types';

/** Which step a shell is on, and whether motion is reduced: the state every shell shares. */
export class StoryView {
	active = $state(0);
	/** The reader asked for less motion on the page (the toggle). */
	userReduced = $state<boolean | undefined>(undefined);
	/** The system setting prefers-reduced-motion. */
	systemReduced = $state(false);
	readonly reduced = $derived(this.userReduced ?? this.systemReduced);
	readonly scene;
	readonly story: Story;

	constructor(story: Story) {
		this.story = story;
		this.scene = $derived(sceneAt(story, this.active));
	}

	go(index: number): void {
		this.active = Math.max(0, Math.min(this.story.steps.length - 1, index));
	}
}

const KEY = 'lantern:reduce-motion';

/** The toggle's choice survives reloads; storage may be missing (sandboxed embeds), so guard it. */
export function loadMotionChoice(): boolean | undefined {
	try {
		const v = localStorage.getItem(KEY);
		return v === null ? undefined : v === '1';
	} catch {
		return undefined;
	}
}

export function saveMotionChoice(reduced: boolean): void {
	try {
		localStorage.setItem(KEY, reduced ? '1' : '0');
	} catch {
		/* no storage in an opaque-origin iframe: the choice lasts for this visit */
	}
}
