import { expect, it } from 'vitest';
import { modeOf } from './mode';

it.each([
	['/', 'read'],
	['/the-crisis-has-matured/', 'read'],
	['/the-crisis-has-matured/present/', 'present'],
	['/the-crisis-has-matured/present/notes/', 'present'],
	['/the-crisis-has-matured/embed/', 'embed'],
	['/present/', 'read']
])('%s is in %s mode', (path, mode) => {
	expect(modeOf(path)).toBe(mode);
});
