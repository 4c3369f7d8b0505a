/**
 * The embed's side of the conversation with the page that frames it: its height, both in our
 * protocol and in WordPress's, and "go" messages from that page alone. Nothing here runs when the
 * embed is opened on its own (no parent), and everything stops on destroy.
 */
import { reportHeight, type HeightReporter } from './height';
import { heightMessage, parseReady, wordPressMessage } from './protocol';

export interface HostLink {
	/** Ask WordPress's host script to open `href` in the top window; false when not in WordPress. */
	follow(href: string): boolean;
	destroy(): void;
}

export interface HostOptions {
	/** The element whose height is the embed's height. */
	root: HTMLElement;
	/** WordPress's secret from the URL fragment, when WordPress framed us. */
	secret: string | undefined;
	/** The step a message asks for (protocol.parseGo), or undefined to ignore it. */
	parse: (data: unknown) => number | undefined;
	go: (index: number) => void;
}

export function connectHost({ root, secret, parse, go }: HostOptions): HostLink {
	if (window.parent === window) return { follow: () => false, destroy() {} };
	const parent = window.parent;
	// A height is not secret, and a sandboxed parent's origin cannot be named: targetOrigin '*'.
	// The host script's nonce, echoed in every height: how it tells this page from another one
	// loaded into the same sandboxed frame later (static/embed.js).
	let nonce: string | undefined;
	const reporter: HeightReporter = reportHeight(root, (h) => {
		parent.postMessage(heightMessage(h, nonce), '*');
		if (secret) parent.postMessage(wordPressMessage(secret, 'height', h), '*');
	});
	const onmessage = (e: MessageEvent) => {
		// Only the page that frames us: never a sibling frame, a popup or this page itself.
		if (e.source !== parent) return;
		const i = parse(e.data);
		if (i !== undefined) return go(i);
		const ready = parseReady(e.data, secret);
		if (!ready) return;
		if (ready.nonce) nonce = ready.nonce;
		reporter.resend();
	};
	addEventListener('message', onmessage);
	return {
		follow(href) {
			if (!secret) return false;
			parent.postMessage(wordPressMessage(secret, 'link', href), '*');
			return true;
		},
		destroy() {
			removeEventListener('message', onmessage);
			reporter.destroy();
		}
	};
}
