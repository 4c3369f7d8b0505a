import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportHeight } from './height';

/** A stand-in for the browser: one observed element whose height the test sets. */
let observers: { cb: () => void; disconnected: boolean }[] = [];
let frames: (() => void)[] = [];
let height = 400;
const root = {
	getBoundingClientRect: () => ({ height })
} as unknown as HTMLElement;

beforeEach(() => {
	observers = [];
	frames = [];
	height = 400;
	vi.stubGlobal(
		'ResizeObserver',
		class {
			entry: { cb: () => void; disconnected: boolean };
			constructor(cb: () => void) {
				this.entry = { cb, disconnected: false };
				observers.push(this.entry);
			}
			observe() {}
			disconnect() {
				this.entry.disconnected = true;
			}
		}
	);
	vi.stubGlobal('getComputedStyle', () => ({ marginTop: '0px', marginBottom: '8px' }));
	vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
	vi.stubGlobal('cancelAnimationFrame', () => {});
	vi.stubGlobal('addEventListener', () => {});
	vi.stubGlobal('removeEventListener', () => {});
	vi.stubGlobal('document', {});
});
afterEach(() => vi.unstubAllGlobals());

const resize = (h: number) => {
	height = h;
	observers.forEach((o) => !o.disconnected && o.cb());
	frames.splice(0).forEach((f) => f());
};

describe('reportHeight', () => {
	it('sends the height with margins at once, then only when it changes', () => {
		const sent: number[] = [];
		reportHeight(root, (h) => sent.push(h));
		expect(sent).toEqual([408]);
		resize(400);
		resize(520.4);
		expect(sent).toEqual([408, 529]);
	});

	it('resends on request, even when unchanged', () => {
		const sent: number[] = [];
		const r = reportHeight(root, (h) => sent.push(h));
		r.resend();
		expect(sent).toEqual([408, 408]);
	});

	it('sends nothing after destroy and disconnects its observer', () => {
		const sent: number[] = [];
		const r = reportHeight(root, (h) => sent.push(h));
		r.destroy();
		resize(900);
		r.resend();
		expect(sent).toEqual([408]);
		expect(observers.every((o) => o.disconnected)).toBe(true);
	});
});
