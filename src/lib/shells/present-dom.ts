import type { Story } from '../story/types';

/** The step a URL hash names (#<step-id>), if the story has it. */
export function stepFromHash(story: Story, hash: string): number | undefined {
	let id = hash.replace(/^#/, '');
	try {
		id = decodeURIComponent(id);
	} catch {
		return undefined;
	}
	const i = story.steps.findIndex((s) => s.id === id);
	return i >= 0 ? i : undefined;
}

/** Whether keys belong to the focused element: text fields keep all, buttons keep Enter and Space. */
export function focusKind(target: EventTarget | null): { editing: boolean; activating: boolean } {
	if (!(target instanceof HTMLElement)) return { editing: false, activating: false };
	const toggle = target instanceof HTMLInputElement && /^(checkbox|radio)$/.test(target.type);
	const editing =
		target.isContentEditable || (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && !toggle);
	const activating = toggle || /^(BUTTON|A|SUMMARY)$/.test(target.tagName);
	return { editing, activating };
}
