import { describe, expect, it } from 'vitest';
import { placeBoxes, placeLabels, pinsShown, type Box } from './declutter';

const frame: Box = { left: 0, right: 400, top: 0, bottom: 300 };
/** A label drawn to the right of a pin at (x, y): it starts 9 px right of the pin. */
const label = (x: number, y: number, width = 100, height = 20): Box => ({
	left: x + 9,
	right: x + 9 + width,
	top: y - 10,
	bottom: y - 10 + height
});

describe('placeLabels', () => {
	it('lifts a tall name that would run out of the frame’s foot, when given the lift', () => {
		// A 60 px name whose pin is 30 px above the foot: its top 10 px above the pin.
		const tall = label(200, 270, 100, 60);
		expect(placeLabels([tall], frame)).toEqual(['right']);
		expect(placeLabels([tall], frame, [], 10)).toEqual(['right-up']);
		// Lifted, it ends 10 px below the pin, and a name there is avoided.
		const above = label(200, 230, 100, 20);
		expect(placeLabels([above, tall], frame, [], 10)).toEqual(['right', 'left-up']);
		expect(placeLabels([label(100, 100, 100, 60)], frame, [], 10)).toEqual(['right']);
	});

	it('leaves labels that fit on the right of their pins', () => {
		expect(placeLabels([label(10, 10), label(10, 100)], frame)).toEqual(['right', 'right']);
	});

	it('puts a label that would run out of the frame on the left of its pin', () => {
		// The Smolny case on a phone: a pin near the right edge, its name past it.
		expect(placeLabels([label(350, 50)], frame)).toEqual(['left']);
	});

	it('gives the room to labels in rank order: the first placed keeps its side', () => {
		const high = label(250, 50, 100); // 259–359
		const low = label(240, 52, 60); // 249–309 on the right, 171–231 on the left
		expect(placeLabels([high, low], frame)).toEqual(['right', 'left']);
		// In the other order the low-ranked label is placed first and keeps the right; the other,
		// now second, cannot go right (overlap) and goes left: 141–241 is clear of 249–309.
		expect(placeLabels([low, high], frame)).toEqual(['right', 'left']);
	});

	it('flips to the left when only the left is clear', () => {
		const high = label(250, 50, 100); // 259–359
		const low = label(240, 52, 60); // right: 249–309 overlaps; left: 171–231 is clear
		expect(placeLabels([high, low], frame)).toEqual(['right', 'left']);
	});

	it('reads boxes whose fields are getters, as DOMRects are', () => {
		class Rect implements Box {
			#b: Box;
			constructor(b: Box) {
				this.#b = b;
			}
			get left() {
				return this.#b.left;
			}
			get right() {
				return this.#b.right;
			}
			get top() {
				return this.#b.top;
			}
			get bottom() {
				return this.#b.bottom;
			}
		}
		// Kronstadt and Petrograd at one step: Petrograd's name hits Kronstadt's on either side.
		const kronstadt = new Rect(label(1044, 456, 86, 18));
		const petrograd = new Rect(label(1093, 466, 69, 30));
		expect(
			placeLabels([kronstadt, petrograd], { left: 531, right: 1280, top: 0, bottom: 800 })
		).toEqual(['right', 'hidden']);
	});

	it('hides a label that overlaps on both sides, and skips markers without one', () => {
		const a = label(150, 50, 100); // 159–259
		const b = label(40, 50, 100); // 49–149
		const c = label(145, 52, 100); // right 154–254 hits a; left 27–127 hits b
		expect(placeLabels([a, b, undefined, c], frame)).toEqual([
			'right',
			'right',
			'hidden',
			'hidden'
		]);
	});

	it('shows no name for a pin off the frame, which would come into view cut and alone', () => {
		// Taurida Palace on a phone: the pin just left of the frame, its name reaching into it.
		expect(placeLabels([label(-20, 50, 100)], frame)).toEqual(['hidden']);
		expect(placeLabels([label(420, 50, 60)], frame)).toEqual(['hidden']);
		expect(placeLabels([label(100, 320, 60)], frame)).toEqual(['hidden']);
	});

	it('keeps a label on the right when it fits the frame on neither side', () => {
		expect(placeLabels([label(200, 50, 500)], frame)).toEqual(['right']);
	});
});

describe('pinsShown', () => {
	it('leaves out a pin that would sit on a more important one: the highlighted place is drawn once', () => {
		// Viborg highlighted, Latukka's flat 4 px below it at a regional zoom, Petrograd far away.
		expect(
			pinsShown([
				{ x: 100, y: 100, r: 7 },
				{ x: 102, y: 104, r: 5 },
				{ x: 400, y: 300, r: 5 }
			])
		).toEqual([true, false, true]);
	});
});

describe('placeBoxes', () => {
	const frame: Box = { left: 0, right: 400, top: 0, bottom: 300 };
	const at = (cx: number, cy: number, w = 80, h = 12, angle = 0) => ({ cx, cy, w, h, angle });

	it('places names in priority order, drops the one that fits nowhere, keeps clear of the markers', () => {
		const chosen = placeBoxes(
			[
				{ text: 'Neva', options: [at(100, 100)] },
				{ text: 'Nevsky Prospekt', options: [at(110, 104), at(110, 200)] },
				{ text: 'Moika', options: [at(105, 98)] },
				{ text: 'Fontanka', options: [at(300, 50)] }
			],
			frame,
			[at(300, 52, 40, 20)] // a marker's name
		);
		expect(chosen).toEqual([0, 1, -1, -1]);
	});

	it('keeps names inside the frame, a few pixels from its edge', () => {
		expect(placeBoxes([{ text: 'Gulf', options: [at(41, 50), at(60, 50)] }], frame, [])).toEqual([
			1
		]);
	});

	it('does not repeat a name close to where it is already shown', () => {
		const chosen = placeBoxes(
			[
				{ text: 'Neva', options: [at(100, 100)] },
				{ text: 'Neva', options: [at(250, 100)] }
			],
			frame,
			[]
		);
		expect(chosen).toEqual([0, -1]);
	});
});

describe('placeLabels with furniture', () => {
	it('prefers the side clear of the furniture, but never hides a name for it', () => {
		const scale: Box = { left: 250, right: 400, top: 0, bottom: 60 };
		expect(placeLabels([label(200, 30, 60)], frame, [scale])).toEqual(['left']);
		const wide: Box = { left: 0, right: 400, top: 0, bottom: 60 };
		expect(placeLabels([label(200, 30, 60)], frame, [wide])).toEqual(['right']);
	});
});
