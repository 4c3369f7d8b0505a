import { describe, expect, it } from 'vitest';
import { facesFor, parseUnicodeRange, type DeclaredFace } from './web-fonts';

const face = (family: string, file: string, unicodeRange: string): DeclaredFace => ({
	family,
	src: `url("${file}.woff2") format("woff2"), url("${file}.woff") format("woff")`,
	unicodeRange,
	base: 'https://site.example/a/sheet.css'
});

const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+2000-206F';
const LATIN_EXT = 'U+0100-02BA, U+1E00-1E9F, U+A720-A7FF';
const CYRILLIC = 'U+0301, U+0400-045F, U+2116';
const FACES = [
	face('Literata', 'lit-latin', LATIN),
	face('Literata', 'lit-latin-ext', LATIN_EXT),
	face('Literata', 'lit-cyrillic', CYRILLIC),
	face('"PT Sans Narrow"', 'pt-latin', LATIN),
	face('"Literata Fallback"', 'local', '')
];

describe('parseUnicodeRange', () => {
	it('reads single points, spans and wildcards', () => {
		expect(parseUnicodeRange('U+0131, U+0152-0153, u+4??')).toEqual([
			[0x131, 0x131],
			[0x152, 0x153],
			[0x400, 0x4ff]
		]);
	});
	it('skips what it cannot read', () => {
		expect(parseUnicodeRange('')).toEqual([]);
		expect(parseUnicodeRange('nonsense, U+41')).toEqual([[0x41, 0x41]]);
	});
});

describe('facesFor', () => {
	it('asks only for the subsets the text uses, in our families', () => {
		expect(facesFor(FACES, 'Helsingfors, 25 September 1917 — “quoted”')).toEqual([
			'https://site.example/a/lit-latin.woff2',
			'https://site.example/a/pt-latin.woff2'
		]);
	});
	it('adds a subset for one character in its range', () => {
		expect(facesFor(FACES, 'Smolny, Смольный')).toContain(
			'https://site.example/a/lit-cyrillic.woff2'
		);
		expect(facesFor(FACES, 'Łódź')).toContain('https://site.example/a/lit-latin-ext.woff2');
	});
	it('asks for nothing without text', () => {
		expect(facesFor(FACES, '')).toEqual([]);
	});
	it('reads a relative URL against its stylesheet, not the page', () => {
		const [url] = facesFor([face('Literata', '../fonts/x', '')], 'a');
		expect(url).toBe('https://site.example/fonts/x.woff2');
	});
	it('takes a face without a range for any text', () => {
		const all = [face('Literata', 'whole', '')];
		expect(facesFor(all, 'a')).toEqual(['https://site.example/a/whole.woff2']);
	});
});
