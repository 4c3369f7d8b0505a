import { describe, expect, it } from 'vitest';
import { splitDisplay } from './split-display';

describe('splitDisplay', () => {
	it.each([
		['25 September (8 October) 1917', '25 September', '(8 October)', '1917'],
		['12–14 (25–27) September 1917', '12–14', '(25–27)', 'September 1917'],
		['29 September (12 October) 1917', '29 September', '(12 October)', '1917'],
		['c. 24 September (7 October) 1917', 'c. 24 September', '(7 October)', '1917'],
		['6 (19) January 1918', '6', '(19)', 'January 1918'],
		[
			'30 September – 2 October (13–15 October) 1917',
			'30 September – 2 October',
			'(13–15 October)',
			'1917'
		],
		['31 December 1917 (13 January 1918)', '31 December 1917', '(13 January 1918)', ''],
		[
			'30 December 1917 – 2 January 1918 (12–15 January 1918)',
			'30 December 1917 – 2 January 1918',
			'(12–15 January 1918)',
			''
		],
		['7 November 1917', '7 November 1917', '', ''],
		['  7 November 1917 ', '7 November 1917', '', '']
	])('%j', (display, os, ns, tail) => {
		expect(splitDisplay(display)).toEqual({ os, ns, tail });
	});
});
