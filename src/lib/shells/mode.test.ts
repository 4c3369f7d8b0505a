import { expect, it } from 'vitest';
import { modeOf, startOn } from './mode';

it.each([
	['/', 'read'],
	['/the-crisis-has-matured/', 'read'],
	['/the-crisis-has-matured/present/', 'present'],
	['/the-crisis-has-matured/present/notes/', 'present'],
	['/the-crisis-has-matured/embed/', 'embed'],
	['/the-crisis-has-matured/follow/', 'follow'],
	['/present/', 'read']
])('%s is in %s mode', (path, mode) => {
	expect(modeOf(path)).toBe(mode);
});

it.each([
	['/the-crisis-has-matured/', 'move'],
	['/the-crisis-has-matured', 'move'],
	['/', 'paint'],
	['/the-crisis-has-matured/print/', 'paint'],
	['/the-crisis-has-matured/present/', 'paint'],
	['/the-crisis-has-matured/embed/', 'paint'],
	['/the-crisis-has-matured/follow/', 'paint'],
	['/the-crisis-has-matured/embed/soviets-turn/', 'paint']
])('%s starts its app on the %s', (path, when) => {
	expect(startOn(path)).toBe(when);
});
