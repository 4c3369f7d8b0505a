import { describe, expect, it } from 'vitest';
import { distance, nearest } from './suggest';

describe('nearest', () => {
	it('finds near misspellings and nothing for unrelated names', () => {
		expect(distance('viborg', 'vyborg')).toBe(1);
		expect(nearest('viborg', ['vyborg', 'petrograd', 'moscow'])).toBe('vyborg');
		expect(nearest('helsinki', ['helsingfors', 'moscow'])).toBeUndefined();
		expect(nearest('hightlight', ['highlight', 'markers'])).toBe('highlight');
		expect(nearest('zzz', [])).toBeUndefined();
	});

	it('knows the names other tools use for a field', () => {
		expect(nearest('lon', ['name', 'lat', 'lng'])).toBe('lng');
		expect(nearest('latitude', ['name', 'lat', 'lng'])).toBe('lat');
		// only when this format has the field at all
		expect(nearest('longitude', ['name', 'title'])).toBeUndefined();
	});
});
