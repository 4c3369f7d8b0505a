import { describe, expect, it } from 'vitest';
import { holdsOn, layersOn } from './layer-dates';
import type { CalendarDate, LayerSpec, StepDate } from './types';

const d = (s: string): CalendarDate => {
	const [year, month, day] = s.split('-').map(Number) as [number, number, number];
	return { year, month, day };
};
const step = (start: string, end?: string): StepDate => ({
	start: d(start),
	...(end ? { end: d(end) } : {}),
	circa: false,
	label: '',
	display: '',
	iso: ''
});
const layer = (id: string, extra: Partial<LayerSpec> = {}): LayerSpec => ({
	id,
	file: `${id}.geojson`,
	label: id,
	minZoom: 0,
	auto: false,
	...extra
});

describe('dated layers', () => {
	const before = { to: d('1917-08-20') };
	const after = { from: d('1917-08-21'), to: d('1917-10-06') };

	it('holds from its first to its last day, both included', () => {
		expect(holdsOn(before, step('1917-08-20'))).toBe(true);
		expect(holdsOn(before, step('1917-08-21'))).toBe(false);
		expect(holdsOn(after, step('1917-08-21'))).toBe(true);
		expect(holdsOn(after, step('1917-10-06'))).toBe(true);
		expect(holdsOn(after, step('1917-10-07'))).toBe(false);
	});

	it('holds on a span that overlaps it', () => {
		expect(holdsOn(before, step('1917-08-15', '1917-08-25'))).toBe(true);
		expect(holdsOn(after, step('1917-08-15', '1917-08-25'))).toBe(true);
		expect(holdsOn(after, step('1917-10-07', '1917-10-25'))).toBe(false);
	});

	it('a step without a date shows only layers without dates', () => {
		expect(holdsOn({}, undefined)).toBe(true);
		expect(holdsOn(before, undefined)).toBe(false);
	});

	it('shows named and automatic layers, in the front matter’s order', () => {
		const layers = {
			plan: layer('plan'),
			rail: layer('rail', { auto: true }),
			front: layer('front', { auto: true, ...after }),
			other: layer('other')
		};
		const ids = (named: string[], date?: StepDate) =>
			layersOn(layers, named, date).map((l) => l.id);
		expect(ids(['plan'], step('1917-09-01'))).toEqual(['plan', 'rail', 'front']);
		expect(ids([], step('1917-07-01'))).toEqual(['rail']);
		expect(ids(['other', 'plan'])).toEqual(['plan', 'rail', 'other']);
	});
});
