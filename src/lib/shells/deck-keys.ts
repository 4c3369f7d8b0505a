/**
 * What a key does in the deck: a pure mapper from one key press and the deck's state to one
 * action, so the whole key table (reveal.js's, plus what presentation clickers send) is tested
 * without a browser. The deck listens on window in the capture phase: a focused map or button
 * cannot swallow a clicker's keys.
 */

export type DeckAction =
	| { kind: 'next' | 'previous' | 'first' | 'last' }
	/** Toggle the black screen. */
	| { kind: 'blackout' }
	| { kind: 'fullscreen' }
	/** F5 from a clicker's start button: enter fullscreen, and never reload the deck. */
	| { kind: 'start' }
	/** Esc in fullscreen: leave it (browsers do so too; this never re-enters). */
	| { kind: 'stop' }
	| { kind: 'overview' | 'help' | 'notes' }
	/** L: go live (and show the join slide), or, when live, ask whether to end the session. */
	| { kind: 'live' }
	/** J: the join slide (QR code and address for students), and back. */
	| { kind: 'join' }
	/** Close whatever overlay is open. */
	| { kind: 'close' }
	/** G: start typing a step number; then digits, Backspace and Enter. */
	| { kind: 'goto' }
	| { kind: 'digit'; digit: number }
	| { kind: 'erase' }
	| { kind: 'commit' }
	/** Swallow the key (no browser default, no action): navigation keys while the screen is black. */
	| { kind: 'ignore' };

export interface DeckKeyState {
	blackout: boolean;
	/** `end`: the question whether to end the live session. */
	overlay: 'none' | 'overview' | 'help' | 'goto' | 'join' | 'end';
	/** The browser is in fullscreen: Escape leaves it rather than opening the overview. */
	fullscreen: boolean;
	/** Letter and punctuation shortcuts are on (WCAG 2.1.4: the lecturer can switch them off). */
	singleKeys: boolean;
}

export interface KeyPress {
	key: string;
	shiftKey?: boolean;
	altKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	/** Focus is in a text field or editable element: every key is its own. */
	editing?: boolean;
	/** Focus is on a button, link or checkbox: Enter and Space activate it. */
	activating?: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);
/** Logitech's "black screen" button sends ".", Kensington's sends B; they also resume. */
const BLACKOUT = new Set(['b', 'B', '.']);
const LETTERS: Record<string, DeckAction['kind']> = {
	n: 'next',
	p: 'previous',
	f: 'fullscreen',
	o: 'overview',
	g: 'goto',
	s: 'notes',
	l: 'live',
	j: 'join',
	'?': 'help'
};

/** The step keys, shared by the deck and the notes window. */
export function stepKey(press: KeyPress, singleKeys: boolean): DeckAction | undefined {
	const { key } = press;
	if (key === 'Home') return { kind: 'first' };
	if (key === 'End') return { kind: 'last' };
	if (key === ' ' && press.shiftKey) return { kind: 'previous' };
	if (NEXT.has(key)) return { kind: 'next' };
	if (PREVIOUS.has(key)) return { kind: 'previous' };
	const letter = singleKeys ? LETTERS[key.toLowerCase()] : undefined;
	if (letter === 'next' || letter === 'previous') return { kind: letter };
	return undefined;
}

export function deckKeyAction(press: KeyPress, state: DeckKeyState): DeckAction | undefined {
	// Ctrl/Cmd+R and the like are deliberate; the browser keeps them.
	if (press.altKey || press.ctrlKey || press.metaKey || press.editing) return undefined;
	const { key } = press;
	if (key === 'F5') return state.blackout ? { kind: 'ignore' } : { kind: 'start' };
	if (state.blackout) {
		// Resuming must always work, even with single keys off: the black screen is no trap.
		if (BLACKOUT.has(key)) return { kind: 'blackout' };
		return stepKey(press, true) || key === 'Escape' ? { kind: 'ignore' } : undefined;
	}
	if (state.overlay === 'goto') {
		if (/^[0-9]$/.test(key)) return { kind: 'digit', digit: Number(key) };
		if (key === 'Backspace') return { kind: 'erase' };
		if (key === 'Enter') return { kind: 'commit' };
		return { kind: 'close' };
	}
	if (state.overlay === 'help') {
		return key === 'Escape' || (key === '?' && state.singleKeys) ? { kind: 'close' } : undefined;
	}
	if (press.activating && (key === 'Enter' || key === ' ')) return undefined;
	if (state.overlay === 'end') return key === 'Escape' ? { kind: 'close' } : undefined;
	if (state.overlay === 'join') {
		// A clicker has no Escape: its next or previous button brings the lecture back.
		if (key === 'Escape' || stepKey(press, state.singleKeys)) return { kind: 'close' };
		if (!state.singleKeys) return undefined;
		if (key.toLowerCase() === 'j') return { kind: 'close' };
		return key.toLowerCase() === 'l' ? { kind: 'live' } : undefined;
	}
	if (state.overlay === 'overview') {
		if (key === 'Escape' || (state.singleKeys && key.toLowerCase() === 'o'))
			return { kind: 'close' };
		if (key === 'Enter') return { kind: 'close' };
		return stepKey(press, state.singleKeys);
	}
	// In fullscreen, Escape leaves it (browsers do so themselves and usually keep the key).
	if (key === 'Escape') return { kind: state.fullscreen ? 'stop' : 'overview' };
	const step = stepKey(press, state.singleKeys);
	if (step) return step;
	if (!state.singleKeys) return undefined;
	if (BLACKOUT.has(key)) return { kind: 'blackout' };
	const letter = LETTERS[key.toLowerCase()];
	return letter ? ({ kind: letter } as DeckAction) : undefined;
}
