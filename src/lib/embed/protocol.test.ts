import { describe, expect, it } from 'vitest';
import {
	heightMessage,
	isReady,
	parseReady,
	narrowRange,
	parseGo,
	parseHash,
	wordPressMessage,
	type StepRange
} from './protocol';

const STORY = 'https://story.example/the-crisis/';
/** Five steps; the embed shows the middle three (a chapter). */
const range: StepRange = {
	start: 1,
	end: 4,
	ids: ['razliv', 'engine-293', 'kornilov', 'why-now', 'last']
};

describe('parseGo', () => {
	const cases: [string, unknown, number | undefined][] = [
		['an index inside the range', { type: 'lantern:go', step: 2 }, 2],
		['the first index of the range', { type: 'lantern:go', step: 1 }, 1],
		['an index before the range', { type: 'lantern:go', step: 0 }, undefined],
		['an index past the range', { type: 'lantern:go', step: 4 }, undefined],
		['a fractional index', { type: 'lantern:go', step: 1.5 }, undefined],
		['NaN', { type: 'lantern:go', step: NaN }, undefined],
		['Infinity', { type: 'lantern:go', step: Infinity }, undefined],
		['a negative index', { type: 'lantern:go', step: -1 }, undefined],
		['a step id inside the range', { type: 'lantern:go', step: 'kornilov' }, 2],
		['a step id outside the range', { type: 'lantern:go', step: 'razliv' }, undefined],
		['an unknown id', { type: 'lantern:go', step: 'nowhere' }, undefined],
		['an id in capitals', { type: 'lantern:go', step: 'KORNILOV' }, undefined],
		['a numeric string', { type: 'lantern:go', step: '2' }, undefined],
		['the story URL with a step', { type: 'lantern:go', step: `${STORY}#why-now` }, 3],
		[
			'the story URL over http',
			{ type: 'lantern:go', step: 'http://story.example/the-crisis/#why-now' },
			undefined
		],
		['the story URL without a step', { type: 'lantern:go', step: STORY }, undefined],
		['the story URL with a query', { type: 'lantern:go', step: `${STORY}?x=1#why-now` }, undefined],
		[
			'another path on the story host',
			{ type: 'lantern:go', step: 'https://story.example/other/#why-now' },
			undefined
		],
		[
			'a foreign URL with a real step id',
			{ type: 'lantern:go', step: 'https://evil.test/the-crisis/#why-now' },
			undefined
		],
		[
			'a look-alike host',
			{ type: 'lantern:go', step: 'https://story.example.evil.test/the-crisis/#why-now' },
			undefined
		],
		[
			'credentials in the URL',
			{ type: 'lantern:go', step: 'https://a@story.example/the-crisis/#why-now' },
			undefined
		],
		['a javascript: URL', { type: 'lantern:go', step: 'javascript:alert(1)' }, undefined],
		[
			'a javascript: URL with a step fragment',
			{ type: 'lantern:go', step: 'javascript:alert(1)//#why-now' },
			undefined
		],
		[
			'a data: URL',
			{ type: 'lantern:go', step: 'data:text/html,<script>alert(1)</script>' },
			undefined
		],
		['a relative URL', { type: 'lantern:go', step: '#why-now' }, undefined],
		['an enormous string', { type: 'lantern:go', step: 'a'.repeat(5000) }, undefined],
		['an empty string', { type: 'lantern:go', step: '' }, undefined],
		['an extra key', { type: 'lantern:go', step: 2, url: 'https://evil.test/' }, undefined],
		['a missing step', { type: 'lantern:go' }, undefined],
		['another type', { type: 'lantern:navigate', step: 2 }, undefined],
		['a navigate command', { type: 'lantern:navigate', url: 'javascript:alert(1)' }, undefined],
		['WordPress link message', { secret: 'abc', message: 'link', value: STORY }, undefined],
		['a string message', 'lantern:go 2', undefined],
		['JSON text', JSON.stringify({ type: 'lantern:go', step: 2 }), undefined],
		['an array', ['lantern:go', 2], undefined],
		['null', null, undefined],
		['a number', 2, undefined],
		['a step of the wrong type', { type: 'lantern:go', step: { index: 2 } }, undefined],
		['a boolean step', { type: 'lantern:go', step: true }, undefined]
	];
	it.each(cases)('%s', (_name, data, expected) => {
		expect(parseGo(data, range, STORY)).toBe(expected);
	});

	it('ignores objects that are not plain (a Date, a class instance)', () => {
		class Go {
			type = 'lantern:go';
			step = 2;
		}
		expect(parseGo(new Go(), range, STORY)).toBeUndefined();
	});

	it('accepts an object without a prototype (structured clone may give one)', () => {
		const data = Object.assign(Object.create(null), { type: 'lantern:go', step: 2 });
		expect(parseGo(data, range, STORY)).toBe(2);
	});

	it('survives a story URL that does not parse', () => {
		expect(
			parseGo({ type: 'lantern:go', step: 'https://x/#why-now' }, range, 'not a url')
		).toBeUndefined();
	});
});

describe('parseHash', () => {
	const cases: [string, { step?: string; secret?: string }][] = [
		['', { step: undefined, secret: undefined }],
		['#', { step: undefined, secret: undefined }],
		['#why-now', { step: 'why-now', secret: undefined }],
		['#?secret=AbC123xyZ9', { step: undefined, secret: 'AbC123xyZ9' }],
		['#why-now#?secret=abc', { step: 'why-now', secret: 'abc' }],
		['#?secret=abc&x=1', { step: undefined, secret: 'abc' }],
		['#?secret=abcdefghijk', { step: undefined, secret: undefined }],
		['#?secret=ab-cd', { step: undefined, secret: undefined }],
		['#?secret=%3Cscript%3E', { step: undefined, secret: undefined }],
		['#?secret=', { step: undefined, secret: undefined }],
		['#Why Now', { step: undefined, secret: undefined }],
		['#javascript:alert(1)', { step: undefined, secret: undefined }]
	];
	it.each(cases)('%j', (hash, expected) => {
		expect(parseHash(hash)).toEqual(expected);
	});
});

describe('isReady', () => {
	it.each([
		[{ type: 'lantern:ready' }, undefined, true],
		[{ type: 'lantern:ready' }, 'abc', true],
		[{ type: 'lantern:ready', step: 3 }, undefined, false],
		[{ type: 'lantern:ready', nonce: '0123456789abcdef0123456789abcdef' }, undefined, true],
		[{ type: 'lantern:ready', nonce: '0123' }, undefined, false],
		[{ type: 'lantern:ready', nonce: 'javascript:alert(1)//0123456789ab' }, undefined, false],
		[{ type: 'lantern:ready', nonce: 7 }, undefined, false],
		[{ message: 'ready', secret: 'abc' }, 'abc', true],
		[{ message: 'ready', secret: 'abd' }, 'abc', false],
		[{ message: 'ready', secret: 'abc' }, undefined, false],
		[{ message: 'height', secret: 'abc' }, 'abc', false],
		['ready', 'abc', false],
		['lantern:ready', undefined, false],
		[null, 'abc', false]
	])('%j with secret %s: %s', (data, secret, expected) => {
		expect(isReady(data, secret)).toBe(expected);
	});
});

describe('parseReady', () => {
	it('reads the host script’s nonce, and only a well-formed one', () => {
		const nonce = 'fedcba9876543210fedcba9876543210';
		expect(parseReady({ type: 'lantern:ready', nonce }, undefined)).toEqual({ nonce });
		expect(parseReady({ type: 'lantern:ready' }, undefined)).toEqual({});
		expect(parseReady({ type: 'lantern:ready', nonce: nonce.toUpperCase() }, undefined)).toBe(
			undefined
		);
		expect(parseReady({ type: 'lantern:ready', nonce, x: 1 }, undefined)).toBe(undefined);
	});
});

describe('messages the embed sends', () => {
	it('echoes the host’s nonce', () => {
		expect(heightMessage(10, 'ab')).toEqual({ type: 'lantern:height', height: 10, nonce: 'ab' });
	});
	it('rounds the height up and never below zero', () => {
		expect(heightMessage(480.2)).toEqual({ type: 'lantern:height', height: 481 });
		expect(heightMessage(-3)).toEqual({ type: 'lantern:height', height: 0 });
	});
	it('speaks WordPress in its own shape', () => {
		expect(wordPressMessage('abc', 'height', 500)).toEqual({
			secret: 'abc',
			message: 'height',
			value: 500
		});
	});
});

describe('narrowRange', () => {
	const full: StepRange = { ...range, start: 0, end: 5 };
	it.each([
		['', 0, 5],
		['?from=engine-293', 1, 5],
		['?to=kornilov', 0, 3],
		['?from=engine-293&to=why-now', 1, 4],
		['?from=why-now&to=engine-293', 0, 5],
		['?from=nowhere', 0, 5],
		['?from=why-now&to=why-now', 3, 4]
	])('%s gives %i..%i', (search, start, end) => {
		expect(narrowRange(full, search)).toMatchObject({ start, end });
	});
	it('never widens a chapter', () => {
		expect(narrowRange(range, '?from=razliv&to=last')).toMatchObject({ start: 1, end: 4 });
	});
});
