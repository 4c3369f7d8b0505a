/**
 * What the reader did before the story page's app started. The page opened at its title runs no
 * app until the reader's first move (app.html, src/lib/shells/mode.ts); the move itself may be
 * one the app must act on: a step key, or a click on one of its buttons (the motion switch, the
 * embed panel). app.html keeps those events until the app takes them, once, as it mounts. A
 * story page opened at a step starts its app at once, but a reader may still click before it has
 * mounted: those clicks and keys are kept the same way.
 */

export interface EarlyEvent {
	event: Event;
	/** The button a click was on. */
	button: HTMLButtonElement | null;
	/** That button's aria-pressed and aria-expanded when it was clicked. */
	state: string;
}

interface Early {
	events: EarlyEvent[];
	taken: boolean;
}

declare global {
	interface Window {
		__lanternEarly?: Early;
	}
}

export interface EarlyInput {
	/** Whether the app was started by a move (as opposed to at once, or not by app.html). */
	moved: boolean;
	keys: KeyboardEvent[];
	/** Clicks on buttons, for clickAgain once the app has drawn its state. */
	clicks: EarlyEvent[];
}

/**
 * A button's state as app.html's inline script writes it when the button is clicked (its
 * `stateOf`; that script cannot import this). If the two ever differ, no kept click is given
 * again, and reader-lazy.spec.ts's motion-switch test fails.
 */
export function buttonState(button: Element): string {
	return `${button.getAttribute('aria-pressed')} ${button.getAttribute('aria-expanded')}`;
}

/**
 * Takes the kept events and stops the keeping; call it as the app mounts, in hydration's task,
 * so that no event is both kept and handled by the app.
 */
export function takeEarlyInput(win: Window = window): EarlyInput {
	const early = win.__lanternEarly;
	if (!early || early.taken) return { moved: false, keys: [], clicks: [] };
	early.taken = true;
	const keys = early.events
		.filter((e) => e.event.type === 'keydown')
		.map((e) => e.event as KeyboardEvent);
	const clicks = early.events.filter((e) => e.event.type === 'click' && e.button);
	early.events = [];
	return { moved: true, keys, clicks };
}

/**
 * Gives a kept click to its button again, once the app has drawn its own state (a task after it
 * mounts), and says whether it did. Only to a button that is still on the page, enabled, and in
 * the state the reader saw: if starting the app changed it (a saved or system "reduce motion" the
 * server could not know), the reader's click asked for what is now shown, and a second click
 * would undo it.
 */
export function clickAgain({ event, button, state }: EarlyEvent): boolean {
	if (!button?.isConnected || button.disabled || event.defaultPrevented) return false;
	if (buttonState(button) !== state) return false;
	button.click();
	return true;
}
