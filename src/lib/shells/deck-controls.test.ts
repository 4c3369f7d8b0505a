import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadStory } from '../story/load';
import { DeckControls } from './deck-controls.svelte';
import { StoryView } from './story-view.svelte';

const story = loadStory('the-crisis-has-matured');

function deck() {
	const effects = { fullscreen: vi.fn(), notes: vi.fn(), changed: vi.fn() };
	const controls = new DeckControls(new StoryView(story), effects);
	return { controls, effects };
}

describe('DeckControls', () => {
	afterEach(() => vi.useRealTimers());

	it('moves within the story and tells the other windows only when the step changes', () => {
		const { controls, effects } = deck();
		controls.apply({ kind: 'previous' });
		expect(controls.view.active).toBe(0);
		expect(effects.changed).not.toHaveBeenCalled();
		controls.apply({ kind: 'next' });
		controls.apply({ kind: 'last' });
		expect(controls.view.active).toBe(story.steps.length - 1);
		controls.apply({ kind: 'next' });
		controls.apply({ kind: 'first' });
		expect(controls.view.active).toBe(0);
		expect(effects.changed).toHaveBeenCalledTimes(3);
	});

	it('toggles the black screen and the overlays', () => {
		const { controls, effects } = deck();
		controls.apply({ kind: 'blackout' });
		expect(controls.blackout).toBe(true);
		expect(effects.changed).toHaveBeenCalledTimes(1);
		controls.apply({ kind: 'blackout' });
		expect(controls.blackout).toBe(false);
		controls.apply({ kind: 'overview' });
		expect(controls.overlay).toBe('overview');
		controls.apply({ kind: 'help' });
		expect(controls.overlay).toBe('help');
		controls.apply({ kind: 'help' });
		expect(controls.overlay).toBe('none');
	});

	it('goes live with L and shows the join slide; when live, L asks before ending', () => {
		const live = { active: false, start: vi.fn(() => (live.active = true)) };
		const controls = new DeckControls(new StoryView(story), {
			fullscreen: vi.fn(),
			notes: vi.fn(),
			changed: vi.fn(),
			live
		});
		controls.apply({ kind: 'live' });
		expect(live.start).toHaveBeenCalledTimes(1);
		expect(controls.overlay).toBe('join');
		controls.apply({ kind: 'join' });
		expect(controls.overlay).toBe('none');
		controls.apply({ kind: 'join' });
		expect(controls.overlay).toBe('join');
		controls.apply({ kind: 'live' });
		expect(controls.overlay).toBe('end');
		expect(live.start).toHaveBeenCalledTimes(1);
	});

	it('jumps to a typed 1-based step number on Enter, or after a pause', () => {
		vi.useFakeTimers();
		const { controls } = deck();
		controls.apply({ kind: 'goto' });
		controls.apply({ kind: 'digit', digit: 1 });
		controls.apply({ kind: 'digit', digit: 2 });
		controls.apply({ kind: 'commit' });
		expect(controls.view.active).toBe(11);
		expect(controls.overlay).toBe('none');
		controls.apply({ kind: 'goto' });
		controls.apply({ kind: 'digit', digit: 3 });
		controls.apply({ kind: 'digit', digit: 9 });
		controls.apply({ kind: 'erase' });
		vi.advanceTimersByTime(2000);
		expect(controls.view.active).toBe(2);
		controls.apply({ kind: 'goto' });
		controls.apply({ kind: 'digit', digit: 0 });
		controls.apply({ kind: 'commit' });
		expect(controls.view.active).toBe(2);
		controls.apply({ kind: 'goto' });
		controls.apply({ kind: 'digit', digit: 9 });
		controls.apply({ kind: 'digit', digit: 9 });
		controls.apply({ kind: 'commit' });
		expect(controls.view.active).toBe(story.steps.length - 1);
	});

	it('enters fullscreen on F5 (start) and closes overlays first', () => {
		const { controls, effects } = deck();
		controls.apply({ kind: 'overview' });
		controls.apply({ kind: 'start' });
		expect(controls.overlay).toBe('none');
		expect(effects.fullscreen).toHaveBeenCalledWith('enter');
		controls.apply({ kind: 'stop' });
		expect(effects.fullscreen).toHaveBeenLastCalledWith('exit');
	});
});
