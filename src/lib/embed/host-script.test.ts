import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';

/** static/embed.js, the script host pages include: checked as shipped, in a fake page. */
const code = readFileSync('static/embed.js', 'utf8');

interface FakeFrame {
	src: string;
	sandbox: string | null;
	contentWindow: { posted: unknown[]; postMessage(m: unknown, target: string): void };
	style: { height?: string };
	getAttribute(name: string): string | null;
}

const frame = (src: string, sandbox: string | null): FakeFrame => ({
	src,
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
		addEventListener: (type: string, fn: typeof onmessage) => {
			if (type === 'message') onmessage = fn;
		}
	};
	runInNewContext(code, {
		window,
		document: { querySelectorAll: () => frames },
		location: { href: 'https://host.example/article' },
		URL
	});
});

const height = (h: unknown) => ({ type: 'lantern:height', height: h });

describe('embed.js', () => {
	it('is small, licensed and plain ES2017 (no modules, no dependencies)', () => {
		expect(Buffer.byteLength(code)).toBeLessThan(4096);
		expect(code).toMatch(/MIT License/);
		expect(code).not.toMatch(/\bimport\b|\bexport\b|=>|\?\.|\?\?/);
	});

	it('asks the frames already on the page to say their height again', () => {
		for (const f of frames)
			expect(f.contentWindow.posted).toEqual([[{ type: 'lantern:ready' }, '*']]);
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
		onmessage({ data: height(500), source: f.contentWindow, origin: 'null' });
		expect(f.style.height).toBe('500px');
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
