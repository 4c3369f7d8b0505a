import { describe, expect, it } from 'vitest';
import { convert, fromJdn, isValidDate, toJdn } from './calendar';
import { makeStepDate } from './format-date';

const d = (year: number, month: number, day: number) => ({ year, month, day });

describe('Julian ↔ Gregorian', () => {
	it.each([
		// [julian, gregorian]: known equivalences
		[d(1917, 10, 25), d(1917, 11, 7)], // the October Revolution
		[d(1917, 9, 25), d(1917, 10, 8)],
		[d(1918, 1, 31), d(1918, 2, 13)], // the day before the switch to 14 Feb
		[d(1918, 1, 6), d(1918, 1, 19)], // the Constituent Assembly dispersed
		[d(1917, 12, 31), d(1918, 1, 13)], // across a year
		[d(1900, 2, 29), d(1900, 3, 13)], // Julian-only leap day: the gap grows from 12 to 13
		[d(1900, 2, 28), d(1900, 3, 12)],
		[d(1812, 8, 26), d(1812, 9, 7)], // Borodino: 12 days in the 19th century
		[d(1582, 10, 5), d(1582, 10, 15)], // the Gregorian reform
		[d(2024, 2, 16), d(2024, 2, 29)]
	])('%o (OS) is %o (NS)', (os, ns) => {
		expect(convert(os, 'julian', 'gregorian')).toEqual(ns);
		expect(convert(ns, 'gregorian', 'julian')).toEqual(os);
	});

	it('round-trips every day of 1600–2100', () => {
		const start = toJdn(d(1600, 1, 1), 'gregorian');
		const end = toJdn(d(2100, 12, 31), 'gregorian');
		const wrong: number[] = [];
		for (let jdn = start; jdn <= end; jdn += 1) {
			const j = convert(fromJdn(jdn, 'gregorian'), 'gregorian', 'julian');
			if (toJdn(j, 'julian') !== jdn || !isValidDate(j, 'julian')) wrong.push(jdn);
		}
		expect(wrong).toEqual([]);
	});

	it('knows which days exist in which calendar', () => {
		expect(isValidDate(d(1900, 2, 29), 'julian')).toBe(true);
		expect(isValidDate(d(1900, 2, 29), 'gregorian')).toBe(false);
		expect(isValidDate(d(1917, 2, 29), 'julian')).toBe(false);
		expect(isValidDate(d(1917, 2, 30), 'gregorian')).toBe(false);
		expect(isValidDate(d(1917, 9, 31), 'julian')).toBe(false);
		expect(isValidDate(d(1917, 13, 1), 'julian')).toBe(false);
		expect(isValidDate(d(2000, 2, 29), 'gregorian')).toBe(true);
	});
});

describe('dates in both styles', () => {
	it.each([
		[d(1917, 9, 25), undefined, false, '25 September (8 October) 1917'],
		[d(1917, 9, 12), d(1917, 9, 14), false, '12–14 (25–27) September 1917'],
		[d(1917, 9, 29), undefined, false, '29 September (12 October) 1917'],
		[d(1917, 9, 24), undefined, true, 'c. 24 September (7 October) 1917'],
		[d(1918, 1, 6), undefined, false, '6 (19) January 1918'],
		[d(1917, 12, 25), undefined, false, '25 December 1917 (7 January 1918)'],
		[d(1917, 10, 24), d(1917, 10, 26), false, '24–26 October (6–8 November) 1917'],
		[d(1917, 8, 27), d(1917, 8, 31), false, '27–31 August (9–13 September) 1917'],
		[d(1917, 9, 20), d(1917, 10, 5), false, '20 September – 5 October (3–18 October) 1917']
	])('%o–%o circa=%s → %s', (start, end, circa, text) => {
		const date = makeStepDate(start, end, 'julian', circa);
		expect(date.display).toBe(text);
	});

	it('gives ISO in the Gregorian calendar and a single style for Gregorian stories', () => {
		expect(makeStepDate(d(1917, 10, 25), undefined, 'julian', false).iso).toBe('1917-11-07');
		const g = makeStepDate(d(1917, 11, 7), undefined, 'gregorian', false);
		expect(g.display).toBe('7 November 1917');
		expect(g.iso).toBe('1917-11-07');
	});
});
