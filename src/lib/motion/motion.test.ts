// No DOM library is installed, so these tests cover the pure helpers and the lifecycle with plain
// objects; the cues themselves are checked in the browser tests.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
	createMotion,
	cueTargets,
	formatCount,
	loadMotion,
	prefersReducedMotion,
	type Motion
} from './motion';

/** A stand-in for a container: answers querySelectorAll from a selector → elements table. */
function fakeRoot(table: Record<string, unknown[]>, matches?: string) {
	return {
		querySelectorAll: (selector: string) => table[selector] ?? [],
		matches: matches === undefined ? undefined : (selector: string) => selector === matches
	} as unknown as HTMLElement;
}

function fakeCount(value: string, text: string) {
	return {
		getAttribute: (name: string) => (name === 'data-value' ? value : null),
		textContent: text
	};
}

/** A stand-in for a styled element: inline style properties in a Map. */
function fakeStyled(initial: Record<string, string> = {}) {
	const props = new Map(Object.entries(initial));
	return {
		props,
		style: {
			getPropertyValue: (p: string) => props.get(p) ?? '',
			setProperty: (p: string, v: string) => void props.set(p, v),
			removeProperty: (p: string) => void props.delete(p)
		}
	};
}

describe('cueTargets', () => {
	it('finds the elements carrying the cue', () => {
		const a = {};
		expect(cueTargets(fakeRoot({ '[data-cue="letter"]': [a] }), 'letter')).toEqual([a]);
	});

	it('includes the root when it carries the cue itself', () => {
		const root = fakeRoot({}, '[data-cue="headline"]');
		expect(cueTargets(root, 'headline')).toEqual([root]);
	});

	it.each(['', 'Letter', 'a"] , *', '1count'])('refuses the unsafe cue name %j', (cue) => {
		expect(cueTargets(fakeRoot({}), cue)).toEqual([]);
	});
});

describe('formatCount', () => {
	it.each([
		[0, '24%', 24, '0%'],
		[7.4, '24%', 24, '7%'],
		[24, '24%', 24, '24%'],
		[3, '10–2', 10, '3–2'],
		[612.5, '1,200 delegates', 1200, '613 delegates'],
		[1200, '1,200 delegates', 1200, '1,200 delegates'],
		[1.25, '2.5 million', 2.5, '1.3 million'],
		[30, 'c. 40 seats', 40, 'c. 30 seats'],
		[99, '24%', 24, '24%']
	])('formatCount(%d, %j, %d) is %j', (current, text, target, expected) => {
		expect(formatCount(current, text, target)).toBe(expected);
	});

	it.each([
		['no number', 24],
		['1 200', 1200],
		['25%', 24],
		['24%', Number.NaN]
	])('will not count %j to %d', (text, target) => {
		expect(formatCount(0, text, target)).toBeNull();
	});
});

describe('createMotion before GSAP has loaded', () => {
	it('shows the final state of a cue at once, and animates once GSAP is in', async () => {
		const count = fakeCount('24', '24%');
		const motion = createMotion({ reduced: false });
		motion.play(fakeRoot({ '[data-cue="count"]': [count] }), ['count']);
		expect(motion.activeTweens()).toBe(0);
		expect(count.textContent).toBe('24%');
		await loadMotion();
		motion.play(fakeRoot({ '[data-cue="count"]': [count] }), ['count']);
		expect(motion.activeTweens()).toBeGreaterThan(0);
		motion.destroy();
		expect(count.textContent).toBe('24%');
	});
});

describe('createMotion', () => {
	let motion: Motion | undefined;
	beforeAll(() => loadMotion());
	afterEach(() => motion?.destroy());

	it('is false for reduced motion outside a browser', () => {
		expect(prefersReducedMotion()).toBe(false);
	});

	it('runs nothing under reduced motion', () => {
		const count = fakeCount('24', '24%');
		motion = createMotion({ reduced: true });
		motion.play(fakeRoot({ '[data-cue="count"]': [count] }), ['count', 'letter']);
		motion.pulse([]);
		expect(motion.activeTweens()).toBe(0);
		expect(count.textContent).toBe('24%');
	});

	it('never throws when a cue has no target or is unknown', () => {
		motion = createMotion({ reduced: false });
		const m = motion;
		expect(() =>
			m.play(fakeRoot({}), ['letter', 'headline', 'calendar', 'count', 'focus', 'route', 'x'])
		).not.toThrow();
		expect(() => m.drawPaths([])).not.toThrow();
		expect(() => m.pulse([])).not.toThrow();
		expect(m.activeTweens()).toBe(0);
	});

	it('counts up, and puts the prerendered text back when cut short', () => {
		const count = fakeCount('24', '24%');
		const prose = fakeCount('ten', 'ten');
		motion = createMotion({ reduced: false });
		motion.play(fakeRoot({ '[data-cue="count"]': [count, prose] }), ['count']);
		expect(motion.activeTweens()).toBe(1);
		motion.setReduced(true);
		expect(motion.activeTweens()).toBe(0);
		expect(count.textContent).toBe('24%');
	});

	it('pulses through the CSS scale property and leaves inline styles as they were', () => {
		const marker = fakeStyled({ transform: 'translate3d(10px, 20px, 0px)', scale: '0.9' });
		const pin = fakeStyled();
		motion = createMotion({ reduced: false });
		motion.pulse([marker, pin] as unknown as Element[]);
		expect(motion.activeTweens()).toBe(3);
		motion.destroy();
		expect(Object.fromEntries(marker.props)).toEqual({
			transform: 'translate3d(10px, 20px, 0px)',
			scale: '0.9'
		});
		expect(pin.props.size).toBe(0);
	});

	it('reverts the previous play before the next, and everything on destroy', () => {
		const count = fakeCount('24', '24%');
		const root = fakeRoot({ '[data-cue="count"]': [count] });
		motion = createMotion({ reduced: false });
		motion.play(root, ['count']);
		motion.play(root, ['count']);
		expect(motion.activeTweens()).toBe(1);
		motion.destroy();
		expect(motion.activeTweens()).toBe(0);
		expect(count.textContent).toBe('24%');
		motion.play(root, ['count']);
		expect(motion.activeTweens()).toBe(0);
	});
});
