import type { DeckAction, DeckKeyState } from './deck-keys';
import type { StoryView } from './story-view.svelte';

export type Overlay = DeckKeyState['overlay'];

/** What the deck does outside its own state: the browser's fullscreen, the notes window, the sync. */
export interface DeckEffects {
	fullscreen(mode: 'toggle' | 'enter' | 'exit'): void;
	notes(): void;
	/** The step or the black screen changed here (not from the other window): tell the others. */
	changed(): void;
	/** The live session (src/lib/live/presenter.svelte.ts): whether one runs, and going live. */
	live?: { readonly active: boolean; start(): unknown };
}

/** How long a typed step number waits for more digits before the deck jumps (G 1 2 …). */
const GOTO_WAIT = 1500;

/** The deck's own state beside the step: black screen, overlays, a step number being typed. */
export class DeckControls {
	blackout = $state(false);
	overlay = $state<Overlay>('none');
	digits = $state('');
	/** Letter and punctuation shortcuts (WCAG 2.1.4 lets the lecturer switch them off). */
	singleKeys = $state(true);
	readonly view: StoryView;
	readonly #effects: DeckEffects;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(view: StoryView, effects: DeckEffects) {
		this.view = view;
		this.#effects = effects;
	}

	go(index: number): void {
		const before = this.view.active;
		this.view.go(index);
		if (this.view.active !== before) this.#effects.changed();
	}

	apply(action: DeckAction): void {
		const last = this.view.story.steps.length - 1;
		switch (action.kind) {
			case 'next':
				return this.go(this.view.active + 1);
			case 'previous':
				return this.go(this.view.active - 1);
			case 'first':
				return this.go(0);
			case 'last':
				return this.go(last);
			case 'blackout':
				this.blackout = !this.blackout;
				return this.#effects.changed();
			case 'fullscreen':
				return this.#effects.fullscreen('toggle');
			case 'start':
				this.close();
				return this.#effects.fullscreen('enter');
			case 'stop':
				return this.#effects.fullscreen('exit');
			case 'notes':
				return this.#effects.notes();
			case 'live': {
				// Ending is asked first: a stray L from a clicker must not end a lecture.
				const live = this.#effects.live;
				this.close();
				if (live?.active) this.overlay = 'end';
				else {
					void live?.start();
					this.overlay = 'join';
				}
				return;
			}
			case 'overview':
			case 'help':
			case 'join':
			case 'goto': {
				const was = this.overlay;
				this.close();
				this.overlay = was === action.kind ? 'none' : action.kind;
				return;
			}
			case 'digit':
				this.digits = (this.digits + String(action.digit)).slice(-4);
				clearTimeout(this.#timer);
				this.#timer = setTimeout(() => this.apply({ kind: 'commit' }), GOTO_WAIT);
				return;
			case 'erase':
				this.digits = this.digits.slice(0, -1);
				return;
			case 'commit': {
				// Step numbers are shown 1-based, as the lecturer reads them on the overview.
				const n = Number(this.digits);
				this.close();
				if (n >= 1) this.go(Math.min(n, last + 1) - 1);
				return;
			}
			case 'close':
				return this.close();
			case 'ignore':
				return;
		}
	}

	close(): void {
		clearTimeout(this.#timer);
		this.overlay = 'none';
		this.digits = '';
	}
}

const KEY = 'lantern:single-keys';

/** The single-key setting lasts across visits; storage may be missing, so it is guarded. */
export function loadSingleKeys(): boolean {
	try {
		return localStorage.getItem(KEY) !== 'off';
	} catch {
		return true;
	}
}

export function saveSingleKeys(on: boolean): void {
	try {
		localStorage.setItem(KEY, on ? 'on' : 'off');
	} catch {
		/* the setting lasts for this visit */
	}
}
