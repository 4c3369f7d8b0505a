import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';

/** static/embed.js, the script host pages include: checked as shipped, in a fake page. */
const code = readFileSync('static/embed.js', 'utf8');

interface FakeFrame {
	src: string;
	onload: (() => void)[];
	addEventListener(type: string, fn: () => void): void;
	sandbox: string | null;
	contentWindow: { posted: unknown[]; postMessage(m: unknown, target: string): void };
	style: { height?: string };
	getAttribute(name: string): string | null;
}

const frame = (src: string, sandbox: string | null): FakeFrame => ({
	src,
	onload: [],
	addEventListener(type, fn) {
		if (type === 'load') this.onload.push(fn);
	},
	sandbox,
	contentWindow: {
		posted: [],
		postMessage(m, target) {
			this.posted.push([m, target]);
		}
	},
	style: {},
	getAttribute(name) {
		return name === 'src' ? this.src : name === 'sandbox' ? this.sandbox : null;
	}
});

let onmessage: (e: { data: unknown; source: unknown; origin: string }) => void;
let frames: FakeFrame[];
let window: Record<string, unknown>;

beforeEach(() => {
	frames = [
		frame('https://story.example/crisis/embed/', 'allow-scripts allow-same-origin'),
		frame('https://story.example/crisis/embed/vyborg/', 'allow-scripts'),
		frame('https://story.example/crisis/embed/', null)
	];
	window = {
		crypto,
		addEventListener: (type: string, fn: typeof onmessage) => {
			if (type === 'message') onmessage = fn;
		}
	};
	runInNewContext(code, {
		window,
		document: { querySelectorAll: () => frames, readyState: 'complete' },
		location: { href: 'https://host.example/article' },
		URL,
		WeakMap,
		Uint8Array
	});
});

const height = (h: unknown, nonce?: string) => ({ type: 'lantern:height', height: h, nonce });

/** The nonce of the last "ready" the script sent to a frame. */
const nonceOf = (f: FakeFrame) =>
	((f.contentWindow.posted.at(-1) as [{ nonce?: string }])[0].nonce ?? '') as string;

describe('embed.js', () => {
	it('is small, licensed and plain ES2017 (no modules, no dependencies)', () => {
		// 6 KB with its licence and comments (under 2 KB gzipped): the nonce handshake took it past 4.
		expect(Buffer.byteLength(code)).toBeLessThan(6144);
		expect(code).toMatch(/MIT License/);
		expect(code).not.toMatch(/\bimport\b|\bexport\b|=>|\?\.|\?\?/);
	});

	it('asks the frames already on the page to say their height again', () => {
		for (const f of frames) {
			expect(f.contentWindow.posted).toEqual([
				[{ type: 'lantern:ready', nonce: expect.stringMatching(/^[0-9a-f]{32}$/) }, '*']
			]);
		}
		expect(new Set(frames.map(nonceOf)).size, 'each frame its own nonce').toBe(3);
	});

	it('resizes a frame from its own window and origin', () => {
		const [f] = frames as [FakeFrame];
		onmessage({ data: height(612.3), source: f.contentWindow, origin: 'https://story.example' });
		expect(f.style.height).toBe('613px');
	});

	it('expects the opaque origin "null" from a frame sandboxed without allow-same-origin', () => {
		const f = frames[1] as FakeFrame;
		onmessage({ data: height(500), source: f.contentWindow, origin: 'https://story.example' });
		expect(f.style.height).toBeUndefined();
		onmessage({ data: height(500, nonceOf(f)), source: f.contentWindow, origin: 'null' });
		expect(f.style.height).toBe('500px');
	});

	it('takes "null" only with the nonce sent to the page of the sandboxed frame’s src', () => {
		const f = frames[1] as FakeFrame;
		const nonce = nonceOf(f);
		for (const wrong of [undefined, '', nonce.replace(/.$/, (c) => (c === '0' ? '1' : '0'))]) {
			onmessage({ data: height(500, wrong), source: f.contentWindow, origin: 'null' });
			expect(f.style.height, `nonce ${wrong}`).toBeUndefined();
		}
		// The embed may have started after it was greeted: the nonce is said again, once.
		expect(f.contentWindow.posted).toHaveLength(2);
		expect(nonceOf(f)).toBe(nonce);
		// Sent elsewhere from inside (a link, a script): the same src loads another page.
		f.onload.forEach((run) => run());
		onmessage({ data: height(700, nonce), source: f.contentWindow, origin: 'null' });
		expect(f.style.height, 'the old nonce no longer counts').toBeUndefined();
		expect(f.contentWindow.posted, 'the new page is never greeted').toHaveLength(2);
		// The host page points the frame at a story again: its page is greeted anew.
		f.src = 'https://story.example/crisis/embed/';
		f.onload.forEach((run) => run());
		expect(f.contentWindow.posted).toHaveLength(3);
		onmessage({ data: height(700, nonce), source: f.contentWindow, origin: 'null' });
		expect(f.style.height).toBeUndefined();
		onmessage({ data: height(700, nonceOf(f)), source: f.contentWindow, origin: 'null' });
		expect(f.style.height).toBe('700px');
	});

	it('greets a frame that loads after the script ran once, at its first load', () => {
		frames = [frame('https://story.example/crisis/embed/', 'allow-scripts')];
		runInNewContext(code, {
			window: { crypto, addEventListener: () => {} },
			document: { querySelectorAll: () => frames, readyState: 'loading' },
			location: { href: 'https://host.example/article' },
			URL,
			WeakMap,
			Uint8Array
		});
		const f = frames[0] as FakeFrame;
		f.onload.forEach((run) => run()); // its src loads
		expect(f.contentWindow.posted).toHaveLength(2);
		f.onload.forEach((run) => run()); // and then another page
		expect(f.contentWindow.posted).toHaveLength(2);
	});

	it.each([
		['another window, the right origin', {}, 'https://story.example', height(900)],
		['the frame’s window, another origin', 'frame', 'https://evil.test', height(900)],
		['a look-alike origin', 'frame', 'https://story.example.evil.test', height(900)],
		['a string height', 'frame', 'https://story.example', height('900')],
		['an infinite height', 'frame', 'https://story.example', height(Infinity)],
		['another type', 'frame', 'https://story.example', { type: 'lantern:go', height: 900 }],
		['WordPress’s shape', 'frame', 'https://story.example', { message: 'height', value: 900 }],
		['a string', 'frame', 'https://story.example', 'lantern:height 900'],
		['null', 'frame', 'https://story.example', null]
	])('ignores %s', (_name, source, origin, data) => {
		const f = frames[0] as FakeFrame;
		onmessage({ data, source: source === 'frame' ? f.contentWindow : source, origin });
		expect(f.style.height).toBeUndefined();
	});

	it('keeps heights within bounds', () => {
		const f = frames[2] as FakeFrame;
		onmessage({ data: height(99999), source: f.contentWindow, origin: 'https://story.example' });
		expect(f.style.height).toBe('20000px');
		onmessage({ data: height(-5), source: f.contentWindow, origin: 'https://story.example' });
		expect(f.style.height).toBe('100px');
	});

	it('sends go messages only as the documented shape', () => {
		const sent: unknown[] = [];
		const f = { contentWindow: { postMessage: (m: unknown, t: string) => sent.push([m, t]) } };
		(window.LanternEmbed as { go(f: unknown, s: unknown): void }).go(f, 'why-now');
		expect(sent).toEqual([[{ type: 'lantern:go', step: 'why-now' }, '*']]);
	});
});
