import type { Component } from 'svelte';
import { render } from 'svelte/server';

/** What the browser passes instead: any value but '' makes Svelte keep the server's HTML. */
export const KEEP = '<!--prerendered-->';

// Svelte's hydration markers: the static copy hydrates nothing, and an empty comment inside it would
// end the {@html} block early for the hydrating browser.
const MARKERS = /<!--(?:\[[-!0-9]*|\]|)-->/g;

/**
 * A component rendered to static HTML for an `{@html}` block that is its element's only child.
 *
 * On the server this is the component's markup; in the browser it is `KEEP`, and Svelte, which
 * does not repair an `{@html}` block whose value differs from the server's, leaves the server's
 * nodes as they are. The browser builds no component tree over them: for markup it only reads,
 * such as a story's steps, whose hydration was the costliest task of the reader's start.
 *
 * `component` is passed in the browser too, where it is not called: that reference keeps it, and
 * its stylesheet, in the browser build.
 */
export function prerendered<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: () => Props
): string {
	if (!import.meta.env.SSR) return KEEP;
	return render(component, { props: props() }).body.replace(MARKERS, '');
}
